// An in-memory rectangle of cell values: what every StatForm job works on.
// Office sheets (through getDataArray) and files on disk (through liborcus)
// are both turned into a Grid, so the core never needs to know where the
// cells came from.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace statform::core {

enum class CellKind {
    Empty,  // nothing typed: "not reported", which is not the same as 0
    Number, // a numeric value (or the cached result of a numeric formula)
    Text,   // a string as typed (or the cached result of a text formula)
    Error,  // a formula error such as "#DIV/0!"; `text` holds its spelling
};

struct Cell {
    CellKind kind = CellKind::Empty;
    double number = 0.0;
    std::string text;

    static Cell empty() { return {}; }
    static Cell of_number(double value) { return {CellKind::Number, value, {}}; }
    static Cell of_text(std::string value) { return {CellKind::Text, 0.0, std::move(value)}; }
    static Cell of_error(std::string spelling) {
        return {CellKind::Error, 0.0, std::move(spelling)};
    }

    bool is_empty() const { return kind == CellKind::Empty; }
    bool operator==(const Cell&) const = default;
};

// A merged area, in grid coordinates (inclusive bounds).
struct MergedRange {
    std::size_t first_row = 0, first_col = 0, last_row = 0, last_col = 0;
    bool operator==(const MergedRange&) const = default;
};

// Row-major rectangle of cells. Row and column indexes are 0-based; the
// grid's origin is cell A1 of its sheet unless `origin_row/origin_col` say
// otherwise (a grid read from a used range that starts further down).
class Grid {
  public:
    Grid() = default;
    Grid(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols), cells_(rows * cols) {}

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }

    const Cell& at(std::size_t row, std::size_t col) const { return cells_[row * cols_ + col]; }
    Cell& at(std::size_t row, std::size_t col) { return cells_[row * cols_ + col]; }

    // Grows the grid when needed, so readers can set cells in any order.
    void set(std::size_t row, std::size_t col, Cell cell) {
        if (row >= rows_ || col >= cols_)
            resize(std::max(rows_, row + 1), std::max(cols_, col + 1));
        at(row, col) = std::move(cell);
    }

    void resize(std::size_t rows, std::size_t cols) {
        std::vector<Cell> grown(rows * cols);
        for (std::size_t r = 0; r < std::min(rows, rows_); ++r)
            for (std::size_t c = 0; c < std::min(cols, cols_); ++c)
                grown[r * cols + c] = std::move(cells_[r * cols_ + c]);
        cells_ = std::move(grown);
        rows_ = rows;
        cols_ = cols;
    }

    std::size_t origin_row = 0; // sheet row of grid row 0
    std::size_t origin_col = 0; // sheet column of grid column 0
    std::vector<MergedRange> merged;

  private:
    std::size_t rows_ = 0, cols_ = 0;
    std::vector<Cell> cells_;
};

struct Sheet {
    std::string name;
    Grid grid;
    // Names defined for this sheet only (sheet-local named ranges). "Insert
    // statistics template" records the edition in one ("StatForm_htsd_2023").
    std::vector<std::string> local_names;
};

// Every sheet of one workbook, as read from a file or from the office.
struct Workbook {
    std::string source; // file path or document URL, for messages
    std::vector<Sheet> sheets;
};

} // namespace statform::core
