// The two ways StatForm reads a source workbook must see the same thing:
// liborcus from disk (the fast path) and the office itself (the path for
// .xls), on the same .ods and .xlsx files: values, texts, cached formula
// results, merged cells, and the used area's origin.
#include "office_fixture.hpp"

#include "io/read_workbook.hpp"
#include "sheets/document_grid.hpp"

using namespace statform;
using namespace statform::test;

namespace {

std::string describe(const core::Cell& cell) {
    switch (cell.kind) {
    case core::CellKind::Empty:
        return "(empty)";
    case core::CellKind::Number:
        return "number " + std::to_string(cell.number);
    case core::CellKind::Text:
        return "text «" + cell.text + "»";
    case core::CellKind::Error:
        return "error " + cell.text;
    }
    return "?";
}

// A cell as a reader of the table sees it: a formula's empty-string result
// and an empty cell are both "nothing".
core::Cell at(const core::Grid& grid, std::size_t sheet_row, std::size_t sheet_col) {
    if (sheet_row < grid.origin_row || sheet_col < grid.origin_col)
        return {};
    const auto r = sheet_row - grid.origin_row, c = sheet_col - grid.origin_col;
    if (r >= grid.rows() || c >= grid.cols())
        return {};
    auto cell = grid.at(r, c);
    if (cell.kind == core::CellKind::Text && cell.text.empty())
        return {};
    return cell;
}

// Merged areas in sheet coordinates, sorted: the two readers may list them
// in another order and start their grids at other cells.
std::vector<std::string> merged_areas(const core::Grid& grid) {
    std::vector<std::string> areas;
    for (const auto& m : grid.merged)
        areas.push_back("R" + std::to_string(grid.origin_row + m.first_row + 1) + "C" +
                        std::to_string(grid.origin_col + m.first_col + 1) + ":R" +
                        std::to_string(grid.origin_row + m.last_row + 1) + "C" +
                        std::to_string(grid.origin_col + m.last_col + 1));
    std::sort(areas.begin(), areas.end());
    return areas;
}

} // namespace

TEST(Readers, LiborcusAndTheOfficeReadTheSamplesAlike) {
    int files = 0, cells = 0;
    std::size_t merged = 0;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(STATFORM_SOURCE_DIR) / "samples")) {
        const auto extension = entry.path().extension().string();
        if (extension != ".ods" && extension != ".xlsx")
            continue;
        SCOPED_TRACE(entry.path().filename().string());
        const auto from_disk = io::read_workbook(entry.path());
        ASSERT_TRUE(from_disk.ok()) << from_disk.message;
        const css::uno::Reference<css::sheet::XSpreadsheetDocument> document(
            load_hidden(entry.path()), css::uno::UNO_QUERY_THROW);
        const auto from_office = sheets::read_document(document, entry.path().string());
        close_document(document);
        ASSERT_EQ(from_disk.workbook->sheets.size(), from_office.sheets.size());
        for (std::size_t s = 0; s < from_office.sheets.size(); ++s) {
            const auto& a = from_disk.workbook->sheets[s];
            const auto& b = from_office.sheets[s];
            EXPECT_EQ(a.name, b.name);
            EXPECT_EQ(merged_areas(a.grid), merged_areas(b.grid)) << a.name;
            merged += a.grid.merged.size();
            const auto rows =
                std::max(a.grid.origin_row + a.grid.rows(), b.grid.origin_row + b.grid.rows());
            const auto cols =
                std::max(a.grid.origin_col + a.grid.cols(), b.grid.origin_col + b.grid.cols());
            for (std::size_t r = 0; r < rows; ++r)
                for (std::size_t c = 0; c < cols; ++c) {
                    const auto x = at(a.grid, r, c), y = at(b.grid, r, c);
                    ++cells;
                    EXPECT_EQ(x.kind, y.kind)
                        << a.name << " R" << r + 1 << "C" << c + 1 << ": liborcus " << describe(x)
                        << ", office " << describe(y);
                    if (x.kind == y.kind && x.kind == core::CellKind::Number)
                        EXPECT_DOUBLE_EQ(x.number, y.number)
                            << a.name << " R" << r + 1 << "C" << c + 1;
                    if (x.kind == y.kind && x.kind == core::CellKind::Text)
                        EXPECT_EQ(x.text, y.text) << a.name << " R" << r + 1 << "C" << c + 1;
                }
        }
        ++files;
    }
    EXPECT_GE(files, 8);
    EXPECT_GT(cells, 1000);
    EXPECT_GT(merged, 20u) << "the samples' title blocks and headers have merged cells";
}
