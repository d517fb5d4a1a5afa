// Documents the CLI makes in its office: created hidden, saved in the format
// the file name asks for, closed.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <filesystem>
#include <string>

namespace statform::cli {

css::uno::Reference<css::sheet::XSpreadsheetDocument>
new_hidden_calc_document(const css::uno::Reference<css::frame::XDesktop2>& desktop);

// The office's filter for an output file name: .ods, .xlsx or .xls; empty for
// anything else.
std::string calc_filter_for(const std::filesystem::path& file);

// Saves to `file` with the filter its extension asks for. Throws on failure.
void save_document(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const std::filesystem::path& file);

void close_document(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) noexcept;

} // namespace statform::cli
