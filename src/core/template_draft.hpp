// "Make a template from this table": a new edition of the official form,
// drafted from a sheet that holds its statistics table, so that office staff
// never have to write template JSON by hand.
//
// The table is found with the same header locator Validate uses; its codes
// give the groups, its units are looked up in the unit-type catalogue, and
// every row gets the semantic key of the closest row of the known editions
// (the label matching of the locator and Merge), so next year's form compares
// and merges with the earlier ones. Anything that cannot be drafted as it is
// typed (no table, a duplicated code, a code that skips a level, an empty
// label, a missing or unknown unit) is a problem naming the sheet cell; no
// edition is returned until there are none.
#pragma once

#include "core/findings.hpp"
#include "core/grid.hpp"
#include "core/string_table.hpp"
#include "core/template_catalog.hpp"
#include "core/template_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace statform::core {

// What the sheet does not say about the new edition.
struct DraftRequest {
    std::string id;    // "htsd-2024"
    int year = 0;      // 2024
    std::string title; // the table's title as printed
    std::string level; // "province" / "district"; empty: the level of the closest known edition
    std::string sheet_name; // for messages
    Language language = Language::Vietnamese;
};

// Where a drafted row's key comes from.
struct DraftKey {
    std::string key;           // the key given to the row
    bool reused = false;       // taken from a known row (else made up: a new row)
    std::string known_edition; // the edition of the closest known row; empty when none
    std::string known_key;     // the key of that row (even when not reused)
    std::string known_label;   // its label, for the report
    double confidence = 0.0;   // label similarity with it, 0..1
};

struct DraftProblem {
    std::string what;            // stable code: "no-table", "duplicate-code", ...
    std::optional<CellRef> cell; // sheet cell (0-based sheet row/column); absent for the sheet
    std::string message;         // in the requested language, naming the cell
    std::string typed;           // what the cell holds when that is the fault (a unit, a code)
};

struct TemplateDraft {
    std::optional<Edition> edition; // only when `problems` is empty
    std::vector<DraftKey> keys;     // one per edition row, in order
    std::vector<DraftProblem> problems;
    std::string sheet;           // the sheet drafted from
    std::string closest_edition; // the known edition most like the table
    // Sheet cell of each edition row's label, for the report.
    std::vector<CellRef> label_cells;

    bool ok() const { return edition.has_value(); }
};

// Labels at least this similar to a known row's share its key.
inline constexpr double kDraftReuseKeyMinimum = 0.8;

// Drafts an edition from the statistics table of `grid`. `phrases` is
// dialogs/template-draft.json. Pure: reads nothing, writes nothing.
TemplateDraft draft_edition_from_grid(const Grid& grid, const TemplateCatalog& catalog,
                                      const StringTable& phrases, const DraftRequest& request);

// The same for the sheet of `workbook` that holds the table: the one the
// locator recognises (as Validate does), else the first with a table header,
// else the first sheet (whose problem then says it has no table).
// request.sheet_name is set to that sheet's name.
TemplateDraft draft_edition_from_workbook(const Workbook& workbook, const TemplateCatalog& catalog,
                                          const StringTable& phrases, DraftRequest request);

} // namespace statform::core
