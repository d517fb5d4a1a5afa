// Validate as reviewers use it: a filled form with mistakes, marked in the
// cells, listed with messages, idempotent, undoable, fixable; and the CLI on
// the same workbook saved as .ods, .xlsx and .xls.
#include "office_fixture.hpp"

#include "../data/plausible_figures.hpp"

#include "core/templates/form_layout.hpp"
#include "core/templates/template_catalog.hpp"

#include <boost/json.hpp>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>
#include <cstdio>
#include <sys/wait.h>

using namespace statform;
using namespace statform::test;

namespace {

const core::TemplateCatalog& catalog() {
    return shipped_templates();
}

// Sheet row (0-based) of the 2023 row printed with `code` in an inserted form.
std::size_t row_of(const std::string& code) {
    const auto& edition = *catalog().find("htsd-2023");
    const auto layout = core::build_form_layout(edition, catalog().unit_types(), {});
    for (const auto& placement : layout.placements)
        if (edition.rows[placement.template_row].code == code)
            return placement.sheet_row;
    throw std::runtime_error("no row " + code);
}

constexpr sal_Int32 count_col = 3, people_col = 4;

struct FilledForm {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document;
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
};

// A 2023 form as a school fills it, with three mistakes a reviewer must see:
// 1.1 has fewer people (12) than classes (15); 1.2's people typed as text
// "1.200" (3 classes: 400 people a class is also implausible); 10.1's
// funding typed in thousands (500 for 500.000 đồng).
FilledForm filled_form_with_mistakes() {
    FilledForm form;
    form.document = new_calc_document();
    const auto result = statform_service()->insertTemplate(form.document, "htsd-2023", {});
    form.sheet.set(form.document->getSheets()->getByName(result.SheetName),
                   css::uno::UNO_QUERY_THROW);
    auto set = [&](const std::string& code, sal_Int32 col, double value) {
        form.sheet->getCellByPosition(col, static_cast<sal_Int32>(row_of(code)))->setValue(value);
    };
    set("1.1", count_col, 15);
    set("1.1", people_col, 12);
    set("1.2", count_col, 3);
    css::uno::Reference<css::text::XTextRange>(
        form.sheet->getCellByPosition(people_col, static_cast<sal_Int32>(row_of("1.2"))),
        css::uno::UNO_QUERY_THROW)
        ->setString("1.200");
    set("1.6", count_col, 4);
    set("1.6", people_col, 120);
    set("10.1", count_col, 500);
    set("10.2", count_col, 1500000);
    return form;
}

std::string a1(std::size_t row, sal_Int32 col) {
    return std::string(1, static_cast<char>('A' + col)) + std::to_string(row + 1);
}

const org::statform::Finding* find(const org::statform::ValidationResult& result,
                                   const std::string& rule) {
    for (const auto& finding : result.Findings)
        if (utf8(finding.RuleCode) == rule)
            return &finding;
    return nullptr;
}

std::string style_of(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                     std::size_t row) {
    rtl::OUString style;
    css::uno::Reference<css::beans::XPropertySet>(
        sheet->getCellByPosition(col, static_cast<sal_Int32>(row)), css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("CellStyle") >>= style;
    return utf8(style);
}

std::string comment_of(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                       std::size_t row) {
    css::uno::Reference<css::sheet::XSheetAnnotationAnchor> anchor(
        sheet->getCellByPosition(col, static_cast<sal_Int32>(row)), css::uno::UNO_QUERY_THROW);
    return utf8(css::uno::Reference<css::text::XSimpleText>(anchor->getAnnotation(),
                                                            css::uno::UNO_QUERY_THROW)
                    ->getString());
}

sal_Int32 comment_count(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto annotations =
        css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, css::uno::UNO_QUERY_THROW)
            ->getAnnotations();
    return css::uno::Reference<css::container::XIndexAccess>(annotations, css::uno::UNO_QUERY_THROW)
        ->getCount();
}

} // namespace

TEST(Validate, FindsTheMistakesAndSaysWhereAndWhatToDo) {
    const auto form = filled_form_with_mistakes();
    const auto result = statform_service()->validate(form.document, {});
    EXPECT_EQ(utf8(result.EditionId), "htsd-2023");
    EXPECT_GT(result.Confidence, 0.9);

    const auto* people_below = find(result, "people-below-count");
    ASSERT_NE(people_below, nullptr);
    EXPECT_EQ(utf8(people_below->Severity), "error");
    EXPECT_EQ(utf8(people_below->RowCode), "1.1");
    EXPECT_TRUE(utf8(people_below->Cell) == a1(row_of("1.1"), people_col) ||
                utf8(people_below->Cell) == a1(row_of("1.1"), count_col))
        << utf8(people_below->Cell);
    EXPECT_NE(utf8(people_below->Message).find("12"), std::string::npos)
        << utf8(people_below->Message);
    EXPECT_NE(utf8(people_below->Message).find("15"), std::string::npos)
        << utf8(people_below->Message);

    const auto* as_text = find(result, "number-as-text");
    ASSERT_NE(as_text, nullptr);
    EXPECT_EQ(utf8(as_text->Severity), "warning");
    EXPECT_EQ(utf8(as_text->Cell), a1(row_of("1.2"), people_col));
    EXPECT_EQ(utf8(as_text->Value), "1.200");

    const auto* thousands = find(result, "money-too-small");
    ASSERT_NE(thousands, nullptr);
    EXPECT_EQ(utf8(thousands->Cell), a1(row_of("10.1"), count_col));

    // Row 1's people are the live sum of its rows' people, which skips the
    // "1.200" typed as text: the total the sheet shows is short, and the
    // message names the text cell to convert (the safe fix settles both).
    const auto* group_people = find(result, "group-sum-mismatch");
    ASSERT_NE(group_people, nullptr);
    EXPECT_EQ(utf8(group_people->Cell), a1(row_of("1"), people_col));
    EXPECT_NE(utf8(group_people->Message).find(a1(row_of("1.2"), people_col)), std::string::npos)
        << utf8(group_people->Message);

    // Nothing right is flagged: 1.6 (4 classes, 120 people) and 10.2.
    for (const auto& finding : result.Findings) {
        EXPECT_NE(utf8(finding.RowCode), "1.6") << utf8(finding.Message);
        EXPECT_NE(utf8(finding.RowCode), "10.2") << utf8(finding.Message);
    }
    EXPECT_EQ(result.ErrorCount, 2);
    close_document(form.document);
}

TEST(Validate, MarksCellsAgainIdempotentlyAndKeepsTheUsersOwnComment) {
    const auto form = filled_form_with_mistakes();
    const auto error_row = row_of("1.1"), warning_row = row_of("1.2");
    // The user's own note on a cell that will be flagged.
    const auto annotations = css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(
                                 form.sheet, css::uno::UNO_QUERY_THROW)
                                 ->getAnnotations();
    annotations->insertNew(
        css::table::CellAddress(0, people_col, static_cast<sal_Int32>(warning_row)),
        ou("hỏi lại cô Lan"));

    statform_service()->validate(form.document, {});
    const auto error_cell =
        style_of(form.sheet, people_col, error_row) == "StatForm Error" ? people_col : count_col;
    EXPECT_EQ(style_of(form.sheet, error_cell, error_row), "StatForm Error");
    EXPECT_EQ(style_of(form.sheet, people_col, warning_row), "StatForm Warning");
    EXPECT_EQ(comment_of(form.sheet, error_cell, error_row).rfind("StatForm ▸ ", 0), 0u);
    // The user's own comment is never touched: the style marks the cell.
    EXPECT_EQ(comment_of(form.sheet, people_col, warning_row), "hỏi lại cô Lan");
    const auto comments = comment_count(form.sheet);

    // Validating again gives the same marks, not twice the comments.
    statform_service()->validate(form.document, {});
    EXPECT_EQ(comment_count(form.sheet), comments);
    EXPECT_EQ(comment_of(form.sheet, people_col, warning_row), "hỏi lại cô Lan");

    // Once the mistake is corrected, its mark goes and the input style returns.
    form.sheet->getCellByPosition(people_col, static_cast<sal_Int32>(error_row))->setValue(300);
    form.sheet->getCellByPosition(people_col, static_cast<sal_Int32>(warning_row))->setValue(120);
    const auto result = statform_service()->validate(form.document, {});
    EXPECT_EQ(find(result, "people-below-count"), nullptr);
    EXPECT_EQ(style_of(form.sheet, error_cell, error_row), "StatForm Input");
    EXPECT_EQ(style_of(form.sheet, people_col, warning_row), "StatForm Input");
    EXPECT_EQ(comment_of(form.sheet, people_col, warning_row), "hỏi lại cô Lan");
    close_document(form.document);
}

// A form with 1,200 rows added under it: still the 2023 form (the rows are
// reported one by one), and marking stops at 200 cells (every cell of the
// largest official table), errors first, so Validate stays quick (50,000
// marks took many minutes) and says so.
TEST(Validate, ManyFindingsMarkAtMostTwoHundredCellsErrorsFirst) {
    const auto form = filled_form_with_mistakes();
    std::size_t last_row = 0;
    const auto& edition = *catalog().find("htsd-2023");
    for (const auto& placement :
         core::build_form_layout(edition, catalog().unit_types(), {}).placements)
        last_row = std::max(last_row, placement.sheet_row);
    constexpr sal_Int32 added = 1200;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> rows(added);
    for (sal_Int32 i = 0; i < added; ++i) {
        css::uno::Sequence<css::uno::Any> row(5);
        auto* cells = row.getArray();
        cells[0] <<= ou("11." + std::to_string(i + 1));
        cells[1] <<= ou("Hoạt động khác số " + std::to_string(i + 1));
        cells[2] <<= ou("Lớp/người");
        cells[3] <<= 1.0 + i % 7;
        cells[4] <<= 20.0 + i % 31;
        rows.getArray()[i] = row;
    }
    css::uno::Reference<css::util::XProtectable>(form.sheet, css::uno::UNO_QUERY_THROW)
        ->unprotect("");
    css::uno::Reference<css::sheet::XCellRangeData>(
        form.sheet->getCellRangeByPosition(0, static_cast<sal_Int32>(last_row + 1), 4,
                                           static_cast<sal_Int32>(last_row) + added),
        css::uno::UNO_QUERY_THROW)
        ->setDataArray(rows);

    const auto outcome = dispatch(form.document, "Validate", {{"ApplyFixes", css::uno::Any(true)}});
    EXPECT_TRUE(outcome.succeeded) << outcome.message;
    EXPECT_NE(outcome.message.find("Đã đánh dấu 200 ô"), std::string::npos) << outcome.message;
    EXPECT_EQ(comment_count(form.sheet), 200);
    const auto error_row = row_of("1.1");
    EXPECT_TRUE(style_of(form.sheet, people_col, error_row) == "StatForm Error" ||
                style_of(form.sheet, count_col, error_row) == "StatForm Error");

    const auto result = statform_service()->validate(form.document, {});
    EXPECT_EQ(utf8(result.EditionId), "htsd-2023");
    std::size_t unrecognised = 0;
    for (const auto& finding : result.Findings)
        unrecognised += utf8(finding.RuleCode) == "unrecognised-row" ? 1 : 0;
    EXPECT_EQ(unrecognised, static_cast<std::size_t>(added));
    close_document(form.document);
}

// Everything a person could see change on the sheet: every cell's content
// and style, and every comment with its place.
std::vector<std::string>
sheet_snapshot(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    std::vector<std::string> seen;
    for (sal_Int32 row = 0; row < 60; ++row)
        for (sal_Int32 col = 0; col < 8; ++col) {
            const auto cell = sheet->getCellByPosition(col, row);
            seen.push_back(a1(static_cast<std::size_t>(row), col) + " " + utf8(cell->getFormula()) +
                           " [" + style_of(sheet, col, static_cast<std::size_t>(row)) + "]");
        }
    const auto annotations =
        css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, css::uno::UNO_QUERY_THROW)
            ->getAnnotations();
    css::uno::Reference<css::container::XIndexAccess> indexed(annotations,
                                                              css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < indexed->getCount(); ++i) {
        css::uno::Reference<css::sheet::XSheetAnnotation> note(indexed->getByIndex(i),
                                                               css::uno::UNO_QUERY_THROW);
        seen.push_back(
            "comment " +
            a1(static_cast<std::size_t>(note->getPosition().Row), note->getPosition().Column) +
            ": " +
            utf8(css::uno::Reference<css::text::XSimpleText>(note, css::uno::UNO_QUERY_THROW)
                     ->getString()));
    }
    return seen;
}

TEST(Validate, IsOneUndoStepThatRestoresTheDocumentExactly) {
    const auto form = filled_form_with_mistakes();
    // The user's own comments, one on a cell that will be flagged.
    const auto annotations = css::uno::Reference<css::sheet::XSheetAnnotationsSupplier>(
                                 form.sheet, css::uno::UNO_QUERY_THROW)
                                 ->getAnnotations();
    annotations->insertNew(
        css::table::CellAddress(0, people_col, static_cast<sal_Int32>(row_of("1.2"))),
        ou("hỏi lại cô Lan"));
    annotations->insertNew(css::table::CellAddress(0, 1, 2), ou("bản nháp"));
    const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                          form.document, css::uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    const auto before = sheet_snapshot(form.sheet);
    const auto steps_before = undo->getAllUndoActionTitles().getLength();

    statform_service()->validate(form.document, {});
    EXPECT_NE(sheet_snapshot(form.sheet), before) << "Validate marked nothing";
    EXPECT_EQ(undo->getAllUndoActionTitles().getLength(), steps_before + 1);
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Kiểm tra số liệu");
    undo->undo();
    EXPECT_EQ(sheet_snapshot(form.sheet), before);

    // Validate twice, then undo the second: the first one's marks, exactly.
    statform_service()->validate(form.document, {});
    const auto once = sheet_snapshot(form.sheet);
    statform_service()->validate(form.document, {});
    undo->undo();
    EXPECT_EQ(sheet_snapshot(form.sheet), once);
    close_document(form.document);
}

TEST(Validate, MenuCommandAppliesSafeFixesAsOneUndoStep) {
    const auto form = filled_form_with_mistakes();
    const auto text_cell =
        form.sheet->getCellByPosition(people_col, static_cast<sal_Int32>(row_of("1.2")));
    const auto outcome = dispatch(form.document, "Validate", {{"ApplyFixes", css::uno::Any(true)}});
    EXPECT_TRUE(outcome.finished);
    EXPECT_TRUE(outcome.succeeded) << outcome.message;
    EXPECT_NE(outcome.message.find("Đã tự động sửa 1 ô"), std::string::npos) << outcome.message;
    EXPECT_NE(outcome.message.find("1 lỗi"), std::string::npos) << outcome.message;
    EXPECT_EQ(text_cell->getType(), css::table::CellContentType_VALUE);
    EXPECT_EQ(text_cell->getValue(), 1200);
    const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                          form.document, css::uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    // Validate, then "fix and check again" as one step: one Ctrl+Z gives the
    // text back, and the first validation's marks are there again.
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Sửa tự động");
    undo->undo();
    EXPECT_EQ(text_cell->getType(), css::table::CellContentType_TEXT);
    EXPECT_EQ(utf8(css::uno::Reference<css::text::XTextRange>(text_cell, css::uno::UNO_QUERY_THROW)
                       ->getString()),
              "1.200");
    EXPECT_EQ(style_of(form.sheet, people_col, row_of("1.2")), "StatForm Warning");
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Kiểm tra số liệu");
    close_document(form.document);
}

// Last year's report of the same school: 100.000 đồng on row 10.2, where
// this year's form has 1.500.000 (15 times as much: over the catalogue's 300%).
std::filesystem::path last_years_report() {
    const auto document = new_calc_document();
    const auto inserted = statform_service()->insertTemplate(document, "htsd-2023", {});
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(
        document->getSheets()->getByName(inserted.SheetName), css::uno::UNO_QUERY_THROW);
    sheet->getCellByPosition(count_col, static_cast<sal_Int32>(row_of("10.2")))->setValue(100000);
    const auto file = save_as(document, "bao-cao-nam-truoc.xlsx", "Calc MS Excel 2007 XML");
    close_document(document);
    return file;
}

TEST(Validate, ComparesWithLastYearsReportWhenTheUserPointsAtIt) {
    const auto last_year_file = last_years_report();
    const auto last_year = ou(office::file_url(last_year_file));
    const auto form = filled_form_with_mistakes();
    EXPECT_EQ(find(statform_service()->validate(form.document, {}), "year-on-year-change"), nullptr)
        << "no comparison unless asked";

    css::uno::Sequence<css::beans::NamedValue> options(1);
    options.getArray()[0] = css::beans::NamedValue("PreviousUrl", css::uno::Any(last_year));
    const auto result = statform_service()->validate(form.document, options);
    const org::statform::Finding* change = nullptr;
    for (const auto& finding : result.Findings)
        if (utf8(finding.RuleCode) == "year-on-year-change" &&
            utf8(finding.Cell) == a1(row_of("10.2"), count_col))
            change = &finding;
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(utf8(change->Severity), "warning");
    EXPECT_NE(utf8(change->Message).find("tăng từ 100.000"), std::string::npos)
        << utf8(change->Message);

    // The menu command remembers the file in the document; Validate then
    // compares each time and says with what.
    auto outcome =
        dispatch(form.document, "CompareWithLastYear", {{"PreviousUrl", css::uno::Any(last_year)}});
    EXPECT_TRUE(outcome.succeeded) << outcome.message;
    EXPECT_NE(outcome.message.find("So sánh với bao-cao-nam-truoc.xlsx"), std::string::npos)
        << outcome.message;
    outcome = dispatch(form.document, "Validate", {});
    EXPECT_NE(outcome.message.find("So sánh với bao-cao-nam-truoc.xlsx"), std::string::npos)
        << outcome.message;
    EXPECT_NE(comment_of(form.sheet, count_col, row_of("10.2")).find("tăng từ 100.000"),
              std::string::npos)
        << comment_of(form.sheet, count_col, row_of("10.2"));

    // The CLI: statform validate --previous LAST_YEAR FILE.
    const auto this_year = save_as(form.document, "bao-cao-nam-nay.ods", "calc8");
    FILE* pipe = popen((statform_cli().string() + " validate --lang vi --previous '" +
                        last_year_file.string() + "' '" + this_year.string() + "'")
                           .c_str(),
                       "r");
    std::string printed;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        printed.append(buffer, n);
    pclose(pipe);
    EXPECT_NE(
        printed.find(a1(row_of("10.2"), count_col) + ": Cột «Số lớp/số cuộc thi» tăng từ 100.000"),
        std::string::npos)
        << printed;

    // A file without a statistics table is refused and says so.
    const auto no_table = new_calc_document();
    const auto empty_file = save_as(no_table, "khong-phai-bao-cao.ods", "calc8");
    close_document(no_table);
    outcome = dispatch(form.document, "CompareWithLastYear",
                       {{"PreviousUrl", css::uno::Any(ou(office::file_url(empty_file)))}});
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_NE(outcome.message.find("không có bảng số liệu"), std::string::npos) << outcome.message;
    close_document(form.document);
    EXPECT_TRUE(OfficeEnvironment::session().alive());
}

// The reviewer saves the validated report and sends it on: the marks are in
// the file, in each format, and the next Validate clears and sets them again.
TEST(Validate, MarksAreInTheSavedDocumentInEachFormat) {
    const auto form = filled_form_with_mistakes();
    const auto result = statform_service()->validate(form.document, {});
    const auto* error = find(result, "people-below-count");
    ASSERT_NE(error, nullptr);
    const std::string error_cell = utf8(error->Cell);
    const auto error_col = static_cast<sal_Int32>(error_cell[0] - 'A');
    const auto error_row = static_cast<std::size_t>(std::stoi(error_cell.substr(1)) - 1);
    for (const auto& [extension, filter] :
         {std::pair{"ods", "calc8"}, std::pair{"xlsx", "Calc MS Excel 2007 XML"},
          std::pair{"xls", "MS Excel 97"}}) {
        SCOPED_TRACE(extension);
        const auto file = save_as(form.document, std::string("validated.") + extension, filter);
        const css::uno::Reference<css::sheet::XSpreadsheetDocument> reopened(
            load_hidden(file), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XSpreadsheet> sheet(
            reopened->getSheets()->getByName(ou("Thống kê HTSĐ 2023")), css::uno::UNO_QUERY_THROW);
        EXPECT_EQ(style_of(sheet, error_col, error_row), "StatForm Error");
        EXPECT_EQ(style_of(sheet, people_col, row_of("1.2")), "StatForm Warning");
        EXPECT_EQ(comment_of(sheet, error_col, error_row),
                  comment_of(form.sheet, error_col, error_row));
        EXPECT_EQ(comment_of(sheet, error_col, error_row).rfind("StatForm ▸ ", 0), 0u);
        EXPECT_EQ(comment_count(sheet), comment_count(form.sheet));
        // Validating the reopened file again keeps exactly one set of marks.
        const auto again = statform_service()->validate(reopened, {});
        EXPECT_EQ(again.Findings.getLength(), result.Findings.getLength());
        EXPECT_EQ(comment_count(sheet), comment_count(form.sheet));
        close_document(reopened);
    }
    close_document(form.document);
}

TEST(Validate, ADocumentWithoutAStatisticsTableGetsOneClearFinding) {
    const auto document = new_calc_document();
    const auto sheet = first_sheet(document);
    put_text(sheet, 0, 0, "Danh sách học sinh");
    const auto result = statform_service()->validate(document, {});
    ASSERT_EQ(result.Findings.getLength(), 1);
    EXPECT_EQ(utf8(result.Findings[0].RuleCode), "table-not-found");
    EXPECT_EQ(utf8(result.Findings[0].Severity), "error");
    close_document(document);
}

TEST(Validate, CliPrintsTheSameFindingsForOdsXlsxAndXls) {
    const auto form = filled_form_with_mistakes();
    std::vector<std::string> files;
    for (const auto& [extension, filter] :
         {std::pair{"ods", "calc8"}, std::pair{"xlsx", "Calc MS Excel 2007 XML"},
          std::pair{"xls", "MS Excel 97"}}) {
        files.push_back(
            save_as(form.document, std::string("validate-me.") + extension, filter).string());
    }
    close_document(form.document);
    std::string command = statform_cli().string() + " validate --json";
    for (const auto& file : files)
        command += " '" + file + "'";
    FILE* pipe = popen(command.c_str(), "r");
    std::string out;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        out.append(buffer, n);
    const int status = pclose(pipe);
    EXPECT_EQ(WEXITSTATUS(status), 1) << "errors in the data give exit code 1\n" << out;
    const auto json = boost::json::parse(out).as_object();
    const auto& reports = json.at("files").as_array();
    ASSERT_EQ(reports.size(), 3u);
    for (const auto& report : reports) {
        const auto& r = report.as_object();
        SCOPED_TRACE(std::string(r.at("file").as_string()));
        EXPECT_EQ(r.at("edition").as_string(), "htsd-2023");
        EXPECT_EQ(r.at("errors").as_int64(), 2); // 1.1's people, row 1's people total
        std::vector<std::string> rules;
        for (const auto& finding : r.at("findings").as_array())
            rules.emplace_back(finding.at("rule").as_string());
        EXPECT_NE(std::find(rules.begin(), rules.end(), "people-below-count"), rules.end());
        EXPECT_NE(std::find(rules.begin(), rules.end(), "number-as-text"), rules.end());
        EXPECT_NE(std::find(rules.begin(), rules.end(), "money-too-small"), rules.end());
    }
}

namespace {

// What a unit types into each input cell of an inserted form: a plausible
// figure for the row's unit type ({count, people}), as an office fills it.
double plausible(const std::string& unit_type, bool people) {
    const auto& [count, persons] = test_figures::plausible_figures().at(unit_type);
    return people ? persons : count;
}

// Inserts `edition_id` with Insert template and types a figure into every
// input cell; the group rows keep the form's live sums.
FilledForm clean_filled_form(const std::string& edition_id) {
    FilledForm form;
    form.document = new_calc_document();
    const auto result = statform_service()->insertTemplate(form.document, ou(edition_id), {});
    form.sheet.set(form.document->getSheets()->getByName(result.SheetName),
                   css::uno::UNO_QUERY_THROW);
    const auto& edition = *catalog().find(edition_id);
    const auto layout = core::build_form_layout(edition, catalog().unit_types(), {});
    for (const auto& placement : layout.placements) {
        const std::string& unit = edition.rows[placement.template_row].unit_type_id;
        const auto row = static_cast<sal_Int32>(placement.sheet_row);
        if (placement.count_input)
            form.sheet->getCellByPosition(count_col, row)->setValue(plausible(unit, false));
        if (placement.people_input)
            form.sheet->getCellByPosition(people_col, row)->setValue(plausible(unit, true));
    }
    return form;
}

std::string findings_text(const org::statform::ValidationResult& result) {
    std::string text;
    for (const auto& finding : result.Findings)
        text += "\n  " + utf8(finding.Severity) + " " + utf8(finding.RuleCode) + " " +
                utf8(finding.Cell) + ": " + utf8(finding.Message);
    return text;
}

} // namespace

TEST(Validate, ACorrectlyFilledFormOfEveryEditionGetsNoErrorAndNoWarning) {
    for (const std::string id : {"htsd-2023", "htsd-2022", "htsd-2020-district"}) {
        SCOPED_TRACE(id);
        const auto form = clean_filled_form(id);
        const auto result = statform_service()->validate(form.document, {});
        EXPECT_EQ(utf8(result.EditionId), id);
        EXPECT_EQ(result.ErrorCount, 0) << findings_text(result);
        EXPECT_EQ(result.WarningCount, 0) << findings_text(result);
        close_document(form.document);
    }
}

TEST(Validate, Row1OfThe2023FormMayCountTheUnnumberedRowOrNot) {
    // Row 1's live sums: 13 rows of 3 classes and 75 people, "Học nghề…" included.
    const auto form = clean_filled_form("htsd-2023");
    const auto row_1 = static_cast<sal_Int32>(row_of("1"));
    EXPECT_EQ(form.sheet->getCellByPosition(count_col, row_1)->getValue(), 39.0);
    EXPECT_EQ(form.sheet->getCellByPosition(people_col, row_1)->getValue(), 13 * 75.0);
    auto result = statform_service()->validate(form.document, {});
    EXPECT_EQ(result.ErrorCount + result.WarningCount, 0) << findings_text(result);
    const auto* reading = find(result, "group-total-reading");
    ASSERT_NE(reading, nullptr) << findings_text(result);
    EXPECT_EQ(utf8(reading->Severity), "info");
    EXPECT_NE(utf8(reading->Message).find("có cộng cả «Học nghề cho lao động nông thôn»"),
              std::string::npos)
        << utf8(reading->Message);

    // The office's other reading: it unprotects the sheet and types row 1
    // as the sum of the numbered rows only.
    css::uno::Reference<css::util::XProtectable>(form.sheet, css::uno::UNO_QUERY_THROW)
        ->unprotect("");
    form.sheet->getCellByPosition(count_col, row_1)->setValue(36);
    form.sheet->getCellByPosition(people_col, row_1)->setValue(12 * 75.0);
    result = statform_service()->validate(form.document, {});
    EXPECT_EQ(result.ErrorCount + result.WarningCount, 0) << findings_text(result);
    reading = find(result, "group-total-reading");
    ASSERT_NE(reading, nullptr) << findings_text(result);
    EXPECT_NE(utf8(reading->Message).find("không cộng «Học nghề cho lao động nông thôn»"),
              std::string::npos)
        << utf8(reading->Message);

    // A total that fits neither reading: one error, on row 1's count.
    form.sheet->getCellByPosition(count_col, row_1)->setValue(41);
    result = statform_service()->validate(form.document, {});
    EXPECT_EQ(result.ErrorCount, 1) << findings_text(result);
    EXPECT_EQ(result.WarningCount, 0) << findings_text(result);
    const auto* error = find(result, "group-sum-mismatch");
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(utf8(error->Cell), a1(row_of("1"), count_col));
    close_document(form.document);
}
