// Validation of totals: group rows against the sum of their children, the
// 2020/2022 "Tổng số người tham gia" row, and the single-culprit hint.
#include "core/rules/group_culprit.hpp"
#include "test_validation_support.hpp"

#include <gtest/gtest.h>

using namespace statform::validation_test;
using statform::core::validation::CulpritKind;
using statform::core::validation::is_digit_slip;
using statform::core::validation::single_culprit;

namespace {

// 2023 filled plausibly: the 13 class rows under "1." hold 3 classes each,
// so row 1 says 39.
FormSheet filled_2023() {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible();
    return sheet;
}

} // namespace

TEST(ValidationGroups, ChildTypedWithAnExtraDigitIsNamed) {
    FormSheet sheet = filled_2023();
    sheet.count("classes.literacy", 30); // meant 3; row 1 still says 39
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "group-sum-mismatch");
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.cell->a1(), sheet.count_cell("classes"));
    EXPECT_EQ(finding.row_code, "1");
    EXPECT_EQ(finding.value_seen, "39");
    EXPECT_EQ(finding.related_cells.size(), 13u);
    ASSERT_TRUE(finding.likely_culprit.has_value());
    EXPECT_EQ(finding.likely_culprit->a1(), sheet.count_cell("classes.literacy"));
    const std::string cell = sheet.count_cell("classes.literacy");
    EXPECT_EQ(finding.message,
              "Dòng tổng ghi 39 nhưng cột «Số lớp/số cuộc thi» của các dòng con cộng lại là 66 "
              "(chênh lệch 27). Nếu ô " +
                  cell +
                  " là 3 thay vì 30 thì tổng khớp: có thể gõ nhầm chữ số ở ô này (dòng 1.11 «Xóa "
                  "mù chữ, giáo dục tiếp tục sau khi biết chữ»).");
    // The disputed total is left out; the children still count.
    EXPECT_FALSE(values_of(report, "classes").count);
    EXPECT_EQ(values_of(report, "classes.literacy").count, 30);
    EXPECT_EQ(errors_and_warnings(report), 1u) << describe(report);
    EXPECT_TRUE(report.fixes.empty()) << "a filled total that disagrees is never overwritten";
}

TEST(ValidationGroups, ChildLeftOutOfTheTotalIsNamed) {
    FormSheet sheet = filled_2023();
    sheet.count("classes.literacy", 7).compute_totals().count("classes", 36); // 43 - 7
    const ValidationReport report = sheet.validate(Language::English);
    const Finding finding = only(report, "group-sum-mismatch");
    ASSERT_TRUE(finding.likely_culprit.has_value());
    EXPECT_EQ(finding.likely_culprit->a1(), sheet.count_cell("classes.literacy"));
    EXPECT_EQ(finding.message,
              "This total says 36 but the “Number of classes/events” figures of the rows below it "
              "add up to 43 (a difference of 7). The difference equals " +
                  sheet.count_cell("classes.literacy") +
                  " (7): the total probably leaves out row 1.11 “Xóa mù chữ, giáo dục tiếp tục "
                  "sau khi biết chữ”.");
}

TEST(ValidationGroups, ChildCountedTwiceIsNamed) {
    FormSheet sheet = filled_2023();
    sheet.count("classes.literacy", 7).compute_totals().count("classes", 50); // 43 + 7
    const Finding finding = only(sheet.validate(), "group-sum-mismatch");
    ASSERT_TRUE(finding.likely_culprit.has_value());
    EXPECT_EQ(finding.likely_culprit->a1(), sheet.count_cell("classes.literacy"));
    EXPECT_NE(finding.message.find("cộng hai lần"), std::string::npos) << finding.message;
}

TEST(ValidationGroups, TotalTypedWithSwappedDigitsIsNamed) {
    FormSheet sheet = filled_2023();
    sheet.count("classes", 93); // meant 39
    const Finding finding = only(sheet.validate(), "group-sum-mismatch");
    ASSERT_TRUE(finding.likely_culprit.has_value());
    EXPECT_EQ(finding.likely_culprit->a1(), sheet.count_cell("classes"));
    EXPECT_NE(finding.message.find("Nếu dòng tổng (" + sheet.count_cell("classes") +
                                   ") là 39 thay vì 93"),
              std::string::npos)
        << finding.message;
}

TEST(ValidationGroups, NoCulpritIsClaimedWhenSeveralCellsExplainTheDifference) {
    FormSheet sheet = filled_2023();
    sheet.count("classes", 42); // 3 more: any of the 13 rows of 3 could be the double
    const Finding finding = only(sheet.validate(), "group-sum-mismatch");
    EXPECT_FALSE(finding.likely_culprit.has_value());
    EXPECT_EQ(finding.message,
              "Dòng tổng ghi 42 nhưng cột «Số lớp/số cuộc thi» của các dòng con cộng lại là 39 "
              "(chênh lệch 3). Không có ô nào một mình giải thích được chênh lệch: hãy kiểm tra "
              "lại dòng tổng và từng dòng con.");
}

TEST(ValidationGroups, NoCulpritWhenNothingExplainsTheDifference) {
    FormSheet sheet = filled_2023();
    sheet.count("classes", 51);
    const Finding finding = only(sheet.validate(), "group-sum-mismatch");
    EXPECT_FALSE(finding.likely_culprit.has_value());
}

TEST(ValidationGroups, BothColumnsOfAClassPeopleGroupAreChecked) {
    FormSheet sheet = filled_2023();
    sheet.people("activities", 601); // 4 × 150 = 600
    const Finding finding = only(sheet.validate(), "group-sum-mismatch");
    EXPECT_EQ(finding.cell->a1(), sheet.people_cell("activities"));
    EXPECT_EQ(finding.related_cells.size(), 4u);
}

TEST(ValidationGroups, MoneyGroupIsChecked) {
    FormSheet sheet = filled_2023();
    sheet.count("funding.other_sources", 250'000'000); // 25.000.000 with an extra 0
    const Finding finding = only(sheet.validate(), "group-sum-mismatch");
    EXPECT_EQ(finding.cell->a1(), sheet.count_cell("funding"));
    ASSERT_TRUE(finding.likely_culprit.has_value());
    EXPECT_EQ(finding.likely_culprit->a1(), sheet.count_cell("funding.other_sources"));
    EXPECT_NE(finding.message.find("là 25.000.000 thay vì 250.000.000"), std::string::npos)
        << finding.message;
}

TEST(ValidationGroups, TotalOfParticipantsRowIsCheckedLikeAGroup) {
    // 2022 "Tổng số người tham gia, trong đó:" totals the people of the
    // class rows (14 rows of 75 people).
    FormSheet sheet("htsd-2022");
    sheet.fill_plausible().people("classes.participants_total", 1000);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "group-sum-mismatch");
    EXPECT_EQ(finding.cell->a1(), sheet.people_cell("classes.participants_total"));
    EXPECT_EQ(finding.row_label, "Tổng số người tham gia, trong đó:");
    EXPECT_EQ(finding.message.rfind("Tổng số người tham gia ghi 1.000 nhưng số người của các dòng "
                                    "thuộc nhóm 1 «Các lớp bồi dưỡng",
                                    0),
              0u)
        << finding.message;
    EXPECT_NE(finding.message.find("cộng lại là 1.050 (chênh lệch 50)"), std::string::npos)
        << finding.message;
    EXPECT_FALSE(values_of(report, "classes.participants_total").people);
}

TEST(ValidationGroups, CorrectTotalOfParticipantsIsNotFlagged) {
    FormSheet sheet("htsd-2020-district");
    sheet.fill_plausible();
    const ValidationReport report = sheet.validate();
    EXPECT_TRUE(report.findings.empty()) << describe(report);
    EXPECT_EQ(values_of(report, "classes.participants_total").people, 7 * 75);
}

TEST(ValidationGroups, EmptyTotalIsFilledByASafeFix) {
    FormSheet sheet = filled_2023();
    sheet.count("classes", Cell::empty());
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "group-total-empty");
    EXPECT_EQ(finding.severity, Severity::Info);
    EXPECT_EQ(finding.cell->a1(), sheet.count_cell("classes"));
    ASSERT_TRUE(finding.fix.has_value());
    const CellFix& fix = report.fixes[*finding.fix];
    EXPECT_EQ(fix.rule, "group-total-empty");
    EXPECT_EQ(fix.cell.a1(), sheet.count_cell("classes"));
    EXPECT_EQ(fix.old_text, "");
    EXPECT_EQ(fix.new_value, 39);
    EXPECT_EQ(fix.reason, "Điền tổng các dòng con (39) vào ô trống.");
    // Not reported is not reported: merge does its own sums.
    EXPECT_FALSE(values_of(report, "classes").count);
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
}

TEST(ValidationGroups, NoFillWhenAChildIsInError) {
    FormSheet sheet = filled_2023();
    sheet.count("classes", Cell::empty()).count("classes.literacy", "ba lớp");
    const ValidationReport report = sheet.validate();
    EXPECT_TRUE(with_rule(report, "group-total-empty").empty()) << describe(report);
    EXPECT_TRUE(report.fixes.empty());
}

TEST(ValidationGroups, UnreadableChildSuspendsTheSumCheck) {
    FormSheet sheet = filled_2023();
    sheet.count("classes.literacy", "#REF!");
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(with_rule(report, "formula-error").size(), 1u);
    EXPECT_TRUE(with_rule(report, "group-sum-mismatch").empty()) << describe(report);
}

TEST(ValidationGroups, TextNumbersInChildrenAreAddedAsRead) {
    // The form's SUM ignores text, so the clerk's typed total is right and
    // the sheet's own formula would be wrong: the text is what to fix.
    FormSheet sheet = filled_2023();
    sheet.count("classes.literacy", "3");
    const ValidationReport report = sheet.validate();
    EXPECT_TRUE(with_rule(report, "group-sum-mismatch").empty()) << describe(report);
    EXPECT_EQ(with_rule(report, "number-as-text").size(), 1u);
}

TEST(ValidationGroups, TotalWhoseFormulaSkippedTextNamesTheTextCells) {
    // The form's SUM formula shows 36: it skips "4" typed as text.
    FormSheet sheet = filled_2023();
    sheet.count("classes.literacy", "4").compute_totals();
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "group-sum-mismatch");
    EXPECT_EQ(finding.value_seen, "36");
    ASSERT_TRUE(finding.likely_culprit.has_value());
    EXPECT_EQ(finding.likely_culprit->a1(), sheet.count_cell("classes.literacy"));
    EXPECT_NE(finding.message.find("công thức tổng đã bỏ qua số nhập dưới dạng chữ ở " +
                                   sheet.count_cell("classes.literacy")),
              std::string::npos)
        << finding.message;
    // The text cell's own fix settles both.
    EXPECT_EQ(report.fixes.size(), 1u);
    EXPECT_EQ(report.fixes.at(0).rule, "number-as-text");
}

TEST(ValidationGroups, NoFillWhenOnlyTextChildrenCouldHideAFormula) {
    // An empty total over children that are all text may be a SUM formula
    // showing nothing: writing a value into it would destroy the formula.
    FormSheet sheet("htsd-2023");
    sheet.count("funding.state_budget", "2.000.000").count("funding.other_sources", "-");
    const ValidationReport report = sheet.validate();
    EXPECT_TRUE(with_rule(report, "group-total-empty").empty()) << describe(report);
    // With a number cell among them the total cannot be such a formula.
    sheet.count("funding.other_sources", 500'000.0);
    EXPECT_EQ(only(sheet.validate(), "group-total-empty").severity, Severity::Info);
}

TEST(ValidationGroups, FilledTotalWithoutFilledChildrenIsAccepted) {
    FormSheet sheet("htsd-2023");
    sheet.count("classes", 12);
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
    EXPECT_EQ(values_of(report, "classes").count, 12);
}

TEST(GroupCulprit, DigitSlips) {
    EXPECT_TRUE(is_digit_slip(120, 12));  // extra digit
    EXPECT_TRUE(is_digit_slip(122, 12));  // doubled digit
    EXPECT_TRUE(is_digit_slip(12, 102));  // missing digit
    EXPECT_TRUE(is_digit_slip(21, 12));   // swapped neighbours
    EXPECT_FALSE(is_digit_slip(12, 12));  // no slip
    EXPECT_FALSE(is_digit_slip(13, 12));  // another digit: anything explains a small difference
    EXPECT_FALSE(is_digit_slip(5, 0));    // "5 for nothing" is no typing slip
    EXPECT_FALSE(is_digit_slip(2.5, 25)); // only whole numbers
    EXPECT_FALSE(is_digit_slip(123, 312));
}

TEST(GroupCulprit, OnlyOneCellMayExplain) {
    // Total 10, children 3 + 7 + 3 = 13: 3 explains "left out", twice. No claim.
    EXPECT_FALSE(single_culprit(10, {3, 7, 3}).has_value());
    // Total 10, children 3 + 7 + 4 = 14: only the 4 was left out.
    const auto left_out = single_culprit(10, {3, 7, 4});
    ASSERT_TRUE(left_out.has_value());
    EXPECT_EQ(left_out->kind, CulpritKind::LeftOut);
    EXPECT_EQ(left_out->part, 2u);
    // Total 14, children 3 + 70 + 4: 70 is 7 with an extra 0.
    const auto extra = single_culprit(14, {3, 70, 4});
    ASSERT_TRUE(extra.has_value());
    EXPECT_EQ(extra->kind, CulpritKind::ChildDigit);
    EXPECT_EQ(extra->part, 1u);
    EXPECT_EQ(extra->expected, 7);
    // The total itself: 41 for 14.
    const auto total = single_culprit(41, {5, 5, 4});
    ASSERT_TRUE(total.has_value());
    EXPECT_EQ(total->kind, CulpritKind::GroupDigit);
    EXPECT_FALSE(total->part.has_value());
    EXPECT_EQ(total->expected, 14);
    // 41 for 3 + 7 + 4 is the total's swapped digits, or a 3 meant as 30:
    // two cells, so no claim.
    EXPECT_FALSE(single_culprit(41, {3, 7, 4}).has_value());
    // Matching totals have no culprit.
    EXPECT_FALSE(single_culprit(14, {3, 7, 4}).has_value());
}

TEST(ValidationGroups, ATotalThatCountsARejectedValueIsLeftOutOfTheMerge) {
    // 1.6: 3 classes but 1 person: both figures are rejected; the group's
    // SUM still shows 3 classes, so it cannot be trusted either.
    FormSheet sheet("htsd-2023");
    sheet.count("classes.life_skills", 3).people("classes.life_skills", 1).count("classes", 3);
    const ValidationReport report = sheet.validate();
    EXPECT_FALSE(values_of(report, "classes.life_skills").count.has_value());
    EXPECT_FALSE(values_of(report, "classes").count.has_value());
}
