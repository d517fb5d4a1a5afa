// The report follows the target edition's outline (Phụ lục I): numbering,
// headings as printed (typos corrected), what StatForm adds flagged, prompts
// for the author that invent nothing; and the frame of Nghị định 30/2020.
#include "test_narrative_support.hpp"

#include <gtest/gtest.h>

namespace statform::narrative_test {
namespace {

std::vector<std::string> numbers_of(const std::vector<NarrativeSection>& sections) {
    std::vector<std::string> numbers;
    for (const NarrativeSection& section : sections)
        numbers.push_back(section.number);
    return numbers;
}

void expect_prompt(const NarrativeSection* section, const std::string& heading,
                   const std::string& prompt) {
    ASSERT_NE(section, nullptr) << heading;
    EXPECT_EQ(section->heading.text(), heading);
    EXPECT_TRUE(section->from_outline);
    ASSERT_EQ(section->paragraphs.size(), 1u) << heading;
    const NarrativeParagraph& paragraph = section->paragraphs.front();
    EXPECT_EQ(paragraph.kind, ParagraphKind::Placeholder);
    EXPECT_TRUE(paragraph.text.is_placeholder());
    EXPECT_EQ(paragraph.text.text(), prompt);
}

TEST(NarrativeOutline, Follows2023OutlineWithPromptsAndAddedQualityItem) {
    const NarrativeDocument vi = narrate(district_summary(), Language::Vietnamese);
    EXPECT_EQ(numbers_of(vi.sections), (std::vector<std::string>{"", "I", "II", "III"}));
    const NarrativeSection* first = section_at(vi, {"I"});
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->heading.text(), "KẾT QUẢ TRIỂN KHAI THỰC HIỆN TUẦN LỄ");
    EXPECT_EQ(numbers_of(first->subsections), (std::vector<std::string>{"1", "2", "3", "4"}));

    const NarrativeSection* direction = section_at(vi, {"I", "1"});
    ASSERT_NE(direction, nullptr);
    EXPECT_TRUE(direction->paragraphs.empty());
    ASSERT_EQ(direction->subsections.size(), 2u);
    expect_prompt(&direction->subsections[0],
                  "Đánh giá tính kịp thời, đầy đủ của việc ban hành văn bản. Tính thống nhất, "
                  "đồng bộ, khả thi của văn bản;",
                  "[Nêu đánh giá]");
    // The outline's "(nêu …)" becomes the prompt, not part of the heading.
    expect_prompt(&direction->subsections[1],
                  "Kết quả đạt được:", "[Nêu tên, số lượng văn bản được ban hành theo thẩm quyền]");
    EXPECT_EQ(direction->subsections[1].number, "-");
    expect_prompt(section_at(vi, {"I", "2"}), "Nội dung các hoạt động đã triển khai trong Tuần lễ",
                  "[Mô tả các hoạt động đã triển khai trong Tuần lễ]");

    const NarrativeSection* results = section_at(vi, {"I", "3"});
    ASSERT_NE(results, nullptr);
    EXPECT_EQ(results->heading.text(), "Kết quả đạt được");
    ASSERT_EQ(results->paragraphs.size(), 10u); // 9 groups + the pointer to Phụ lục II
    for (std::size_t i = 0; i + 1 < results->paragraphs.size(); ++i)
        EXPECT_EQ(results->paragraphs[i].kind, ParagraphKind::Bullet);
    std::vector<std::string> keys;
    for (const NarrativeParagraph& paragraph : results->paragraphs)
        keys.push_back(paragraph.row_key);
    // From the edition's rows: news and publications share a paragraph;
    // "Các nội dung khác" had no figures.
    EXPECT_EQ(keys, (std::vector<std::string>{"classes", "news_items", "book_donation", "contests",
                                              "activities", "opening_ceremony", "seminars",
                                              "awards", "funding", ""}));
    EXPECT_FALSE(section_at(vi, {"I", "4"})->from_outline);

    expect_prompt(section_at(vi, {"II", "1"}), "Ưu điểm",
                  "[Nêu những ưu điểm nổi bật trong tổ chức Tuần lễ]");
    expect_prompt(section_at(vi, {"II", "2"}), "Tồn tại, hạn chế",
                  "[Nêu những tồn tại, hạn chế, khó khăn và nguyên nhân]");
    const NarrativeSection* proposals = section_at(vi, {"III"});
    ASSERT_NE(proposals, nullptr);
    EXPECT_EQ(proposals->heading.text(), "KIẾN NGHỊ VÀ ĐỀ XUẤT");
    EXPECT_TRUE(proposals->paragraphs.empty());
    expect_prompt(section_at(vi, {"III", "1"}), "Với Bộ Giáo dục và Đào tạo",
                  "[Nêu kiến nghị, đề xuất với Bộ Giáo dục và Đào tạo]");
    expect_prompt(section_at(vi, {"III", "2"}), "Với Ủy ban nhân dân tỉnh",
                  "[Nêu kiến nghị, đề xuất với Ủy ban nhân dân tỉnh]");
}

TEST(NarrativeOutline, EnglishTranslatesHeadingsAndPrompts) {
    const NarrativeDocument en = narrate(district_summary(), Language::English);
    EXPECT_EQ(section_at(en, {"I"})->heading.text(), "RESULTS OF IMPLEMENTING THE WEEK");
    expect_prompt(&section_at(en, {"I", "1"})->subsections[1], "Results achieved:",
                  "[List the directives and guidance issued: number, date and subject]");
    EXPECT_EQ(section_at(en, {"I", "4"})->heading.text(), "Quality of the merged figures");
    expect_prompt(section_at(en, {"II", "1"}), "Strengths",
                  "[State the main strengths in organising the Week]");
    expect_prompt(section_at(en, {"III", "2"}), "To the Provincial People's Committee",
                  "[State recommendations and proposals to the body above]");
}

TEST(NarrativeOutline, The2022OutlineGivesFundingItsOwnItem) {
    const MergeResult summary = merge_reports(catalog(), edition("htsd-2022"), district_reports());
    const NarrativeDocument vi = narrate(summary, Language::Vietnamese);
    const NarrativeSection* activities = section_at(vi, {"I", "2"});
    ASSERT_NE(activities, nullptr);
    EXPECT_EQ(activities->heading.text(), "Nội dung các hoạt động đã triển khai trong Tuần lễ");
    EXPECT_EQ(activities->paragraphs.front().row_key, "classes");
    EXPECT_EQ(activities->paragraphs.back().row_key, "awards"); // no pointer: II.5 is the table

    const NarrativeSection* funding = section_at(vi, {"I", "3"});
    ASSERT_NE(funding, nullptr);
    EXPECT_EQ(funding->heading.text(), "Kinh phí tổ chức Tuần lễ");
    EXPECT_TRUE(funding->subsections.empty()); // "- Ngân sách nhà nước" is in the paragraph
    // The form prints "nguồn lợi pháp"; the sentence reads its corrected label.
    ASSERT_EQ(funding->paragraphs.size(), 1u);
    EXPECT_EQ(funding->paragraphs[0].kind, ParagraphKind::Body);
    EXPECT_EQ(funding->paragraphs[0].text.text(),
              "Tổng kinh phí tổ chức Tuần lễ là 39.000.000 đồng. Trong đó, ngân sách nhà nước "
              "31.500.000 đồng (chiếm 80,8% tổng số) và kinh phí hỗ trợ, huy động từ các nguồn hợp "
              "pháp khác 7.500.000 đồng (chiếm 19,2%). Đơn vị có kinh phí lớn nhất là Trung tâm "
              "GDNN-GDTX huyện Tuần Giáo (15.000.000 đồng, chiếm 38,5% tổng số).");
    EXPECT_FALSE(section_at(vi, {"I", "4"})->from_outline);
    expect_prompt(section_at(vi, {"II", "2"}), "Bài học kinh nghiệm", "[Nêu bài học kinh nghiệm]");
    const NarrativeSection* table = section_at(vi, {"II", "5"});
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->paragraphs.size(), 1u);
    EXPECT_EQ(table->paragraphs[0].kind, ParagraphKind::Body);
    EXPECT_EQ(table->paragraphs[0].text.text(), "Bảng tổng hợp số liệu kèm theo báo cáo này.");
    // A 2022 form prints one title line.
    EXPECT_EQ(vi.title.text(),
              "BÁO CÁO TỔNG KẾT CÁC HOẠT ĐỘNG HƯỞNG ỨNG TUẦN LỄ HỌC TẬP SUỐT ĐỜI NĂM 2022");
    EXPECT_TRUE(vi.subtitle.empty());
    // Its theme is printed corrected ("COVID -19" in the document).
    EXPECT_NE(vi.sections.front().paragraphs[1].text.text().find("COVID-19»"), std::string::npos);
}

TEST(NarrativeOutline, The2020OutlineUsesCorrectedTextAndItsOwnGuidance) {
    const MergeResult summary =
        merge_reports(catalog(), edition("htsd-2020-district"), district_reports());
    const NarrativeDocument vi = narrate(summary, Language::Vietnamese);
    expect_prompt(section_at(vi, {"I", "1"}),
                  "Công tác chỉ đạo, ban hành kế hoạch triển khai, kiểm tra, đôn đốc thực hiện",
                  "[Các văn bản hướng dẫn, chỉ đạo của đơn vị về tổ chức Tuần lễ hưởng ứng học tập "
                  "suốt đời năm 2020 (nêu rõ số văn bản, ngày tháng ban hành, trích yếu nội dung "
                  "văn bản)]");
    expect_prompt(section_at(vi, {"I", "2"}), "Lễ phát động Tuần lễ học tập cấp huyện",
                  "[Nêu thời gian, địa điểm, thành phần và quy mô tổ chức buổi lễ]");
    EXPECT_EQ(section_at(vi, {"I", "4"})->heading.text(), "Kinh phí tổ chức Tuần lễ");
    EXPECT_FALSE(section_at(vi, {"I", "5"})->from_outline);
    expect_prompt(section_at(vi, {"II", "1"}), "Những kết quả đạt được; bài học kinh nghiệm",
                  "[Nêu những kết quả nổi bật và bài học kinh nghiệm]");
    // The directive is the author's to name, whatever the edition records.
    EXPECT_EQ(vi.sections.front().paragraphs[0].text.text(),
              "Thực hiện [văn bản chỉ đạo của cấp trên: loại văn bản, số, ngày ban hành, cơ quan "
              "ban hành] về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020, [tên đơn vị "
              "báo cáo] báo cáo kết quả tổ chức Tuần lễ như sau:");
    EXPECT_EQ(vi.sections.front().paragraphs[0].text.runs.back().kind, RunKind::Text);
}

TEST(NarrativeOutline, FrameOfAnAdministrativeReport) {
    NarrativeOptions options;
    options.reporting_unit = "Phòng Giáo dục và Đào tạo huyện Tuần Giáo";
    options.governing_body = "Ủy ban nhân dân huyện Tuần Giáo";
    options.document_number = "125";
    options.unit_code = "PGDĐT";
    options.place = "Tuần Giáo";
    options.report_date = CalendarDate{2023, 2, 5};
    options.recipients = {"Sở GD&ĐT tỉnh Điện Biên;", "Lưu: VT."};
    options.signer_title = "TRƯỞNG PHÒNG";
    options.signer_name = "Lò Văn Minh";
    const NarrativeDocument vi = narrate(district_summary(), Language::Vietnamese, {}, options);
    EXPECT_EQ(vi.governing_body.text(), "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO");
    EXPECT_EQ(vi.reporting_unit.text(), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TUẦN GIÁO");
    EXPECT_EQ(vi.reference.text(), "Số: 125/BC-PGDĐT");
    EXPECT_EQ(vi.national_name.text(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    EXPECT_EQ(vi.motto.text(), "Độc lập - Tự do - Hạnh phúc");
    EXPECT_EQ(vi.place_date.text(), "Tuần Giáo, ngày 05 tháng 02 năm 2023");
    EXPECT_EQ(vi.title.text(), "BÁO CÁO");
    // The edition prints "hướng ứng"; its correction is used.
    EXPECT_EQ(vi.subtitle.text(), "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023");
    EXPECT_EQ(vi.recipients_heading.text(), "Nơi nhận:");
    ASSERT_EQ(vi.recipients.size(), 2u);
    EXPECT_EQ(vi.recipients[0].text(), "Sở GD&ĐT tỉnh Điện Biên;");
    EXPECT_EQ(vi.signer_title.text(), "TRƯỞNG PHÒNG");
    EXPECT_EQ(vi.signer_note.text(), "(Ký tên, đóng dấu)");
    EXPECT_EQ(vi.signer_name.text(), "Lò Văn Minh");

    const NarrativeDocument en = narrate(district_summary(), Language::English, {}, options);
    EXPECT_EQ(en.reference.text(), "No.: 125/BC-PGDĐT");
    EXPECT_EQ(en.place_date.text(), "Tuần Giáo, 5 February 2023");
    EXPECT_EQ(en.title.text(), "REPORT");
    EXPECT_EQ(en.subtitle.text(), "Results of the Lifelong Learning Week 2023");
    EXPECT_EQ(en.national_name.text(), "SOCIALIST REPUBLIC OF VIET NAM");
}

TEST(NarrativeOutline, WhatTheCallerDidNotGiveIsAPlaceholder) {
    const NarrativeDocument vi = narrate(district_summary(), Language::Vietnamese);
    EXPECT_TRUE(vi.governing_body.empty());
    EXPECT_EQ(vi.reporting_unit.text(), "TÊN ĐƠN VỊ");
    EXPECT_TRUE(vi.reporting_unit.is_placeholder());
    EXPECT_EQ(vi.reference.text(), "Số: …/BC-…");
    EXPECT_EQ(vi.place_date.text(), "…, ngày … tháng … năm 2023");
    ASSERT_EQ(vi.recipients.size(), 2u);
    EXPECT_TRUE(vi.recipients[0].is_placeholder());
    EXPECT_EQ(vi.recipients[1].text(), "Lưu: VT.");
    EXPECT_EQ(vi.signer_title.text(), "THỦ TRƯỞNG");
    EXPECT_TRUE(vi.signer_name.is_placeholder());
    // The reporting unit inside the opening sentence, too.
    bool placeholder = false;
    for (const NarrativeRun& run : vi.sections.front().paragraphs[0].text.runs)
        placeholder =
            placeholder || (run.kind == RunKind::Placeholder && run.text == "[tên đơn vị báo cáo]");
    EXPECT_TRUE(placeholder);
}

TEST(NarrativeOutline, LinesForCalcCarryNumbersAndBullets) {
    const NarrativeDocument vi = narrate(district_summary(), Language::Vietnamese);
    const std::vector<NarrativeLine> lines = narrative_lines(vi);
    ASSERT_GE(lines.size(), 10u);
    EXPECT_EQ(lines[0].kind, NarrativeLine::Kind::Title);
    EXPECT_EQ(lines[0].text, "BÁO CÁO");
    EXPECT_EQ(lines[1].kind, NarrativeLine::Kind::Title);
    EXPECT_EQ(lines[2].kind, NarrativeLine::Kind::Paragraph); // the opening
    bool section_one = false, bullet = false, prompt = false;
    for (const NarrativeLine& line : lines) {
        section_one =
            section_one || (line.kind == NarrativeLine::Kind::Heading && line.level == 0 &&
                            line.text == "I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN TUẦN LỄ");
        bullet = bullet || (line.kind == NarrativeLine::Kind::Bullet && line.row_key == "classes" &&
                            line.text.rfind("- Các đơn vị đã tổ chức 57 lớp", 0) == 0);
        prompt = prompt || (line.kind == NarrativeLine::Kind::Placeholder &&
                            line.text == "[Nêu những ưu điểm nổi bật trong tổ chức Tuần lễ]");
    }
    EXPECT_TRUE(section_one);
    EXPECT_TRUE(bullet);
    EXPECT_TRUE(prompt);
    const std::string text = narrative_plain_text(vi);
    EXPECT_EQ(text.rfind("TÊN ĐƠN VỊ\nSố: …/BC-…\n", 0), 0u) << text;
    EXPECT_NE(text.find("\n3. Kết quả đạt được\n- Các đơn vị đã tổ chức 57 lớp"),
              std::string::npos);
}

TEST(NarrativeOutline, RequiresTheEditionAndTheSummary) {
    NarrativeInput input;
    EXPECT_THROW(write_narrative(input, narrative_phrases()), std::invalid_argument);
    const MergeResult summary = district_summary();
    input.merged = &summary;
    input.target = &edition("htsd-2022"); // not the edition merged into
    EXPECT_THROW(write_narrative(input, narrative_phrases()), std::invalid_argument);
}

} // namespace
} // namespace statform::narrative_test
