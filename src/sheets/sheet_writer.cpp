#include "sheets/sheet_writer.hpp"

#include "sheets/cell_styles.hpp"
#include "sheets/page_setup.hpp"
#include "sheets/sheet_ranges.hpp"

#include "core/summary/summary_sheets.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <algorithm>
#include <map>

namespace statform::sheets {
namespace {

rtl::OUString ou(const std::string& text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

css::uno::Reference<css::table::XCellRange>
range(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::LayoutRange& r) {
    return sheet->getCellRangeByPosition(
        static_cast<sal_Int32>(r.first_col), static_cast<sal_Int32>(r.first_row),
        static_cast<sal_Int32>(r.last_col), static_cast<sal_Int32>(r.last_row));
}

void write_values(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                  const core::SheetContent& content) {
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(
        static_cast<sal_Int32>(content.rows()));
    for (std::size_t r = 0; r < content.rows(); ++r) {
        css::uno::Sequence<css::uno::Any> row(static_cast<sal_Int32>(content.cols));
        auto* out = row.getArray();
        for (std::size_t c = 0; c < content.cols; ++c) {
            out[c] <<= rtl::OUString();
            if (c >= content.cells[r].size())
                continue;
            const auto& cell = content.cells[r][c];
            if (cell.number)
                out[c] <<= *cell.number;
            else if (!cell.text.empty())
                out[c] <<= ou(core::shortened(cell.text));
        }
        data.getArray()[r] = row;
    }
    css::uno::Reference<css::sheet::XCellRangeData>(
        range(sheet, {0, 0, content.rows() - 1, content.cols - 1}), css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
}

const std::string& formula_at(const core::SheetContent& content, std::size_t row, std::size_t col) {
    static const std::string none;
    return col < content.cells[row].size() ? content.cells[row][col].formula : none;
}

// Formulas go in bulk too: each unbroken run of formula cells down a column
// (the summary's totals, the breakdown's sums) is one setFormulaArray call.
void write_formulas(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const core::SheetContent& content) {
    for (std::size_t c = 0; c < content.cols; ++c)
        for (std::size_t first = 0; first < content.rows();) {
            if (formula_at(content, first, c).empty()) {
                ++first;
                continue;
            }
            std::size_t last = first;
            while (last + 1 < content.rows() && !formula_at(content, last + 1, c).empty())
                ++last;
            css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas(
                static_cast<sal_Int32>(last - first + 1));
            for (std::size_t r = first; r <= last; ++r) {
                css::uno::Sequence<rtl::OUString> one(1);
                one.getArray()[0] = ou(formula_at(content, r, c));
                formulas.getArray()[r - first] = one;
            }
            css::uno::Reference<css::sheet::XCellRangeFormula>(range(sheet, {first, c, last, c}),
                                                               css::uno::UNO_QUERY_THROW)
                ->setFormulaArray(formulas);
            first = last + 1;
        }
}

// One style call per role would be enough in principle, but Calc checks a
// selection of many scattered ranges by joining them into a range list one
// by one, each against all before it: the breakdown's values (one pattern of
// filled and blank cells per unit) made that grow with the square of the
// number of units (N = 2000: 1.8 s). So each role's cells go as runs down a
// column, column by column, at most this many runs a call.
constexpr std::size_t runs_per_style_call = 256;

void apply_styles(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  sal_Int16 index, const core::SheetContent& content) {
    std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> cells_by_style;
    for (std::size_t r = 0; r < content.rows(); ++r)
        for (std::size_t c = 0; c < content.cells[r].size(); ++c)
            if (content.cells[r][c].role != core::CellRole::Blank)
                cells_by_style[style_for(content.cells[r][c].role)].emplace_back(c, r);
    for (auto& [style, cells] : cells_by_style) {
        std::sort(cells.begin(), cells.end());
        std::vector<core::LayoutRange> runs;
        for (const auto& [col, row] : cells)
            if (!runs.empty() && runs.back().first_col == col && runs.back().last_row + 1 == row)
                runs.back().last_row = row;
            else
                runs.push_back({row, col, row, col});
        for (std::size_t first = 0; first < runs.size(); first += runs_per_style_call) {
            const std::vector<core::LayoutRange> some(
                runs.begin() + static_cast<std::ptrdiff_t>(first),
                runs.begin() + static_cast<std::ptrdiff_t>(
                                   std::min(runs.size(), first + runs_per_style_call)));
            css::uno::Reference<css::beans::XPropertySet>(range_collection(document, index, some),
                                                          css::uno::UNO_QUERY_THROW)
                ->setPropertyValue("CellStyle", css::uno::Any(ou(style)));
        }
    }
}

void size(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
          const core::SheetContent& content) {
    css::uno::Reference<css::table::XColumnRowRange> all(sheet, css::uno::UNO_QUERY_THROW);
    const auto columns = all->getColumns();
    for (std::size_t c = 0; c < content.column_widths.size(); ++c)
        if (content.column_widths[c] > 0)
            css::uno::Reference<css::beans::XPropertySet>(
                columns->getByIndex(static_cast<sal_Int32>(c)), css::uno::UNO_QUERY_THROW)
                ->setPropertyValue("Width",
                                   css::uno::Any(static_cast<sal_Int32>(content.column_widths[c])));
    css::uno::Reference<css::table::XColumnRowRange> used(
        range(sheet, {0, 0, content.rows() - 1, content.cols - 1}), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet>(used->getRows(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", css::uno::Any(true));
    const auto rows = all->getRows();
    for (const auto& [row, height] : content.fixed_row_heights)
        css::uno::Reference<css::beans::XPropertySet>(rows->getByIndex(static_cast<sal_Int32>(row)),
                                                      css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("Height", css::uno::Any(static_cast<sal_Int32>(height)));
}

// Calc fits a row's height to its cells after every change that touches the
// row (setDataArray, a style, each merge), and fitting a row measures the
// text of every cell in it. The breakdown's header row has two cells per
// unit and one merge per unit, so fitting it after each merge made writing
// grow with the square of the number of units (N = 500: 40 s of 43 s in the
// merges). While this is held the office fits no row; size() fits every row
// once, afterwards, to the same heights.
class RowHeightsHeld {
  public:
    explicit RowHeightsHeld(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
        : properties_(document, css::uno::UNO_QUERY) {
        if (!properties_.is())
            return;
        bool enabled = false;
        properties_->getPropertyValue("IsAdjustHeightEnabled") >>= enabled;
        if (!enabled) {
            properties_.clear(); // held by someone else: theirs to release
            return;
        }
        properties_->setPropertyValue("IsAdjustHeightEnabled", css::uno::Any(false));
    }
    ~RowHeightsHeld() {
        try {
            if (properties_.is())
                properties_->setPropertyValue("IsAdjustHeightEnabled", css::uno::Any(true));
        } catch (const css::uno::Exception&) {
            // The document went away meanwhile: nothing left to release.
        }
    }
    RowHeightsHeld(const RowHeightsHeld&) = delete;
    RowHeightsHeld& operator=(const RowHeightsHeld&) = delete;

  private:
    css::uno::Reference<css::beans::XPropertySet> properties_;
};

// Automatic recalculation off while the sheets are written (each formula
// written would otherwise be calculated at once), then on again as it was,
// with one recalculation of everything written.
class AutomaticCalculationHeld {
  public:
    explicit AutomaticCalculationHeld(
        const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
        : calculatable_(document, css::uno::UNO_QUERY) {
        if (!calculatable_.is() || !calculatable_->isAutomaticCalculationEnabled()) {
            calculatable_.clear(); // already off: whoever turned it off turns it on
            return;
        }
        calculatable_->enableAutomaticCalculation(false);
    }
    ~AutomaticCalculationHeld() {
        try {
            if (calculatable_.is()) {
                calculatable_->enableAutomaticCalculation(true);
                calculatable_->calculate();
            }
        } catch (const css::uno::Exception&) {
            // The document went away meanwhile: nothing left to calculate.
        }
    }
    AutomaticCalculationHeld(const AutomaticCalculationHeld&) = delete;
    AutomaticCalculationHeld& operator=(const AutomaticCalculationHeld&) = delete;

  private:
    css::uno::Reference<css::sheet::XCalculatable> calculatable_;
};

} // namespace

void write_formula_cells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                         const core::SheetContent& content) {
    write_formulas(sheet, content);
}

void apply_print_setup(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                       const core::SheetContent& content) {
    apply_page_style(document, sheet,
                     content.landscape ? PageLayout::LandscapeFitWidth
                                       : PageLayout::PortraitFitWidth);
    if (content.print_title_rows) {
        css::uno::Reference<css::sheet::XPrintAreas> print(sheet, css::uno::UNO_QUERY_THROW);
        print->setTitleRows(range_address(sheet_index(sheet), *content.print_title_rows));
        print->setPrintTitleRows(true);
    }
}

void write_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const core::SheetContent& content) {
    if (content.rows() == 0 || content.cols == 0)
        return;
    ensure_cell_styles(document);
    {
        const RowHeightsHeld held(document);
        write_values(sheet, content);
        write_formulas(sheet, content);
        apply_styles(document, sheet_index(sheet), content);
        for (const auto& merged : content.merges)
            css::uno::Reference<css::util::XMergeable>(range(sheet, merged),
                                                       css::uno::UNO_QUERY_THROW)
                ->merge(true);
    }
    size(sheet, content);
    apply_print_setup(document, sheet, content);
}

std::vector<std::string>
new_sheet_names(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const std::vector<std::string>& wanted) {
    const auto sheets = document->getSheets();
    std::vector<std::string> names;
    for (const auto& name : wanted) {
        std::string unique = name;
        for (int n = 2; sheets->hasByName(ou(unique)) ||
                        std::find(names.begin(), names.end(), unique) != names.end();
             ++n)
            unique = name + " (" + std::to_string(n) + ")";
        names.push_back(unique);
    }
    return names;
}

css::uno::Reference<css::sheet::XSpreadsheet>
append_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
             const std::string& name) {
    const std::string unique = new_sheet_names(document, {name}).front();
    const auto sheets = document->getSheets();
    css::uno::Reference<css::container::XIndexAccess> indexed(sheets, css::uno::UNO_QUERY_THROW);
    sheets->insertNewByName(ou(unique), static_cast<sal_Int16>(indexed->getCount()));
    return {sheets->getByName(ou(unique)), css::uno::UNO_QUERY_THROW};
}

std::vector<core::SheetContent>
named_as_new_sheets(const std::vector<const core::SheetContent*>& contents,
                    const std::vector<std::string>& names) {
    std::vector<core::SheetContent> renamed;
    renamed.reserve(contents.size());
    for (const auto* content : contents)
        renamed.push_back(*content);
    for (std::size_t i = 0; i < contents.size(); ++i) {
        if (names[i] == contents[i]->name)
            continue;
        renamed[i].name = names[i];
        for (core::SheetContent& each : renamed)
            core::refer_to_renamed_sheet(each, contents[i]->name, names[i]);
    }
    return renamed;
}

std::vector<css::uno::Reference<css::sheet::XSpreadsheet>>
write_new_sheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 const std::vector<const core::SheetContent*>& contents) {
    const AutomaticCalculationHeld calculation(document);
    std::vector<std::string> wanted;
    for (const auto* content : contents)
        wanted.push_back(content->name);
    const auto names = new_sheet_names(document, wanted);
    // A second merge into the same document: "Chi tiết theo đơn vị (2)", and
    // the formulas told so (the contents are copied only then).
    std::vector<core::SheetContent> renamed;
    std::vector<const core::SheetContent*> written(contents.begin(), contents.end());
    if (names != wanted) {
        renamed = named_as_new_sheets(contents, names);
        for (std::size_t i = 0; i < contents.size(); ++i)
            written[i] = &renamed[i];
    }
    std::vector<css::uno::Reference<css::sheet::XSpreadsheet>> sheets;
    for (const auto& name : names)
        sheets.push_back(append_sheet(document, name));
    for (std::size_t i = 0; i < contents.size(); ++i)
        write_sheet(document, sheets[i], *written[i]);
    return sheets;
}

} // namespace statform::sheets
