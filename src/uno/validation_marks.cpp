#include "uno/validation_marks.hpp"

#include "sheets/cell_styles.hpp"
#include "sheets/sheet_ranges.hpp"
#include "uno/document_properties.hpp"
#include "uno/logging.hpp"
#include "uno/sheet_unlock.hpp"
#include "uno/uno_text.hpp"

#include <boost/json.hpp>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/text/XSimpleText.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace statform::uno {
namespace {

// Our comments start with this; a comment that does not is the user's.
const std::string comment_marker = "StatForm ▸ ";
// Between our text and the user's own comment on the same cell, in comments
// written by earlier builds of StatForm (now a user's comment is never touched).
const std::string comment_separator = "\n— — —\n";
// Document property recording the style each marked cell had before.
constexpr char marks_property[] = "StatFormMarks";

std::string recorded_marks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    return document_property(document, marks_property);
}

void record_marks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const std::string& json) {
    set_document_property(document, marks_property, json);
}

css::uno::Reference<css::sheet::XSpreadsheet>
sheet_named(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
            const std::string& name) {
    const auto sheets = document->getSheets();
    if (!sheets->hasByName(to_ou(name)))
        return {};
    return {sheets->getByName(to_ou(name)), css::uno::UNO_QUERY_THROW};
}

css::uno::Reference<css::beans::XPropertySet>
cell_properties(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                const core::CellRef& cell) {
    return {sheet->getCellByPosition(static_cast<sal_Int32>(cell.col),
                                     static_cast<sal_Int32>(cell.row)),
            css::uno::UNO_QUERY_THROW};
}

css::uno::Reference<css::text::XSimpleText>
comment_of(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::CellRef& cell) {
    css::uno::Reference<css::sheet::XSheetAnnotationAnchor> anchor(
        sheet->getCellByPosition(static_cast<sal_Int32>(cell.col),
                                 static_cast<sal_Int32>(cell.row)),
        css::uno::UNO_QUERY_THROW);
    return {anchor->getAnnotation(), css::uno::UNO_QUERY_THROW};
}

// The cells of the sheet that hold a comment with text, read in one pass
// over the sheet's comments instead of one look-up a marked cell.
std::set<std::pair<std::size_t, std::size_t>>
commented_cells(const css::uno::Reference<css::sheet::XSheetAnnotations>& annotations) {
    std::set<std::pair<std::size_t, std::size_t>> cells;
    css::uno::Reference<css::container::XIndexAccess> all(annotations, css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0, n = all->getCount(); i < n; ++i) {
        css::uno::Reference<css::sheet::XSheetAnnotation> annotation(all->getByIndex(i),
                                                                     css::uno::UNO_QUERY);
        css::uno::Reference<css::text::XSimpleText> text(annotation, css::uno::UNO_QUERY);
        if (!annotation.is() || !text.is() || text->getString().isEmpty())
            continue;
        const css::table::CellAddress at = annotation->getPosition();
        cells.emplace(static_cast<std::size_t>(at.Row), static_cast<std::size_t>(at.Column));
    }
    return cells;
}

// Removes StatForm's comments and nothing else. Removing and inserting
// comments is undoable (editing a comment's text is not). Comments that
// older StatForm versions wrote in front of the user's own get the user's
// text back.
void remove_own_comments(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto annotations =
        css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, css::uno::UNO_QUERY_THROW)
            ->getAnnotations();
    css::uno::Reference<css::container::XIndexAccess> indexed(annotations,
                                                              css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = indexed->getCount() - 1; i >= 0;
         --i) { // backwards: removing keeps lower indexes
        css::uno::Reference<css::sheet::XSheetAnnotation> annotation(indexed->getByIndex(i),
                                                                     css::uno::UNO_QUERY_THROW);
        const std::string content = to_utf8(
            css::uno::Reference<css::text::XSimpleText>(annotation, css::uno::UNO_QUERY_THROW)
                ->getString());
        if (content.rfind(comment_marker, 0) != 0)
            continue;
        const auto position = annotation->getPosition();
        annotations->removeByIndex(i);
        if (const auto at = content.find(comment_separator); at != std::string::npos)
            annotations->insertNew(position, to_ou(content.substr(at + comment_separator.size())));
    }
}

struct CellMark {
    core::Severity severity = core::Severity::Warning;
    std::string text; // the messages of every finding on the cell
};

} // namespace

void clear_validation_marks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    const std::string recorded = recorded_marks(document);
    std::map<std::string, std::vector<std::pair<core::CellRef, std::string>>> by_sheet;
    boost::system::error_code error;
    const auto marks = boost::json::parse(recorded.empty() ? "[]" : recorded, error);
    if (!error && marks.is_array())
        for (const auto& mark : marks.as_array()) {
            if (!mark.is_object())
                continue;
            const auto& m = mark.as_object();
            if (!m.contains("sheet") || !m.contains("row") || !m.contains("col") ||
                !m.contains("style"))
                continue;
            by_sheet[std::string(m.at("sheet").as_string())].push_back(
                {{static_cast<std::size_t>(m.at("row").to_number<double>()),
                  static_cast<std::size_t>(m.at("col").to_number<double>())},
                 std::string(m.at("style").as_string())});
        }
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i),
                                                            css::uno::UNO_QUERY_THROW);
        const std::string name =
            to_utf8(css::uno::Reference<css::container::XNamed>(sheet, css::uno::UNO_QUERY_THROW)
                        ->getName());
        SheetUnlock unlock(sheet);
        if (!unlock.usable())
            continue;
        remove_own_comments(sheet);
        for (const auto& [cell, previous_style] : by_sheet[name]) {
            const auto properties = cell_properties(sheet, cell);
            rtl::OUString style;
            properties->getPropertyValue("CellStyle") >>= style;
            // Only a cell that still wears our mark gets its style back: the
            // user may have restyled it since.
            if (style.equalsAscii(error_mark_style) || style.equalsAscii(warning_mark_style))
                properties->setPropertyValue("CellStyle", css::uno::Any(to_ou(previous_style)));
        }
    }
    record_marks(document, "[]");
}

namespace {

// The marks' styles in a few calls, not one a cell: Calc handles a call on a
// range collection as one change (one repaint, one undo action), where 500
// single cells took about 1 s of a large Validate. Cells one under another
// go as one range (a run of 500 marked rows took 0.35 s as 500 ranges). At
// most 256 ranges a call: Calc joins the ranges of one call one by one,
// each against all before it.
void set_style(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
               const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
               const std::map<const char*, std::vector<core::LayoutRange>>& cells_by_style) {
    constexpr std::size_t cells_per_call = 256;
    const sal_Int16 index = sheets::sheet_index(sheet);
    for (const auto& [style, marked] : cells_by_style) {
        const std::vector<core::LayoutRange> cells = core::column_runs(marked);
        for (std::size_t first = 0; first < cells.size(); first += cells_per_call) {
            const std::vector<core::LayoutRange> some(
                cells.begin() + static_cast<std::ptrdiff_t>(first),
                cells.begin() +
                    static_cast<std::ptrdiff_t>(std::min(cells.size(), first + cells_per_call)));
            css::uno::Reference<css::beans::XPropertySet>(
                sheets::range_collection(document, index, some), css::uno::UNO_QUERY_THROW)
                ->setPropertyValue("CellStyle",
                                   css::uno::Any(rtl::OUString::createFromAscii(style)));
        }
    }
}

} // namespace

MarkOutcome mark_findings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const std::vector<core::Finding>& findings) {
    std::map<std::string, std::map<std::pair<std::size_t, std::size_t>, CellMark>>
        cells; // sheet -> (row, col) -> mark
    for (const auto& finding : findings) {
        if (!finding.cell || finding.severity == core::Severity::Info)
            continue;
        auto& mark = cells[finding.sheet][{finding.cell->row, finding.cell->col}];
        if (finding.severity == core::Severity::Error)
            mark.severity = core::Severity::Error;
        mark.text += (mark.text.empty() ? comment_marker : "\n" + comment_marker) + finding.message;
    }
    sheets::ensure_cell_styles(document);
    MarkOutcome outcome;
    // Over the limit, errors keep their marks before warnings, then in
    // sheet and cell order.
    std::size_t total = 0, errors = 0;
    for (const auto& [sheet_name, marks] : cells)
        for (const auto& [position, mark] : marks) {
            ++total;
            errors += mark.severity == core::Severity::Error ? 1 : 0;
        }
    std::size_t errors_allowed = kMaxMarkedCells;
    std::size_t warnings_allowed = kMaxMarkedCells - std::min(errors, kMaxMarkedCells);
    if (total > kMaxMarkedCells)
        outcome.cells_over_limit = total - kMaxMarkedCells;
    boost::json::array record;
    for (const auto& [sheet_name, marks] : cells) {
        const auto sheet = sheet_named(document, sheet_name);
        if (!sheet.is())
            continue;
        SheetUnlock unlock(sheet);
        if (!unlock.usable()) {
            outcome.sheets_not_marked.push_back(sheet_name);
            continue;
        }
        const auto annotations = css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(
                                     sheet, css::uno::UNO_QUERY_THROW)
                                     ->getAnnotations();
        std::map<const char*, std::vector<core::LayoutRange>> cells_by_style;
        const auto users_comments = commented_cells(annotations);
        for (const auto& [position, mark] : marks) {
            std::size_t& allowed =
                mark.severity == core::Severity::Error ? errors_allowed : warnings_allowed;
            if (allowed == 0)
                continue;
            --allowed;
            const core::CellRef cell{position.first, position.second};
            const auto properties = cell_properties(sheet, cell);
            rtl::OUString previous_style;
            properties->getPropertyValue("CellStyle") >>= previous_style;
            record.push_back({{"sheet", sheet_name},
                              {"row", cell.row},
                              {"col", cell.col},
                              {"style", to_utf8(previous_style)}});
            cells_by_style[mark.severity == core::Severity::Error ? error_mark_style
                                                                  : warning_mark_style]
                .push_back({cell.row, cell.col, cell.row, cell.col});
            // A comment of the user's own stays exactly as it is: the cell's
            // style marks it, and the findings list says why.
            if (!users_comments.contains(position))
                annotations->insertNew(css::table::CellAddress(0, static_cast<sal_Int32>(cell.col),
                                                               static_cast<sal_Int32>(cell.row)),
                                       to_ou(mark.text));
            ++outcome.cells_marked;
        }
        set_style(document, sheet, cells_by_style);
    }
    record_marks(document, boost::json::serialize(record));
    return outcome;
}

} // namespace statform::uno
