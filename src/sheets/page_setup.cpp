#include "sheets/page_setup.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

namespace statform::sheets {

void apply_page_style(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      PageLayout layout) {
    const bool landscape = layout == PageLayout::LandscapeFitWidth;
    const rtl::OUString name =
        landscape ? rtl::OUString("StatForm A4 landscape") : rtl::OUString("StatForm A4");
    css::uno::Reference<css::style::XStyleFamiliesSupplier> families(document,
                                                                     css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameContainer> page_styles(
        families->getStyleFamilies()->getByName("PageStyles"), css::uno::UNO_QUERY_THROW);
    if (!page_styles->hasByName(name)) {
        css::uno::Reference<css::lang::XMultiServiceFactory> factory(document,
                                                                     css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::beans::XPropertySet> style(
            factory->createInstance("com.sun.star.style.PageStyle"), css::uno::UNO_QUERY_THROW);
        page_styles->insertByName(name, css::uno::Any(style));
        // Nghị định 30/2020: A4; margins left 30, right 15, top and bottom 20 mm.
        style->setPropertyValue("Width", css::uno::Any(sal_Int32(landscape ? 29700 : 21000)));
        style->setPropertyValue("Height", css::uno::Any(sal_Int32(landscape ? 21000 : 29700)));
        style->setPropertyValue("IsLandscape", css::uno::Any(landscape));
        style->setPropertyValue("LeftMargin", css::uno::Any(sal_Int32(3000)));
        style->setPropertyValue("RightMargin", css::uno::Any(sal_Int32(1500)));
        style->setPropertyValue("TopMargin", css::uno::Any(sal_Int32(2000)));
        style->setPropertyValue("BottomMargin", css::uno::Any(sal_Int32(2000)));
        style->setPropertyValue("ScaleToPagesX", css::uno::Any(sal_Int16(1)));
        style->setPropertyValue("ScaleToPagesY", css::uno::Any(sal_Int16(0)));
        style->setPropertyValue("CenterHorizontally", css::uno::Any(true));
    }
    css::uno::Reference<css::beans::XPropertySet>(sheet, css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("PageStyle", css::uno::Any(name));
}

} // namespace statform::sheets
