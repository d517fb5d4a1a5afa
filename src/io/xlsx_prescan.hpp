// A quick pass over an .xlsx package before orcus parses it, for what
// orcus 0.17's xlsx filter does not pass on and to check what it did:
//  * cached formula errors and boolean formula results (the filter passes no
//    result for either) and inline strings (t="inlineStr", which it skips;
//    openpyxl writes them) come back as cell fixes;
//  * the position of every non-empty cell, so the reader can prove that
//    each one received a value (orcus drops some things silently);
//  * the number of non-empty cells, checked against the limits before
//    orcus parses anything;
//  * worksheets referenced by absolute part names ("/xl/worksheets/..."),
//    which orcus 0.17 silently reads as empty sheets: reported as unsupported.
// Matching is by local element name, so any namespace prefix works. Any
// malformed worksheet XML throws here, even where orcus would skip it.
#pragma once

#include "core/values/grid.hpp"
#include "io/read_limits.hpp"
#include "io/zip_archive.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace statform::io {

struct CellFix {
    std::size_t row = 0, col = 0; // sheet coordinates
    core::Cell cell;
};

using CellPosition = std::pair<std::size_t, std::size_t>; // row, column

struct XlsxSheetPrescan {
    std::string name;
    std::vector<CellFix> fixes;
    std::vector<CellPosition> filled;     // every <c> with a value, formula or inline string
    std::vector<std::string> local_names; // <definedName localSheetId="this sheet">
};

struct XlsxPrescan {
    std::vector<XlsxSheetPrescan> sheets; // workbook order, which is orcus' sheet order
    std::string unsupported;              // not empty: orcus would misread the package; says why
};

// Throws LimitExceeded, or std::exception for malformed XML.
XlsxPrescan prescan_xlsx(const ZipEntryReader& zip, const ReadLimits& limits);

// "B6" -> {row 5, col 1}; nothing for anything else.
std::optional<CellPosition> parse_cell_reference(std::string_view ref);

} // namespace statform::io
