#include "uno/report_files.hpp"

#include "uno/uno_text.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>

namespace statform::uno {

std::vector<std::string> pick_report_files(ExtensionContext& extension,
                                           const css::uno::Reference<css::frame::XFrame>&) {
    const auto picker = css::ui::dialogs::FilePicker::createWithMode(
        extension.component_context(), css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(to_ou(extension.text("merge.pick-files")));
    picker->setMultiSelectionMode(true);
    css::uno::Reference<css::ui::dialogs::XFilterManager> filters(picker, css::uno::UNO_QUERY);
    if (filters.is()) {
        filters->appendFilter(to_ou(extension.text("merge.filter")), "*.ods;*.xlsx;*.xls");
        filters->setCurrentFilter(to_ou(extension.text("merge.filter")));
    }
    std::vector<std::string> files;
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return files;
    for (const auto& url : picker->getSelectedFiles())
        files.push_back(to_utf8(url));
    return files;
}

css::uno::Reference<css::sheet::XSpreadsheetDocument>
new_result_document(ExtensionContext& extension) {
    css::uno::Reference<css::frame::XComponentLoader> loader(
        css::frame::Desktop::create(extension.component_context()), css::uno::UNO_QUERY_THROW);
    return {loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, {}),
            css::uno::UNO_QUERY_THROW};
}

void remove_first_blank_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    if (sheets->getCount() < 2)
        return;
    css::uno::Reference<css::sheet::XCellRangesQuery> first(sheets->getByIndex(0),
                                                            css::uno::UNO_QUERY_THROW);
    const sal_Int16 anything = css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING |
                               css::sheet::CellFlags::FORMULA;
    if (css::uno::Reference<css::container::XIndexAccess>(first->queryContentCells(anything),
                                                          css::uno::UNO_QUERY_THROW)
            ->getCount() > 0)
        return;
    document->getSheets()->removeByName(
        css::uno::Reference<css::container::XNamed>(first, css::uno::UNO_QUERY_THROW)->getName());
}

} // namespace statform::uno
