#include "io/sheet_builder.hpp"

#include <algorithm>

namespace statform::io {

void SheetBuilder::set(std::size_t row, std::size_t col, core::Cell cell) {
    if (cell.is_empty())
        return;
    cells_.push_back({row, col, std::move(cell)});
}

std::optional<core::Sheet> SheetBuilder::build(std::size_t max_cells, std::string& why) && {
    core::Sheet sheet;
    sheet.name = std::move(name_);
    if (cells_.empty())
        return sheet;

    std::size_t top = cells_.front().row, bottom = top;
    std::size_t left = cells_.front().col, right = left;
    for (const auto& placed : cells_) {
        top = std::min(top, placed.row);
        bottom = std::max(bottom, placed.row);
        left = std::min(left, placed.col);
        right = std::max(right, placed.col);
    }
    const std::size_t rows = bottom - top + 1, cols = right - left + 1;
    if (rows > max_cells / cols) {
        why = "sheet \"" + sheet.name + "\" uses " + std::to_string(rows) + " rows x " +
              std::to_string(cols) + " columns, more than " + std::to_string(max_cells) + " cells";
        return std::nullopt;
    }

    sheet.grid = core::Grid(rows, cols);
    sheet.grid.origin_row = top;
    sheet.grid.origin_col = left;
    // In insertion order, so that a later cell replaces an earlier one.
    for (auto& placed : cells_)
        sheet.grid.at(placed.row - top, placed.col - left) = std::move(placed.cell);

    for (const auto& range : merged_) {
        if (range.last_row < top || range.first_row > bottom || range.last_col < left ||
            range.first_col > right)
            continue; // entirely outside the used area
        sheet.grid.merged.push_back(
            {std::max(range.first_row, top) - top, std::max(range.first_col, left) - left,
             std::min(range.last_row, bottom) - top, std::min(range.last_col, right) - left});
    }
    sheet.local_names = std::move(local_names_);
    return sheet;
}

} // namespace statform::io
