// An office spreadsheet document read into core grids: one bulk call per
// sheet (getDataArray over the used area), formula errors found with one
// query per sheet. Works in the office (the component) and over the bridge
// (the CLI's office reader for .xls files).
#pragma once

#include "core/values/grid.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace statform::sheets {

// Every sheet of `document`, each trimmed to its used area (Grid::origin_row
// and origin_col say where that area starts). `source` names the document in
// messages.
core::Workbook read_document(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                             const std::string& source);

// One sheet.
core::Sheet read_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

} // namespace statform::sheets
