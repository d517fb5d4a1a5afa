#include "sheets/sheet_ranges.hpp"

#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>

namespace statform::sheets {

css::table::CellRangeAddress range_address(sal_Int16 sheet_index, const core::LayoutRange& range) {
    return css::table::CellRangeAddress(sheet_index, static_cast<sal_Int32>(range.first_col),
                                        static_cast<sal_Int32>(range.first_row),
                                        static_cast<sal_Int32>(range.last_col),
                                        static_cast<sal_Int32>(range.last_row));
}

css::uno::Reference<css::sheet::XSheetCellRangeContainer>
range_collection(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 sal_Int16 sheet_index, const std::vector<core::LayoutRange>& ranges) {
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(document,
                                                                 css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSheetCellRangeContainer> container(
        factory->createInstance("com.sun.star.sheet.SheetCellRanges"), css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::table::CellRangeAddress> addresses(
        static_cast<sal_Int32>(ranges.size()));
    for (std::size_t i = 0; i < ranges.size(); ++i)
        addresses.getArray()[i] = range_address(sheet_index, ranges[i]);
    container->addRangeAddresses(addresses, false);
    return container;
}

sal_Int16 sheet_index(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    css::uno::Reference<css::sheet::XCellRangeAddressable> addressable(sheet,
                                                                       css::uno::UNO_QUERY_THROW);
    return addressable->getRangeAddress().Sheet;
}

} // namespace statform::sheets
