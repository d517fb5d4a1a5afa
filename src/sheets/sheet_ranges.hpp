// Small helpers for addressing cells and ranges of a sheet through the API.
#pragma once

#include "core/templates/form_layout.hpp"

#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <vector>

namespace statform::sheets {

css::table::CellRangeAddress range_address(sal_Int16 sheet_index, const core::LayoutRange& range);

// One object for many (possibly scattered) ranges, so a property is set on
// all of them in one call.
css::uno::Reference<css::sheet::XSheetCellRangeContainer>
range_collection(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 sal_Int16 sheet_index, const std::vector<core::LayoutRange>& ranges);

// The index of a sheet in its document.
sal_Int16 sheet_index(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

} // namespace statform::sheets
