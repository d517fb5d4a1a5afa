// Validation, one value at a time: how each way of typing a figure is read
// (issue 4: empty is "not reported", text numbers are read the Vietnamese way
// with a warning, words and formula errors are errors, "không phát sinh" is a
// reported 0) and whether the number fits its column.
#include "test_validation_support.hpp"

#include <gtest/gtest.h>

using namespace statform::validation_test;

namespace {

// "2. Số tin bài …" (Tin, bài/cuộc): a count row in no group, so a value
// there triggers nothing but the rule under test.
constexpr const char* kNews = "news_items";

ValidationReport news(Cell cell, Language language = Language::Vietnamese) {
    FormSheet sheet("htsd-2023");
    sheet.count(kNews, std::move(cell));
    return sheet.validate(language);
}

} // namespace

TEST(ValidationValues, NumberStoredAsTextCountsWithAWarningAndTheParsedValue) {
    const ValidationReport report = news(Cell::of_text("1.200"));
    const Finding finding = only(report, "number-as-text");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.value_seen, "1.200");
    EXPECT_EQ(finding.row_code, "2");
    EXPECT_EQ(finding.row_key, kNews);
    EXPECT_EQ(finding.sheet, "Thống kê");
    EXPECT_EQ(finding.message,
              "Số «1.200» được nhập dưới dạng chữ; đã đọc là 1.200. Hãy nhập lại thành số "
              "(hoặc dùng sửa tự động) để công thức tổng cộng được.");
    const RowValues& values = values_of(report, kNews);
    EXPECT_EQ(values.count, 1200);
    EXPECT_TRUE(values.count_warning);
    EXPECT_FALSE(values.people);
    EXPECT_EQ(errors_and_warnings(report), 1u) << describe(report);
}

TEST(ValidationValues, NumberStoredAsTextInEnglishUsesEnglishNotation) {
    const ValidationReport report = news(Cell::of_text("2.500"), Language::English);
    EXPECT_EQ(only(report, "number-as-text").message,
              "“2.500” is a number stored as text; it was read as 2,500. Re-enter it as a number "
              "(or apply the automatic fix) so that the SUM formulas count it.");
}

TEST(ValidationValues, NumberWithUnitIsReadWithAWarning) {
    FormSheet sheet("htsd-2023");
    sheet.count("classes.literacy", "12 lớp").people("classes.literacy", 300);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "number-with-unit");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.value_seen, "12 lớp");
    EXPECT_EQ(finding.cell->a1(), sheet.count_cell("classes.literacy"));
    EXPECT_NE(finding.message.find("được đọc là 12"), std::string::npos) << finding.message;
    const RowValues& values = values_of(report, "classes.literacy");
    EXPECT_EQ(values.count, 12);
    EXPECT_TRUE(values.count_warning);
    EXPECT_EQ(values.people, 300);
    EXPECT_FALSE(values.people_warning);
    EXPECT_EQ(report.count(Severity::Error), 0u) << describe(report);
}

TEST(ValidationValues, NumberWordsAndUnparseableTextAreErrorsAndNotCounted) {
    for (const char* typed : {"mười", "abc", "1,200", "1,2,3", "3 nghìn"}) {
        SCOPED_TRACE(typed);
        const ValidationReport report = news(Cell::of_text(typed));
        const Finding finding = only(report, "unreadable-value");
        EXPECT_EQ(finding.severity, Severity::Error);
        EXPECT_EQ(finding.value_seen, typed);
        EXPECT_NE(finding.message.find(typed), std::string::npos);
        EXPECT_FALSE(values_of(report, kNews).count);
        EXPECT_TRUE(report.fixes.empty());
    }
}

TEST(ValidationValues, FormulaErrorsAreErrors) {
    for (const Cell& cell :
         {Cell::of_error("#DIV/0!"), Cell::of_text("#VALUE!"), Cell::of_error("Err:502")}) {
        SCOPED_TRACE(cell.text);
        const ValidationReport report = news(cell);
        const Finding finding = only(report, "formula-error");
        EXPECT_EQ(finding.severity, Severity::Error);
        EXPECT_EQ(finding.value_seen, cell.text);
        EXPECT_FALSE(values_of(report, kNews).count);
    }
}

TEST(ValidationValues, ExplicitZeroIsAReportedZeroAndNotFlagged) {
    for (const Cell& cell :
         {Cell::of_text("không phát sinh"), Cell::of_text("-"), Cell::of_text("không"),
          Cell::of_text("Không phát sinh"), Cell::of_text("0"), Cell::of_number(0)}) {
        SCOPED_TRACE(cell.text);
        const ValidationReport report = news(cell);
        EXPECT_TRUE(report.findings.empty()) << describe(report);
        const RowValues& values = values_of(report, kNews);
        ASSERT_TRUE(values.count.has_value()) << "a reported zero is not 'missing'";
        EXPECT_EQ(*values.count, 0);
        EXPECT_FALSE(values.count_warning);
    }
}

TEST(ValidationValues, EmptyMeansNotReportedNotZero) {
    FormSheet sheet("htsd-2023");
    sheet.count("publications", 100); // something, so that the report is not empty
    const ValidationReport report = sheet.validate();
    EXPECT_TRUE(report.findings.empty()) << describe(report);
    const RowValues& values = values_of(report, kNews);
    EXPECT_TRUE(values.in_sheet);
    EXPECT_FALSE(values.count.has_value());
    EXPECT_FALSE(values.people.has_value());
}

TEST(ValidationValues, NegativeNumbersAreErrors) {
    for (const Cell& cell : {Cell::of_number(-3), Cell::of_text("-3")}) {
        const ValidationReport report = news(cell);
        const Finding finding = only(report, "negative-number");
        EXPECT_EQ(finding.severity, Severity::Error);
        EXPECT_NE(finding.message.find("-3"), std::string::npos) << finding.message;
        EXPECT_FALSE(values_of(report, kNews).count);
    }
}

TEST(ValidationValues, FractionalClassesOrPeopleAreErrors) {
    FormSheet sheet("htsd-2023");
    sheet.count("classes.literacy", 2.5).people("classes.literacy", "40,5");
    const ValidationReport report = sheet.validate();
    const std::vector<Finding> found = with_rule(report, "not-whole-number");
    ASSERT_EQ(found.size(), 2u) << describe(report);
    EXPECT_EQ(found[0].cell->a1(), sheet.count_cell("classes.literacy"));
    EXPECT_EQ(found[0].value_seen, "2,5");
    EXPECT_EQ(found[0].message,
              "Số liệu ở cột «Số lớp/số cuộc thi» phải là số nguyên, không thể là 2,5. Kiểm tra "
              "lại (dấu phẩy là dấu thập phân: 2,5 là hai phẩy năm).");
    EXPECT_EQ(found[1].cell->a1(), sheet.people_cell("classes.literacy"));
    // "40,5" typed as text: read (warning) and then rejected (error), no fix.
    EXPECT_EQ(with_rule(report, "number-as-text").size(), 1u);
    EXPECT_TRUE(report.fixes.empty());
    const RowValues& values = values_of(report, "classes.literacy");
    EXPECT_FALSE(values.count);
    EXPECT_FALSE(values.people);
}

TEST(ValidationValues, MoneyWithFractionsOfADongIsAnError) {
    FormSheet sheet("htsd-2023");
    sheet.count("funding.state_budget", 1500000.5);
    const ValidationReport report = sheet.validate(Language::English);
    const Finding finding = only(report, "money-fraction");
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.value_seen, "1,500,000.5");
    EXPECT_EQ(finding.message,
              "The amount 1,500,000.5 đồng has fractions of a đồng. Enter a whole number of đồng "
              "(in Vietnamese notation the dot separates thousands: 1.500.000 is one and a half "
              "million).");
    EXPECT_FALSE(values_of(report, "funding.state_budget").count);
}

TEST(ValidationValues, MoneyScaleWordsAreReadExactly) {
    FormSheet sheet("htsd-2023");
    sheet.count("funding.state_budget", "2,5 triệu");
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(only(report, "number-with-unit").severity, Severity::Warning);
    EXPECT_TRUE(with_rule(report, "money-fraction").empty());
    EXPECT_EQ(values_of(report, "funding.state_budget").count, 2'500'000);
}

TEST(ValidationValues, TextNumbersGetASafeFix) {
    FormSheet sheet("htsd-2023");
    sheet.count(kNews, "1.200").count("publications", "500 tờ").count("seminars", "-");
    const ValidationReport report = sheet.validate();
    ASSERT_EQ(report.fixes.size(), 2u) << describe(report);
    const CellFix& first = report.fixes[0];
    EXPECT_EQ(first.rule, "number-as-text");
    EXPECT_EQ(first.sheet, "Thống kê");
    EXPECT_EQ(first.cell.a1(), sheet.count_cell(kNews));
    EXPECT_EQ(first.old_text, "1.200");
    EXPECT_EQ(first.new_value, 1200);
    EXPECT_EQ(first.reason, "Chuyển «1.200» thành số 1.200.");
    EXPECT_EQ(report.fixes[1].rule, "number-with-unit");
    EXPECT_EQ(report.fixes[1].new_value, 500);
    // Each fix is linked from the finding it resolves; "-" needs no fix.
    const Finding as_text = only(report, "number-as-text");
    ASSERT_TRUE(as_text.fix.has_value());
    EXPECT_EQ(report.fixes[*as_text.fix].cell, *as_text.cell);
}
