// Finding the statistics table ("Mẫu tổng hợp số liệu") in a workbook filled
// by a school, a district or a province, whatever it did to the layout.
//
// Units copy the form into their own workbooks: the table may start anywhere,
// sit under a title block, lose or gain blank rows, have rows deleted, its
// labels retyped without diacritics or with typos, in capitals, with line
// breaks. The locator finds the header (or, without one, the column of
// labels), matches the sheet's rows to the rows of every known edition in
// order, and keeps the best sheet and edition. Everything it could not place
// is reported, never silently dropped: validation and merge work from this
// result, and a row that was not understood must reach the user.
//
// All row and column numbers are 0-based indexes into the sheet's Grid (add
// grid.origin_row / origin_col for the sheet address).
#pragma once

#include "core/templates/template_model.hpp"
#include "core/values/grid.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace statform::core {

// Where each column of the table is. Only the label column is certain when
// a table is found; the others are absent when neither a header nor the data
// revealed them.
struct TableColumns {
    std::size_t label = 0;             // "Nội dung các hoạt động" / "Các hoạt động"
    std::size_t label_width = 1;       // columns under a merged label header; a row's
                                       // label may sit in any of them
    std::optional<std::size_t> code;   // "TT" / "STT"
    std::optional<std::size_t> unit;   // "Đơn vị"
    std::optional<std::size_t> count;  // "Số lớp/số cuộc thi"
    std::optional<std::size_t> people; // "Người"
    std::optional<std::size_t> note;   // "Ghi chú"
    bool quantity_columns_guessed = false; // count/people placed by position, not by a header
};

enum class MatchKind {
    Exact,       // labels equal once normalised (case, diacritics, spaces ignored)
    Approximate, // labels similar enough (a typo, a missing word)
};

// How a row's code ("1.1") compares with the template's.
enum class CodeCheck {
    NotCompared, // the sheet row or the template row has no code
    Same,
    Different,
};

// One template row found in the sheet.
struct RowMatch {
    std::size_t template_row = 0; // index into Edition::rows
    std::size_t grid_row = 0;
    double similarity = 0.0; // label similarity, 1 for Exact
    MatchKind kind = MatchKind::Exact;
    CodeCheck code = CodeCheck::NotCompared;
    bool out_of_order = false; // placed after or before its neighbours in the template
    std::string grid_label;    // the label as typed in the sheet
    std::string grid_code;     // the code as typed, empty when none
};

// A sheet row that looks like part of the table but matches no template row:
// a row the unit added, or one too garbled to recognise. Always a finding.
struct UnmatchedRow {
    std::size_t grid_row = 0;
    std::string label;                               // as typed
    std::string code;                                // as typed, empty when none
    std::optional<std::size_t> closest_template_row; // best guess, for the message
    double closest_similarity = 0.0;
};

struct EditionScore {
    std::string edition_id;
    double score = 0.0; // 0..1, how well the sheet's rows and this edition's rows fit
    std::size_t matched_rows = 0;
};

enum class TableStatus {
    NotFound,       // nothing resembling a statistics table
    UnknownEdition, // a table header, but its rows match no known edition
    Found,
};

struct LocatedTable {
    TableStatus status = TableStatus::NotFound;
    std::size_t sheet_index = 0;
    std::string sheet_name;
    std::string edition_id;        // empty unless Found
    std::size_t edition_index = 0; // into the editions given; meaningful when Found
    double confidence = 0.0;       // 0..1
    // The edition came from what "Insert statistics template" recorded in the
    // sheet (a sheet-local name), not from the rows alone.
    bool edition_recorded = false;
    std::string reason; // one English sentence saying what was found and how

    std::optional<std::size_t> header_first_row; // absent when the header is missing
    std::optional<std::size_t> header_last_row;  // same as first for a one-row header
    std::size_t first_row = 0;                   // first and last table rows: matched rows and
    std::size_t last_row = 0;                    // unmatched_rows together (when Found)
    TableColumns columns;

    std::vector<RowMatch> matches;                  // ordered by grid row
    std::vector<UnmatchedRow> unmatched_rows;       // ordered by grid row
    std::vector<std::size_t> missing_template_rows; // template rows not in the sheet
    std::vector<EditionScore> edition_scores;       // every edition tried, best first

    bool found() const { return status == TableStatus::Found; }
    // The match of one template row, or nullptr when the row is missing.
    const RowMatch* match_for(std::size_t template_row) const;
};

// Another sheet of the same workbook that also holds a statistics table.
struct OtherTable {
    std::size_t sheet_index = 0;
    std::string sheet_name;
    std::string edition_id;
    double confidence = 0.0;
};

struct TableSearch {
    LocatedTable table;             // the best table of the workbook (status says if any)
    std::vector<OtherTable> others; // further sheets with a table, best first
};

// Searches every sheet of `workbook` for the statistics table of any of
// `editions` and returns the best one.
TableSearch locate_statistics_table(const Workbook& workbook, const std::vector<Edition>& editions);

// The same for one sheet; sheet_index and sheet_name are copied into the result.
LocatedTable locate_table_in_sheet(const Grid& grid, const std::vector<Edition>& editions,
                                   std::size_t sheet_index = 0, const std::string& sheet_name = {});

} // namespace statform::core
