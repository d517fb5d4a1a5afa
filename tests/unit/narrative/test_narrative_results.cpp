// Whole paragraphs of the district report (samples-like data: six units,
// one on the 2022 form, a copy sent twice, an unreadable file, one school
// missing), in Vietnamese and in English. The figures were added up by hand
// from test_narrative_support.cpp: classes 2+9+16+15+7+8 = 57 with
// 30+225+530+425+235+240 = 1.685 people; life skills 0+6+10+5 = 21 (36,8%),
// teachers 2+3+4+3 = 12 (21,1%); Thị trấn 16 classes (28,1%); funding
// 31.500.000 + 7.500.000 = 39.000.000 đồng (80,8% / 19,2%) ...
#include "test_narrative_support.hpp"

#include <gtest/gtest.h>

namespace statform::narrative_test {
namespace {

NarrativeDocument district_report(Language language) {
    NarrativeInput input;
    input.expected_units = district_expected_units();
    NarrativeOptions options;
    options.scope = ReportScope::District;
    options.reporting_unit = "Phòng Giáo dục và Đào tạo huyện Tuần Giáo";
    return narrate(district_summary(), language, input, options);
}

TEST(NarrativeResults, OpeningPromptsForTheDirectiveNamesTheWeekAndTheMissingUnit) {
    const NarrativeDocument vi = district_report(Language::Vietnamese);
    ASSERT_FALSE(vi.sections.empty());
    const NarrativeSection& opening = vi.sections.front();
    EXPECT_FALSE(opening.from_outline);
    EXPECT_TRUE(opening.heading.empty());
    ASSERT_EQ(opening.paragraphs.size(), 3u);
    EXPECT_EQ(opening.paragraphs[0].text.text(),
              "Thực hiện [văn bản chỉ đạo của cấp trên: loại văn bản, số, ngày ban hành, cơ quan "
              "ban hành] về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023, Phòng Giáo "
              "dục và Đào tạo huyện Tuần Giáo báo cáo kết quả tổ chức Tuần lễ như sau:");
    EXPECT_EQ(opening.paragraphs[1].text.text(),
              "Tuần lễ hưởng ứng học tập suốt đời năm 2023 với chủ đề «Xây dựng năng lực tự học "
              "trong kỷ nguyên số» được tổ chức từ ngày 02/10/2023 đến ngày 08/10/2023.");
    EXPECT_EQ(opening.paragraphs[2].text.text(),
              "Đến thời điểm tổng hợp, 6/7 đơn vị đã gửi báo cáo; còn 1 đơn vị chưa gửi báo cáo: "
              "Trường Mầm non Pú Nhung.");

    const NarrativeDocument en = district_report(Language::English);
    const NarrativeSection& english = en.sections.front();
    ASSERT_EQ(english.paragraphs.size(), 3u);
    EXPECT_EQ(english.paragraphs[0].text.text(),
              "Pursuant to [the directive of the body above: kind of document, number, date of "
              "issue, issuing body] on organising the Lifelong Learning Week 2023, Phòng Giáo dục "
              "và Đào tạo huyện Tuần Giáo reports on the results of the Week as follows:");
    EXPECT_EQ(english.paragraphs[1].text.text(),
              "The Lifelong Learning Week 2023, themed “Xây dựng năng lực tự học trong kỷ nguyên "
              "số”, was held from 2 October 2023 to 8 October 2023.");
    EXPECT_EQ(english.paragraphs[2].text.text(),
              "Reports have come in from 6 of 7 units; 1 unit has not reported yet: Trường Mầm "
              "non Pú Nhung.");
}

// The edition's plan (Kế hoạch 3693/KH-UBND of Lai Châu) is where the form
// was taken from, not the directive of a unit in another province: the
// opening asks the author for it, and says nothing it does not know.
TEST(NarrativeResults, TheDirectiveIsAPromptForTheAuthorInEveryEdition) {
    for (const char* id : {"htsd-2023", "htsd-2022", "htsd-2020-district"}) {
        const MergeResult summary = merge_reports(catalog(), edition(id), district_reports());
        for (Language language : {Language::Vietnamese, Language::English}) {
            SCOPED_TRACE(std::string(id) + " " + std::string(language_code(language)));
            const NarrativeDocument document = narrate(summary, language);
            const NarrativeText& opening = document.sections.front().paragraphs[0].text;
            ASSERT_GE(opening.runs.size(), 2u);
            EXPECT_EQ(opening.runs[1].kind, RunKind::Placeholder);
            EXPECT_EQ(opening.runs[1].text.find_first_of("0123456789"), std::string::npos);
            const Edition& target = edition(id);
            if (!target.document_number.empty())
                EXPECT_EQ(opening.text().find(target.document_number), std::string::npos);
            if (!target.authority.empty())
                EXPECT_EQ(opening.text().find(target.authority), std::string::npos);
        }
    }
    const MergeResult summary = merge_reports(catalog(), edition("htsd-2022"), district_reports());
    EXPECT_EQ(narrate(summary, Language::English).sections.front().paragraphs[0].text.text(),
              "Pursuant to [the directive of the body above: kind of document, number, date of "
              "issue, issuing body] on organising the Lifelong Learning Week 2022, [name of the "
              "reporting unit] reports on the results of the Week as follows:");
}

TEST(NarrativeResults, ClassesTotalLargestItemsAndLeadingUnit) {
    EXPECT_EQ(
        paragraph_about(district_report(Language::Vietnamese), "classes"),
        "Toàn huyện đã tổ chức 57 lớp bồi dưỡng, tập huấn với 1.685 lượt người tham gia. Trong đó, "
        "nhiều nhất là giáo dục kỹ năng sống cho học sinh (21 lớp, chiếm 36,8% tổng số), tiếp đến "
        "là bồi dưỡng thường xuyên cho giáo viên (12 lớp, chiếm 21,1%). Đơn vị có số lớp nhiều "
        "nhất là Trường THCS Thị trấn Tuần Giáo (16 lớp, chiếm 28,1% tổng số).");
    EXPECT_EQ(paragraph_about(district_report(Language::English), "classes"),
              "Across the district, 57 training and refresher classes were held, with 1,685 "
              "participants. The largest share was life-skills education for pupils (21 classes, "
              "36.8% of the total), followed by continuing professional development for teachers "
              "(12 classes, 21.1%). The unit with the highest number of classes was Trường THCS "
              "Thị trấn Tuần Giáo (16 classes, 28.1% of the total).");
}

TEST(NarrativeResults, NewsAndPublicationsShareOneParagraph) {
    // 3+5+8+12+4 = 32 news items (Quài Cang's "mười" was left out),
    // 20+50+100+30 = 200 copies (the centre's -186 was left out).
    EXPECT_EQ(
        paragraph_about(district_report(Language::Vietnamese), "news_items"),
        "Toàn huyện đã đăng tải 32 tin, bài về các hoạt động của Tuần lễ và phát hành 200 ấn phẩm "
        "thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu). Đơn vị có số tin, bài nhiều nhất là "
        "Trung tâm GDNN-GDTX huyện Tuần Giáo (12 tin, bài, chiếm 37,5% tổng số). Đơn vị có số ấn "
        "phẩm nhiều nhất là Trường THCS Thị trấn Tuần Giáo (100 ấn phẩm, chiếm 50% tổng số).");
    EXPECT_EQ(paragraph_about(district_report(Language::English), "news_items"),
              "Across the district, 32 news items and articles about the Week were published and "
              "200 leaflets, posters, banners and slogans were issued. The unit with the highest "
              "number of news items was Trung tâm GDNN-GDTX huyện Tuần Giáo (12 news items, 37.5% "
              "of the total). The unit with the highest number of printed copies was Trường THCS "
              "Thị trấn Tuần Giáo (100 copies, 50% of the total).");
}

TEST(NarrativeResults, BookDonationsListEachFigure) {
    // Hoa Ban's 0 collectives is a reported zero among other figures: unsaid.
    EXPECT_EQ(paragraph_about(district_report(Language::Vietnamese), "book_donation"),
              "Hưởng ứng phong trào quyên góp sách xây dựng tủ sách lớp học, thư viện trường học, "
              "6 tập thể và 145 cá nhân đã tặng 1.070 quyển sách cho các trường học, thư viện. Đơn "
              "vị có số sách quyên góp nhiều nhất là Trường THCS Thị trấn Tuần Giáo (540 quyển "
              "sách, chiếm 50,5% tổng số).");
    EXPECT_EQ(paragraph_about(district_report(Language::English), "book_donation"),
              "In the book donation drive for classroom bookshelves and school libraries, 6 "
              "organisations and 145 individuals donated 1,070 books to schools and libraries. The "
              "unit with the highest number of books donated was Trường THCS Thị trấn Tuần Giáo "
              "(540 books, 50.5% of the total).");
}

TEST(NarrativeResults, ContestsCountARowOfTheOlderFormInTheTotalOnly) {
    // 1+2+1+6 itemised + Quài Tở's 2022 "Các cuộc thi khác" = 11 events;
    // people: 120 + 470 itemised + its 60 in the total of row 5 = 650.
    EXPECT_EQ(paragraph_about(district_report(Language::Vietnamese), "contests"),
              "Toàn huyện đã tổ chức 11 cuộc thi, tọa đàm, hội sách, trưng bày về khuyến đọc, "
              "khuyến học và xây dựng xã hội học tập với 650 lượt người tham gia. Trong đó, nhiều "
              "nhất là thi về sách (6 cuộc, chiếm 54,5% tổng số), tiếp đến là trưng bày, triển lãm "
              "sách báo, tư liệu (2 cuộc, chiếm 18,2%). Đơn vị có số cuộc nhiều nhất là Trường "
              "THCS Thị trấn Tuần Giáo (5 cuộc, chiếm 45,5% tổng số).");
    EXPECT_EQ(paragraph_about(district_report(Language::English), "contests"),
              "Across the district, 11 contests, talks, book fairs and exhibitions promoting "
              "reading, learning and a learning society were held, with 650 participants. The "
              "largest share was book contests (6 events, 54.5% of the total), followed by book "
              "and document exhibitions (2 events, 18.2%). The unit with the highest number of "
              "events was Trường THCS Thị trấn Tuần Giáo (5 events, 45.5% of the total).");
}

TEST(NarrativeResults, ActivitiesNameTwoSubItemsTiedForFirst) {
    EXPECT_EQ(paragraph_about(district_report(Language::Vietnamese), "activities"),
              "Toàn huyện đã tổ chức 18 hoạt động văn nghệ, thể dục thể thao, tham quan, sinh hoạt "
              "chuyên đề với 1.545 lượt người tham gia. Trong đó, nhiều nhất là hoạt động thể dục "
              "thể thao và sinh hoạt chuyên đề học tập suốt đời, xã hội học tập (mỗi nội dung 7 "
              "hoạt động, chiếm 38,9% tổng số), tiếp đến là hoạt động văn nghệ (3 hoạt động, chiếm "
              "16,7%). Đơn vị có số hoạt động nhiều nhất là Trường THCS Thị trấn Tuần Giáo (6 hoạt "
              "động, chiếm 33,3% tổng số).");
    EXPECT_EQ(
        paragraph_about(district_report(Language::English), "activities"),
        "Across the district, 18 cultural, sports, study-visit and thematic activities were held, "
        "with 1,545 participants. The largest share was sports activities and thematic sessions on "
        "lifelong learning and a learning society (7 activities each, 38.9% of the total), "
        "followed by arts performances (3 activities, 16.7%). The unit with the highest number of "
        "activities was Trường THCS Thị trấn Tuần Giáo (6 activities, 33.3% of the total).");
}

TEST(NarrativeResults, CeremoniesWorkshopsAndAwards) {
    const NarrativeDocument vi = district_report(Language::Vietnamese);
    // Four schools with one ceremony each: too many tied to name a leader.
    EXPECT_EQ(paragraph_about(vi, "opening_ceremony"),
              "Lễ khai mạc Tuần lễ được tổ chức tại 4 cơ sở giáo dục.");
    EXPECT_EQ(paragraph_about(vi, "seminars"),
              "Toàn huyện đã tổ chức 8 buổi hội thảo, sinh hoạt chuyên đề. Đơn vị có số hội thảo, "
              "sinh hoạt chuyên đề nhiều nhất là Trường THCS Thị trấn Tuần Giáo (3 buổi, chiếm "
              "37,5% tổng số).");
    EXPECT_EQ(paragraph_about(vi, "awards"),
              "Có 1 tập thể và 8 cá nhân được khen thưởng về tổ chức Tuần lễ. Đơn vị có số cá nhân "
              "được khen thưởng nhiều nhất là Trường THCS Thị trấn Tuần Giáo (5 cá nhân, chiếm "
              "62,5% tổng số).");
    const NarrativeDocument en = district_report(Language::English);
    EXPECT_EQ(paragraph_about(en, "opening_ceremony"),
              "Opening ceremonies of the Week were held in 4 schools and centres.");
    EXPECT_EQ(paragraph_about(en, "seminars"),
              "Across the district, 8 workshops and thematic sessions were held. The unit with the "
              "highest number of workshops and thematic sessions was Trường THCS Thị trấn Tuần "
              "Giáo (3 sessions, 37.5% of the total).");
    EXPECT_EQ(paragraph_about(en, "awards"),
              "Awards for organising the Week went to 1 organisation and 8 individuals. The unit "
              "with the highest number of individuals awarded was Trường THCS Thị trấn Tuần Giáo "
              "(5 individuals, 62.5% of the total).");
}

TEST(NarrativeResults, FundingTotalStateBudgetAndOtherSourcesWithShares) {
    EXPECT_EQ(paragraph_about(district_report(Language::Vietnamese), "funding"),
              "Tổng kinh phí tổ chức Tuần lễ là 39.000.000 đồng. Trong đó, ngân sách nhà nước "
              "31.500.000 đồng (chiếm 80,8% tổng số) và kinh phí hỗ trợ, huy động từ các nguồn hợp "
              "pháp khác 7.500.000 đồng (chiếm 19,2%). Đơn vị có kinh phí lớn nhất là Trung tâm "
              "GDNN-GDTX huyện Tuần Giáo (15.000.000 đồng, chiếm 38,5% tổng số).");
    EXPECT_EQ(paragraph_about(district_report(Language::English), "funding"),
              "Total funding for the Week was 39,000,000 VND. Of this, 31,500,000 VND (80.8% of "
              "the total) came from the state budget and 7,500,000 VND (19.2%) from other lawful "
              "sources. The unit with the largest funding was Trung tâm GDNN-GDTX huyện Tuần Giáo "
              "(15,000,000 VND, 38.5% of the total).");
}

TEST(NarrativeResults, DataQualitySaysWhatWasSkippedAndWhomToCheck) {
    const NarrativeDocument vi = district_report(Language::Vietnamese);
    const NarrativeSection* quality = section_at(vi, {"I", "4"});
    ASSERT_NE(quality, nullptr);
    EXPECT_FALSE(quality->from_outline);
    EXPECT_EQ(quality->heading.text(), "Chất lượng số liệu tổng hợp");
    ASSERT_EQ(quality->paragraphs.size(), 4u);
    EXPECT_EQ(quality->paragraphs[0].text.text(),
              "Đã nhận 8 tệp báo cáo, trong đó tổng hợp 6 tệp, bỏ qua 2 tệp:");
    EXPECT_EQ(quality->paragraphs[1].kind, ParagraphKind::Bullet);
    EXPECT_EQ(quality->paragraphs[1].text.text(),
              "Tệp BC_HTSD_2023_TH_so_1_Quai_Nua (1).xlsx là bản trùng của tệp "
              "BC_HTSD_2023_TH_so_1_Quai_Nua.xlsx (cùng đơn vị «Trường Tiểu học số 1 Quài Nưa», "
              "số liệu giống hệt): chỉ tính một lần, giữ tệp BC_HTSD_2023_TH_so_1_Quai_Nua.xlsx.");
    EXPECT_EQ(quality->paragraphs[2].text.text(),
              "Không dùng được tệp Bao cao cu.xls: Không đọc được tệp. Tệp này không được tổng "
              "hợp.");
    // Warnings of the merged files: Quài Tở's own (validation) and its 2022
    // value without a 2023 column (merge), 2 in all, the sum of the list that
    // follows. The duplicate and the missing school are warnings of the merge
    // too, but said where they belong (the bullets above, the coverage). The
    // notes: "Các cuộc thi khác", events and people, in the total of row 5.
    EXPECT_EQ(quality->paragraphs[3].text.text(),
              "Có 3 tệp có lỗi (tổng cộng 3 lỗi); các giá trị có lỗi không được cộng vào số liệu "
              "tổng hợp. Các tệp được tổng hợp có tổng cộng 2 cảnh báo cần xem lại (khi kiểm tra "
              "số liệu và khi tổng hợp). Số liệu của các đơn vị sau cần được kiểm tra lại: Trường "
              "THCS Thị trấn Tuần Giáo (1 lỗi), Trung tâm GDNN-GDTX huyện Tuần Giáo (1 lỗi), Trung "
              "tâm học tập cộng đồng xã Quài Cang (1 lỗi) và Trường THCS Quài Tở (2 cảnh báo). Khi "
              "tổng hợp có 2 ghi chú cần lưu ý.");

    const NarrativeDocument en = district_report(Language::English);
    const NarrativeSection* english = section_at(en, {"I", "4"});
    ASSERT_NE(english, nullptr);
    ASSERT_EQ(english->paragraphs.size(), 4u);
    EXPECT_EQ(english->paragraphs[0].text.text(), "8 report files received: 6 merged, 2 left out:");
    EXPECT_EQ(english->paragraphs[3].text.text(),
              "3 files had errors (3 errors in all); values with errors were left out of the "
              "totals. The merged files raised 2 warnings to review in all (when their figures "
              "were checked and when they were merged). The figures of these units need checking: "
              "Trường THCS Thị trấn Tuần Giáo (1 error), Trung tâm GDNN-GDTX huyện Tuần Giáo (1 "
              "error), Trung tâm học tập cộng đồng xã Quài Cang (1 error) and Trường THCS Quài Tở "
              "(2 warnings). The merge made 2 notes worth reading.");
}

} // namespace
} // namespace statform::narrative_test
