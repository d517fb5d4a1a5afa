// The list of units that should report (merge's "expected units"), given as
// a text file (one unit per line) or as a sheet someone keeps in Calc.
#pragma once

#include "core/values/grid.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace statform::core {

// One unit per line; blank lines and lines starting with '#' are skipped,
// spaces around a name and Windows line ends are dropped.
std::vector<std::string> expected_units_from_text(std::string_view text);

// The column of the first sheet's grid that holds the most text cells (a
// list often has "STT" numbers in column A and names in column B), top to
// bottom; a first cell that is a heading ("Tên đơn vị", "Đơn vị", "Unit")
// and cells without letters are skipped.
std::vector<std::string> expected_units_from_sheet(const Grid& grid);

} // namespace statform::core
