// "Insert statistics template" as users meet it: through the menu command and
// the service, saved in the formats they send around and opened again.
#include "office_fixture.hpp"

#include "core/locate/table_locator.hpp"
#include "core/templates/form_layout.hpp"
#include "core/templates/template_catalog.hpp"
#include "io/read_workbook.hpp"
#include "sheets/document_grid.hpp"

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XProtectable.hpp>

using namespace statform;
using namespace statform::test;

namespace {

const core::TemplateCatalog& catalog() {
    return shipped_templates();
}

css::uno::Sequence<css::beans::NamedValue>
options(const std::vector<std::pair<std::string, css::uno::Any>>& items) {
    css::uno::Sequence<css::beans::NamedValue> out(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        out.getArray()[i] = css::beans::NamedValue(ou(items[i].first), items[i].second);
    return out;
}

css::uno::Reference<css::sheet::XSpreadsheet>
sheet_named(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
            const std::string& name) {
    return {document->getSheets()->getByName(ou(name)), css::uno::UNO_QUERY_THROW};
}

css::uno::Reference<css::beans::XPropertySet>
cell_properties(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, std::size_t row,
                std::size_t col) {
    return {sheet->getCellByPosition(static_cast<sal_Int32>(col), static_cast<sal_Int32>(row)),
            css::uno::UNO_QUERY_THROW};
}

std::string cell_text(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, std::size_t row,
                      std::size_t col) {
    css::uno::Reference<css::text::XTextRange> text(
        sheet->getCellByPosition(static_cast<sal_Int32>(col), static_cast<sal_Int32>(row)),
        css::uno::UNO_QUERY_THROW);
    return utf8(text->getString());
}

// Everything a user would check on an inserted form, on a (re)opened document.
void expect_official_form(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const std::string& sheet_name, const core::Edition& edition,
                          const std::string& unit_name, const std::string& format) {
    SCOPED_TRACE(edition.id + " in " + format);
    const auto sheet = sheet_named(document, sheet_name);
    const auto layout =
        core::build_form_layout(edition, catalog().unit_types(), {unit_name, "", 0, 0});
    EXPECT_EQ(cell_text(sheet, 0, 0), unit_name);
    EXPECT_EQ(cell_text(sheet, 0, 2), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    EXPECT_EQ(cell_text(sheet, 1, 2), "Độc lập - Tự do - Hạnh phúc");
    EXPECT_EQ(cell_text(sheet, 5, 0), edition.title);
    EXPECT_EQ(cell_text(sheet, layout.header.first_row, 3), edition.quantity_header);
    EXPECT_EQ(cell_text(sheet, layout.header.last_row, 3), edition.count_header);
    EXPECT_EQ(cell_text(sheet, layout.header.last_row, 4), edition.people_header);

    // Every row: code, label and unit exactly as the official text, in order.
    const auto rows = read_range(document, sheet_name,
                                 "A" + std::to_string(layout.placements.front().sheet_row + 1) +
                                     ":C" + std::to_string(layout.placements.back().sheet_row + 1));
    ASSERT_EQ(rows.size(), edition.rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rtl::OUString code, label, unit;
        rows[i][0] >>= code;
        rows[i][1] >>= label;
        rows[i][2] >>= unit;
        EXPECT_EQ(utf8(code), edition.rows[i].code) << "row " << i;
        EXPECT_EQ(utf8(label), edition.rows[i].label) << "row " << i;
        EXPECT_EQ(utf8(unit), edition.rows[i].unit_text) << "row " << i;
    }

    int formulas = 0, inputs = 0;
    for (const auto& placement : layout.placements) {
        for (const auto [col, is_sum, is_input] :
             {std::tuple{std::size_t(core::CountColumn), placement.count_sum,
                         placement.count_input},
              std::tuple{std::size_t(core::PeopleColumn), placement.people_sum,
                         placement.people_input}}) {
            const auto cell = sheet->getCellByPosition(static_cast<sal_Int32>(col),
                                                       static_cast<sal_Int32>(placement.sheet_row));
            css::util::CellProtection protection;
            cell_properties(sheet, placement.sheet_row, col)->getPropertyValue("CellProtection") >>=
                protection;
            if (is_sum) {
                ++formulas;
                EXPECT_EQ(utf8(cell->getFormula()), layout.at(placement.sheet_row, col).formula);
                EXPECT_TRUE(protection.IsLocked);
            }
            if (is_input) {
                ++inputs;
                EXPECT_FALSE(protection.IsLocked) << "input cell row " << placement.sheet_row;
                css::uno::Reference<css::beans::XPropertySet> validation(
                    cell_properties(sheet, placement.sheet_row, col)
                        ->getPropertyValue("Validation"),
                    css::uno::UNO_QUERY_THROW);
                css::sheet::ValidationType type;
                validation->getPropertyValue("Type") >>= type;
                css::uno::Reference<css::sheet::XSheetCondition> condition(
                    validation, css::uno::UNO_QUERY_THROW);
                EXPECT_EQ(type, css::sheet::ValidationType_WHOLE)
                    << "row " << placement.sheet_row << " col " << col;
                EXPECT_EQ(condition->getOperator(), css::sheet::ConditionOperator_GREATER_EQUAL);
                EXPECT_EQ(utf8(condition->getFormula1()), "0");
            }
        }
        css::util::CellProtection label_protection;
        cell_properties(sheet, placement.sheet_row, core::LabelColumn)
            ->getPropertyValue("CellProtection") >>= label_protection;
        EXPECT_TRUE(label_protection.IsLocked);
    }
    EXPECT_GT(formulas, 3);
    EXPECT_GT(inputs, 30);
    EXPECT_TRUE(css::uno::Reference<css::util::XProtectable>(sheet, css::uno::UNO_QUERY_THROW)
                    ->isProtected());

    // The edition is recorded where Validate and Merge look for it.
    css::uno::Reference<css::sheet::XNamedRanges> names(
        css::uno::Reference<css::beans::XPropertySet>(sheet, css::uno::UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        css::uno::UNO_QUERY_THROW);
    std::string name = "StatForm_" + edition.id;
    std::replace(name.begin(), name.end(), '-', '_');
    EXPECT_TRUE(names->hasByName(ou(name))) << name;
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> properties(
        document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> user(
        properties->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY_THROW);
    rtl::OUString recorded;
    user->getPropertyValue("StatFormEdition") >>= recorded;
    EXPECT_EQ(utf8(recorded), edition.id);
}

} // namespace

class InsertEdition : public ::testing::TestWithParam<std::string> {};

TEST_P(InsertEdition, LooksLikeTheOfficialFormAndSurvivesSavingAndReopening) {
    const core::Edition& edition = *catalog().find(GetParam());
    const auto document = new_calc_document();
    const auto result = statform_service()->insertTemplate(
        document, ou(edition.id),
        options({{"UnitName", css::uno::Any(ou("Phòng GD&ĐT huyện Tuần Giáo"))}}));
    const std::string sheet = utf8(result.SheetName);
    EXPECT_EQ(sheet, "Thống kê HTSĐ " + std::to_string(edition.year));
    expect_official_form(document, sheet, edition, "Phòng GD&ĐT huyện Tuần Giáo", "the office");
    for (const auto& [extension, filter] :
         {std::pair{"ods", "calc8"}, std::pair{"xlsx", "Calc MS Excel 2007 XML"},
          std::pair{"xls", "MS Excel 97"}}) {
        const auto file = save_as(document, edition.id + "." + extension, filter);
        const css::uno::Reference<css::sheet::XSpreadsheetDocument> reopened(
            load_hidden(file), css::uno::UNO_QUERY_THROW);
        expect_official_form(reopened, sheet, edition, "Phòng GD&ĐT huyện Tuần Giáo", extension);
        // Validate and Merge recognise the form by what it recorded, in the
        // office and from disk alike.
        const auto in_office = sheets::read_document(reopened, file.string());
        EXPECT_TRUE(
            core::locate_statistics_table(in_office, catalog().editions()).table.edition_recorded)
            << extension << " in the office";
        close_document(reopened);
        if (std::string(extension) != "xls") {
            const auto from_disk = io::read_workbook(file);
            ASSERT_TRUE(from_disk.ok()) << from_disk.message;
            const auto found =
                core::locate_statistics_table(*from_disk.workbook, catalog().editions());
            EXPECT_TRUE(found.table.edition_recorded) << extension << " from disk";
            EXPECT_EQ(found.table.edition_id, edition.id) << extension;
        }
    }
    close_document(document);
}

INSTANTIATE_TEST_SUITE_P(Editions, InsertEdition,
                         ::testing::Values("htsd-2023", "htsd-2022", "htsd-2020-district"));

TEST(InsertTemplate, IntoANewSheetIsExactlyOneUndoStep) {
    // Undoing it is checked in a real window by tests/gui/insert-and-undo.sh:
    // LibreOffice 7.4 undoes a sheet insertion through the active view, which
    // a headless office does not have (ScUndoInsertTab::Undo dereferences
    // ScTabViewShell::GetActiveViewShell() unchecked), so it cannot be undone here.
    const auto document = new_calc_document();
    const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                          document, css::uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    ASSERT_FALSE(undo->isUndoPossible());
    statform_service()->insertTemplate(document, "htsd-2023", {});
    EXPECT_EQ(undo->getAllUndoActionTitles().getLength(), 1);
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Chèn mẫu thống kê");
    close_document(document);
}

TEST(InsertTemplate, AtTheCursorOfTheCurrentSheetAndUndoneLeavesNoTrace) {
    const auto document = new_calc_document();
    const auto first = css::uno::Reference<css::container::XIndexAccess>(document->getSheets(),
                                                                         css::uno::UNO_QUERY_THROW)
                           ->getByIndex(0);
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(first, css::uno::UNO_QUERY_THROW);
    sheet->getCellByPosition(7, 0)->setValue(42); // the user's own content beside the form stays
    const auto result = statform_service()->insertTemplate(
        document, "htsd-2023",
        options({{"Target", css::uno::Any(ou("cursor"))},
                 {"UnitName", css::uno::Any(ou("=HYPERLINK(\"x\")"))}}));
    // Nothing selected in a new document: the cursor is at A1 of the first sheet.
    EXPECT_EQ(utf8(result.RangeAddress).substr(0, 3), "A1:");
    // A unit name that looks like a formula is written as text.
    EXPECT_EQ(utf8(sheet->getCellByPosition(0, 0)->getFormula()), "=HYPERLINK(\"x\")");
    EXPECT_EQ(sheet->getCellByPosition(0, 0)->getType(), css::table::CellContentType_TEXT);
    // The user's sheet is not protected behind their back.
    EXPECT_FALSE(css::uno::Reference<css::util::XProtectable>(sheet, css::uno::UNO_QUERY_THROW)
                     ->isProtected());
    const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                          document, css::uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    undo->undo();
    EXPECT_EQ(sheet->getCellByPosition(7, 0)->getValue(), 42);
    EXPECT_EQ(sheet->getCellByPosition(0, 0)->getType(), css::table::CellContentType_EMPTY);
    const auto block = read_range(document, utf8(result.SheetName), "A2:F60");
    for (const auto& row : block)
        for (const auto& value : row) {
            rtl::OUString text;
            EXPECT_TRUE(!(value >>= text) || text.isEmpty()) << utf8(text);
        }
    close_document(document);
}

TEST(InsertTemplate, AtTheCursorNeverOverwritesTheUsersCells) {
    const auto document = new_calc_document();
    const auto sheet = first_sheet(document);
    sheet->getCellByPosition(2, 20)->setValue(7); // C21: inside the area the form would cover
    try {
        statform_service()->insertTemplate(document, "htsd-2023",
                                           options({{"Target", css::uno::Any(ou("cursor"))}}));
        ADD_FAILURE() << "inserting over the user's data must be refused";
    } catch (const css::lang::IllegalArgumentException& e) {
        EXPECT_NE(utf8(e.Message).find("A1:F"), std::string::npos) << utf8(e.Message);
    }
    EXPECT_EQ(sheet->getCellByPosition(2, 20)->getValue(), 7);
    EXPECT_EQ(sheet->getCellByPosition(0, 5)->getType(), css::table::CellContentType_EMPTY);
    close_document(document);
}

TEST(InsertTemplate, UnknownEditionIsAClearErrorThatNamesTheKnownOnes) {
    const auto document = new_calc_document();
    try {
        statform_service()->insertTemplate(document, "htsd-1999", {});
        ADD_FAILURE() << "an unknown edition must be refused";
    } catch (const css::lang::IllegalArgumentException& e) {
        EXPECT_NE(utf8(e.Message).find("htsd-1999"), std::string::npos) << utf8(e.Message);
        EXPECT_NE(utf8(e.Message).find("htsd-2023"), std::string::npos) << utf8(e.Message);
    }
    close_document(document);
}

TEST(InsertTemplate, MenuCommandWithArgumentsInsertsWithoutADialog) {
    const auto document = new_calc_document();
    const auto outcome = dispatch(document, "InsertTemplate",
                                  {{"TemplateId", css::uno::Any(ou("htsd-2022"))},
                                   {"UnitName", css::uno::Any(ou("Trường THCS A"))}});
    EXPECT_TRUE(outcome.succeeded) << outcome.message;
    EXPECT_NE(outcome.message.find("htsd-2022"), std::string::npos);
    expect_official_form(document, "Thống kê HTSĐ 2022", *catalog().find("htsd-2022"),
                         "Trường THCS A", "dispatch");
    close_document(document);
}

TEST(InsertTemplate, TheDialogIsPackagedAndLocalised) {
    expect_dialog_with_controls("InsertTemplate.xdl",
                                {"lstEdition", "txtUnit", "lstLevel", "txtPlace", "optNewSheet",
                                 "optCursor", "btnOk", "btnCancel"});
}
