// Consolidation ("tổng hợp"): adding up the validated reports of many units
// (schools → district, districts → province, provinces → ministry) into one
// summary in a TARGET edition of the form, plus a breakdown by unit.
//
// Pure core: the caller reads and validates each workbook, hands over the
// values that count (errors already excluded) one report at a time, and can
// drop the workbook before reading the next: memory stays flat for 1,000
// files. Same reports in the same order give the same result.
//
// How values travel (see edition_mapping.hpp for the row mapping):
//  - rows are matched across editions by TemplateRow::key; a row that covers
//    several rows of another edition (`combines`) is split only where each
//    quantity column belongs to exactly one part, otherwise it counts in the
//    total of its group without being itemised;
//  - group totals and "Tổng số người tham gia" rows are never added on top
//    of their children: they are rebuilt from the summed rows below them;
//  - a unit that filled only a group row (12 classes, no breakdown) still
//    counts: per unit, a group is the sum of its children when any child
//    was reported, else the unit's own group figure ("not itemised");
//  - a value with no place in the target is reported, never silently lost.
#pragma once

#include "core/rules/findings.hpp"
#include "core/templates/quantity_column.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/templates/template_model.hpp"

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace statform::core {

class EditionMapping;
class UnitRegistry;

// ---------------------------------------------------------------- input --

// The values that count of one template row of a report's own edition.
struct UnitRowValues {
    std::string key; // TemplateRow::key in the report's edition
    std::optional<double> count;
    std::optional<double> people;
};

// One unit's report, as validation left it.
struct UnitReport {
    std::string source;    // workbook file path, as the user gave it
    std::string unit_name; // "Trường THCS Quài Tở"; may be empty
    // The workbook names no unit: `unit_name` was taken from the file's name
    // (perhaps matched to the list of expected units). Said as a warning,
    // for the reviewer to check.
    bool unit_named_by_file = false;
    std::string edition_id; // the edition the report was recognised as
    std::string sheet;      // sheet that held the table
    // Rows with their values, any order; rows left out are "not reported".
    // Invalid values must already be nullopt: the merge trusts every number.
    std::vector<UnitRowValues> rows;
    std::size_t error_count = 0;   // validation findings, for the sources list
    std::size_t warning_count = 0; //
    // Set when the file could not be used at all (unreadable, no table):
    // why, in the UI language. The source is then listed as skipped.
    std::optional<std::string> failure;
    // What the reader said about that failure, in English, for the log and
    // --json's "detail" (never shown inside a message).
    std::string failure_detail;
};

struct MergeOptions {
    // Units that should report (optional). Compared with the reports' unit
    // names without regard to case, diacritics or spacing.
    std::vector<std::string> expected_units;
};

// --------------------------------------------------------------- output --

// A row of a form, for messages ("1.10 «Phổ cập giáo dục THCS»").
struct RowRef {
    std::string code; // may be empty
    std::string label;
    bool operator==(const RowRef&) const = default;
};

// One "{name}" of a message. Numbers, rows and columns are spelled at
// formatting time, in the reader's language (merge_messages.hpp).
struct MessageArg {
    std::string name;
    std::variant<std::string, double, RowRef, QuantityColumn> value;
};

// What the merge itself has to say (validation findings stay with their
// sources). Rule codes (stable; severity never changes for a code):
//   source-failed          error    the caller could not use the file: skipped
//   unknown-edition        error    the report's edition is not in the catalogue: skipped
//   duplicate-unit         warning  same unit name or identical figures as an earlier
//                                   source: skipped, the first one is kept
//   empty-report           warning  no value at all: merged, adds nothing
//   unknown-row            warning  a row key its edition does not have: ignored
//   value-not-merged       warning  a value with no place in the target: not counted
//   counted-in-group-only  info     a value counted in a group total but in none of its
//                                   rows (group-only unit, row without counterpart,
//                                   combined row that cannot be split)
//   combined-row-split     info     a column of a combined row went to the one part
//                                   that has that column
//   rows-combined          info     a row added into a target row that combines it
//   expected-unit-missing  warning  an expected unit sent no usable report
//   unexpected-unit        info     a merged unit that is not on the expected list
struct MergeFinding {
    std::string rule;
    Severity severity = Severity::Info;
    std::string source;    // the file concerned; empty for a missing expected unit
    std::string unit_name; // as given
    // The row concerned, in the SOURCE's edition (empty for source-level findings).
    std::string row_key;
    std::optional<QuantityColumn> column;
    // dialogs/merge-messages.json key and its placeholders.
    std::string message_key;
    std::vector<MessageArg> args;
};

enum class SourceStatus { Merged, MergedWithWarnings, Skipped };

// Every report given to add(), in order.
struct SourceSummary {
    std::string source;
    std::string unit_name;
    std::string edition_id;
    std::string sheet;
    SourceStatus status = SourceStatus::Merged;
    std::optional<MergeFinding> skip_reason; // the finding that skipped it
    std::string detail;                      // UnitReport::failure_detail
    std::size_t error_count = 0;             // from the input
    std::size_t warning_count = 0;           // from the input
    // The merge's own warnings about this file (a duplicate, a value with no
    // row in the target edition...): listed with the findings, so counted
    // with the file's warnings wherever a count is shown.
    std::size_t merge_warning_count = 0;
    std::size_t all_warnings() const { return warning_count + merge_warning_count; }
    std::optional<std::size_t> unit_index;   // into MergeResult::units when merged
    std::optional<std::size_t> duplicate_of; // into MergeResult::sources: the one kept
};

// One row of the target edition in the summary.
struct MergedRow {
    std::size_t template_row = 0; // index into the target Edition::rows
    std::string code;
    std::string key;
    std::string label;
    std::string unit_text;
    std::string unit_type_id;
    bool is_group = false;
    bool sums_children = false;
    bool is_total = false; // a group that sums its children, or a total_of row
    QuantityPair total;    // over all merged units; nullopt = nobody reported it
    // The part of `total` that no row below it shows (group-only units,
    // rows without counterpart, combined rows that cannot be split): worth a
    // note next to the total. nullopt when everything is itemised.
    QuantityPair not_itemised;
    std::size_t units_reporting = 0; // units with a value in either column
};

// One merged unit: its values in the target edition's rows (one column
// pair of the breakdown sheet "Chi tiết theo đơn vị").
struct MergedUnit {
    std::string unit_name;
    std::string source;
    std::string edition_id;
    std::size_t source_index = 0;     // into MergeResult::sources
    std::vector<QuantityPair> values; // one per target template row
};

struct MergeResult {
    std::string target_edition_id;
    std::vector<MergedRow> rows;        // target template order
    std::vector<MergedUnit> units;      // merged units, in the order added
    std::vector<SourceSummary> sources; // every report added, in order
    // In the order the sources were added, then the expected-unit findings.
    std::vector<MergeFinding> findings;
    std::vector<std::string> missing_units; // expected names as given, in given order

    std::size_t count(Severity severity) const;
    const MergedRow* find_row(std::string_view key) const;
};

// ---------------------------------------------------------- accumulator --

// Adds reports one at a time; finish() builds the result. The catalogue and
// the target edition (one of the catalogue's) must outlive the accumulator.
class MergeAccumulator {
  public:
    MergeAccumulator(const TemplateCatalog& catalog, const Edition& target,
                     MergeOptions options = {});
    ~MergeAccumulator();
    MergeAccumulator(MergeAccumulator&&) noexcept;
    MergeAccumulator& operator=(MergeAccumulator&&) noexcept;

    // Takes what it needs from `report` (the caller may then drop it) and
    // says what became of it (the reference is valid until the next add()).
    const SourceSummary& add(const UnitReport& report);

    // The summary of everything added so far; may be called more than once.
    MergeResult finish() const;

  private:
    const EditionMapping& mapping_for(const Edition& source);
    void merge_unit(const UnitReport& report, const Edition& edition, SourceSummary& summary);
    void add_finding(MergeFinding finding);

    const TemplateCatalog* catalog_;
    const Edition* target_;
    MergeOptions options_;
    std::map<std::string, std::unique_ptr<EditionMapping>, std::less<>> mappings_;
    std::unique_ptr<UnitRegistry> registry_;
    std::vector<SourceSummary> sources_;
    std::vector<MergedUnit> units_;
    // Per target row, summed at add() time in input order (deterministic).
    std::vector<QuantityPair> not_itemised_;
    std::vector<MergeFinding> findings_;
};

// Everything at once, for callers that already hold all reports.
MergeResult merge_reports(const TemplateCatalog& catalog, const Edition& target,
                          const std::vector<UnitReport>& reports, const MergeOptions& options = {});

} // namespace statform::core
