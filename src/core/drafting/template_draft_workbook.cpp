// Drafting a template from a workbook: which of its sheets holds the table.
#include "core/drafting/template_draft.hpp"
#include "core/locate/locator_header.hpp"
#include "core/locate/locator_sheet.hpp"
#include "core/locate/table_locator.hpp"

namespace statform::core {
namespace {

std::optional<std::size_t> sheet_with_table(const Workbook& workbook,
                                            const TemplateCatalog& catalog) {
    if (workbook.sheets.empty())
        return std::nullopt;
    // A form that is mostly like a known edition is found as Validate finds it.
    const TableSearch search = locate_statistics_table(workbook, catalog.editions());
    if (search.table.found())
        return search.table.sheet_index;
    // A really new form may match no edition well enough: its header still shows.
    for (std::size_t s = 0; s < workbook.sheets.size(); ++s)
        if (locator::find_header(locator::SheetText(workbook.sheets[s].grid)))
            return s;
    return 0;
}

} // namespace

TemplateDraft draft_edition_from_workbook(const Workbook& workbook, const TemplateCatalog& catalog,
                                          const StringTable& phrases, DraftRequest request) {
    const std::optional<std::size_t> sheet = sheet_with_table(workbook, catalog);
    if (!sheet)
        return draft_edition_from_grid(Grid{}, catalog, phrases, request);
    request.sheet_name = workbook.sheets[*sheet].name;
    return draft_edition_from_grid(workbook.sheets[*sheet].grid, catalog, phrases, request);
}

} // namespace statform::core
