// Merge inside the office, as a macro or the menu runs it: the bundled
// samples into a document; the summary's live formulas give exactly the
// merge's totals; every source is untouched; the menu command works.
#include "office_fixture.hpp"

#include "core/merge/merge_messages.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XSearchable.hpp>

#include <sys/wait.h>

#include <chrono>
#include <thread>

#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

using namespace statform::test;

namespace {

std::filesystem::path samples() {
    return std::filesystem::path(STATFORM_SOURCE_DIR) / "samples";
}

std::map<std::string, std::string> hashes_of(const std::filesystem::path& dir) {
    std::map<std::string, std::string> bytes;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        bytes[entry.path().filename().string()] = content.str();
    }
    return bytes;
}

css::uno::Sequence<rtl::OUString> sample_urls() {
    std::vector<rtl::OUString> urls;
    for (const auto& entry : std::filesystem::directory_iterator(samples())) {
        const auto extension = entry.path().extension().string();
        if (extension == ".ods" || extension == ".xlsx" || extension == ".xls")
            urls.push_back(ou(statform::office::file_url(entry.path())));
    }
    std::sort(urls.begin(), urls.end());
    css::uno::Sequence<rtl::OUString> out(static_cast<sal_Int32>(urls.size()));
    std::copy(urls.begin(), urls.end(), out.getArray());
    return out;
}

} // namespace

TEST(Merge, SamplesIntoADocumentWithFormulasThatGiveTheTotals) {
    const auto before = hashes_of(samples());
    const auto document = new_calc_document();
    css::uno::Sequence<rtl::OUString> expected(2);
    expected.getArray()[0] = ou("Trường Mầm non Pú Nhung");
    expected.getArray()[1] = ou("Trường Tiểu học Chiềng Sinh");
    css::uno::Sequence<css::beans::NamedValue> options(2);
    options.getArray()[0] = css::beans::NamedValue("ExpectedUnits", css::uno::Any(expected));
    options.getArray()[1] =
        css::beans::NamedValue("UnitName", css::uno::Any(ou("Phòng GD&ĐT huyện Tuần Giáo")));
    const auto result = statform_service()->merge(sample_urls(), document, options);

    EXPECT_EQ(utf8(result.EditionId), "htsd-2023");
    EXPECT_EQ(utf8(result.SummarySheet), "Tổng hợp");
    ASSERT_EQ(result.Sources.getLength(), 13);
    int skipped = 0;
    for (const auto& source : result.Sources)
        skipped += utf8(source.Status) == "skipped";
    EXPECT_EQ(skipped, 1) << "the duplicate is counted once";
    for (const char* sheet : {"Tổng hợp", "Chi tiết theo đơn vị", "Nguồn dữ liệu"})
        EXPECT_TRUE(document->getSheets()->hasByName(ou(sheet))) << sheet;

    // Every total the merge computed is what the summary's formula shows.
    const auto table = read_range(document, "Tổng hợp", "A11:E51");
    int compared = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(result.Totals.getLength()); ++i) {
        const auto& total = result.Totals[static_cast<sal_Int32>(i)];
        for (const auto& [has, value, col] : {std::tuple{total.HasCount, total.Count, 3},
                                              std::tuple{total.HasPeople, total.People, 4}}) {
            double shown = 0;
            const bool is_number = table[i][col] >>= shown;
            if (has) {
                EXPECT_TRUE(is_number) << utf8(total.Code) << " " << utf8(total.Label);
                EXPECT_DOUBLE_EQ(shown, value) << utf8(total.Code) << " " << utf8(total.Label);
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 30);
    EXPECT_EQ(hashes_of(samples()), before) << "a source file changed";
    close_document(document);
}

TEST(Merge, IntoTheCurrentDocumentIsOneUndoStep) {
    const auto document = new_calc_document();
    const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                          document, css::uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    css::uno::Sequence<rtl::OUString> one(1);
    one.getArray()[0] = ou(statform::office::file_url(samples() / "BC_HTSD_2023_MN_Hoa_Ban.ods"));
    statform_service()->merge(one, document, {});
    EXPECT_EQ(undo->getAllUndoActionTitles().getLength(), 1);
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Tổng hợp các tệp");
    close_document(document);
}

namespace {

// What a person sees of a document: its sheets in order, and on each the
// formula (or text, or number) of every cell of A1:H120.
std::vector<std::string>
what_the_document_shows(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::vector<std::string> shown;
    const css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                                   css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i),
                                                                  css::uno::UNO_QUERY_THROW);
        shown.push_back("sheet " + utf8(css::uno::Reference<css::container::XNamed>(
                                            sheet, css::uno::UNO_QUERY_THROW)
                                            ->getName()));
        for (sal_Int32 row = 0; row < 120; ++row)
            for (sal_Int32 col = 0; col < 8; ++col)
                if (const std::string formula =
                        utf8(sheet->getCellByPosition(col, row)->getFormula());
                    !formula.empty())
                    shown.push_back(std::to_string(row) + "," + std::to_string(col) + " " +
                                    formula);
    }
    return shown;
}

std::vector<std::string> titles(const css::uno::Sequence<rtl::OUString>& all) {
    std::vector<std::string> out;
    for (const auto& title : all)
        out.push_back(utf8(title));
    return out;
}

// The summary's totals that add up the breakdown: "D12 =IF(COUNTIFS($'Chi
// tiết theo đơn vị'…" with the value it shows.
std::map<std::string, double>
totals_from_the_breakdown(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::map<std::string, double> totals;
    const css::uno::Reference<css::sheet::XSpreadsheet> summary(
        document->getSheets()->getByName(ou("Tổng hợp")), css::uno::UNO_QUERY_THROW);
    for (sal_Int32 row = 0; row < 80; ++row)
        for (sal_Int32 col = 3; col <= 4; ++col) {
            const auto cell = summary->getCellByPosition(col, row);
            const std::string formula = utf8(cell->getFormula());
            if (formula.find("$'Chi tiết theo đơn vị'.") != std::string::npos)
                totals[std::to_string(row) + "," + std::to_string(col) + " " + formula] =
                    cell->getValue();
        }
    return totals;
}

// Edit ▸ Undo / Redo as the keys run them: through the view, not the API's
// undo manager.
void office_command(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    const std::string& command) {
    const css::uno::Reference<css::frame::XDispatchProvider> frame(
        css::uno::Reference<css::frame::XModel>(document, css::uno::UNO_QUERY_THROW)
            ->getCurrentController()
            ->getFrame(),
        css::uno::UNO_QUERY_THROW);
    css::frame::DispatchHelper::create(OfficeEnvironment::session().context())
        ->executeDispatch(frame, ou(command), "", 0, {});
}

// Documents open in the office, hidden ones too.
int open_documents() {
    const auto all = OfficeEnvironment::session().desktop()->getComponents()->createEnumeration();
    int count = 0;
    for (; all->hasMoreElements(); all->nextElement())
        ++count;
    return count;
}

// The office closes what it is done with from its main loop: some seconds on
// a busy machine.
int open_documents_settled(int expected) {
    int count = open_documents();
    for (int tries = 0; count != expected && tries < 100; ++tries) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        count = open_documents();
    }
    return count;
}

} // namespace

// The menu's Merge into the document the person works in: one Ctrl+Z takes
// the whole summary away and leaves the document as it was, their own
// earlier steps still there to undo; Ctrl+Y puts the summary back.
TEST(Merge, IntoTheCurrentDocumentFromTheMenuIsUndoneByOneUndo) {
    const int documents_before = open_documents();
    const auto document = new_calc_document();
    const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                          document, css::uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    const auto own = first_sheet(document);
    css::uno::Reference<css::container::XNamed>(own, css::uno::UNO_QUERY_THROW)
        ->setName(ou("Kế hoạch của tôi"));
    put_text(own, 0, 0, "Kế hoạch bồi dưỡng");
    own->getCellByPosition(1, 1)->setValue(42);
    own->getCellByPosition(2, 1)->setFormula(ou("=B2*2"));
    undo->clear();
    put_text(own, 0, 3, "Bước cuối của tôi"); // the user's earlier undo step
    const auto before = what_the_document_shows(document);
    const auto steps_before = titles(undo->getAllUndoActionTitles());
    ASSERT_EQ(steps_before.size(), 1u);

    css::uno::Sequence<rtl::OUString> files(2);
    files.getArray()[0] = ou(statform::office::file_url(samples() / "BC_HTSD_2023_MN_Hoa_Ban.ods"));
    files.getArray()[1] =
        ou(statform::office::file_url(samples() / "BC_HTSD_2023_THCS_Thi_tran.xlsx"));
    const auto outcome =
        dispatch(document, "Merge",
                 {{"Files", css::uno::Any(files)}, {"Target", css::uno::Any(ou("current"))}});
    ASSERT_TRUE(outcome.succeeded) << outcome.message;
    for (const char* sheet : {"Tổng hợp", "Chi tiết theo đơn vị", "Nguồn dữ liệu"})
        EXPECT_TRUE(document->getSheets()->hasByName(ou(sheet))) << sheet;
    EXPECT_EQ(titles(undo->getAllUndoActionTitles()).size(), 2u);
    EXPECT_EQ(utf8(undo->getCurrentUndoActionTitle()), "Tổng hợp các tệp");
    // The totals read this document's breakdown, not a copy elsewhere.
    const auto merged = what_the_document_shows(document);
    const auto totals = totals_from_the_breakdown(document);
    EXPECT_GT(totals.size(), 20u);
    double sum = 0;
    for (const auto& [cell, value] : totals)
        sum += value;
    EXPECT_GT(sum, 0);
    for (const auto& line : merged)
        EXPECT_EQ(line.find("file:"), std::string::npos) << line;
    const css::uno::Reference<css::sheet::XSpreadsheet> breakdown(
        document->getSheets()->getByName(ou("Chi tiết theo đơn vị")), css::uno::UNO_QUERY_THROW);
    const auto print =
        css::uno::Reference<css::sheet::XPrintAreas>(breakdown, css::uno::UNO_QUERY_THROW);
    EXPECT_TRUE(print->getPrintTitleRows()) << "the copied sheet keeps its print titles";
    rtl::OUString page_style;
    css::uno::Reference<css::beans::XPropertySet>(breakdown, css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("PageStyle") >>= page_style;
    EXPECT_EQ(utf8(page_style).rfind("StatForm", 0), 0u) << utf8(page_style);

    // Ctrl+Z: the document as it was, the user's step next to undo.
    office_command(document, ".uno:Undo");
    EXPECT_EQ(what_the_document_shows(document), before);
    EXPECT_EQ(titles(undo->getAllUndoActionTitles()), steps_before);
    EXPECT_EQ(titles(undo->getAllRedoActionTitles()), std::vector<std::string>{"Tổng hợp các tệp"});
    undo->undo();
    EXPECT_EQ(utf8(own->getCellByPosition(0, 3)->getFormula()), "") << "the user's own step undone";
    EXPECT_EQ(utf8(own->getCellByPosition(0, 0)->getFormula()), "Kế hoạch bồi dưỡng");

    // Ctrl+Y twice: the user's step, then the whole summary with live totals.
    undo->redo();
    office_command(document, ".uno:Redo");
    EXPECT_EQ(what_the_document_shows(document), merged);
    EXPECT_EQ(totals_from_the_breakdown(document), totals);
    undo->undo();
    EXPECT_EQ(what_the_document_shows(document), before);

    // A new change drops the summary's redo (and the copy kept for it).
    put_text(own, 0, 5, "Ghi chú mới");
    EXPECT_EQ(undo->getAllRedoActionTitles().getLength(), 0);
    close_document(document);
    EXPECT_TRUE(OfficeEnvironment::session().alive());
    EXPECT_EQ(open_documents_settled(documents_before), documents_before)
        << "the hidden copy kept for redo is closed with the step";
}

TEST(Merge, ASecondMergeIntoTheSameDocumentAddsUpItsOwnBreakdown) {
    // Merged twice into one document (last week's files, then this week's):
    // the second summary's live totals read the second breakdown, which
    // Calc names "… (2)", not the first one.
    const auto document = new_calc_document();
    css::uno::Sequence<rtl::OUString> one(1);
    one.getArray()[0] = ou(statform::office::file_url(samples() / "BC_HTSD_2023_MN_Hoa_Ban.ods"));
    statform_service()->merge(one, document, {});
    one.getArray()[0] =
        ou(statform::office::file_url(samples() / "BC_HTSD_2023_TT_GDNN-GDTX_Tuan_Giao.xlsx"));
    statform_service()->merge(one, document, {});
    const auto sheets = document->getSheets();
    ASSERT_TRUE(sheets->hasByName(ou("Tổng hợp (2)")));
    ASSERT_TRUE(sheets->hasByName(ou("Chi tiết theo đơn vị (2)")));
    css::uno::Reference<css::sheet::XSpreadsheet> second(sheets->getByName(ou("Tổng hợp (2)")),
                                                         css::uno::UNO_QUERY_THROW);
    std::size_t formulas = 0;
    for (sal_Int32 row = 0; row < 80; ++row)
        for (sal_Int32 col = 3; col <= 4; ++col) {
            const std::string formula = utf8(second->getCellByPosition(col, row)->getFormula());
            if (formula.find("Chi tiết theo đơn vị") == std::string::npos)
                continue;
            ++formulas;
            EXPECT_NE(formula.find("Chi tiết theo đơn vị (2)"), std::string::npos) << formula;
        }
    EXPECT_GT(formulas, 20u);
    close_document(document);
}

TEST(Merge, MenuCommandWithFilesWritesANewDocument) {
    const auto document = new_calc_document();
    css::uno::Sequence<rtl::OUString> folder(1);
    folder.getArray()[0] = ou(statform::office::file_url(samples()));
    const auto outcome = dispatch(document, "Merge", {{"Files", css::uno::Any(folder)}});
    EXPECT_TRUE(outcome.succeeded) << outcome.message;
    EXPECT_NE(outcome.message.find("12/13"), std::string::npos) << outcome.message;
    // The result is a new document: this one is untouched.
    EXPECT_FALSE(document->getSheets()->hasByName("Tổng hợp"));
    close_document(document);
    EXPECT_TRUE(OfficeEnvironment::session().alive());
}

TEST(Merge, CliWritesTheNarrativeReportAsAWriterDocument) {
    const auto report = scratch_dir() / "bao-cao.odt";
    const auto summary = scratch_dir() / "tong-hop.ods";
    std::filesystem::remove(report);
    std::filesystem::remove(summary);
    const std::string command =
        statform_cli().string() +
        " merge --lang vi --level district --unit 'Phòng GD&ĐT huyện Tuần Giáo'" + " --expected '" +
        (samples() / "expected-units.txt").string() + "' --out '" + summary.string() +
        "' --narrative-out '" + report.string() + "' '" + samples().string() + "' > /dev/null";
    const int status = std::system(command.c_str());
    EXPECT_EQ(WEXITSTATUS(status), 1) << "some samples have mistakes on purpose";
    ASSERT_TRUE(std::filesystem::exists(report));
    const css::uno::Reference<css::text::XTextDocument> document(load_hidden(report),
                                                                 css::uno::UNO_QUERY_THROW);
    const std::string text = utf8(document->getText()->getString());
    EXPECT_NE(text.find("BÁO CÁO"), std::string::npos);
    EXPECT_NE(text.find("Kết quả tổ chức Tuần lễ"), std::string::npos);
    EXPECT_NE(text.find("12/13 đơn vị đã gửi báo cáo"), std::string::npos) << text.substr(0, 2000);
    EXPECT_NE(text.find("Trường Mầm non Pú Nhung"), std::string::npos)
        << "the unit that did not report is named";
    EXPECT_NE(text.find("Toàn huyện đã tổ chức 100 lớp bồi dưỡng"), std::string::npos)
        << text.substr(0, 3000);
    EXPECT_NE(text.find("[Nêu"), std::string::npos) << "places for what only a person can say";
    close_document(document);
}

namespace {

// Every text of a sheet's used area, one string (for "does the report say …").
std::string sheet_text(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       const std::string& sheet) {
    std::string text;
    for (const auto& row : read_range(document, sheet, "A1:H400"))
        for (const auto& cell : row)
            if (rtl::OUString value; cell >>= value)
                text += utf8(value) + "\n";
    return text;
}

// A list of units kept in Calc: "STT" and "Tên đơn vị" columns, saved as .xlsx.
std::filesystem::path expected_units_sheet() {
    const auto document = new_calc_document();
    const auto sheet = first_sheet(document);
    auto put = [&](sal_Int32 col, sal_Int32 row, const std::string& text) {
        put_text(sheet, col, row, text);
    };
    put(0, 0, "STT");
    put(1, 0, "Tên đơn vị");
    std::ifstream list(samples() / "expected-units.txt");
    sal_Int32 row = 1;
    for (std::string line; std::getline(list, line);)
        if (!line.empty() && line[0] != '#') {
            sheet->getCellByPosition(0, row)->setValue(row);
            put(1, row++, line);
        }
    const auto file = save_as(document, "don-vi-phai-bao-cao.xlsx", "Calc MS Excel 2007 XML");
    close_document(document);
    return file;
}

} // namespace

// Last year's summary (here: a merge of three units) given to compare with:
// the narrative says how each group changed; the list of units that must
// report comes from a sheet.
TEST(Merge, ComparesWithAnEarlierSummaryAndTakesTheUnitListFromASheet) {
    const auto earlier = new_calc_document();
    css::uno::Sequence<rtl::OUString> three(3);
    three.getArray()[0] = ou(statform::office::file_url(samples() / "BC_HTSD_2023_MN_Hoa_Ban.ods"));
    three.getArray()[1] =
        ou(statform::office::file_url(samples() / "BC_HTSD_2023_THCS_Thi_tran.xlsx"));
    three.getArray()[2] =
        ou(statform::office::file_url(samples() / "BC_HTSD_2023_MN_Muong_Thin.xlsx"));
    statform_service()->merge(three, earlier, {});
    const auto earlier_file = save_as(earlier, "tong-hop-nam-truoc.ods", "calc8");
    close_document(earlier);

    // Through the service, into a document.
    const auto document = new_calc_document();
    css::uno::Sequence<css::beans::NamedValue> options(1);
    options.getArray()[0] = css::beans::NamedValue(
        "PreviousUrl", css::uno::Any(ou(statform::office::file_url(earlier_file))));
    statform_service()->merge(sample_urls(), document, options);
    const std::string summary = sheet_text(document, "Tổng hợp");
    EXPECT_NE(summary.find("So với kỳ báo cáo trước, số lớp tăng 900% (từ 10 lên 100)"),
              std::string::npos)
        << summary;
    close_document(document);

    // Through the CLI, with the unit list as a workbook.
    const auto report = scratch_dir() / "bao-cao-so-sanh.txt";
    const auto out = scratch_dir() / "tong-hop-so-sanh.ods";
    const std::string command =
        statform_cli().string() +
        " merge --force --lang vi --governing-body 'Ủy ban nhân dân huyện Tuần Giáo' --previous '" +
        earlier_file.string() + "' --expected '" + expected_units_sheet().string() + "' --out '" +
        out.string() + "' --narrative-out '" + report.string() + "' '" + samples().string() +
        "' > /dev/null";
    const int status = std::system(command.c_str());
    EXPECT_EQ(WEXITSTATUS(status), 1) << "some samples have mistakes on purpose";
    std::ifstream in(report);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text.rfind("ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO\n", 0), 0u) << text.substr(0, 200);
    EXPECT_NE(text.find("12/13 đơn vị đã gửi báo cáo"), std::string::npos) << text;
    EXPECT_NE(text.find("Trường Mầm non Pú Nhung"), std::string::npos);
    EXPECT_NE(text.find("So với kỳ báo cáo trước, số lớp tăng 900% (từ 10 lên 100)"),
              std::string::npos)
        << text;
}

// The written report saved through the service as .docx: A4, the margins of
// Nghị định 30/2020 (top and bottom 20 mm, left 30, right 15), Times New
// Roman, and the report's own text.
TEST(Merge, SavesTheWrittenReportInTheOfficialLayout) {
    const auto report = scratch_dir() / "bao-cao-dich-vu.docx";
    std::filesystem::remove(report);
    const auto document = new_calc_document();
    css::uno::Sequence<css::beans::NamedValue> options(2);
    options.getArray()[0] = css::beans::NamedValue(
        "NarrativeUrl", css::uno::Any(ou(statform::office::file_url(report))));
    options.getArray()[1] =
        css::beans::NamedValue("UnitName", css::uno::Any(ou("Phòng GD&ĐT huyện Tuần Giáo")));
    statform_service()->merge(sample_urls(), document, options);
    close_document(document);
    ASSERT_TRUE(std::filesystem::exists(report));

    const css::uno::Reference<css::text::XTextDocument> written(load_hidden(report),
                                                                css::uno::UNO_QUERY_THROW);
    const std::string text = utf8(written->getText()->getString());
    EXPECT_NE(text.find("Kết quả tổ chức Tuần lễ"), std::string::npos);
    EXPECT_NE(text.find("Các đơn vị đã tổ chức 100 lớp bồi dưỡng"), std::string::npos)
        << text.substr(0, 3000);
    css::uno::Reference<css::container::XNameAccess> pages(
        css::uno::Reference<css::style::XStyleFamiliesSupplier>(written, css::uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> page(pages->getByName("Standard"),
                                                       css::uno::UNO_QUERY_THROW);
    auto mm100 = [&](const char* name) {
        sal_Int32 value = 0;
        page->getPropertyValue(ou(name)) >>= value;
        return value;
    };
    EXPECT_NEAR(mm100("Width"), 21000, 10);
    EXPECT_NEAR(mm100("Height"), 29700, 10);
    EXPECT_NEAR(mm100("TopMargin"), 2000, 10);
    EXPECT_NEAR(mm100("BottomMargin"), 2000, 10);
    EXPECT_NEAR(mm100("LeftMargin"), 3000, 10);
    EXPECT_NEAR(mm100("RightMargin"), 1500, 10);
    // The body's font, at the first paragraph of results.
    const auto search =
        css::uno::Reference<css::util::XSearchable>(written, css::uno::UNO_QUERY_THROW);
    const auto descriptor = search->createSearchDescriptor();
    descriptor->setSearchString(ou("PHÒNG GD&ĐT HUYỆN TUẦN GIÁO")); // the heading block's table
    EXPECT_TRUE(search->findFirst(descriptor).is()) << "the reporting unit heads the report";
    descriptor->setSearchString(ou("Các đơn vị đã tổ chức 100 lớp"));
    const auto found = search->findFirst(descriptor);
    ASSERT_TRUE(found.is());
    rtl::OUString font;
    float size = 0;
    css::uno::Reference<css::beans::XPropertySet>(found, css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("CharFontName") >>= font;
    css::uno::Reference<css::beans::XPropertySet>(found, css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("CharHeight") >>= size;
    EXPECT_EQ(utf8(font), "Times New Roman");
    EXPECT_GE(size, 13.0f);
    EXPECT_LE(size, 14.0f);
    close_document(written);
}
