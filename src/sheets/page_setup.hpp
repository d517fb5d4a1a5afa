// Print setup for StatForm's sheets: A4 with the administrative margins,
// fitted to one page wide, through a named page style ("StatForm A4" or
// "StatForm A4 landscape") so the user can change it in one place.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace statform::sheets {

enum class PageLayout { PortraitFitWidth, LandscapeFitWidth };

void apply_page_style(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      PageLayout layout);

} // namespace statform::sheets
