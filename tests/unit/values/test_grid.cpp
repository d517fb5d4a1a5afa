#include "core/values/grid.hpp"

#include <gtest/gtest.h>

using statform::core::Cell;
using statform::core::CellKind;
using statform::core::Grid;

TEST(Grid, SetGrowsAndKeepsExistingCells) {
    Grid grid(1, 1);
    grid.set(0, 0, Cell::of_number(5));
    grid.set(2, 3, Cell::of_text("Lớp/người"));
    EXPECT_EQ(grid.rows(), 3u);
    EXPECT_EQ(grid.cols(), 4u);
    EXPECT_EQ(grid.at(0, 0), Cell::of_number(5));
    EXPECT_EQ(grid.at(2, 3).text, "Lớp/người");
    EXPECT_EQ(grid.at(1, 1).kind, CellKind::Empty);
}

TEST(Grid, EmptyIsNotZero) {
    EXPECT_NE(Cell::empty(), Cell::of_number(0));
    EXPECT_TRUE(Cell::empty().is_empty());
    EXPECT_FALSE(Cell::of_number(0).is_empty());
}
