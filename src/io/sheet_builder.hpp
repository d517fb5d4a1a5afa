// Collects the non-empty cells of one sheet in any order, then allocates one
// Grid trimmed to their bounding box. The size check happens before the Grid
// exists, so two cells at opposite corners of a sheet cost a message, not
// 17 billion cells.
#pragma once

#include "core/values/grid.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace statform::io {

class SheetBuilder {
  public:
    explicit SheetBuilder(std::string name) : name_(std::move(name)) {}

    const std::string& name() const { return name_; }
    std::size_t cell_count() const { return cells_.size(); }

    // Sheet coordinates (0-based). A later cell at the same place replaces
    // the earlier one. Empty cells are ignored: they are what the grid holds
    // by default.
    void set(std::size_t row, std::size_t col, core::Cell cell);
    // Sheet coordinates, inclusive.
    void add_merge(const core::MergedRange& range) { merged_.push_back(range); }
    // A name defined for this sheet only.
    void add_local_name(std::string name) { local_names_.push_back(std::move(name)); }

    // The sheet with its grid trimmed to the used area (origin_row/col set),
    // and merged ranges moved to grid coordinates and clipped to the grid.
    // Fails, with the reason in `why`, when that area has more than
    // `max_cells` cells.
    std::optional<core::Sheet> build(std::size_t max_cells, std::string& why) &&;

  private:
    struct PlacedCell {
        std::size_t row, col;
        core::Cell cell;
    };
    std::vector<std::string> local_names_;
    std::string name_;
    std::vector<PlacedCell> cells_;
    std::vector<core::MergedRange> merged_;
};

} // namespace statform::io
