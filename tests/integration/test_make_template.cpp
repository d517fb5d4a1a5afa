// "Make a template from this table…" (org.statform:MakeTemplate) in a real
// office, driven as the other commands are: with arguments, as the dialog
// passes them. Each shipped edition inserted by Insert template makes back
// the shipped template; forms typed by hand (.xlsx, .ods) find the 2023
// keys; a unit the catalogue does not know is asked for and saved beside
// the template; the new template is offered by Insert and read by Validate
// at once, with no restart; bad sheets and existing ids save nothing.
#include "core/templates/edition_parser.hpp"
#include "core/templates/json_document.hpp"
#include "office/office_session.hpp"
#include "office_fixture.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <gtest/gtest.h>

#include <fstream>

namespace statform::test {
namespace {

namespace fs = std::filesystem;

// Whatever a test saves in the user templates folder is gone after it, so
// every other test sees the shipped editions only.
class MakeTemplate : public ::testing::Test {
  protected:
    void TearDown() override {
        for (const auto& entry : fs::directory_iterator(user_templates_folder()))
            fs::remove_all(entry.path());
    }
};

std::vector<std::pair<std::string, css::uno::Any>> new_edition(const std::string& id, int year,
                                                               const std::string& title) {
    return {{"TemplateId", css::uno::Any(ou(id))},
            {"Year", css::uno::Any(sal_Int32(year))},
            {"Title", css::uno::Any(ou(title))}};
}

// The template file as StatForm reads it.
std::optional<core::Edition> saved_edition(const std::string& id) {
    const fs::path file = user_templates_folder() / (id + ".json");
    std::vector<core::LoadProblem> problems;
    const auto text = core::json_load::read_file(file, file.string(), problems);
    if (!text)
        return std::nullopt;
    std::vector<core::LoadProblem> unit_problems;
    core::TemplateCatalog catalog = core::TemplateCatalog::load(
        {STATFORM_SOURCE_DIR "/extension/templates", user_templates_folder()}, unit_problems);
    return core::parse_edition(*text, file.string(), catalog.unit_types(), problems);
}

void expect_same_rows(const core::Edition& made, const core::Edition& shipped) {
    ASSERT_EQ(made.rows.size(), shipped.rows.size());
    for (std::size_t r = 0; r < shipped.rows.size(); ++r) {
        const core::TemplateRow& got = made.rows[r];
        const core::TemplateRow& want = shipped.rows[r];
        SCOPED_TRACE(want.key);
        EXPECT_EQ(got.code, want.code);
        EXPECT_EQ(got.label, want.label); // letter for letter
        EXPECT_EQ(got.unit_text, want.unit_text);
        EXPECT_EQ(got.unit_type_id, want.unit_type_id);
        EXPECT_EQ(got.key, want.key);
        EXPECT_EQ(got.parent_key, want.parent_key);
        EXPECT_EQ(got.is_group, want.is_group);
        EXPECT_EQ(got.sums_children, want.sums_children);
    }
}

css::uno::Reference<css::sheet::XSpreadsheetDocument>
document_with_inserted(const std::string& edition_id) {
    const auto document = new_calc_document();
    const auto inserted =
        dispatch(document, "InsertTemplate", {{"TemplateId", css::uno::Any(ou(edition_id))}});
    EXPECT_TRUE(inserted.succeeded) << inserted.message;
    return document;
}

class RoundTrip : public MakeTemplate, public ::testing::WithParamInterface<const char*> {};

TEST_P(RoundTrip, AnInsertedShippedEditionMakesBackTheShippedTemplate) {
    const core::Edition& shipped = *shipped_templates().find(GetParam());
    const auto document = document_with_inserted(shipped.id);
    const std::string id = "rt-" + std::to_string(shipped.year);
    const auto made = dispatch(document, "MakeTemplate", new_edition(id, 2099, shipped.title));
    ASSERT_TRUE(made.succeeded) << made.message;
    EXPECT_NE(made.message.find(id), std::string::npos) << made.message;
    const auto edition = saved_edition(id);
    ASSERT_TRUE(edition);
    EXPECT_EQ(edition->title, shipped.title);
    EXPECT_EQ(edition->level, shipped.level);
    EXPECT_EQ(edition->code_header, shipped.code_header);
    EXPECT_EQ(edition->unit_header, shipped.unit_header);
    EXPECT_EQ(edition->count_header, shipped.count_header);
    EXPECT_EQ(edition->people_header, shipped.people_header);
    expect_same_rows(*edition, shipped);
    close_document(document);
}

INSTANTIATE_TEST_SUITE_P(MakeTemplate, RoundTrip,
                         ::testing::Values("htsd-2023", "htsd-2022", "htsd-2020-district"),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::erase(name, '-');
                             return name;
                         });

TEST_F(MakeTemplate, TheNewTemplateIsOfferedAndValidatedAtOnceWithNoRestart) {
    const auto source = document_with_inserted("htsd-2023");
    const auto made = dispatch(source, "MakeTemplate",
                               new_edition("htsd-2099", 2099, "MẪU TỔNG HỢP SỐ LIỆU NĂM 2099"));
    ASSERT_TRUE(made.succeeded) << made.message;
    close_document(source);

    bool listed = false;
    for (const auto& info : statform_service()->listTemplates())
        listed = listed || utf8(info.Id) == "htsd-2099";
    EXPECT_TRUE(listed) << "listTemplates does not offer the new template";
    const auto document = new_calc_document();
    const auto inserted =
        dispatch(document, "InsertTemplate", {{"TemplateId", css::uno::Any(ou("htsd-2099"))}});
    ASSERT_TRUE(inserted.succeeded) << inserted.message;
    EXPECT_NE(inserted.message.find("htsd-2099"), std::string::npos) << inserted.message;
    const auto validated = dispatch(document, "Validate");
    EXPECT_TRUE(validated.succeeded) << validated.message;
    EXPECT_NE(validated.message.find("0 lỗi"), std::string::npos) << validated.message;
    close_document(document);
}

TEST_F(MakeTemplate, FormsTypedByHandKeepTheirTextAndFindThe2023Keys) {
    const fs::path samples = fs::path(STATFORM_SOURCE_DIR) / "samples";
    const core::Edition& shipped = *shipped_templates().find("htsd-2023");
    for (const char* name :
         {"TH Chieng Sinh - bao cao tuan le HTSD.xlsx", "BC_HTSD_2023_MN_Hoa_Ban.ods"}) {
        SCOPED_TRACE(name);
        const auto document = load_hidden(samples / name);
        const auto made = dispatch(document, "MakeTemplate", new_edition("typed", 2099, "X"));
        ASSERT_TRUE(made.succeeded) << made.message;
        const auto edition = saved_edition("typed");
        ASSERT_TRUE(edition);
        ASSERT_EQ(edition->rows.size(), shipped.rows.size());
        for (std::size_t r = 0; r < shipped.rows.size(); ++r)
            EXPECT_EQ(edition->rows[r].key, shipped.rows[r].key) << edition->rows[r].label;
        close_document(document);
        fs::remove(user_templates_folder() / "typed.json");
    }
}

// The cell of `text` in the first 120 rows and 8 columns of `sheet`, as (col, row).
std::optional<std::pair<sal_Int32, sal_Int32>>
find_text(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::string& text) {
    for (sal_Int32 row = 0; row < 120; ++row)
        for (sal_Int32 col = 0; col < 8; ++col) {
            css::uno::Reference<css::text::XTextRange> cell(sheet->getCellByPosition(col, row),
                                                            css::uno::UNO_QUERY_THROW);
            if (utf8(cell->getString()) == text)
                return std::pair{col, row};
        }
    return std::nullopt;
}

TEST_F(MakeTemplate, AUnitTheCatalogueDoesNotKnowIsAskedForThenSavedBesideTheTemplate) {
    const auto document = document_with_inserted("htsd-2023");
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(
        document->getSheets()->getByName(ou("Thống kê HTSĐ 2023")), css::uno::UNO_QUERY_THROW);
    const auto label = find_text(sheet, "Số huyện tổ chức Lễ khai mạc Tuần lễ");
    ASSERT_TRUE(label);
    put_text(sheet, label->first, label->second, "Số xã, phường tổ chức Lễ khai mạc Tuần lễ");
    const auto unit = find_text(sheet, "Huyện");
    ASSERT_TRUE(unit);
    put_text(sheet, unit->first, unit->second, "Xã, phường");

    auto arguments = new_edition("htsd-2025-xa", 2025, "MẪU TỔNG HỢP SỐ LIỆU NĂM 2025");
    const auto asked = dispatch(document, "MakeTemplate", arguments);
    EXPECT_FALSE(asked.succeeded);
    EXPECT_NE(asked.message.find("«Xã, phường»"), std::string::npos) << asked.message;
    EXPECT_TRUE(fs::is_empty(user_templates_folder())) << "nothing is saved until it is right";

    css::uno::Sequence<rtl::OUString> answers(1);
    answers.getArray()[0] = ou("Xã, phường=new:count");
    arguments.emplace_back("UnitTypes", css::uno::Any(answers));
    const auto made = dispatch(document, "MakeTemplate", arguments);
    ASSERT_TRUE(made.succeeded) << made.message;
    EXPECT_TRUE(fs::exists(user_templates_folder() / "unit-types.json"));
    const auto edition = saved_edition("htsd-2025-xa");
    ASSERT_TRUE(edition);
    const auto row = std::find_if(edition->rows.begin(), edition->rows.end(), [](const auto& r) {
        return r.label == "Số xã, phường tổ chức Lễ khai mạc Tuần lễ";
    });
    ASSERT_NE(row, edition->rows.end());
    EXPECT_EQ(row->unit_type_id, "xa_phuong");
    close_document(document);

    // Inserted and validated as any edition, the new unit included.
    const auto fresh = new_calc_document();
    ASSERT_TRUE(
        dispatch(fresh, "InsertTemplate", {{"TemplateId", css::uno::Any(ou("htsd-2025-xa"))}})
            .succeeded);
    const auto validated = dispatch(fresh, "Validate");
    EXPECT_NE(validated.message.find("0 lỗi"), std::string::npos) << validated.message;
    close_document(fresh);
}

TEST_F(MakeTemplate, ASheetWithoutATableOrAnIdInUseSavesNothing) {
    const auto empty = new_calc_document();
    const auto none = dispatch(empty, "MakeTemplate", new_edition("htsd-2098", 2098, "X"));
    EXPECT_TRUE(none.finished);
    EXPECT_FALSE(none.succeeded);
    EXPECT_NE(none.message.find("không có bảng số liệu"), std::string::npos) << none.message;
    close_document(empty);

    const auto document = document_with_inserted("htsd-2023");
    const auto shipped_id = dispatch(document, "MakeTemplate", new_edition("htsd-2023", 2023, "X"));
    EXPECT_FALSE(shipped_id.succeeded);
    EXPECT_NE(shipped_id.message.find("htsd-2023"), std::string::npos) << shipped_id.message;
    EXPECT_TRUE(fs::is_empty(user_templates_folder()));

    ASSERT_TRUE(dispatch(document, "MakeTemplate", new_edition("htsd-2097", 2097, "A")).succeeded);
    const auto again = dispatch(document, "MakeTemplate", new_edition("htsd-2097", 2097, "B"));
    EXPECT_FALSE(again.succeeded) << "an existing template is replaced only when asked";
    EXPECT_EQ(saved_edition("htsd-2097")->title, "A");
    auto replace = new_edition("htsd-2097", 2097, "B");
    replace.emplace_back("Replace", css::uno::Any(true));
    EXPECT_TRUE(dispatch(document, "MakeTemplate", replace).succeeded);
    EXPECT_EQ(saved_edition("htsd-2097")->title, "B");
    close_document(document);
}

// The 2025 example's templates in the user's folder (as an office that made
// them has): its reports merge in the office into the 2025 edition, last
// year's district report with them, and the narrative under the summary
// speaks of the communes and wards.
TEST_F(MakeTemplate, ReportsInAMadeTemplateMergeInTheOffice) {
    const fs::path example = fs::path(STATFORM_SOURCE_DIR) / "samples" / "2025-xa-phuong";
    for (const auto& entry : fs::directory_iterator(example / "templates"))
        fs::copy_file(entry.path(), user_templates_folder() / entry.path().filename());
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(example))
        if (entry.path().filename().string().starts_with("BC_HTSD_"))
            names.push_back(office::file_url(entry.path()));
    ASSERT_EQ(names.size(), 4u);
    css::uno::Sequence<rtl::OUString> files(static_cast<sal_Int32>(names.size()));
    for (std::size_t i = 0; i < names.size(); ++i)
        files.getArray()[i] = ou(names[i]);
    const auto document = new_calc_document();
    const auto merged = dispatch(document, "Merge",
                                 {{"Files", css::uno::Any(files)},
                                  {"TemplateId", css::uno::Any(ou("htsd-2025-xa-phuong"))},
                                  {"Target", css::uno::Any(ou("current"))}});
    ASSERT_TRUE(merged.succeeded) << merged.message;
    EXPECT_NE(merged.message.find("4/4"), std::string::npos) << merged.message;
    std::string summary;
    for (const auto& row : read_range(document, "Tổng hợp", "A1:F400"))
        for (const auto& cell : row)
            if (rtl::OUString text; cell >>= text)
                summary += utf8(text) + "\n";
    EXPECT_NE(summary.find("Số xã, phường tổ chức Lễ khai mạc Tuần lễ"), std::string::npos);
    EXPECT_NE(summary.find("3 xã, phường"), std::string::npos) << "the narrative under the summary";
    close_document(document);
}

TEST_F(MakeTemplate, TheDialogIsPackaged) {
    expect_dialog_with_controls("MakeTemplate.xdl",
                                {"txtId", "txtYear", "lstLevel", "txtTitle", "txtTheme", "lstRows",
                                 "lstKey", "lstUnits", "lstUnitIs", "txtProblems", "btnSave",
                                 "btnCancel"});
}

} // namespace
} // namespace statform::test
