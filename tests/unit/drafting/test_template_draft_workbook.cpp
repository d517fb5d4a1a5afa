// Drafting a template from a workbook on disk: the bundled 2023 sample (a
// form inserted by StatForm and filled in) read with the file reader gives a
// template file that the catalogue loads and whose rows are the 2023 rows.
#include "core/drafting/template_draft.hpp"
#include "core/templates/edition_writer.hpp"
#include "io/read_workbook.hpp"
#include "test_data.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace statform {
namespace {

using namespace core;

TEST(TemplateDraftWorkbook, SampleOf2023DraftsATemplateTheCatalogueLoadsWithThe2023Rows) {
    const io::ReadResult read =
        io::read_workbook(STATFORM_SOURCE_DIR "/samples/BC_HTSD_2023_MN_Hoa_Ban.ods");
    ASSERT_TRUE(read.ok()) << read.message;
    DraftRequest request{"htsd-2024", 2024, "MẪU TỔNG HỢP SỐ LIỆU NĂM 2024"};
    request.language = Language::English;
    const TemplateDraft draft = draft_edition_from_workbook(
        *read.workbook, test_data::catalog(), test_data::phrases("template-draft.json"), request);
    ASSERT_TRUE(draft.ok()) << (draft.problems.empty() ? "" : draft.problems.front().message);
    EXPECT_EQ(draft.closest_edition, "htsd-2023");

    const auto folder =
        std::filesystem::temp_directory_path() / ("statform-draft-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "htsd-2024.json", std::ios::binary)
        << write_edition_json(*draft.edition);
    std::vector<LoadProblem> problems;
    const TemplateCatalog catalog =
        TemplateCatalog::load({STATFORM_TEMPLATES_DIR, folder}, problems);
    std::filesystem::remove_all(folder);
    for (const LoadProblem& problem : problems)
        ADD_FAILURE() << problem.message;
    const Edition* drafted = catalog.find("htsd-2024");
    ASSERT_NE(drafted, nullptr);
    EXPECT_EQ(drafted->year, 2024);
    EXPECT_EQ(drafted->rows, test_data::edition("htsd-2023").rows);
}

} // namespace
} // namespace statform
