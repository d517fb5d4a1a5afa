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

#include "core/rules/findings.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/templates/template_model.hpp"
#include "core/templates/unit_types.hpp"
#include "core/values/grid.hpp"
#include "core/values/string_table.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace statform::core {

// A person's answer about a unit the catalogue does not know ("Xã, phường"):
// another spelling of a known unit type, or a new unit type that fills the
// given columns and counts the given kind of thing.
struct UnitAnswer {
    std::string typed;          // the unit as typed on the sheet
    std::string same_as;        // id of a known unit type; empty: a new unit type
    bool count_column = true;   // new unit: fills "Số lớp/số cuộc thi"
    bool people_column = false; // new unit: fills "Người"
    QuantityKind kind = QuantityKind::Count;
};

// What the sheet does not say about the new edition.
struct DraftRequest {
    std::string id;    // "htsd-2024"
    int year = 0;      // 2024
    std::string title; // the table's title as printed
    std::string theme; // the week's theme this year, as the letter gives it
    std::string level; // "province" / "district"; empty: the level of the closest known edition
    std::string sheet_name; // for messages
    Language language = Language::Vietnamese;
    std::vector<UnitAnswer> unit_answers;
    // Keys chosen by the person, by the cell of the row's label ("C14"): a
    // key of a known edition's row, or "" for a new key of the row's own.
    std::map<std::string, std::string> chosen_keys;
};

// Where a drafted row's key comes from.
struct DraftKey {
    std::string key;           // the key given to the row
    bool reused = false;       // taken from a known row (else made up: a new row)
    std::string known_edition; // the edition of the closest known row; empty when none
    std::string known_key;     // the key of that row (even when not reused)
    std::string known_label;   // its label, for the report
    double confidence = 0.0;   // label similarity with it, 0..1
    bool chosen = false;       // the person chose it (DraftRequest::chosen_keys)
};

// A known row a drafted row could take its key from, for the person to choose.
struct KeyCandidate {
    std::string key;
    std::string edition; // the newest edition with a row of that key
    std::string label;   // that row's label
    double confidence = 0.0;
};

struct DraftProblem {
    std::string what;            // stable code: "no-table", "duplicate-code", ...
    std::optional<CellRef> cell; // sheet cell (0-based sheet row/column); absent for the sheet
    std::string message;         // in the requested language, naming the cell
    std::string typed;           // what the cell holds when that is the fault (a unit, a code)
};

struct TemplateDraft {
    std::optional<Edition> edition; // only when `problems` is empty
    Edition preview;            // the edition as far as it could be drafted, for the person to see
    std::string title_guess;    // the form's title as printed above the table, if it is there
    std::vector<DraftKey> keys; // one per edition row, in order
    std::vector<DraftProblem> problems;
    std::string sheet;           // the sheet drafted from
    std::string closest_edition; // the known edition most like the table
    // Sheet cell of each edition row's label, for the report.
    std::vector<CellRef> label_cells;
    // Per edition row, the known keys it could take, most alike first.
    std::vector<std::vector<KeyCandidate>> key_candidates;
    // The unit types the answers made or changed (a new spelling), which
    // must be saved in the unit-types.json beside the template.
    std::vector<UnitType> unit_types_to_save;
    // The unit types the draft was made with: the catalogue's and the answers'.
    UnitTypeCatalog unit_types;

    bool ok() const { return edition.has_value(); }
};

// Labels at least this similar to a known row's share its key.
inline constexpr double kDraftReuseKeyMinimum = 0.8;

// How many known keys the person is offered per row.
inline constexpr std::size_t kDraftKeyCandidates = 6;

// Drafts an edition from the statistics table of `grid`. `phrases` is
// dialogs/template-draft.json. Pure: reads nothing, writes nothing.
TemplateDraft draft_edition_from_grid(const Grid& grid, const TemplateCatalog& catalog,
                                      const StringTable& phrases, const DraftRequest& request);

// The report's outline (Phụ lục I) and headings of `closest`, for a new
// edition drafted from its table: the outline changes less often than the
// table and is not on the sheet; "năm 2023" in the headings becomes the new
// edition's year.
void carry_report_outline(Edition& edition, const Edition& closest);

// The same for the sheet of `workbook` that holds the table: the one the
// locator recognises (as Validate does), else the first with a table header,
// else the first sheet (whose problem then says it has no table).
// request.sheet_name is set to that sheet's name.
TemplateDraft draft_edition_from_workbook(const Workbook& workbook, const TemplateCatalog& catalog,
                                          const StringTable& phrases, DraftRequest request);

} // namespace statform::core
