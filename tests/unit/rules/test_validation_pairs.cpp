// Validation of two-quantity rows: classes (or events) and their people.
#include "test_validation_support.hpp"

#include <gtest/gtest.h>

using namespace statform::validation_test;

namespace {
constexpr const char* kLiteracy = "classes.literacy";           // 1.11, Lớp/người
constexpr const char* kLocalHistory = "contests.local_history"; // 5.3, Số cuộc/người
} // namespace

TEST(ValidationPairs, FewerPeopleThanClassesIsAnError) {
    FormSheet sheet("htsd-2023");
    sheet.count(kLiteracy, 15).people(kLiteracy, 12);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "people-below-count");
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.message,
              "Số người (12) nhỏ hơn số lớp (15). Kiểm tra lại số người hoặc số lớp.");
    EXPECT_EQ(finding.cell->a1(), sheet.people_cell(kLiteracy));
    ASSERT_EQ(finding.related_cells.size(), 1u);
    EXPECT_EQ(finding.related_cells[0].a1(), sheet.count_cell(kLiteracy));
    EXPECT_EQ(finding.row_code, "1.11");
    EXPECT_EQ(finding.row_label, "Xóa mù chữ, giáo dục tiếp tục sau khi biết chữ");
    EXPECT_EQ(finding.value_seen, "12");
    // Neither figure is trusted until a person fixes the row.
    const RowValues& values = values_of(report, kLiteracy);
    EXPECT_FALSE(values.count);
    EXPECT_FALSE(values.people);
}

TEST(ValidationPairs, FewerPeopleThanEventsInEnglish) {
    FormSheet sheet("htsd-2023");
    sheet.count(kLocalHistory, 3).people(kLocalHistory, 2);
    const ValidationReport report = sheet.validate(Language::English);
    EXPECT_EQ(only(report, "people-below-count").message,
              "The number of people (2) is smaller than the number of events (3). Check the "
              "number of people or of events.");
}

TEST(ValidationPairs, ClassesWithoutPeopleIsAnError) {
    for (const Cell& people : {Cell::empty(), Cell::of_number(0), Cell::of_text("-")}) {
        FormSheet sheet("htsd-2023");
        sheet.count(kLiteracy, 3).people(kLiteracy, people);
        const ValidationReport report = sheet.validate();
        const Finding finding = only(report, "count-without-people");
        EXPECT_EQ(finding.severity, Severity::Error);
        EXPECT_EQ(finding.cell->a1(), sheet.count_cell(kLiteracy));
        EXPECT_EQ(finding.message, "Có số lớp (3) nhưng không có số người tham gia. Hãy ghi số "
                                   "người hoặc kiểm tra lại số lớp.");
        EXPECT_FALSE(values_of(report, kLiteracy).count);
    }
}

TEST(ValidationPairs, PeopleWithoutClassesIsAnError) {
    for (const Cell& count : {Cell::empty(), Cell::of_number(0), Cell::of_text("không")}) {
        FormSheet sheet("htsd-2023");
        sheet.count(kLiteracy, count).people(kLiteracy, 40);
        const ValidationReport report = sheet.validate();
        const Finding finding = only(report, "people-without-count");
        EXPECT_EQ(finding.severity, Severity::Error);
        EXPECT_EQ(finding.cell->a1(), sheet.people_cell(kLiteracy));
        EXPECT_FALSE(values_of(report, kLiteracy).people);
    }
}

TEST(ValidationPairs, ReportedZeroOrNothingOnBothSidesIsFine) {
    for (const auto& [count, people] :
         std::vector<std::pair<Cell, Cell>>{{Cell::of_text("-"), Cell::empty()},
                                            {Cell::of_number(0), Cell::of_number(0)},
                                            {Cell::empty(), Cell::of_text("không phát sinh")},
                                            {Cell::of_number(2), Cell::of_number(2)}}) {
        FormSheet sheet("htsd-2023");
        sheet.count(kLiteracy, count).people(kLiteracy, people).count("news_items", 1);
        const ValidationReport report = sheet.validate();
        EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
    }
}

TEST(ValidationPairs, OrganisationsAndIndividualsAreNotAPair) {
    // 2020 "Số tập thể, cá nhân tặng sách" (Tập thể/cá nhân): 4 organisations
    // and no individual is a perfectly good answer.
    FormSheet sheet("htsd-2020-district");
    sheet.count("book_donation.donors", 4).people("book_donation.donors", 0.0);
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
}

TEST(ValidationPairs, AnUnreadableHalfIsReportedOnceNotAsAPairError) {
    FormSheet sheet("htsd-2023");
    sheet.count(kLiteracy, "ba").people(kLiteracy, 40);
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(with_rule(report, "unreadable-value").size(), 1u);
    EXPECT_TRUE(with_rule(report, "people-without-count").empty()) << describe(report);
}
