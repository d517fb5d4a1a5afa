// The narrative report as a Writer document (.odt / .docx), laid out as a
// Vietnamese administrative report (Nghị định 30/2020/NĐ-CP): A4, margins
// top/bottom 20, left 30, right 15 mm, Times New Roman 13–14, heading block
// of two columns, title, justified body with first-line indent, "Nơi nhận:"
// and the signature block. Made through the office, not by hand.
#pragma once

#include "core/narrative/narrative.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace statform::sheets {

// The office's filter for a report file name: .odt or .docx; nothing otherwise.
std::optional<std::string> report_filter_for(const std::filesystem::path& file);

// `narrative` in a new, visible Writer document for the person to read, edit
// and save (.odt or .docx): what "Merge workbooks" offers in Calc.
css::uno::Reference<css::text::XTextDocument>
open_report_document(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                     const core::NarrativeDocument& narrative);

// Writes `narrative` into a new hidden Writer document, saves it as `file`, closes it.
void write_report_document(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                           const core::NarrativeDocument& narrative,
                           const std::filesystem::path& file);

} // namespace statform::sheets
