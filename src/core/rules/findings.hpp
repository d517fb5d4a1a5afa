// What validation tells the user, and what merge may add up: the contract
// between the rules engine (validation.hpp) and its three readers, the
// office adapter (findings dialog, cell highlighting, "apply fixes"), the
// CLI (`statform validate --json`) and merge.
//
// Everything here is plain data in the UI language the caller asked for:
// messages are already formatted (numbers the language's way), cell
// addresses are in SHEET coordinates, so a reader never needs the grid.
#pragma once

#include "core/locate/table_locator.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core {

enum class Severity {
    Error,   // the value is wrong or unusable: it is left out of a merge
    Warning, // probably a mistake, or read in a way a person should confirm; still counted
    Info,    // worth knowing, nothing to fix
};

// "error", "warning", "info": stable spellings for JSON and logs.
std::string_view severity_name(Severity severity);

// A cell of a sheet, 0-based, in sheet coordinates (grid index + origin).
struct CellRef {
    std::size_t row = 0;
    std::size_t col = 0;

    std::string a1() const; // "F12"
    bool operator==(const CellRef&) const = default;
};

struct Finding {
    std::string rule; // stable code, e.g. "people-below-count"; see validation.hpp
    Severity severity = Severity::Info;

    std::string sheet;           // sheet name; empty when about the whole workbook
    std::optional<CellRef> cell; // the cell to look at; absent for table-level findings

    // The template row concerned (absent for table-level findings and for a
    // sheet row that matched no template row).
    std::optional<std::size_t> template_row; // index into Edition::rows
    std::string row_key;                     // TemplateRow::key
    std::string row_code;                    // "1.1" (template's; typed code for an unmatched row)
    std::string row_label;                   // official label (typed label for an unmatched row)

    // What the cell holds, as the user sees it: typed text as is, a number
    // in the UI language's notation, an error value's spelling; empty for an
    // empty cell. For row-level findings: the label as typed.
    std::string value_seen;

    std::string message; // what is wrong and what to do, in the UI language

    // Other cells involved: the children of a group whose sum disagrees, the
    // count cell of a people figure, ... (sheet coordinates).
    std::vector<CellRef> related_cells;
    // The one cell that alone explains a group's imbalance, when exactly one
    // does (see "group-sum-mismatch"); absent when nothing is certain enough.
    std::optional<CellRef> likely_culprit;
    // Index into ValidationReport::fixes of the safe fix that resolves it.
    std::optional<std::size_t> fix;
};

// One cell edit that is safe to apply without asking (the UI applies all of
// them as one undo step): the new value is what the cell already means.
struct CellFix {
    std::string rule; // the finding it resolves ("number-as-text", "group-total-empty", ...)
    std::string sheet;
    CellRef cell;
    std::string old_text; // as typed; empty for an empty cell
    double new_value = 0.0;
    std::string reason; // UI language: "Chuyển «1.200» thành số 1.200"
};

// The values of one template row that count, for merge. nullopt means "not
// reported" (empty, row deleted, or the row's unit does not use that
// column) or "excluded because of an error"; a value read with a warning
// counts and says so.
struct RowValues {
    std::size_t template_row = 0; // index into Edition::rows
    std::string key;              // TemplateRow::key: how merge and year-on-year match rows
    std::string code;
    bool in_sheet = false;        // the locator found the row
    std::optional<double> count;  // "Số lớp/số cuộc thi" (money for đồng rows)
    std::optional<double> people; // "Người"
    bool count_warning = false;
    bool people_warning = false;
};

// Every row's values of one report: what merge adds up and what a later
// validation compares with (ValidationOptions::previous_year).
struct ReportedValues {
    std::string edition_id;
    int year = 0;
    std::string source;          // workbook file or document
    std::vector<RowValues> rows; // one per template row, in template order

    const RowValues* find(std::string_view key) const;
};

// Which table was validated and how sure the locator was.
struct TableRecognition {
    TableStatus status = TableStatus::NotFound;
    std::string sheet;
    std::size_t sheet_index = 0;
    // First grid row of the table (its header when it has one): what is
    // above it is the title block, where the unit's name is.
    std::size_t first_grid_row = 0;
    std::string edition_id; // empty unless Found
    int year = 0;
    double confidence = 0.0;    // 0..1
    std::size_t rows_found = 0; // template rows matched (approximately included)
    std::size_t rows_approximate = 0;
    std::size_t rows_missing = 0;
    std::size_t rows_unrecognised = 0;
    std::string locator_reason; // the locator's English sentence, for logs
    std::string summary; // UI language: "Mẫu htsd-2023 (năm 2023), trang «…», độ tin cậy 97%."
};

struct ValidationReport {
    std::string source; // workbook file or document, as given
    TableRecognition table;
    // Table-level findings first, then by cell, top to bottom, left to right.
    std::vector<Finding> findings;
    ReportedValues values;
    std::vector<CellFix> fixes;

    std::size_t count(Severity severity) const;
    bool has_errors() const { return count(Severity::Error) > 0; }
};

} // namespace statform::core
