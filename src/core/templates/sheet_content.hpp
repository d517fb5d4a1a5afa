// A whole sheet to write, as data: what each cell holds and what it is (its
// role, which the office side turns into a named style), merges, column
// widths. The merge results are built as SheetContent by the core and
// written by one generic writer (src/sheets/sheet_writer).
#pragma once

#include "core/templates/form_layout.hpp"

#include <optional>
#include <string>
#include <vector>

namespace statform::core {

struct SheetContent {
    std::string name;
    std::vector<std::vector<LayoutCell>>
        cells; // [row][col] from A1; rows may be shorter than `cols`
    std::size_t cols = 0;
    std::vector<LayoutRange> merges;
    std::vector<int> column_widths; // 1/100 mm, from column A; 0 = leave as is
    std::vector<std::pair<std::size_t, int>> fixed_row_heights;
    std::optional<LayoutRange> print_title_rows; // repeated on every printed page
    bool landscape =
        false; // printed on A4 landscape (wide tables), else portrait; always one page wide

    std::size_t rows() const { return cells.size(); }
    LayoutCell& at(std::size_t row, std::size_t col) {
        if (row >= cells.size())
            cells.resize(row + 1);
        if (col >= cells[row].size())
            cells[row].resize(col + 1);
        cols = std::max(cols, col + 1);
        return cells[row][col];
    }
    void put(std::size_t row, std::size_t col, CellRole role, std::string text) {
        at(row, col) = {role, std::move(text), {}, {}};
    }
    void put_number(std::size_t row, std::size_t col, CellRole role, double value) {
        at(row, col) = {role, {}, {}, value};
    }
};

// Texts from strangers' files can be any length (a 32.767-character unit
// name), and laying out such a wrapped cell takes the office minutes: a
// written cell shows at most this many characters, ending in "…".
inline constexpr std::size_t max_cell_text = 1000; // characters

// `text` cut to max_cell_text characters (UTF-8 safe), with "…" when cut.
std::string shortened(std::string text);

// The inserted form as sheet content (the summary sheet starts from it).
SheetContent sheet_content_of(const FormLayout& layout, std::string name);

} // namespace statform::core
