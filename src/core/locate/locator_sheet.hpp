// Table locator, step 0: the sheet as the locator sees it. Every text cell is
// normalised once (normalize_label), and each row is reduced to the few facts
// matching needs: its label, its code, whether it has a unit or numbers.
#pragma once

#include "core/locate/table_locator.hpp"
#include "core/values/grid.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace statform::core::locator {

class SheetText {
  public:
    explicit SheetText(const Grid& grid);

    const Grid& grid() const { return grid_; }
    std::size_t rows() const { return grid_.rows(); }
    std::size_t cols() const { return grid_.cols(); }

    // normalize_label() of a text cell; "" for any other cell.
    const std::string& norm(std::size_t row, std::size_t col) const {
        return normalized_[row * grid_.cols() + col];
    }
    bool is_blank(std::size_t row, std::size_t col) const;
    bool row_is_blank(std::size_t row) const;

  private:
    const Grid& grid_;
    std::vector<std::string> normalized_;
};

// "1", "1.1", "10.2", "I", "IV", "a", "a)", "1." in normalised form.
bool looks_like_code(std::string_view normalized);

// A code in comparable form: lower case, no trailing "." or ")", numbers
// spelled shortest ("1.1" for the number 1.1). Empty when the cell holds no code.
std::string code_key(const Cell& cell);
std::string code_key(std::string_view text);

// Codes equal as written, or, when `row_code_is_number`, equal as numbers
// (the template's "1.10" and a number cell holding 1.1).
bool same_code(std::string_view row_code, bool row_code_is_number, std::string_view template_code);

// A label in comparable form: normalised, with a leading code ("1.1 ", "a) ",
// "I. ") moved out into `code`.
struct LabelKey {
    std::string label;
    std::string code;
};
LabelKey label_key(std::string_view text);

// Everything the matcher needs to know about one sheet row.
struct RowView {
    std::size_t grid_row = 0;
    std::string label;           // as typed, trimmed (for messages)
    std::string label_norm;      // label_key(label).label
    std::string code;            // code_key of the code cell, or the code found in the label
    std::string code_text;       // the code as typed
    bool code_is_number = false; // typed into a number cell: "1.10" arrives as 1.1
    bool has_unit = false;       // something in the unit column
    bool has_quantity = false;   // something in the count or people column
    bool has_number = false;     // ... that reads as a number (cell_value), not just text
    bool is_numbering = false;   // a "(1) (2) (3)" column-numbering row

    // Part of a table even when its label matches nothing.
    bool looks_like_table_row() const {
        return !label_norm.empty() && !is_numbering && (!code.empty() || has_unit || has_quantity);
    }
};

// Reads rows [first_row, last_row) using the columns found so far. The label
// is the label column's text, or, when a row's text sits in a neighbouring
// merged cell, the longest non-code text from the code column to the last
// column under the label header.
std::vector<RowView> read_rows(const SheetText& sheet, const TableColumns& columns,
                               std::size_t first_row, std::size_t last_row);

} // namespace statform::core::locator
