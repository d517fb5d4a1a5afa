// The validation rules engine: checks a filled statistics table the way a
// careful reviewer at the Department would, and says what it finds in the
// user's language. Pure core: no office, no files (the caller loads the
// catalogue and dialogs/findings.json).
//
// Rule codes (stable; severity never changes for a code):
//
//  Reading cells (rules_values.cpp)
//   number-as-text          warning  "1.200" typed as text: read as 1200, counted
//   number-with-unit        warning  "12 lớp": read as 12, counted
//   unreadable-value        error    "mười", "1,200", "abc": not counted
//   formula-error           error    "#DIV/0!", "Err:502": not counted
//   negative-number         error
//   not-whole-number        error    2,5 classes or people
//   money-fraction          error    a đồng amount with fractions of a đồng
//  Columns (rules_columns.cpp)
//   value-in-unused-column  error    a value in the column the unit does not use while the
//                                    used one is filled; the stray value is not counted. A
//                                    summing group uses its children's columns too
//                                    (row_columns.hpp): people on "1. Các lớp…" are its total
//   value-in-wrong-column   warning  a single-quantity row filled only in the other column:
//                                    read from there, counted
//   group-value-in-unused-column warning  the same for a group that sums its children:
//                                    not reinterpreted, not counted
//   value-in-heading-row    warning  a value on a heading row without a unit: not counted
//  Pairs (rules_pairs.cpp), for units whose people attend what is counted
//  (a "max_people_per_*" threshold: Lớp/người, Số cuộc/người)
//   people-without-count    error    people but no (or 0) classes/events
//   count-without-people    error    classes/events but no (or 0) people
//   people-below-count      error    fewer people than classes/events
//  Groups (rules_groups.cpp)
//   group-sum-mismatch      error    a filled group (or "Tổng số người tham gia") differs
//                                    from the sum of its filled children; names the text
//                                    cells its SUM formula skipped, or else the one cell
//                                    that explains it when exactly one does; the total is
//                                    not counted. A child printed without a number among
//                                    numbered ones (GroupShare::Either) may be in the total
//                                    or not: either sum is right, the same in every column
//   group-total-reading     info     which of those two readings the unit's total used
//  Plausibility (rules_plausibility.cpp, rules_year.cpp): thresholds from the catalogue
//   people-per-class-high   warning  people ÷ classes > max_people_per_class
//   people-per-event-high   warning  people ÷ events > max_people_per_event
//   money-too-small         warning  0 < đồng amount < min_money_value
//   too-many-districts      warning  > max_districts_per_province
//   too-many-communes       warning  > max_communes_per_district
//   year-on-year-change     warning  larger ÷ smaller of this and last year's value
//                                    exceeds 1 + max_year_on_year_change_percent/100
//   empty-report            warning  every quantity cell of the table is empty
//  Rows and table (rules_table.cpp)
//   approximate-row-match   warning  a label matched only approximately
//   unrecognised-row        warning  a table row matching no template row: not counted
//   row-code-differs        info     the typed code ("1.3") is not the template's
//   row-out-of-order        info     a row placed elsewhere than in the template
//   template-row-missing    info     a template row not in the sheet: "not reported"
//   table-not-found         error
//   unknown-edition         error
//   quantity-column-missing error    the "Số lớp/số cuộc thi" or "Người" column not found
//   quantity-columns-guessed info    the two quantity columns placed by position
//   other-table-found       info     another sheet also holds a statistics table
//  Safe fixes (safe_fixes.cpp)
//   group-total-empty       info     an empty group cell whose children are all valid
//                                    (one of them a number cell, so the total is no
//                                    formula): a fix fills in their sum. Numbers typed as
//                                    text get a fix under their own finding.
#pragma once

#include "core/locate/table_locator.hpp"
#include "core/rules/findings.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/templates/template_model.hpp"
#include "core/templates/unit_types.hpp"
#include "core/values/grid.hpp"
#include "core/values/string_table.hpp"

#include <optional>

namespace statform::core {

struct ValidationOptions {
    // Last year's values (the `values` of last year's ValidationReport, or
    // values merge produced): rows are compared by TemplateRow::key, so the
    // two reports may use different editions.
    std::optional<ReportedValues> previous_year;
};

// Finds the statistics table in the workbook (table_locator.hpp) and
// validates it. A workbook without a recognisable table gives a report with
// one error finding and no values.
ValidationReport validate_workbook(const Workbook& workbook, const TemplateCatalog& catalog,
                                   const StringTable& phrases, Language language,
                                   const ValidationOptions& options = {});

// Validates a table already located in `grid` (the grid of
// table.sheet_index). `edition` is the edition the locator recognised
// (table.edition_id); a table that was not Found gives only table-level
// findings. The report's `source` (and `values.source`) are left for the
// caller to set.
ValidationReport validate_located_table(const Grid& grid, const LocatedTable& table,
                                        const Edition& edition, const UnitTypeCatalog& unit_types,
                                        const StringTable& phrases, Language language,
                                        const ValidationOptions& options = {});

} // namespace statform::core
