// Reads the sheets of an .xlsx package with orcus 0.17's xlsx filter into its
// spreadsheet model, then copies the cells into core grids, completed by the
// pre-scan (xlsx_prescan.hpp) where the filter loses information.
#pragma once

#include "core/values/grid.hpp"
#include "io/read_limits.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace statform::io {

struct XlsxContent {
    std::vector<core::Sheet> sheets;
    std::string unsupported; // not empty: orcus cannot read this package faithfully; why
};

// `package` is the whole .xlsx file. Throws LimitExceeded, or std::exception
// (orcus' own, with its message) when the package is damaged.
XlsxContent read_xlsx_content(std::string_view package, const ReadLimits& limits);

} // namespace statform::io
