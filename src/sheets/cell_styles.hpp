// StatForm's named cell styles. Formatting goes through styles, never hard
// formatting, so users can restyle the form and Validate can find (and
// remove) exactly its own marks.
#pragma once

#include "core/templates/form_layout.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace statform::sheets {

// Creates the styles the form and the validation marks use, if the document
// does not have them yet. Existing styles (perhaps changed by the user) are kept.
void ensure_cell_styles(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// The style a form cell of this role gets ("StatForm Input", …).
std::string style_for(core::CellRole role);

} // namespace statform::sheets
