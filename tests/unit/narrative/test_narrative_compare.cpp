// Growth or decline against last year's summary, matched by the rows'
// semantic keys across editions (2022 summary → 2023 report): whole
// paragraphs, in both languages.
#include "test_narrative_support.hpp"

#include "core/merge/merge_from_validation.hpp"

#include <gtest/gtest.h>

namespace statform::narrative_test {
namespace {

struct Compared {
    MergeResult summary = district_summary();
    MergeResult before = district_summary_2022();
    ReportedValues previous = reported_values_of(before, edition("htsd-2022"));

    NarrativeDocument report(Language language, bool with_edition = true) const {
        NarrativeInput input;
        input.previous = &previous;
        input.previous_edition = with_edition ? &edition("htsd-2022") : nullptr;
        NarrativeOptions options;
        options.scope = ReportScope::District;
        return narrate(summary, language, input, options);
    }
};

TEST(NarrativeCompare, ClassesGrewAgainstTheParticipantsRowOf2022) {
    // 2022: 20 + 30 = 50 classes; "Tổng số người tham gia" 1.200.
    // 57 / 50 = +14%; 1.685 / 1.200 = +40,4%.
    const Compared compared;
    EXPECT_EQ(
        paragraph_about(compared.report(Language::Vietnamese), "classes"),
        "Toàn huyện đã tổ chức 57 lớp bồi dưỡng, tập huấn với 1.685 lượt người tham gia. Trong đó, "
        "nhiều nhất là giáo dục kỹ năng sống cho học sinh (21 lớp, chiếm 36,8% tổng số), tiếp đến "
        "là bồi dưỡng thường xuyên cho giáo viên (12 lớp, chiếm 21,1%). Đơn vị có số lớp nhiều "
        "nhất là Trường THCS Thị trấn Tuần Giáo (16 lớp, chiếm 28,1% tổng số). So với năm 2022, số "
        "lớp tăng 14% (từ 50 lên 57) và số lượt người tham gia tăng 40,4% (từ 1.200 lên 1.685).");
    EXPECT_EQ(
        paragraph_about(compared.report(Language::English), "classes"),
        "Across the district, 57 training and refresher classes were held, with 1,685 "
        "participants. The largest share was life-skills education for pupils (21 classes, 36.8% "
        "of the total), followed by continuing professional development for teachers (12 classes, "
        "21.1%). The unit with the highest number of classes was Trường THCS Thị trấn Tuần Giáo "
        "(16 classes, 28.1% of the total). Compared with 2022, the number of classes rose by 14% "
        "(from 50 to 57) and the number of participants rose by 40.4% (from 1,200 to 1,685).");
}

TEST(NarrativeCompare, DeclineAndNoChange) {
    const Compared compared;
    // News 40 → 32: −20%; publications 200 → 200.
    const std::string news = paragraph_about(compared.report(Language::Vietnamese), "news_items");
    EXPECT_NE(news.find(" So với năm 2022, số tin, bài giảm 20% (từ 40 xuống 32) và số ấn phẩm "
                        "không thay đổi (200)."),
              std::string::npos)
        << news;
    const std::string funding = paragraph_about(compared.report(Language::Vietnamese), "funding");
    EXPECT_NE(funding.find(" So với năm 2022, kinh phí giảm 2,5% (từ 40.000.000 xuống "
                           "39.000.000)."),
              std::string::npos)
        << funding;
    EXPECT_EQ(paragraph_about(compared.report(Language::English), "funding"),
              "Total funding for the Week was 39,000,000 VND. Of this, 31,500,000 VND (80.8% of "
              "the total) came from the state budget and 7,500,000 VND (19.2%) from other lawful "
              "sources. The unit with the largest funding was Trung tâm GDNN-GDTX huyện Tuần Giáo "
              "(15,000,000 VND, 38.5% of the total). Compared with 2022, the funding fell by 2.5% "
              "(from 40,000,000 to 39,000,000).");
}

TEST(NarrativeCompare, NothingToCompareWithSaysNothing) {
    // 2022 had no contests and no awards: no comparison, no "từ 0".
    const Compared compared;
    const NarrativeDocument vi = compared.report(Language::Vietnamese);
    EXPECT_EQ(paragraph_about(vi, "contests").find("So với"), std::string::npos);
    EXPECT_EQ(paragraph_about(vi, "awards").find("So với"), std::string::npos);
}

TEST(NarrativeCompare, WithoutThePreviousEditionItsChildrenAreAddedUp) {
    // 500 + 700 people in the 2022 rows that 2023 also has.
    const Compared compared;
    const std::string classes =
        paragraph_about(compared.report(Language::Vietnamese, false), "classes");
    EXPECT_NE(classes.find("số lượt người tham gia tăng 40,4% (từ 1.200 lên 1.685)"),
              std::string::npos)
        << classes;
}

TEST(NarrativeCompare, ASummaryOfTheSameYearIsThePreviousReport) {
    const MergeResult summary = district_summary();
    const MergeResult earlier = merge_reports(catalog(), edition("htsd-2023"),
                                              {district_reports()[0], district_reports()[1]});
    const ReportedValues previous = reported_values_of(earlier, edition("htsd-2023"));
    NarrativeInput input;
    input.previous = &previous;
    const std::string vi =
        paragraph_about(narrate(summary, Language::Vietnamese, input), "seminars");
    EXPECT_NE(vi.find("So với kỳ báo cáo trước, số hội thảo, sinh hoạt chuyên đề tăng 300% (từ 2 "
                      "lên 8)."),
              std::string::npos)
        << vi;
    const std::string en = paragraph_about(narrate(summary, Language::English, input), "seminars");
    EXPECT_NE(en.find("Compared with the previous report, the number of workshops and thematic "
                      "sessions rose by 300% (from 2 to 8)."),
              std::string::npos)
        << en;
}

} // namespace
} // namespace statform::narrative_test
