// Writes a core::FormLayout onto a sheet: texts, formulas,
// merges, named styles, column widths, and Calc's own data validity on every
// input cell so most mistakes are stopped while typing.
#pragma once

#include "core/templates/form_layout.hpp"
#include "uno/extension_context.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace statform::uno {

void write_form(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                const core::FormLayout& layout, const core::Edition& edition,
                const core::UnitTypeCatalog& unit_types, const ExtensionContext& ui);

} // namespace statform::uno
