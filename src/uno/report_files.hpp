// Choosing and reading report files (the sources of a merge, last year's
// report, an earlier summary), and the documents a merge writes into.
#pragma once

#include "core/rules/findings.hpp"
#include "core/values/grid.hpp"
#include "uno/extension_context.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace statform::uno {

// The office's file picker, several files at once (.ods, .xlsx, .xls); the
// chosen files' URLs, none when the person cancels.
std::vector<std::string> pick_report_files(ExtensionContext& extension,
                                           const css::uno::Reference<css::frame::XFrame>& frame);

// One file: `filter_key`/`pattern` name what may be chosen ("*.txt"); the
// URL, or nothing when the person cancels.
std::optional<std::string> pick_one_file(ExtensionContext& extension, const std::string& title_key,
                                         const std::string& filter_key, const std::string& pattern);

// A file URL ("file:///...") or a path, as a path.
std::filesystem::path path_of(const std::string& url_or_path);

// Reads a workbook from disk: .ods/.xlsx with the disk reader (liborcus);
// .xls, and what that reader cannot read, through this office, opened
// hidden, read-only, macros never executed, no prompts. nullopt with
// `problem` (UI language, naming the file) when neither can.
std::optional<core::Workbook> read_report_file(ExtensionContext& extension,
                                               const std::filesystem::path& file,
                                               std::string& problem);

// The office path alone (what the disk reader said it cannot read).
std::optional<core::Workbook> read_through_office(ExtensionContext& extension,
                                                  const std::filesystem::path& file,
                                                  std::string& problem);

// The values of the statistics table in `url_or_path`, for comparison
// (last year's report, an earlier summary): nullopt with `problem` when the
// file cannot be read or holds no recognisable table.
std::optional<core::ReportedValues> read_comparison_file(ExtensionContext& extension,
                                                         const std::string& url_or_path,
                                                         std::string& problem);

// A new, visible Calc document for the merge result.
css::uno::Reference<css::sheet::XSpreadsheetDocument>
new_result_document(ExtensionContext& extension);

// A new document's own empty first sheet, once the result sheets are there.
void remove_first_blank_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace statform::uno
