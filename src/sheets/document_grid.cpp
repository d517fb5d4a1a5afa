#include "sheets/document_grid.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <algorithm>

namespace statform::sheets {
namespace {

std::string utf8(const rtl::OUString& text) {
    const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

core::Cell cell_from(const css::uno::Any& value) {
    double number = 0;
    if (value >>= number)
        return core::Cell::of_number(number);
    rtl::OUString text;
    if ((value >>= text) && !text.isEmpty())
        return core::Cell::of_text(utf8(text));
    return core::Cell::empty();
}

// getDataArray gives no value for a formula that ended in an error: find
// those cells with one query and record the error as the office shows it.
void mark_formula_errors(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                         core::Grid& grid) {
    css::uno::Reference<css::sheet::XCellRangesQuery> query(sheet, css::uno::UNO_QUERY_THROW);
    const auto errors = query->queryFormulaCells(css::sheet::FormulaResult::ERROR);
    for (const auto& range : errors->getRangeAddresses())
        for (sal_Int32 row = range.StartRow; row <= range.EndRow; ++row)
            for (sal_Int32 col = range.StartColumn; col <= range.EndColumn; ++col) {
                const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(col);
                if (r < grid.origin_row || c < grid.origin_col)
                    continue;
                css::uno::Reference<css::text::XTextRange> shown(sheet->getCellByPosition(col, row),
                                                                 css::uno::UNO_QUERY_THROW);
                grid.set(r - grid.origin_row, c - grid.origin_col,
                         core::Cell::of_error(utf8(shown->getString())));
            }
}

bool has_merged_area(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                     sal_Int32 first_col, sal_Int32 first_row, sal_Int32 last_col,
                     sal_Int32 last_row) {
    return css::uno::Reference<css::util::XMergeable>(
               sheet->getCellRangeByPosition(first_col, first_row, last_col, last_row),
               css::uno::UNO_QUERY_THROW)
        ->getIsMerged();
}

// Merged areas of the used area, in grid coordinates and cut to it, as the
// disk readers give them (the locator finds headers by them). A range
// answers getIsMerged() when any merged area starts inside it, so the rows
// are halved until the few that hold one are found (a sheet of 60,000 rows
// costs a few dozen calls, not 60,000), and only those are read cell by cell.
void read_merged_areas(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                       const css::table::CellRangeAddress& area, sal_Int32 first_row,
                       sal_Int32 last_row, core::Grid& grid) {
    if (!has_merged_area(sheet, area.StartColumn, first_row, area.EndColumn, last_row))
        return;
    if (first_row < last_row) {
        const sal_Int32 middle = first_row + (last_row - first_row) / 2;
        read_merged_areas(sheet, area, first_row, middle, grid);
        read_merged_areas(sheet, area, middle + 1, last_row, grid);
        return;
    }
    auto grid_row = [&](sal_Int32 r) {
        return static_cast<std::size_t>(std::clamp(r, area.StartRow, area.EndRow) - area.StartRow);
    };
    auto grid_col = [&](sal_Int32 c) {
        return static_cast<std::size_t>(std::clamp(c, area.StartColumn, area.EndColumn) -
                                        area.StartColumn);
    };
    for (sal_Int32 col = area.StartColumn; col <= area.EndColumn; ++col) {
        if (!has_merged_area(sheet, col, first_row, col, first_row))
            continue;
        const auto cursor =
            sheet->createCursorByRange(css::uno::Reference<css::sheet::XSheetCellRange>(
                sheet->getCellRangeByPosition(col, first_row, col, first_row),
                css::uno::UNO_QUERY_THROW));
        cursor->collapseToMergedArea();
        const auto merged = css::uno::Reference<css::sheet::XCellRangeAddressable>(
                                cursor, css::uno::UNO_QUERY_THROW)
                                ->getRangeAddress();
        grid.merged.push_back({grid_row(merged.StartRow), grid_col(merged.StartColumn),
                               grid_row(merged.EndRow), grid_col(merged.EndColumn)});
    }
}

} // namespace

core::Sheet read_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    core::Sheet result;
    result.name = utf8(
        css::uno::Reference<css::container::XNamed>(sheet, css::uno::UNO_QUERY_THROW)->getName());
    const auto cursor = sheet->createCursor();
    css::uno::Reference<css::sheet::XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)
        ->gotoStartOfUsedArea(false);
    css::uno::Reference<css::sheet::XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(true);
    const auto area =
        css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    core::Grid grid(static_cast<std::size_t>(area.EndRow - area.StartRow + 1),
                    static_cast<std::size_t>(area.EndColumn - area.StartColumn + 1));
    grid.origin_row = static_cast<std::size_t>(area.StartRow);
    grid.origin_col = static_cast<std::size_t>(area.StartColumn);
    const auto data =
        css::uno::Reference<css::sheet::XCellRangeData>(cursor, css::uno::UNO_QUERY_THROW)
            ->getDataArray();
    for (sal_Int32 r = 0; r < data.getLength(); ++r)
        for (sal_Int32 c = 0; c < data[r].getLength(); ++c)
            grid.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c)) =
                cell_from(data[r][c]);
    mark_formula_errors(sheet, grid);
    read_merged_areas(sheet, area, area.StartRow, area.EndRow, grid);
    result.grid = std::move(grid);
    css::uno::Reference<css::container::XNameAccess> local_names(
        css::uno::Reference<css::beans::XPropertySet>(sheet, css::uno::UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        css::uno::UNO_QUERY);
    if (local_names.is())
        for (const auto& name : local_names->getElementNames())
            result.local_names.push_back(utf8(name));
    return result;
}

core::Workbook read_document(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                             const std::string& source) {
    core::Workbook workbook;
    workbook.source = source;
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        workbook.sheets.push_back(read_sheet(css::uno::Reference<css::sheet::XSpreadsheet>(
            sheets->getByIndex(i), css::uno::UNO_QUERY_THROW)));
    return workbook;
}

} // namespace statform::sheets
