// Validation of plausibility: figures that are possible but unlikely, each
// limit taken from the catalogue's thresholds; the empty report; the change
// since last year.
#include "test_validation_support.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace statform::validation_test;

namespace {

constexpr const char* kLiteracy = "classes.literacy";

// The shipped unit-types.json with one threshold changed.
UnitTypeCatalog catalogue_with(const std::string& from, const std::string& to) {
    std::ifstream in(STATFORM_TEMPLATES_DIR "/unit-types.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string json = text.str();
    const std::size_t at = json.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    json.replace(at, from.size(), to);
    std::vector<LoadProblem> problems;
    auto catalogue = UnitTypeCatalog::parse(json, "unit-types.json", problems);
    EXPECT_TRUE(catalogue.has_value());
    return catalogue ? *catalogue : UnitTypeCatalog{};
}

ValidationReport validate_with(const FormSheet& sheet, const UnitTypeCatalog& unit_types) {
    const Grid grid = sheet.grid();
    const LocatedTable table = locate_table_in_sheet(grid, catalog().editions(), 0, "Thống kê");
    EXPECT_TRUE(table.found()) << table.reason;
    return validate_located_table(grid, table, catalog().editions()[table.edition_index],
                                  unit_types, phrases(), Language::Vietnamese);
}

} // namespace

TEST(ValidationPlausibility, TooManyPeoplePerClassIsAWarningAndStillCounts) {
    FormSheet sheet("htsd-2023");
    sheet.count(kLiteracy, 2).people(kLiteracy, 1000);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "people-per-class-high");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.cell->a1(), sheet.people_cell(kLiteracy));
    EXPECT_EQ(finding.message,
              "Trung bình 500 người mỗi lớp (1.000 người, 2 lớp), nhiều hơn mức hợp lý (200 "
              "người/lớp). Kiểm tra lại số người (có thể thừa chữ số) hoặc số lớp.");
    const RowValues& values = values_of(report, kLiteracy);
    EXPECT_EQ(values.count, 2);
    EXPECT_EQ(values.people, 1000);
    EXPECT_TRUE(values.count_warning);
    EXPECT_TRUE(values.people_warning);
}

TEST(ValidationPlausibility, ThresholdsComeFromTheCatalogue) {
    FormSheet sheet("htsd-2023");
    sheet.count(kLiteracy, 2).people(kLiteracy, 100); // 50 per class: fine at 200
    EXPECT_TRUE(with_rule(sheet.validate(), "people-per-class-high").empty());
    const ValidationReport strict = validate_with(
        sheet, catalogue_with("\"max_people_per_class\": 200", "\"max_people_per_class\": 20"));
    const Finding finding = only(strict, "people-per-class-high");
    EXPECT_NE(finding.message.find("(20 người/lớp)"), std::string::npos) << finding.message;
    // 0 switches the rule off.
    const ValidationReport off = validate_with(
        sheet, catalogue_with("\"max_people_per_class\": 200", "\"max_people_per_class\": 0"));
    EXPECT_TRUE(with_rule(off, "people-per-class-high").empty());
}

TEST(ValidationPlausibility, TooManyPeoplePerEventInEnglish) {
    FormSheet sheet("htsd-2023");
    sheet.count("contests.local_history", 1).people("contests.local_history", 6000);
    const ValidationReport report = sheet.validate(Language::English);
    EXPECT_EQ(
        only(report, "people-per-event-high").message,
        "6,000 people per event on average (people: 6,000; events: 1), more than is plausible "
        "(5,000 per event). Check the number of people (an extra digit?) or of events.");
}

TEST(ValidationPlausibility, SmallMoneyAmountIsProbablyInThousands) {
    FormSheet sheet("htsd-2023");
    sheet.count("funding.state_budget", 2500000).count("funding.other_sources", 500);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "money-too-small");
    EXPECT_EQ(finding.cell->a1(), sheet.count_cell("funding.other_sources"));
    EXPECT_EQ(finding.message, "Số tiền 500 đồng nhỏ bất thường (dưới 10.000 đồng): có thể đã ghi "
                               "theo đơn vị nghìn đồng hoặc triệu đồng. Hãy ghi số tiền đầy đủ "
                               "bằng đồng, ví dụ 2.500.000.");
    EXPECT_EQ(values_of(report, "funding.other_sources").count, 500);
    EXPECT_TRUE(values_of(report, "funding.other_sources").count_warning);
}

TEST(ValidationPlausibility, ATotalIsNotJudgedAgainOnTopOfItsRows) {
    FormSheet sheet("htsd-2023");
    sheet.count("funding.state_budget", 2500)
        .count("funding.other_sources", 500)
        .count("funding", 3000);
    const ValidationReport report = sheet.validate();
    std::size_t small = 0;
    for (const auto& finding : report.findings)
        small += finding.rule == "money-too-small";
    EXPECT_EQ(small, 2u); // 10.1 and 10.2, not the "Kinh phí" total
}

TEST(ValidationPlausibility, MillionsTypedInThousandsAreCaughtToo) {
    FormSheet sheet("htsd-2023");
    sheet.count("funding.state_budget", 2500).count("funding.other_sources", 1500000);
    const ValidationReport report = sheet.validate();
    const Finding finding = only(report, "money-too-small");
    EXPECT_EQ(finding.cell->a1(), sheet.count_cell("funding.state_budget"));
}

TEST(ValidationPlausibility, ZeroMoneyIsNotSmall) {
    FormSheet sheet("htsd-2023");
    sheet.count("funding.state_budget", 0.0).count("funding.other_sources", "-");
    EXPECT_TRUE(with_rule(sheet.validate(), "money-too-small").empty());
}

TEST(ValidationPlausibility, TooManyDistrictsOrCommunes) {
    FormSheet province("htsd-2023");
    province.count("opening_ceremony.districts", 45);
    const Finding districts = only(province.validate(), "too-many-districts");
    EXPECT_EQ(districts.severity, Severity::Warning);
    EXPECT_EQ(districts.message,
              "45 huyện là nhiều hơn số huyện thường có của một tỉnh (tối đa 30). Kiểm tra lại "
              "số liệu.");

    FormSheet district("htsd-2020-district");
    district.count("opening_ceremony.communes", 60);
    EXPECT_EQ(only(district.validate(), "too-many-communes").cell->a1(),
              district.count_cell("opening_ceremony.communes"));

    FormSheet fine("htsd-2023");
    fine.count("opening_ceremony.districts", 30);
    EXPECT_TRUE(with_rule(fine.validate(), "too-many-districts").empty());
}

TEST(ValidationPlausibility, EmptyReportIsOneWarning) {
    FormSheet sheet("htsd-2023");
    const ValidationReport report = sheet.validate();
    ASSERT_EQ(report.findings.size(), 1u) << describe(report);
    const Finding& finding = report.findings.front();
    EXPECT_EQ(finding.rule, "empty-report");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_FALSE(finding.cell.has_value());
    EXPECT_EQ(finding.sheet, "Thống kê");
    EXPECT_EQ(finding.message,
              "Bảng chưa có số liệu nào: mọi ô số liệu đều trống. Hãy nhập số liệu (ghi 0 hoặc "
              "«-» cho hoạt động không phát sinh) trước khi gửi báo cáo.");
    for (const RowValues& row : report.values.rows) {
        EXPECT_FALSE(row.count) << row.key;
        EXPECT_FALSE(row.people) << row.key;
    }
}

TEST(ValidationPlausibility, AReportOfZerosIsNotEmpty) {
    FormSheet sheet("htsd-2023");
    sheet.count("news_items", "không phát sinh");
    EXPECT_TRUE(with_rule(sheet.validate(), "empty-report").empty());
}

TEST(ValidationYearOnYear, LargeChangeSinceLastYearAcrossEditions) {
    // Last year's report on the 2022 form, this year's on the 2023 form:
    // rows meet through their keys.
    FormSheet last("htsd-2022");
    last.fill_plausible().count("news_items", 0.0);
    ValidationOptions options;
    options.previous_year = last.validate().values;
    ASSERT_EQ(options.previous_year->year, 2022);

    FormSheet now("htsd-2023");
    now.fill_plausible()
        .count("publications", 5000) // 500 last year: ten times as much
        .count("seminars", 1)        // 2 last year: half, within the limit
        .count("news_items", 40);    // 0 last year: no ratio, a new activity
    now.count("classes.literacy", 3).people("classes.literacy", 18).compute_totals(); // 75 -> 18
    const ValidationReport report = now.validate(Language::Vietnamese, options);
    const std::vector<Finding> found = with_rule(report, "year-on-year-change");
    ASSERT_EQ(found.size(), 2u) << describe(report);
    EXPECT_EQ(found[0].cell->a1(), now.people_cell("classes.literacy"));
    EXPECT_EQ(found[0].message,
              "Cột «Người» giảm từ 75 (năm 2022) xuống 18, chỉ còn 1/4,2, vượt ngưỡng thay đổi "
              "300%. Kiểm tra lại (có thể thiếu chữ số hoặc nhầm đơn vị).");
    EXPECT_EQ(found[1].cell->a1(), now.count_cell("publications"));
    EXPECT_EQ(found[1].severity, Severity::Warning);
    EXPECT_EQ(found[1].message,
              "Cột «Số lớp/số cuộc thi» tăng từ 500 (năm 2022) lên 5.000, gấp 10 lần, vượt "
              "ngưỡng thay đổi 300%. Kiểm tra lại (có thể thừa chữ số hoặc nhầm đơn vị).");
    EXPECT_TRUE(values_of(report, "publications").count_warning);
    EXPECT_EQ(values_of(report, "publications").count, 5000);
}

TEST(ValidationYearOnYear, RowCoveringTwoRowsOfLastYearComparesWithTheirSum) {
    FormSheet last("htsd-2022"); // "Phổ cập giáo dục tiểu học" + "… THCS": 3 + 3 classes
    last.fill_plausible();
    ValidationOptions options;
    options.previous_year = last.validate().values;

    FormSheet now("htsd-2020-district"); // "Phổ cập giáo dục (tiểu học, THCS)"
    now.fill_plausible()
        .count("classes.universal_education", 30)
        .people("classes.universal_education", 150)
        .compute_totals();
    const ValidationReport report = now.validate(Language::English, options);
    const Finding finding = only(report, "year-on-year-change");
    EXPECT_EQ(finding.cell->a1(), now.count_cell("classes.universal_education"));
    EXPECT_EQ(finding.message,
              "The “Number of classes/events” figure rose from 6 (2022) to 30, 5 times as much, "
              "beyond the 300% change limit. Check it (an extra digit or a wrong unit?).");
}

TEST(ValidationYearOnYear, NothingToCompareWithoutAPreviousReport) {
    FormSheet now("htsd-2023");
    now.fill_plausible().count("publications", 5000);
    EXPECT_TRUE(with_rule(now.validate(), "year-on-year-change").empty());
}
