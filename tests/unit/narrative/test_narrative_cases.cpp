// The report in the cases that change its wording: one unit only, zeros
// ("không có"), rows nobody reported (never put into words), no funding,
// every expected unit or several missing, a file without a unit name,
// nothing merged at all, ties for first place.
#include "test_narrative_support.hpp"

#include <gtest/gtest.h>

namespace statform::narrative_test {
namespace {

const std::string kQuoted = "Trường Mầm non Hoa Ban";

MergeResult hoa_ban_only() {
    return merge_reports(catalog(), edition("htsd-2023"), {district_reports().front()});
}

std::vector<std::string> result_paragraphs(const NarrativeDocument& document) {
    std::vector<std::string> texts;
    const NarrativeSection* results = section_at(document, {"I", "3"});
    if (results == nullptr) {
        ADD_FAILURE() << "no I.3";
        return texts;
    }
    for (const NarrativeParagraph& paragraph : results->paragraphs)
        texts.push_back(paragraph.text.text());
    return texts;
}

TEST(NarrativeCases, OneUnitWithZerosSaysNoneAndNamesNoLeader) {
    const NarrativeDocument vi = narrate(hoa_ban_only(), Language::Vietnamese);
    EXPECT_EQ(vi.sections.front().paragraphs[2].text.text(),
              "Số liệu trong báo cáo được tổng hợp từ báo cáo của 1 đơn vị: Trường Mầm non Hoa "
              "Ban.");
    EXPECT_EQ(
        result_paragraphs(vi),
        (std::vector<std::string>{
            "Đơn vị đã tổ chức 2 lớp bồi dưỡng, tập huấn với 30 lượt người tham gia. Trong đó, "
            "toàn bộ là bồi dưỡng thường xuyên cho giáo viên.",
            "Đơn vị đã đăng tải 3 tin, bài về các hoạt động của Tuần lễ và phát hành 20 ấn phẩm "
            "thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu).",
            "Hưởng ứng phong trào quyên góp sách xây dựng tủ sách lớp học, thư viện trường học, 15 "
            "cá nhân đã tặng 60 quyển sách cho các trường học, thư viện.",
            "Đơn vị đã tổ chức 1 cuộc thi, tọa đàm, hội sách, trưng bày về khuyến đọc, khuyến "
            "học và xây dựng xã hội học tập. Trong đó, toàn bộ là trưng bày, triển lãm sách báo, "
            "tư liệu.",
            "Đơn vị đã tổ chức 1 hoạt động văn nghệ, thể dục thể thao, tham quan, sinh hoạt "
            "chuyên đề với 80 lượt người tham gia. Trong đó, toàn bộ là hoạt động văn nghệ.",
            "Lễ khai mạc Tuần lễ được tổ chức tại 1 cơ sở giáo dục.",
            "Không tổ chức hội thảo, sinh hoạt chuyên đề nào.",
            "Không có tập thể, cá nhân nào được khen thưởng về tổ chức Tuần lễ.",
            "Không phát sinh kinh phí tổ chức Tuần lễ.",
            "Số liệu chi tiết theo từng nội dung tại Phụ lục II kèm theo báo cáo này."}));

    const NarrativeDocument en = narrate(hoa_ban_only(), Language::English);
    EXPECT_EQ(en.sections.front().paragraphs[2].text.text(),
              "The figures in this report come from the report of 1 unit: Trường Mầm non Hoa "
              "Ban.");
    EXPECT_EQ(
        result_paragraphs(en),
        (std::vector<std::string>{
            "At the reporting unit, 2 training and refresher classes were held, with 30 "
            "participants. All of them fell under continuing professional development for "
            "teachers.",
            "At the reporting unit, 3 news items and articles about the Week were published and "
            "20 leaflets, posters, banners and slogans were issued.",
            "In the book donation drive for classroom bookshelves and school libraries, 15 "
            "individuals donated 60 books to schools and libraries.",
            "At the reporting unit, 1 contest, talk, book fair or exhibition promoting reading, "
            "learning and a learning society was held. It fell under book and document "
            "exhibitions.",
            "At the reporting unit, 1 cultural, sports, study-visit or thematic activity was "
            "held, with 80 participants. It fell under arts performances.",
            "Opening ceremonies of the Week were held in 1 school or centre.",
            "No workshops or thematic sessions were held.",
            "No awards were given for organising the Week.", "No funding was spent on the Week.",
            "The detailed figures by activity are in the summary table attached to this "
            "report."}));

    const NarrativeSection* quality = section_at(vi, {"I", "4"});
    ASSERT_NE(quality, nullptr);
    ASSERT_EQ(quality->paragraphs.size(), 2u);
    EXPECT_EQ(quality->paragraphs[0].text.text(), "Đã nhận và tổng hợp đủ 1 tệp báo cáo.");
    EXPECT_EQ(quality->paragraphs[1].text.text(),
              "Số liệu của các tệp được tổng hợp không có lỗi hay cảnh báo nào.");
}

// Two schools, no funding rows at all, both expected.
MergeResult two_schools_without_funding(std::vector<std::string> expected) {
    MergeOptions options;
    options.expected_units = std::move(expected);
    return merge_reports(
        catalog(), edition("htsd-2023"),
        {report("a.xlsx", "Trường A", "htsd-2023",
                {{"classes.life_skills", 4, 120}, {"news_items", 2, none}, {"seminars", 1, none}}),
         report("b.xlsx", "Trường B", "htsd-2023",
                {{"classes.life_skills", 4, 100},
                 {"classes.literacy", 2, 30},
                 {"seminars", 0, none}})},
        options);
}

TEST(NarrativeCases, RowsNobodyReportedAreNotPutIntoWords) {
    const MergeResult summary = two_schools_without_funding({});
    const NarrativeDocument vi = narrate(summary, Language::Vietnamese);
    const NarrativeSection* results = section_at(vi, {"I", "3"});
    ASSERT_NE(results, nullptr);
    for (const NarrativeParagraph& paragraph : results->paragraphs)
        EXPECT_TRUE(paragraph.row_key.empty() || paragraph.row_key == "classes" ||
                    paragraph.row_key == "news_items" || paragraph.row_key == "seminars")
            << paragraph.row_key;
    EXPECT_EQ(result_paragraphs(vi),
              (std::vector<std::string>{
                  "Các đơn vị đã tổ chức 10 lớp bồi dưỡng, tập huấn với 250 lượt người tham gia. "
                  "Trong đó, nhiều nhất là giáo dục kỹ năng sống cho học sinh (8 lớp, chiếm 80% "
                  "tổng số), tiếp đến là xóa mù chữ, giáo dục tiếp tục sau khi biết chữ (2 lớp, "
                  "chiếm 20%). Đơn vị có số lớp nhiều nhất là Trường B (6 lớp, chiếm 60% tổng số).",
                  "Các đơn vị đã đăng tải 2 tin, bài về các hoạt động của Tuần lễ. Chỉ có Trường "
                  "A báo cáo số liệu về nội dung này (2 tin, bài).",
                  "Các đơn vị đã tổ chức 1 buổi hội thảo, sinh hoạt chuyên đề. Chỉ có Trường A báo "
                  "cáo số liệu về nội dung này (1 buổi).",
                  "Số liệu chi tiết theo từng nội dung tại Phụ lục II kèm theo báo cáo này."}));
    const NarrativeSection* quality = section_at(vi, {"I", "4"});
    ASSERT_NE(quality, nullptr);
    EXPECT_EQ(quality->paragraphs.back().text.text(),
              "Số liệu của các tệp được tổng hợp không có lỗi hay cảnh báo nào. Chưa có đơn vị "
              "nào báo cáo số liệu về các nội dung: ấn phẩm, thông tin; phát động các phong trào "
              "và tổ chức quyên góp sách giúp xây dựng tủ sách lớp học, xây dựng thư viện trường "
              "học; tổ chức các cuộc thi, các buổi tọa đàm về khuyến đọc, khuyến học và xây dựng "
              "xã hội học tập; tổ chức hoạt động văn nghệ, thể thao, thăm quan, sinh hoạt chuyên "
              "đề; tổ chức Lễ khai mạc Tuần lễ; khen thưởng về tổ chức Tuần lễ; kinh phí.");
    const NarrativeDocument en = narrate(summary, Language::English);
    const NarrativeSection* english = section_at(en, {"I", "4"});
    ASSERT_NE(english, nullptr);
    EXPECT_EQ(english->paragraphs.back().text.text(),
              "The merged files have no errors or warnings. No unit reported figures for: "
              "leaflets, posters, banners and slogans; book donations; contests and talks "
              "promoting reading and learning; cultural, sports, study-visit and thematic "
              "activities; opening ceremonies of the Week; awards for organising the Week; "
              "funding.");
}

TEST(NarrativeCases, UnitsTiedForFirstPlaceAreNamedTogether) {
    MergeResult summary = merge_reports(
        catalog(), edition("htsd-2023"),
        {report("a.xlsx", "Trường A", "htsd-2023", {{"funding.state_budget", 2000000, none}}),
         report("b.xlsx", "Trường B", "htsd-2023", {{"funding.state_budget", 2000000, none}})});
    EXPECT_EQ(paragraph_about(narrate(summary, Language::Vietnamese), "funding"),
              "Tổng kinh phí tổ chức Tuần lễ là 4.000.000 đồng. Trong đó, ngân sách nhà nước "
              "4.000.000 đồng (chiếm 100% tổng số). Các đơn vị có kinh phí lớn nhất là Trường A và "
              "Trường B (mỗi đơn vị 2.000.000 đồng, chiếm 50% tổng số).");
    EXPECT_EQ(paragraph_about(narrate(summary, Language::English), "funding"),
              "Total funding for the Week was 4,000,000 VND. Of this, 4,000,000 VND (100% of the "
              "total) came from the state budget. The units with the largest funding were Trường A "
              "and Trường B (2,000,000 VND, 50% of the total each).");
}

TEST(NarrativeCases, AllExpectedUnitsReported) {
    NarrativeInput input;
    input.expected_units = {"Trường A", "trường b", ""};
    const MergeResult summary = two_schools_without_funding(input.expected_units);
    EXPECT_EQ(
        narrate(summary, Language::Vietnamese, input).sections.front().paragraphs[2].text.text(),
        "Đã nhận đủ báo cáo của 2/2 đơn vị.");
    EXPECT_EQ(narrate(summary, Language::English, input).sections.front().paragraphs[2].text.text(),
              "All 2 units due to report have sent their reports.");
}

TEST(NarrativeCases, MissingUnitsAndAReportWithoutAUnitName) {
    NarrativeInput input;
    input.expected_units = {"Trường A", "Trường C", "Trường D", "Trường E"};
    MergeOptions options;
    options.expected_units = input.expected_units;
    const MergeResult summary = merge_reports(
        catalog(), edition("htsd-2023"),
        {report("a.xlsx", "Trường A", "htsd-2023", {{"news_items", 2, none}}),
         report("thu muc/TH Chieng Sinh.xlsx", "", "htsd-2023", {{"news_items", 5, none}})},
        options);
    EXPECT_EQ(
        narrate(summary, Language::Vietnamese, input).sections.front().paragraphs[2].text.text(),
        "Đến thời điểm tổng hợp, 1/4 đơn vị đã gửi báo cáo; còn 3 đơn vị chưa gửi báo cáo: "
        "Trường C, Trường D và Trường E. Ngoài ra, số liệu của 1 đơn vị không có trong danh "
        "sách phải báo cáo vẫn được tổng hợp: tệp TH Chieng Sinh.xlsx (không ghi tên đơn "
        "vị).");
    EXPECT_EQ(narrate(summary, Language::English, input).sections.front().paragraphs[2].text.text(),
              "Reports have come in from 1 of 4 units; 3 units have not reported yet: Trường C, "
              "Trường D and Trường E. The figures of 1 unit not on the list of units due to report "
              "are merged as well: file TH Chieng Sinh.xlsx (no unit name given).");
}

TEST(NarrativeCases, LongListsOfUnitsAreCut) {
    std::vector<UnitReport> reports;
    for (int i = 1; i <= 5; ++i)
        reports.push_back(report("u" + std::to_string(i) + ".xlsx",
                                 "Đơn vị " + std::string(1, char('A' + i - 1)), "htsd-2023",
                                 {{"seminars", 1, none}}));
    const MergeResult summary = merge_reports(catalog(), edition("htsd-2023"), reports);
    NarrativeOptions options;
    options.max_listed_units = 3;
    EXPECT_EQ(narrate(summary, Language::Vietnamese, {}, options)
                  .sections.front()
                  .paragraphs[2]
                  .text.text(),
              "Số liệu trong báo cáo được tổng hợp từ báo cáo của 5 đơn vị: Đơn vị A, Đơn vị B, "
              "Đơn vị C và 2 đơn vị khác.");
    EXPECT_EQ(
        narrate(summary, Language::English, {}, options).sections.front().paragraphs[2].text.text(),
        "The figures in this report are merged from the reports of 5 units: Đơn vị A, Đơn "
        "vị B, Đơn vị C and 2 other units.");
}

// The aggregator's folders mean nothing to the reader of the report: files
// are named by their file name, in the merge's own messages too.
TEST(NarrativeCases, FilesAreNamedWithoutTheirFolders) {
    const UnitReport first = report("/home/pgd/Bao cao 2023/BC_HTSD_2023_TH_A.xlsx", "Trường A",
                                    "htsd-2023", {{"news_items", 2, none}});
    UnitReport copy = first;
    copy.source = "/home/pgd/Tai ve/BC_HTSD_2023_TH_A (1).xlsx";
    UnitReport broken = report("/home/pgd/Tai ve/hong.xlsx", "", "", {});
    broken.failure = "Không tìm thấy bảng số liệu.";
    const MergeResult summary =
        merge_reports(catalog(), edition("htsd-2023"), {first, copy, broken});
    const NarrativeDocument vi = narrate(summary, Language::Vietnamese);
    const NarrativeSection* quality = section_at(vi, {"I", "4"});
    ASSERT_NE(quality, nullptr);
    ASSERT_GE(quality->paragraphs.size(), 3u);
    EXPECT_EQ(
        quality->paragraphs[1].text.text(),
        "Tệp BC_HTSD_2023_TH_A (1).xlsx là bản trùng của tệp BC_HTSD_2023_TH_A.xlsx (cùng đơn vị "
        "«Trường A», số liệu giống hệt): chỉ tính một lần, giữ tệp BC_HTSD_2023_TH_A.xlsx.");
    EXPECT_EQ(
        quality->paragraphs[2].text.text(),
        "Không dùng được tệp hong.xlsx: Không tìm thấy bảng số liệu. Tệp này không được tổng hợp.");
    const NarrativeDocument en = narrate(summary, Language::English);
    const NarrativeSection* english = section_at(en, {"I", "4"});
    ASSERT_NE(english, nullptr);
    ASSERT_GE(english->paragraphs.size(), 2u);
    EXPECT_EQ(english->paragraphs[1].text.text(),
              "BC_HTSD_2023_TH_A (1).xlsx duplicates BC_HTSD_2023_TH_A.xlsx (same unit “Trường A”, "
              "identical figures): counted once, BC_HTSD_2023_TH_A.xlsx is kept.");
    for (const NarrativeDocument* document : {&vi, &en})
        EXPECT_EQ(narrative_plain_text(*document).find("/home/pgd"), std::string::npos)
            << narrative_plain_text(*document);
}

// Who gave and what they gave in one sentence, whichever rows the form has.
TEST(NarrativeCases, BookDonationsSayWhoGaveHowManyBooks) {
    const MergeResult older =
        merge_reports(catalog(), edition("htsd-2020-district"), district_reports());
    EXPECT_EQ(paragraph_about(narrate(older, Language::Vietnamese), "book_donation"),
              "Hưởng ứng phong trào quyên góp sách xây dựng tủ sách lớp học, thư viện trường học, "
              "6 tập thể và 145 cá nhân đã tặng 1.070 quyển sách cho các trường học, thư viện. Đơn "
              "vị có số sách quyên góp nhiều nhất là Trường THCS Thị trấn Tuần Giáo (540 quyển "
              "sách, chiếm 50,5% tổng số).");
    EXPECT_EQ(paragraph_about(narrate(older, Language::English), "book_donation"),
              "In the book donation drive for classroom bookshelves and school libraries, 6 "
              "organisations and 145 individuals donated 1,070 books to schools and libraries. The "
              "unit with the highest number of books donated was Trường THCS Thị trấn Tuần Giáo "
              "(540 books, 50.5% of the total).");

    const MergeResult books_only = merge_reports(
        catalog(), edition("htsd-2023"),
        {report("a.xlsx", "Trường A", "htsd-2023", {{"book_donation.books", 1, none}})});
    EXPECT_EQ(paragraph_about(narrate(books_only, Language::Vietnamese), "book_donation"),
              "Hưởng ứng phong trào quyên góp sách xây dựng tủ sách lớp học, thư viện trường học, "
              "1 quyển sách đã được tặng cho các trường học, thư viện.");
    EXPECT_EQ(paragraph_about(narrate(books_only, Language::English), "book_donation"),
              "In the book donation drive for classroom bookshelves and school libraries, 1 book "
              "was donated to schools and libraries.");

    const MergeResult donors_only = merge_reports(
        catalog(), edition("htsd-2023"),
        {report("a.xlsx", "Trường A", "htsd-2023",
                {{"book_donation.collectives", 2, none}, {"book_donation.individuals", none, 1}})});
    EXPECT_EQ(paragraph_about(narrate(donors_only, Language::Vietnamese), "book_donation"),
              "Hưởng ứng phong trào quyên góp sách xây dựng tủ sách lớp học, thư viện trường học, "
              "2 tập thể và 1 cá nhân đã tặng sách cho các trường học, thư viện.");
    EXPECT_EQ(paragraph_about(narrate(donors_only, Language::English), "book_donation"),
              "In the book donation drive for classroom bookshelves and school libraries, 2 "
              "organisations and 1 individual donated books to schools and libraries.");
}

TEST(NarrativeCases, NothingMergedStillGivesAReportToFillIn) {
    UnitReport broken = report("hong.xlsx", "", "", {});
    broken.failure = "Không tìm thấy bảng số liệu.";
    const MergeResult summary = merge_reports(catalog(), edition("htsd-2023"), {broken});
    const NarrativeDocument vi = narrate(summary, Language::Vietnamese);
    EXPECT_EQ(vi.sections.front().paragraphs[2].text.text(),
              "Chưa có báo cáo nào của các đơn vị được tổng hợp.");
    EXPECT_EQ(result_paragraphs(vi),
              (std::vector<std::string>{"Chưa có số liệu của đơn vị nào để tổng hợp."}));
    const NarrativeSection* quality = section_at(vi, {"I", "4"});
    ASSERT_NE(quality, nullptr);
    ASSERT_EQ(quality->paragraphs.size(), 2u);
    EXPECT_EQ(quality->paragraphs[0].text.text(),
              "Đã nhận 1 tệp báo cáo, trong đó tổng hợp 0 tệp, bỏ qua 1 tệp:");
    EXPECT_EQ(quality->paragraphs[1].text.text(),
              "Không dùng được tệp hong.xlsx: Không tìm thấy bảng số liệu. Tệp này không được "
              "tổng hợp.");
}

} // namespace
} // namespace statform::narrative_test
