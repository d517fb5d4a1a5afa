// Reports filled the way offices fill them, where the official form can be
// read two ways: a group row's columns (the people of all classes on "1."),
// and a row printed without a number among numbered ones (2023 "Học nghề
// cho lao động nông thôn" between 1.4 and 1.5). Every consistent reading is
// accepted; only a total that fits none is an error.
#include "core/merge/merge.hpp"
#include "core/merge/merge_from_validation.hpp"
#include "test_validation_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace statform::validation_test;
namespace fs = std::filesystem;

namespace {

constexpr const char* kShippedEditions[] = {"htsd-2023", "htsd-2022", "htsd-2020-district"};

// 2023 filled plausibly (fill_plausible: 3 classes and 75 people on each of
// the 13 rows under "1.", "Học nghề…" included), with every group column
// typed as the sum of its children, counting "Học nghề…" or not.
FormSheet filled_2023(bool rural_vocational_in_row_1) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible().compute_totals(
        {.every_group_column = true, .either_rows_counted = rural_vocational_in_row_1});
    return sheet;
}

} // namespace

TEST(ValidationReadings, ACleanReportWithEveryGroupColumnFilledHasNoErrorOrWarning) {
    for (const char* id : kShippedEditions) {
        SCOPED_TRACE(id);
        FormSheet sheet(id);
        sheet.fill_plausible().compute_totals({.every_group_column = true});
        for (Language language : {Language::Vietnamese, Language::English}) {
            const ValidationReport report = sheet.validate(language);
            EXPECT_EQ(report.table.edition_id, id);
            EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
            EXPECT_TRUE(report.fixes.empty()) << describe(report);
        }
    }
}

TEST(ValidationReadings, ThePeopleTotalOnAGroupRowIsCheckedAndCounted) {
    // 2020 and 2022 also print "Tổng số người tham gia": the people total
    // typed on row 1 as well is checked the same way, and agrees.
    for (const char* id : kShippedEditions) {
        SCOPED_TRACE(id);
        FormSheet sheet(id);
        sheet.fill_plausible().compute_totals({.every_group_column = true});
        const ValidationReport report = sheet.validate();
        ASSERT_TRUE(values_of(report, "classes").people.has_value()) << describe(report);
        EXPECT_GT(*values_of(report, "classes").people, 0.0);
        EXPECT_TRUE(with_rule(report, "value-in-unused-column").empty()) << describe(report);
    }
    // A people total that disagrees with its children is an error at that cell.
    FormSheet sheet = filled_2023(true);
    sheet.people("classes", 13 * 75 + 10);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "group-sum-mismatch");
    EXPECT_EQ(finding.cell->a1(), sheet.people_cell("classes"));
    EXPECT_NE(finding.message.find("cột «Người»"), std::string::npos) << finding.message;
    EXPECT_FALSE(values_of(report, "classes").people.has_value());
}

TEST(ValidationReadings, AnEmptyGroupColumnIsNoFinding) {
    // A home-made 2023 form: row 1 gives its classes and leaves its people
    // cell empty, as the printed form does. Nothing to say, nothing to fill.
    FormSheet sheet = filled_2023(true);
    sheet.people("classes", Cell::empty());
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
    for (const Finding& finding : report.findings)
        EXPECT_NE(finding.cell ? finding.cell->a1() : "", sheet.people_cell("classes"))
            << finding.rule;
    EXPECT_TRUE(report.fixes.empty());
}

TEST(ValidationReadings, TheUnnumberedRowMayBeInRow1sTotalOrNot) {
    for (bool inside : {true, false}) {
        SCOPED_TRACE(inside ? "counted in row 1" : "left out of row 1");
        FormSheet sheet = filled_2023(inside);
        EXPECT_EQ(sheet.validate().table.edition_id, "htsd-2023");
        const ValidationReport report = sheet.validate();
        EXPECT_EQ(errors_and_warnings(report), 0u) << describe(report);
        // Both columns of row 1 follow the reading: 39 or 36 classes.
        EXPECT_EQ(values_of(report, "classes").count, inside ? 39 : 36);
        EXPECT_EQ(values_of(report, "classes").people, inside ? 13 * 75 : 12 * 75);
        // One info line says which reading the unit used.
        const Finding info = only(report, "group-total-reading");
        EXPECT_EQ(info.severity, Severity::Info);
        EXPECT_EQ(info.row_code, "1");
        EXPECT_EQ(info.cell->a1(), sheet.count_cell("classes"));
        const std::string says = inside ? "có cộng cả «Học nghề cho lao động nông thôn»"
                                        : "không cộng «Học nghề cho lao động nông thôn»";
        EXPECT_NE(info.message.find(says), std::string::npos) << info.message;
        ASSERT_EQ(info.related_cells.size(), 1u);
        EXPECT_EQ(info.related_cells[0].a1(), sheet.count_cell("classes.rural_vocational"));
    }
}

TEST(ValidationReadings, TheReadingIsSaidInOneLanguage) {
    const ValidationReport report = filled_2023(false).validate(Language::English);
    const Finding info = only(report, "group-total-reading");
    EXPECT_NE(info.message.find("leaves out “Học nghề cho lao động nông thôn”"), std::string::npos)
        << info.message;
    EXPECT_EQ(info.message.find("cộng"), std::string::npos) << info.message;
}

TEST(ValidationReadings, AnUnnumberedRowOf0GivesOneReadingAndNoLine) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible()
        .count("classes.rural_vocational", 0.0)
        .people("classes.rural_vocational", 0.0)
        .compute_totals({.every_group_column = true});
    const ValidationReport report = sheet.validate();
    EXPECT_TRUE(report.findings.empty()) << describe(report);
}

TEST(ValidationReadings, ATotalThatFitsNeitherReadingIsOneErrorAtTheGroupRow) {
    FormSheet sheet = filled_2023(true);
    sheet.count("classes", 41); // 39 with "Học nghề…", 36 without
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(errors_and_warnings(report), 1u) << describe(report);
    const Finding error = only(report, "group-sum-mismatch");
    EXPECT_EQ(error.severity, Severity::Error);
    EXPECT_EQ(error.cell->a1(), sheet.count_cell("classes"));
    EXPECT_TRUE(with_rule(report, "group-total-reading").empty()) << describe(report);
    // The people, which fit, still count; the disputed classes do not.
    EXPECT_FALSE(values_of(report, "classes").count.has_value());
    EXPECT_EQ(values_of(report, "classes").people, 13 * 75);
}

TEST(ValidationReadings, TheMostLikelyWrongCellIsStillNamed) {
    // 1.11 typed 30 for 3: row 1 says 39 (with "Học nghề…"); the sum is 66.
    FormSheet sheet = filled_2023(true);
    sheet.count("classes.literacy", 30);
    const ValidationReport report = sheet.validate();
    const Finding error = only(report, "group-sum-mismatch");
    ASSERT_TRUE(error.likely_culprit.has_value()) << error.message;
    EXPECT_EQ(error.likely_culprit->a1(), sheet.count_cell("classes.literacy"));
}

TEST(ValidationReadings, BothColumnsOfAGroupFollowOneReading) {
    // Classes without "Học nghề…" (36), people with it (975): each column
    // fits a reading, but not the same one. One error, on the column the
    // other reading explains, saying so.
    FormSheet sheet = filled_2023(true);
    sheet.count("classes", 36);
    const ValidationReport report = sheet.validate();
    const Finding error = only(report, "group-sum-mismatch");
    EXPECT_EQ(error.cell->a1(), sheet.count_cell("classes"));
    EXPECT_NE(error.message.find("khớp với tổng khi không cộng «Học nghề cho lao động nông thôn»"),
              std::string::npos)
        << error.message;
}

TEST(ValidationReadings, AnOfficeThatReadsItsFormOneWaySaysSoInItsUserTemplate) {
    // The office's user copy of the 2023 template says "in_group_total": "no".
    const fs::path user = fs::temp_directory_path() / "statform-readings-test";
    fs::remove_all(user);
    fs::create_directories(user);
    std::ifstream shipped(fs::path(STATFORM_TEMPLATES_DIR) / "htsd-2023.json");
    std::string json((std::istreambuf_iterator<char>(shipped)), std::istreambuf_iterator<char>());
    const std::string either = R"("in_group_total": "either")";
    ASSERT_NE(json.find(either), std::string::npos);
    json.replace(json.find(either), either.size(), R"("in_group_total": "no")");
    std::ofstream(user / "htsd-2023.json") << json;
    std::vector<LoadProblem> problems;
    const TemplateCatalog own =
        TemplateCatalog::load({fs::path(STATFORM_TEMPLATES_DIR), user}, problems);
    fs::remove_all(user);
    ASSERT_TRUE(problems.empty());

    // Its own reading gives no info line, and the other one is a mistake.
    const ValidationReport without =
        validate_workbook(filled_2023(false).workbook(), own, phrases(), Language::Vietnamese);
    EXPECT_EQ(errors_and_warnings(without), 0u) << describe(without);
    EXPECT_TRUE(without.findings.empty()) << describe(without);
    const ValidationReport with =
        validate_workbook(filled_2023(true).workbook(), own, phrases(), Language::Vietnamese);
    EXPECT_EQ(with_rule(with, "group-sum-mismatch").size(), 2u) << describe(with);

    // A merge with that template leaves the row out of row 1's total.
    MergeAccumulator merge(own, *own.find("htsd-2023"));
    merge.add(unit_report_from_validation(without, "Trường A"));
    const MergeResult result = merge.finish();
    for (const MergedRow& row : result.rows)
        if (row.key == "classes")
            EXPECT_EQ(row.total, (QuantityPair{36.0, 12 * 75.0}));
}

TEST(ValidationReadings, APeopleFigureOnAHeadingRowIsAWarningAsTheCatalogueSays) {
    // Row 4 "Phát động…" prints no unit: its rows measure different things
    // (Tập thể, Cá nhân, Quyển), so it has no total, and a figure on it is
    // a warning that is not counted.
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible().people("book_donation", 20);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "value-in-heading-row");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.cell->a1(), sheet.people_cell("book_donation"));
    EXPECT_FALSE(values_of(report, "book_donation").people.has_value());
}

TEST(ValidationReadings, BothReadingsMergeToTheSameSummary) {
    // Two units, one counting "Học nghề…" in row 1 and one not: the merge
    // adds the leaves and rebuilds row 1 from them, the same either way.
    const Edition& form = edition("htsd-2023");
    MergeAccumulator merge(catalog(), form);
    for (bool inside : {true, false}) {
        const ValidationReport report = filled_2023(inside).validate();
        merge.add(unit_report_from_validation(report, inside ? "Trường A" : "Trường B"));
    }
    const MergeResult result = merge.finish();
    const auto total_of = [&](std::string_view key) {
        for (const MergedRow& row : result.rows)
            if (row.key == key)
                return row.total;
        return QuantityPair{};
    };
    EXPECT_EQ(total_of("classes.rural_vocational"), (QuantityPair{6.0, 150.0}));
    EXPECT_EQ(total_of("classes.literacy"), (QuantityPair{6.0, 150.0}));
    EXPECT_EQ(total_of("classes"), (QuantityPair{2 * 39.0, 2 * 13 * 75.0}));
    EXPECT_EQ(total_of("contests"), (QuantityPair{2 * 8.0, 2 * 2 * 150.0}));
    EXPECT_EQ(result.count(Severity::Error), 0u);
    EXPECT_EQ(result.count(Severity::Warning), 0u);
}
