// Validation of which column holds a figure: the row's unit type says
// which of "Số lớp/số cuộc thi" and "Người" it fills.
#include "test_validation_support.hpp"

#include <gtest/gtest.h>

using namespace statform::validation_test;

TEST(ValidationColumns, SingleQuantityRowFilledOnlyInTheOtherColumnIsReadFromThere) {
    FormSheet sheet("htsd-2023");
    sheet.people("news_items", 12); // "Tin, bài/cuộc" belongs in the first column
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "value-in-wrong-column");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.cell->a1(), sheet.people_cell("news_items"));
    EXPECT_EQ(finding.value_seen, "12");
    EXPECT_EQ(finding.message,
              "Dòng này tính bằng «Tin, bài/cuộc», phải ghi ở cột «Số lớp/số cuộc thi», nhưng số "
              "liệu lại nằm ở cột «Người». Đã đọc «12» là số liệu của cột «Số lớp/số cuộc thi»; "
              "hãy chuyển sang đúng cột.");
    const RowValues& values = values_of(report, "news_items");
    EXPECT_EQ(values.count, 12);
    EXPECT_TRUE(values.count_warning);
    EXPECT_FALSE(values.people);
    EXPECT_EQ(errors_and_warnings(report), 1u) << describe(report);
}

TEST(ValidationColumns, PeopleOnlyRowFilledInTheCountColumnIsReadAsPeople) {
    FormSheet sheet("htsd-2023");
    sheet.count("awards.individuals", 7); // "Cá nhân" / "Người": the people column
    const ValidationReport report = sheet.validate(Language::English);
    EXPECT_EQ(only(report, "value-in-wrong-column").message,
              "This row is measured in “people” and belongs in the “People” column, but the "
              "figure is in the “Number of classes/events” column. “7” was read as the “People” "
              "figure; move it to the right column.");
    const RowValues& values = values_of(report, "awards.individuals");
    EXPECT_EQ(values.people, 7);
    EXPECT_TRUE(values.people_warning);
    EXPECT_FALSE(values.count);
}

TEST(ValidationColumns, ValueInTheUnusedColumnNextToAFilledOneIsAnError) {
    FormSheet sheet("htsd-2023");
    sheet.count("news_items", 12).people("news_items", 30);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "value-in-unused-column");
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.cell->a1(), sheet.people_cell("news_items"));
    EXPECT_EQ(finding.value_seen, "30");
    const RowValues& values = values_of(report, "news_items");
    EXPECT_EQ(values.count, 12);
    EXPECT_FALSE(values.count_warning);
    EXPECT_FALSE(values.people) << "the stray figure is not counted";
}

TEST(ValidationColumns, DashOrZeroInTheUnusedColumnIsHarmless) {
    for (const Cell& cell : {Cell::of_text("-"), Cell::of_number(0), Cell::of_text("0")}) {
        FormSheet sheet("htsd-2023");
        sheet.count("news_items", 12).people("news_items", cell);
        const ValidationReport report = sheet.validate();
        EXPECT_TRUE(report.findings.empty()) << describe(report);
        EXPECT_EQ(values_of(report, "news_items").count, 12);
    }
}

TEST(ValidationColumns, MoneyInThePeopleColumnOnlyIsReadAsMoney) {
    FormSheet sheet("htsd-2023");
    sheet.people("funding.state_budget", "3 triệu");
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(with_rule(report, "value-in-wrong-column").size(), 1u) << describe(report);
    EXPECT_EQ(values_of(report, "funding.state_budget").count, 3'000'000);
    // A figure in the wrong column is moved by a person, never "fixed" in place.
    for (const CellFix& fix : report.fixes)
        EXPECT_NE(fix.cell.a1(), sheet.people_cell("funding.state_budget"));
}

TEST(ValidationColumns, GroupFigureInItsUnusedColumnIsNotReinterpreted) {
    // 2023 row 10 "Kinh phí" and its children fill only the đồng column: a
    // figure in its people cell is no amount of money moved one cell over.
    FormSheet sheet("htsd-2023");
    sheet.people("funding", 350);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "group-value-in-unused-column");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.row_code, "10");
    EXPECT_TRUE(with_rule(report, "value-in-wrong-column").empty());
    const RowValues& values = values_of(report, "funding");
    EXPECT_FALSE(values.count);
    EXPECT_FALSE(values.people);
}

TEST(ValidationColumns, GroupWithBothColumnsFilledFollowsTheUnusedColumnRule) {
    FormSheet sheet("htsd-2023");
    sheet.count("funding", 25'000'000).people("funding", 350);
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(only(report, "value-in-unused-column").cell->a1(), sheet.people_cell("funding"));
}

TEST(ValidationColumns, AGroupRowHoldsTheColumnsOfItsChildren) {
    // 2023 row 1 prints "Lớp" and row 5 "Số cuộc", but their children are
    // "Lớp/người" and "Số cuộc/người": the people figure on the group row is
    // the people total of its children, checked and counted like the count.
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible().compute_totals({.every_group_column = true});
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
    EXPECT_TRUE(with_rule(report, "value-in-unused-column").empty()) << describe(report);
    // 12 class rows and "Học nghề…" (75 people each); 5.3 and 5.4 (150 each).
    EXPECT_EQ(values_of(report, "classes").people, 13 * 75);
    EXPECT_EQ(values_of(report, "contests").people, 2 * 150);
}

TEST(ValidationColumns, FigureOnAHeadingRowWithoutUnitIsAWarningAndNotCounted) {
    FormSheet sheet("htsd-2023");
    sheet.count("book_donation", 5).people("book_donation", "-");
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "value-in-heading-row");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.cell->a1(), sheet.count_cell("book_donation"));
    EXPECT_EQ(finding.row_code, "4");
    EXPECT_FALSE(values_of(report, "book_donation").count);
}

TEST(ValidationColumns, RowWithoutUnitThatIsNoHeadingAcceptsBothColumns) {
    FormSheet sheet("htsd-2023");
    sheet.count("other", 2).people("other", 45); // "11. Các nội dung khác (nếu có)"
    const ValidationReport report = sheet.validate();
    EXPECT_TRUE(report.findings.empty()) << describe(report);
    EXPECT_EQ(values_of(report, "other").count, 2);
    EXPECT_EQ(values_of(report, "other").people, 45);
}
