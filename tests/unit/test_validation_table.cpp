// Validation of whole tables: a correct report, where the table sits, what
// the locator could not place, and the recognition summary.
#include "test_validation_support.hpp"

#include <gtest/gtest.h>

using namespace statform::validation_test;

TEST(ValidationTable, CorrectFilled2023TableHasNoErrorOrWarning) {
    FormSheet sheet("htsd-2023");
    sheet.fill_plausible();
    const ValidationReport report = sheet.validate();
    EXPECT_EQ(report.table.status, TableStatus::Found);
    EXPECT_EQ(report.table.edition_id, "htsd-2023");
    EXPECT_TRUE(report.findings.empty()) << describe(report);
    EXPECT_TRUE(report.fixes.empty());
}
