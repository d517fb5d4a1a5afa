// The merge's result sheets written into a document the user works in, as
// one undo step that costs about what writing them into a new document does.
//
// Calc records an undo copy for almost every change made with undo on (each
// of the breakdown's N merged header cells: N = 2,000, 7 s), and turning the
// document's undo off clears the user's whole undo history. So the sheets are
// written into a hidden document without undo and copied in with
// XSpreadsheets2::importSheet, which Calc does not record; one undo action of
// ours (SheetsCopiedIn, result_sheets.cpp) removes them again. What a copy
// loses (the page style, print titles, formulas that refer to another of the
// sheets) is set afterwards with Calc's own undo, inside the same step.
#pragma once

#include "core/templates/sheet_content.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace statform::uno {

// New sheets at the end of `target` ("Tổng hợp (2)" when the name is taken),
// in order, one undo step titled `undo_title`: one Ctrl+Z removes them all
// and leaves every earlier step; Ctrl+Y puts them back.
std::vector<css::uno::Reference<css::sheet::XSpreadsheet>>
write_sheets_as_one_undo_step(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& target,
                              const std::vector<const core::SheetContent*>& contents,
                              const std::string& undo_title);

} // namespace statform::uno
