#include "uno/form_writer.hpp"

#include "sheets/cell_styles.hpp"
#include "sheets/sheet_ranges.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <map>

namespace statform::uno {
namespace {

css::uno::Reference<css::table::XCellRange>
sheet_range(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
            const core::LayoutRange& r) {
    return sheet->getCellRangeByPosition(
        static_cast<sal_Int32>(r.first_col), static_cast<sal_Int32>(r.first_row),
        static_cast<sal_Int32>(r.last_col), static_cast<sal_Int32>(r.last_row));
}

core::LayoutRange block_range(const core::FormLayout& layout) {
    return {layout.origin_row, layout.origin_col, layout.origin_row + layout.rows - 1,
            layout.origin_col + core::FormColumnCount - 1};
}

core::LayoutRange single_cell(const core::FormLayout& layout, std::size_t block_row,
                              std::size_t col) {
    const std::size_t row = layout.origin_row + block_row, column = layout.origin_col + col;
    return {row, column, row, column};
}

// Texts cell by cell, not with setDataArray: LibreOffice 7.4's undo of
// setDataArray restores only the cells that had content before, so texts
// written into empty cells would survive Ctrl+Z. The form has a few hundred
// texts and this runs inside the office, so it costs a few milliseconds.
// setString writes text literally: a unit name like "=HYPERLINK(…)" stays text.
void write_texts(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const core::FormLayout& layout) {
    for (std::size_t r = 0; r < layout.rows; ++r)
        for (std::size_t c = 0; c < core::FormColumnCount; ++c)
            if (const auto& text = layout.at(r, c).text; !text.empty())
                css::uno::Reference<css::text::XTextRange>(
                    sheet->getCellByPosition(static_cast<sal_Int32>(layout.origin_col + c),
                                             static_cast<sal_Int32>(layout.origin_row + r)),
                    css::uno::UNO_QUERY_THROW)
                    ->setString(to_ou(text));
}

void write_formulas(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const core::FormLayout& layout) {
    for (std::size_t r = 0; r < layout.rows; ++r)
        for (std::size_t c = 0; c < core::FormColumnCount; ++c)
            if (const auto& formula = layout.at(r, c).formula; !formula.empty())
                sheet
                    ->getCellByPosition(static_cast<sal_Int32>(layout.origin_col + c),
                                        static_cast<sal_Int32>(layout.origin_row + r))
                    ->setFormula(to_ou(formula));
}

// One CellStyle call per role, over all the cells that have it.
void apply_styles(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  sal_Int16 sheet, const core::FormLayout& layout) {
    std::map<std::string, std::vector<core::LayoutRange>> cells_by_style;
    for (std::size_t r = 0; r < layout.rows; ++r)
        for (std::size_t c = 0; c < core::FormColumnCount; ++c)
            cells_by_style[sheets::style_for(layout.at(r, c).role)].push_back(
                single_cell(layout, r, c));
    for (const auto& [style, cells] : cells_by_style)
        css::uno::Reference<css::beans::XPropertySet>(
            sheets::range_collection(document, sheet, cells), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("CellStyle", css::uno::Any(to_ou(style)));
}

void merge_cells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const core::FormLayout& layout) {
    for (const auto& range : layout.merges)
        css::uno::Reference<css::util::XMergeable>(sheet_range(sheet, range),
                                                   css::uno::UNO_QUERY_THROW)
            ->merge(true);
}

void size_columns_and_rows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                           const core::FormLayout& layout) {
    css::uno::Reference<css::table::XColumnRowRange> block(sheet_range(sheet, block_range(layout)),
                                                           css::uno::UNO_QUERY_THROW);
    const auto columns = block->getColumns();
    for (std::size_t c = 0; c < layout.column_widths.size(); ++c)
        css::uno::Reference<css::beans::XPropertySet>(
            columns->getByIndex(static_cast<sal_Int32>(c)), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("Width",
                               css::uno::Any(static_cast<sal_Int32>(layout.column_widths[c])));
    // Wrapped labels need their rows as high as the text.
    css::uno::Reference<css::beans::XPropertySet>(block->getRows(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", css::uno::Any(true));
    // Merged cells are not measured by OptimalHeight: their rows get a height.
    const auto rows =
        css::uno::Reference<css::table::XColumnRowRange>(sheet, css::uno::UNO_QUERY_THROW)
            ->getRows();
    for (const auto& [row, height] : layout.fixed_row_heights)
        css::uno::Reference<css::beans::XPropertySet>(rows->getByIndex(static_cast<sal_Int32>(row)),
                                                      css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("Height", css::uno::Any(static_cast<sal_Int32>(height)));
}

// What an input cell holds, for its help and error texts.
enum class InputKind { Count, People, Money };

InputKind input_kind(const core::UnitType* unit, std::size_t column) {
    if (unit && unit->kind == core::QuantityKind::Money)
        return InputKind::Money;
    return column == core::PeopleColumn ? InputKind::People : InputKind::Count;
}

void set_validity(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  sal_Int16 sheet, const std::vector<core::LayoutRange>& cells, InputKind kind,
                  const ExtensionContext& ui) {
    const std::string key = kind == InputKind::Money    ? "validity.money"
                            : kind == InputKind::People ? "validity.people"
                                                        : "validity.count";
    css::uno::Reference<css::beans::XPropertySet> ranges(
        sheets::range_collection(document, sheet, cells), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> validation(ranges->getPropertyValue("Validation"),
                                                             css::uno::UNO_QUERY_THROW);
    validation->setPropertyValue("Type", css::uno::Any(css::sheet::ValidationType_WHOLE));
    // The condition is not a property: TableValidation sets it through XSheetCondition.
    css::uno::Reference<css::sheet::XSheetCondition> condition(validation,
                                                               css::uno::UNO_QUERY_THROW);
    condition->setOperator(css::sheet::ConditionOperator_GREATER_EQUAL);
    condition->setFormula1("0");
    validation->setPropertyValue("IgnoreBlankCells", css::uno::Any(true)); // empty = not reported
    validation->setPropertyValue("ShowInputMessage", css::uno::Any(true));
    validation->setPropertyValue("InputTitle", css::uno::Any(to_ou(ui.text(key + ".title"))));
    validation->setPropertyValue("InputMessage", css::uno::Any(to_ou(ui.text(key + ".help"))));
    validation->setPropertyValue("ShowErrorMessage", css::uno::Any(true));
    validation->setPropertyValue("ErrorTitle",
                                 css::uno::Any(to_ou(ui.text("validity.error.title"))));
    validation->setPropertyValue("ErrorMessage", css::uno::Any(to_ou(ui.text(key + ".error"))));
    validation->setPropertyValue("ErrorAlertStyle",
                                 css::uno::Any(css::sheet::ValidationAlertStyle_STOP));
    ranges->setPropertyValue("Validation", css::uno::Any(validation));
}

void apply_validity(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    sal_Int16 sheet, const core::FormLayout& layout, const core::Edition& edition,
                    const core::UnitTypeCatalog& unit_types, const ExtensionContext& ui) {
    std::map<InputKind, std::vector<core::LayoutRange>> inputs;
    for (const auto& placement : layout.placements) {
        const auto* unit = unit_types.find_by_id(edition.rows[placement.template_row].unit_type_id);
        const std::size_t block_row = placement.sheet_row - layout.origin_row;
        if (placement.count_input)
            inputs[input_kind(unit, core::CountColumn)].push_back(
                single_cell(layout, block_row, core::CountColumn));
        if (placement.people_input)
            inputs[input_kind(unit, core::PeopleColumn)].push_back(
                single_cell(layout, block_row, core::PeopleColumn));
    }
    for (const auto& [kind, cells] : inputs)
        set_validity(document, sheet, cells, kind, ui);
}

} // namespace

void write_form(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                const core::FormLayout& layout, const core::Edition& edition,
                const core::UnitTypeCatalog& unit_types, const ExtensionContext& ui) {
    const sal_Int16 index = sheets::sheet_index(sheet);
    sheets::ensure_cell_styles(document);
    write_texts(sheet, layout);
    write_formulas(sheet, layout);
    apply_styles(document, index, layout);
    merge_cells(sheet, layout);
    apply_validity(document, index, layout, edition, unit_types, ui);
    size_columns_and_rows(sheet, layout);
}

} // namespace statform::uno
