// From filled forms to a summary: validation decides what counts, the
// bridge turns it into unit reports, the merge adds them up.
#include "rules/test_validation_support.hpp"
#include "test_merge_support.hpp"

#include "core/merge/merge_from_validation.hpp"

#include <gtest/gtest.h>

namespace statform::merge_test {
namespace {

using validation_test::FormSheet;

TEST(MergePipeline, ValidatedFormsMergeWithErrorsLeftOut) {
    FormSheet school_2023("htsd-2023");
    school_2023.count("classes.life_skills", 3.0)
        .people("classes.life_skills", 90.0)
        .count("classes.literacy", "mười") // unreadable: an error, not counted
        .people("classes.literacy", 40.0)
        .count("seminars", 0.0);
    const ValidationReport validated_2023 = school_2023.validate();
    ASSERT_GT(validated_2023.count(Severity::Error), 0u);

    FormSheet district_2022("htsd-2022");
    district_2022.count("classes.life_skills", 2.0)
        .people("classes.life_skills", 50.0)
        .count("classes.universal_primary", 1.0)
        .people("classes.universal_primary", 20.0)
        .compute_totals();
    const ValidationReport validated_2022 = district_2022.validate();

    const UnitReport first = unit_report_from_validation(validated_2023, "Trường A");
    EXPECT_EQ(first.edition_id, "htsd-2023");
    EXPECT_EQ(first.error_count, validated_2023.count(Severity::Error));
    EXPECT_FALSE(first.failure.has_value());

    const MergeResult result =
        merge_reports(catalog(), edition("htsd-2023"),
                      {first, unit_report_from_validation(validated_2022, "Huyện B")});
    EXPECT_EQ(row(result, "classes.life_skills").total, (QuantityPair{5.0, 140.0}));
    EXPECT_EQ(row(result, "classes.literacy").total.count, std::nullopt);
    EXPECT_EQ(row(result, "seminars").total.count, 0.0);
    // 3 + 2 itemised, 1 primary class without a 2023 row; the 2022 group
    // figures filled in by compute_totals() are not added on top.
    EXPECT_EQ(row(result, "classes").total.count, 6.0);
    EXPECT_EQ(result.sources[0].status, SourceStatus::MergedWithWarnings);

    // The summary can be last year's values of a later validation.
    const ReportedValues previous = reported_values_of(result, edition("htsd-2023"));
    EXPECT_EQ(previous.edition_id, "htsd-2023");
    ASSERT_NE(previous.find("classes"), nullptr);
    EXPECT_EQ(previous.find("classes")->count, 6.0);
}

TEST(MergePipeline, AWorkbookWithoutTableIsASkippedSource) {
    ValidationReport nothing;
    nothing.source = "notes.xlsx";
    nothing.table.status = TableStatus::NotFound;
    nothing.table.summary = "Không tìm thấy bảng số liệu thống kê.";
    const UnitReport report = unit_report_from_validation(nothing, "");
    ASSERT_TRUE(report.failure.has_value());
    const MergeResult result = merge_reports(catalog(), edition("htsd-2023"), {report});
    EXPECT_EQ(result.sources[0].status, SourceStatus::Skipped);
    EXPECT_TRUE(result.units.empty());
}

} // namespace
} // namespace statform::merge_test
