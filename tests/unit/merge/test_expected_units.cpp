// The list of units that should report: a text file or a sheet.
#include "core/merge/expected_units.hpp"

#include <gtest/gtest.h>

using namespace statform::core;

namespace {
using Names = std::vector<std::string>;
}

TEST(ExpectedUnits, TextFileHasOneUnitPerLine) {
    EXPECT_EQ(
        expected_units_from_text("# Tuần Giáo\r\nTrường Mầm non Hoa Ban\r\n\n"
                                 "  Trường  THCS Quài Tở \nTrường Tiểu học Chiềng Sinh"),
        (Names{"Trường Mầm non Hoa Ban", "Trường THCS Quài Tở", "Trường Tiểu học Chiềng Sinh"}));
    EXPECT_TRUE(expected_units_from_text("").empty());
}

TEST(ExpectedUnits, SheetListWithNumbersAndAHeading) {
    Grid grid;
    grid.set(0, 0, Cell::of_text("STT"));
    grid.set(0, 1, Cell::of_text("Tên đơn vị"));
    grid.set(1, 0, Cell::of_number(1));
    grid.set(1, 1, Cell::of_text("Trường Mầm non Hoa Ban"));
    grid.set(2, 0, Cell::of_number(2));
    grid.set(2, 1, Cell::of_text("Trường THCS Quài Tở"));
    grid.set(4, 0, Cell::of_number(3));
    grid.set(4, 1, Cell::of_text(" Trường Tiểu học\nChiềng Sinh "));
    grid.set(5, 1, Cell::of_text("-"));
    EXPECT_EQ(
        expected_units_from_sheet(grid),
        (Names{"Trường Mầm non Hoa Ban", "Trường THCS Quài Tở", "Trường Tiểu học Chiềng Sinh"}));
}

TEST(ExpectedUnits, SheetWithoutHeadingKeepsTheFirstName) {
    Grid grid;
    grid.set(0, 0, Cell::of_text("Trường Mầm non Hoa Ban"));
    grid.set(1, 0, Cell::of_text("Trường THCS Quài Tở"));
    EXPECT_EQ(expected_units_from_sheet(grid),
              (Names{"Trường Mầm non Hoa Ban", "Trường THCS Quài Tở"}));
    EXPECT_TRUE(expected_units_from_sheet(Grid{}).empty());
}
