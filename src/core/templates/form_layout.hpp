// Where every piece of the official form goes on a sheet: the title block,
// the two-row header, one row per template row, which cells are for input,
// which hold SUM formulas, what is merged. Pure data, so the office adapter
// only has to write it, and tests can check it without an office.
#pragma once

#include "core/templates/template_model.hpp"
#include "core/templates/unit_types.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace statform::core {

// What a cell is; the adapter maps each role to a named cell style.
enum class CellRole {
    Blank,
    UnitName,         // reporting unit, top left
    NationalHeading,  // "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    Motto,            // "Độc lập - Tự do - Hạnh phúc"
    DateLine,         // "……, ngày … tháng … năm 2023"
    Appendix,         // "Phụ lục II"
    Title,            // the form's title
    Subtitle,         // "(Kèm theo …)"
    Header,           // table header cells
    Code,             // "1.1"
    Label,            // a row's label
    GroupLabel,       // a group row's label (bold)
    Unit,             // "Lớp/người"
    Input,            // a quantity the unit fills in: unlocked, validated
    Sum,              // a group total: SUM formula of its children, locked
    Unused,           // a quantity column this row's unit type does not use: shaded, locked
    Note,             // "Ghi chú": free text, unlocked
    NarrativeTitle,   // the narrative report's title lines
    NarrativeHeading, // "I. KẾT QUẢ …", "1. …"
    NarrativeText,    // a paragraph of the report
    NarrativePrompt,  // "[Nêu …]": for the author to write
};

// The table's columns, left to right.
enum FormColumn : std::size_t {
    CodeColumn,
    LabelColumn,
    UnitColumn,
    CountColumn,
    PeopleColumn,
    NoteColumn,
    FormColumnCount
};

struct LayoutCell {
    CellRole role = CellRole::Blank;
    std::string text;             // literal text, written as text (never parsed as a formula)
    std::string formula;          // "=SUM(D12:D24)" in the office's English API syntax, or empty
    std::optional<double> number; // a value to write, when the cell holds a number
};

struct LayoutRange {
    std::size_t first_row = 0, first_col = 0, last_row = 0,
                last_col = 0; // inclusive, sheet coordinates
};

// How a template row was placed.
struct RowPlacement {
    std::size_t template_row = 0; // index into Edition::rows
    std::size_t sheet_row = 0;
    bool count_input = false, people_input = false; // unlocked input cells
    bool count_sum = false, people_sum = false;     // SUM formulas
};

struct InsertRequest {
    std::string unit_name; // "Phòng GD&ĐT huyện Tuần Giáo"; empty prints a dotted line
    std::string place;     // place on the date line ("Lai Châu"); empty prints dots
    std::size_t origin_row = 0, origin_col = 0; // top-left cell of the block on the sheet
};

struct FormLayout {
    std::size_t origin_row = 0, origin_col = 0;
    std::size_t rows = 0;                       // height of the block
    std::vector<std::vector<LayoutCell>> cells; // [rows][FormColumnCount], block coordinates
    std::vector<LayoutRange> merges;            // sheet coordinates
    LayoutRange header;                         // the two header rows (repeat when printing)
    LayoutRange table;                          // header + all template rows
    std::vector<RowPlacement> placements;       // one per template row, in order
    std::vector<int> column_widths;             // 1/100 mm, per FormColumn
    // Rows whose height Calc does not compute because their text sits in a
    // merged cell (the wrapped title): sheet row -> height in 1/100 mm.
    std::vector<std::pair<std::size_t, int>> fixed_row_heights;

    const LayoutCell& at(std::size_t block_row, std::size_t col) const {
        return cells[block_row][col];
    }
};

FormLayout build_form_layout(const Edition& edition, const UnitTypeCatalog& unit_types,
                             const InsertRequest& request);

// Single cells joined into runs down their columns (D5, D6, D7 -> D5:D7),
// in column then row order: one range where Calc would otherwise take one
// per cell (a run of 500 marked rows is one range, not 500).
std::vector<LayoutRange> column_runs(std::vector<LayoutRange> cells);

// "D12" for sheet row 11, column 3 (0-based), as used in formulas.
std::string cell_name(std::size_t row, std::size_t col);

} // namespace statform::core
