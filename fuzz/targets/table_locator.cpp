// Fuzz target: finding the statistics table in a workbook and validating
// it, on workbooks decoded from the input (support/workbook_codec.hpp):
// 1-3 sheets of up to 60 x 10 cells built from real labels, units, headers
// and typed values, retyped the ways units retype them, plus raw bytes.
//
// One flag of the input chooses between validate_workbook (which locates
// the table itself) and the locator alone, whose result is then checked:
// the indexes the rest of StatForm trusts (validation, merge and the office
// adapter index grids and editions with them without further checks).
// Doing both on every input would halve the speed, and the locator is most
// of the time spent.
#include "core/locate/table_locator.hpp"
#include "core/rules/validation.hpp"
#include "support/contract.hpp"
#include "support/shipped_data.hpp"
#include "support/workbook_codec.hpp"

#include <cstddef>
#include <cstdint>

using namespace statform;

namespace {

using fuzz::check;

void check_table(const core::TableSearch& search, const core::Workbook& workbook,
                 const std::vector<core::Edition>& editions) {
    const core::LocatedTable& table = search.table;
    check(table.confidence >= 0.0 && table.confidence <= 1.0, "confidence outside [0, 1]");
    if (!table.found())
        return;
    check(table.sheet_index < workbook.sheets.size(), "sheet_index outside the workbook");
    check(table.edition_index < editions.size(), "edition_index outside the editions");
    const core::Grid& grid = workbook.sheets[table.sheet_index].grid;
    const core::Edition& edition = editions[table.edition_index];
    check(table.columns.label < grid.cols(), "label column outside the grid");
    std::size_t previous_row = 0;
    for (const core::RowMatch& match : table.matches) {
        check(match.grid_row < grid.rows(), "matched row outside the grid");
        check(match.template_row < edition.rows.size(), "matched template row outside the edition");
        check(match.grid_row >= previous_row, "matches not ordered by grid row");
        previous_row = match.grid_row;
    }
    for (const core::UnmatchedRow& row : table.unmatched_rows)
        check(row.grid_row < grid.rows(), "unmatched row outside the grid");
    for (const std::size_t row : table.missing_template_rows)
        check(row < edition.rows.size(), "missing template row outside the edition");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::shipped_catalog();
    fuzz::findings_phrases();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const core::TemplateCatalog& catalog = fuzz::shipped_catalog();
    const fuzz::DecodedInput input = fuzz::decode_workbook(data, size, catalog.editions());

    if (input.locate_only) {
        check_table(core::locate_statistics_table(input.workbook, catalog.editions()),
                    input.workbook, catalog.editions());
        return 0;
    }
    core::ValidationOptions options;
    options.previous_year = input.previous_year;
    core::validate_workbook(input.workbook, catalog, fuzz::findings_phrases(), input.language,
                            options);
    return 0;
}
