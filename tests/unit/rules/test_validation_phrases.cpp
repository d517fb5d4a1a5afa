// The findings' wording lives in dialogs/findings.json: every phrase the
// rules use must be there in both languages with the same placeholders.
#include "test_validation_support.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace statform::validation_test;

namespace {

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> names;
    for (std::size_t open = text.find('{'); open != std::string::npos;
         open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string::npos)
            break;
        names.insert(text.substr(open + 1, close - open - 1));
    }
    return names;
}

// Every phrase key the rules format (rule codes and their parts).
const std::vector<std::string> kKeys = {
    "column.count", "column.people", "row-title", "row-title.no-code", "count-noun",
    "count-noun.class_people", "count-noun.event_people", "when.year", "when.last-year",
    "summary.found", "summary.not-found", "summary.unknown-edition",
    // reading cells and values
    "number-as-text", "number-with-unit", "unreadable-value", "formula-error", "negative-number",
    "not-whole-number", "money-fraction",
    // columns
    "value-in-unused-column", "value-in-wrong-column", "group-value-in-unused-column",
    "value-in-heading-row",
    // pairs
    "people-without-count", "count-without-people", "people-below-count",
    // groups
    "group-sum-mismatch", "group-sum-mismatch.total", "group-sum-mismatch.hint.none",
    "group-sum-mismatch.hint.left-out", "group-sum-mismatch.hint.counted-twice",
    "group-sum-mismatch.hint.child-digit", "group-sum-mismatch.hint.text-children",
    "group-sum-mismatch.hint.group-digit", "group-total-empty",
    // plausibility
    "people-per-class-high", "people-per-event-high", "money-too-small", "too-many-districts",
    "too-many-communes", "year-on-year-change.up", "year-on-year-change.down", "empty-report",
    // rows and table
    "approximate-row-match", "unrecognised-row", "unrecognised-row.closest",
    "unrecognised-row.unlabelled", "row-code-differs", "row-out-of-order", "template-row-missing",
    "table-not-found", "unknown-edition", "unknown-edition.closest", "quantity-column-missing",
    "quantity-columns-guessed", "other-table-found",
    // fixes
    "fix.number-as-text", "fix.group-total-empty"};

} // namespace

TEST(ValidationPhrases, EveryPhraseExistsInBothLanguagesWithTheSamePlaceholders) {
    const StringTable& table = phrases(); // throws when a language is missing
    for (const std::string& key : kKeys) {
        SCOPED_TRACE(key);
        ASSERT_TRUE(table.contains(key));
        const std::string vi = table.get(key, Language::Vietnamese);
        const std::string en = table.get(key, Language::English);
        EXPECT_FALSE(vi.empty());
        EXPECT_NE(vi, en);
        EXPECT_EQ(placeholders(vi), placeholders(en));
    }
}

TEST(ValidationPhrases, AnUnknownPhraseShowsItsKeyRatherThanNothing) {
    // A findings.json from an older version must not produce empty messages.
    const StringTable empty;
    FormSheet sheet("htsd-2023");
    sheet.count("news_items", "1.200");
    const Grid grid = sheet.grid();
    const LocatedTable table = locate_table_in_sheet(grid, catalog().editions(), 0, "S");
    const ValidationReport report =
        validate_located_table(grid, table, catalog().editions()[table.edition_index],
                               catalog().unit_types(), empty, Language::Vietnamese);
    EXPECT_EQ(only(report, "number-as-text").message, "number-as-text");
}

TEST(ValidationFindings, SeverityNamesAndCellAddresses) {
    EXPECT_EQ(severity_name(Severity::Error), "error");
    EXPECT_EQ(severity_name(Severity::Warning), "warning");
    EXPECT_EQ(severity_name(Severity::Info), "info");
    EXPECT_EQ((CellRef{11, 5}.a1()), "F12");
    EXPECT_EQ((CellRef{0, 26}.a1()), "AA1");
    ValidationReport report;
    report.findings.push_back({.rule = "x", .severity = Severity::Warning});
    EXPECT_EQ(report.count(Severity::Warning), 1u);
    EXPECT_FALSE(report.has_errors());
    ReportedValues values;
    values.rows.push_back({.template_row = 0, .key = "news_items"});
    EXPECT_NE(values.find("news_items"), nullptr);
    EXPECT_EQ(values.find("seminars"), nullptr);
}
