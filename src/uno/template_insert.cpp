#include "uno/template_insert.hpp"

#include "core/templates/form_layout.hpp"
#include "sheets/page_setup.hpp"
#include "sheets/sheet_ranges.hpp"
#include "uno/document_change.hpp"
#include "uno/document_properties.hpp"
#include "uno/form_writer.hpp"
#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace statform::uno {
namespace {

struct Target {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    std::string sheet_name;
    std::size_t row = 0, col = 0;
    bool new_sheet = false;
};

std::string unused_sheet_name(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& wanted) {
    const auto sheets = document->getSheets();
    std::string name = wanted;
    for (int n = 2; sheets->hasByName(to_ou(name)); ++n)
        name = wanted + " (" + std::to_string(n) + ")";
    return name;
}

css::uno::Reference<css::sheet::XSpreadsheetView>
view_of(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::uno::Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY);
    return {model.is() ? model->getCurrentController() : nullptr, css::uno::UNO_QUERY};
}

Target choose_target(ExtensionContext& extension,
                     const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const InsertChoice& choice, const core::Edition& edition) {
    Target target;
    if (choice.at_cursor) {
        const auto view = view_of(document);
        css::uno::Reference<css::view::XSelectionSupplier> selection(view, css::uno::UNO_QUERY);
        css::uno::Reference<css::sheet::XCellRangeAddressable> selected(
            selection.is() ? selection->getSelection() : css::uno::Any(), css::uno::UNO_QUERY);
        if (view.is() && selected.is()) {
            const auto address = selected->getRangeAddress();
            target.sheet = view->getActiveSheet();
            target.row = static_cast<std::size_t>(address.StartRow);
            target.col = static_cast<std::size_t>(address.StartColumn);
        } else { // no view (a document loaded without one): the first sheet's A1
            css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                                     css::uno::UNO_QUERY_THROW);
            target.sheet.set(sheets->getByIndex(0), css::uno::UNO_QUERY_THROW);
        }
        css::uno::Reference<css::container::XNamed> named(target.sheet, css::uno::UNO_QUERY_THROW);
        target.sheet_name = to_utf8(named->getName());
        if (css::uno::Reference<css::util::XProtectable>(target.sheet, css::uno::UNO_QUERY_THROW)
                ->isProtected())
            throw css::lang::IllegalArgumentException(
                to_ou(extension.text("insert.sheet-protected", {{"sheet", target.sheet_name}})),
                nullptr, 0);
        return target;
    }
    const std::string wanted =
        choice.sheet_name.empty()
            ? extension.text("insert.sheet-name", {{"year", std::to_string(edition.year)}})
            : choice.sheet_name;
    target.sheet_name = unused_sheet_name(document, wanted);
    const auto sheets = document->getSheets();
    css::uno::Reference<css::container::XIndexAccess> indexed(sheets, css::uno::UNO_QUERY_THROW);
    sheets->insertNewByName(to_ou(target.sheet_name), static_cast<sal_Int16>(indexed->getCount()));
    target.sheet.set(sheets->getByName(to_ou(target.sheet_name)), css::uno::UNO_QUERY_THROW);
    target.new_sheet = true;
    return target;
}

// Inserting at the cursor never overwrites what the user typed there.
void refuse_to_overwrite(ExtensionContext& extension, const Target& target,
                         const core::FormLayout& layout) {
    const auto last_row = layout.origin_row + layout.rows - 1,
               last_col = layout.origin_col + core::FormColumnCount - 1;
    css::uno::Reference<css::sheet::XCellRangesQuery> block(
        target.sheet->getCellRangeByPosition(
            static_cast<sal_Int32>(layout.origin_col), static_cast<sal_Int32>(layout.origin_row),
            static_cast<sal_Int32>(last_col), static_cast<sal_Int32>(last_row)),
        css::uno::UNO_QUERY_THROW);
    const sal_Int16 any_content = css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                                  css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA;
    css::uno::Reference<css::container::XIndexAccess> filled(block->queryContentCells(any_content),
                                                             css::uno::UNO_QUERY_THROW);
    if (filled->getCount() > 0)
        throw css::lang::IllegalArgumentException(
            to_ou(extension.text("insert.area-not-empty",
                                 {{"range", core::cell_name(layout.origin_row, layout.origin_col) +
                                                ":" + core::cell_name(last_row, last_col)},
                                  {"sheet", target.sheet_name}})),
            nullptr, 0);
}

// A4 portrait, administrative margins, fit to one page wide.
void set_up_printing(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const Target& target, const core::FormLayout& layout) {
    const sal_Int16 index = sheets::sheet_index(target.sheet);
    css::uno::Reference<css::sheet::XPrintAreas> print(target.sheet, css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::table::CellRangeAddress> area(1);
    area.getArray()[0] = sheets::range_address(
        index, {layout.origin_row, layout.origin_col, layout.origin_row + layout.rows - 1,
                layout.origin_col + core::FormColumnCount - 1});
    print->setPrintAreas(area);
    print->setTitleRows(sheets::range_address(index, layout.header));
    print->setPrintTitleRows(true);
    if (!target.new_sheet)
        return; // the page style of the user's own sheet is theirs
    sheets::apply_page_style(document, target.sheet, sheets::PageLayout::PortraitFitWidth);
}

// A sheet-local name over the table records the edition; document properties
// record the unit. Both survive .ods, .xlsx and .xls.
void record_edition(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    const Target& target, const core::FormLayout& layout,
                    const core::Edition& edition, const InsertChoice& choice) {
    css::uno::Reference<css::sheet::XNamedRanges> names(
        css::uno::Reference<css::beans::XPropertySet>(target.sheet, css::uno::UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        css::uno::UNO_QUERY_THROW);
    std::string name = edition_range_name(edition.id);
    for (int n = 2; names->hasByName(to_ou(name)); ++n)
        name = edition_range_name(edition.id) + "_" + std::to_string(n);
    std::string quoted_sheet = target.sheet_name;
    for (std::size_t at = quoted_sheet.find('\''); at != std::string::npos;
         at = quoted_sheet.find('\'', at + 2))
        quoted_sheet.insert(at, "'");
    const auto& t = layout.table;
    auto absolute_cell = [](std::size_t row, std::size_t col) {
        const std::string cell = core::cell_name(row, col); // "A9" -> "$A$9"
        const std::size_t digits = cell.find_first_of("0123456789");
        return "$" + cell.substr(0, digits) + "$" + cell.substr(digits);
    };
    const std::string reference = "$'" + quoted_sheet + "'." +
                                  absolute_cell(t.first_row, t.first_col) + ":" +
                                  absolute_cell(t.last_row, t.last_col);
    names->addNewByName(to_ou(name), to_ou(reference),
                        css::table::CellAddress(sheets::sheet_index(target.sheet), 0, 0), 0);

    set_document_property(document, "StatFormEdition", edition.id);
    set_document_property(document, "StatFormUnit", choice.unit_name);
    set_document_property(document, "StatFormLevel", choice.level);
}

// Shows the new table: its sheet, its first input cell.
void show_table(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const Target& target, const core::FormLayout& layout) {
    const auto view = view_of(document);
    if (!view.is())
        return;
    view->setActiveSheet(target.sheet);
    for (const auto& placement : layout.placements)
        if (placement.count_input || placement.people_input) {
            const auto col = layout.origin_col +
                             (placement.count_input ? core::CountColumn : core::PeopleColumn);
            css::uno::Reference<css::view::XSelectionSupplier>(view, css::uno::UNO_QUERY_THROW)
                ->select(css::uno::Any(target.sheet->getCellByPosition(
                    static_cast<sal_Int32>(col), static_cast<sal_Int32>(placement.sheet_row))));
            return;
        }
}

} // namespace

std::string edition_range_name(const std::string& edition_id) {
    std::string name = "StatForm_" + edition_id;
    for (char& c : name)
        if (c == '-')
            c = '_';
    return name;
}

InsertChoice
insert_choice_from(const std::function<std::optional<std::string>(const char*)>& text_argument,
                   const std::function<std::optional<bool>(const char*)>& flag_argument) {
    InsertChoice choice;
    choice.template_id = text_argument("TemplateId").value_or("");
    choice.unit_name = text_argument("UnitName").value_or("");
    choice.level = text_argument("Level").value_or("");
    choice.place = text_argument("Place").value_or("");
    choice.sheet_name = text_argument("SheetName").value_or("");
    const std::string target = text_argument("Target").value_or("new-sheet");
    if (target != "new-sheet" && target != "cursor")
        throw css::lang::IllegalArgumentException(
            "Target must be \"new-sheet\" or \"cursor\", not \"" + to_ou(target) + "\"", nullptr,
            0);
    choice.at_cursor = target == "cursor";
    choice.protect = flag_argument("Protect");
    return choice;
}

org::statform::InsertResult
insert_template(ExtensionContext& extension,
                const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const InsertChoice& choice) {
    if (!document.is())
        throw css::lang::IllegalArgumentException(to_ou(extension.text("error.not-calc")), nullptr,
                                                  0);
    const auto& catalog = extension.templates();
    const core::Edition* edition =
        choice.template_id.empty() ? catalog.newest() : catalog.find(choice.template_id);
    if (!edition) {
        std::string known;
        for (const auto& e : catalog.editions())
            known += (known.empty() ? "" : ", ") + e.id;
        throw css::lang::IllegalArgumentException(
            to_ou(extension.text("insert.unknown-template",
                                 {{"id", choice.template_id}, {"known", known}})),
            nullptr, 1);
    }
    log()->info("inserting {} (unit '{}', {})", edition->id, choice.unit_name,
                choice.at_cursor ? "at cursor" : "new sheet");

    Target target;
    core::FormLayout layout;
    {
        DocumentChange change(document, extension.text("insert.undo-title"));
        target = choose_target(extension, document, choice, *edition);
        layout = core::build_form_layout(*edition, catalog.unit_types(),
                                         {choice.unit_name, choice.place, target.row, target.col});
        if (!target.new_sheet)
            refuse_to_overwrite(extension, target, layout);
        write_form(document, target.sheet, layout, *edition, catalog.unit_types(), extension);
        set_up_printing(document, target, layout);
        record_edition(document, target, layout, *edition, choice);
        if (choice.protect.value_or(target.new_sheet))
            css::uno::Reference<css::util::XProtectable>(target.sheet, css::uno::UNO_QUERY_THROW)
                ->protect("");
    }
    // Moving the view is not part of the change: selecting a cell while the
    // undo context is open broke LibreOffice 7.4's undo of the texts.
    show_table(document, target, layout);

    org::statform::InsertResult result;
    result.SheetName = to_ou(target.sheet_name);
    result.TemplateId = to_ou(edition->id);
    const core::LayoutRange block{layout.origin_row, layout.origin_col,
                                  layout.origin_row + layout.rows - 1,
                                  layout.origin_col + core::FormColumnCount - 1};
    result.RangeAddress = to_ou(core::cell_name(block.first_row, block.first_col) + ":" +
                                core::cell_name(block.last_row, block.last_col));
    return result;
}

} // namespace statform::uno
