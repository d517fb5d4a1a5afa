// Writes a core::SheetContent into a sheet in bulk: all texts and numbers in
// one setDataArray (texts stay texts, even "=…"), formulas one by one, a
// style call per role and 256 column runs of its cells, merges, column widths, row
// heights (fitted once, at the end), print titles.
// For sheets StatForm creates (a new sheet is removed whole by undo); the
// form inserted at the cursor uses uno/form_writer instead.
#pragma once

#include "core/sheet_content.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

namespace statform::sheets {

void write_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const core::SheetContent& content);

// New sheets for several contents, all created before any is written, so
// formulas that refer to a later sheet find it. Returns them in order.
std::vector<css::uno::Reference<css::sheet::XSpreadsheet>>
write_new_sheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 const std::vector<const core::SheetContent*>& contents);

// A new sheet named `name` (or "name (2)" …) appended to the document.
css::uno::Reference<css::sheet::XSpreadsheet>
append_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
             const std::string& name);

} // namespace statform::sheets
