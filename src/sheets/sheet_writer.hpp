// Writes a core::SheetContent into a sheet in bulk: all texts and numbers in
// one setDataArray (texts stay texts, even "=…"), formulas one by one, a
// style call per role and 256 column runs of its cells, merges, column widths, row
// heights (fitted once, at the end), print titles.
// For sheets StatForm creates (a new sheet is removed whole by undo); the
// form inserted at the cursor uses uno/form_writer instead.
#pragma once

#include "core/templates/sheet_content.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
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

// The names `wanted` sheets get as new sheets of the document: a name it has
// (or one given before in the list) becomes "name (2)", "name (3)" …
std::vector<std::string>
new_sheet_names(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const std::vector<std::string>& wanted);

// Copies of the contents named `names` (new_sheet_names), every formula
// that refers to a renamed one told its new name.
std::vector<core::SheetContent>
named_as_new_sheets(const std::vector<const core::SheetContent*>& contents,
                    const std::vector<std::string>& names);

// Only the formulas of `content`, in bulk (a run down a column a call).
void write_formula_cells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                         const core::SheetContent& content);

// The page style and print title rows of `content` on `sheet` (a sheet
// copied from another document comes without them).
void apply_print_setup(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                       const core::SheetContent& content);

// A new sheet named `name` (or "name (2)" …) appended to the document.
css::uno::Reference<css::sheet::XSpreadsheet>
append_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
             const std::string& name);

} // namespace statform::sheets
