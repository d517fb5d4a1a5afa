// Choosing the report files to merge, and the documents a merge writes into.
#pragma once

#include "uno/extension_context.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace statform::uno {

// The office's file picker, several files at once (.ods, .xlsx, .xls); the
// chosen files' URLs, none when the person cancels.
std::vector<std::string> pick_report_files(ExtensionContext& extension,
                                           const css::uno::Reference<css::frame::XFrame>& frame);

// A new, visible Calc document for the merge result.
css::uno::Reference<css::sheet::XSpreadsheetDocument>
new_result_document(ExtensionContext& extension);

// A new document's own empty first sheet, once the result sheets are there.
void remove_first_blank_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace statform::uno
