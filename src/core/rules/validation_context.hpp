// Internal to validation: the state the rule files share while checking one
// table. Each rule file reads rows (and the quantities earlier rules
// settled) and adds findings through Context; none of this is public API.
#pragma once

#include "core/locate/table_locator.hpp"
#include "core/rules/findings.hpp"
#include "core/rules/validation.hpp"
#include "core/templates/template_model.hpp"
#include "core/templates/unit_types.hpp"
#include "core/values/cell_value.hpp"
#include "core/values/grid.hpp"
#include "core/values/string_table.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace statform::core::validation {

// The two quantity columns of the form.
enum class Quantity : std::size_t { Count = 0, People = 1 };
constexpr std::array<Quantity, 2> kQuantities = {Quantity::Count, Quantity::People};
constexpr std::size_t index_of(Quantity q) {
    return static_cast<std::size_t>(q);
}
constexpr Quantity other(Quantity q) {
    return q == Quantity::Count ? Quantity::People : Quantity::Count;
}

// One quantity cell of a sheet row.
struct CellSpot {
    bool column_known = false; // the locator found this column
    std::size_t grid_row = 0, grid_col = 0;
    const Cell* cell = nullptr; // never null once read (an empty cell outside the grid)
    CellValue raw;              // read as a plain count, to see whether it is filled
    bool filled() const { return raw.status != ValueStatus::Missing; }
    // "0", "-", "không phát sinh", 0: says nothing beyond "nothing happened".
    bool is_zero() const { return raw.has_value() && raw.value == 0.0; }
};

// What a row reports for one quantity, once rules_columns decided which
// cell holds it.
struct QuantityState {
    const CellSpot* spot = nullptr; // the cell the value is read from; nullptr: not reported
    CellValue value;                // read with the quantity's kind (money, count, people)
    QuantityKind kind = QuantityKind::Count;
    bool from_other_column = false;
    bool excluded = false;   // an error rule rejected it: left out of the merge
    bool cell_error = false; // the cell itself is wrong (unreadable, negative, fraction)
    bool warned = false;

    bool reported() const { return spot != nullptr && value.status != ValueStatus::Missing; }
    bool has_number() const { return spot != nullptr && value.has_value(); }
    // Readable and not rejected by a rule.
    bool valid() const { return has_number() && !excluded; }
    double number() const { return value.value; }
};

struct RowState {
    std::size_t template_row = 0;
    const TemplateRow* row = nullptr;
    const UnitType* unit = nullptr; // nullptr: a row without a unit (heading, "Các nội dung khác")
    const RowMatch* match = nullptr;       // nullptr: the row is not in the sheet
    std::array<CellSpot, 2> cells;         // by Quantity: what the sheet holds in each column
    std::array<bool, 2> uses{};            // by Quantity: the row's unit fills this column
    std::array<QuantityState, 2> quantity; // by Quantity: the values the row reports
    bool row_warned = false;               // a warning about the whole row (approximate label)
    // For a summing row: whether its total counts the children the form lets
    // be read either way (GroupShare::Either). check_groups settles it from
    // the figures; later rules (the safe fix of an empty total) follow it.
    bool either_children_counted = true;

    const CellSpot& cell(Quantity q) const { return cells[index_of(q)]; }
    QuantityState& value(Quantity q) { return quantity[index_of(q)]; }
    const QuantityState& value(Quantity q) const { return quantity[index_of(q)]; }
    bool in_sheet() const { return match != nullptr; }
};

using Args = std::vector<std::pair<std::string, std::string>>;

// Built by validation.cpp with designated initialisers.
// The rows of a report found on its sheet, for a range-for. (A hand-made
// view, not std::views::filter: clang 14, which builds the fuzz targets,
// cannot compile libstdc++ 12's ranges.)
class RowsInSheet {
  public:
    class iterator {
      public:
        iterator(RowState* at, RowState* end) : at_(at), end_(end) { skip_rows_not_found(); }
        RowState& operator*() const { return *at_; }
        iterator& operator++() {
            ++at_;
            skip_rows_not_found();
            return *this;
        }
        bool operator!=(const iterator& other) const { return at_ != other.at_; }

      private:
        void skip_rows_not_found() {
            while (at_ != end_ && !at_->in_sheet())
                ++at_;
        }
        RowState* at_;
        RowState* end_;
    };

    explicit RowsInSheet(std::vector<RowState>& rows) : rows_(rows) {}
    iterator begin() const { return {rows_.data(), rows_.data() + rows_.size()}; }
    iterator end() const { return {rows_.data() + rows_.size(), rows_.data() + rows_.size()}; }

  private:
    std::vector<RowState>& rows_;
};

struct Context {
    const Grid& grid;
    const LocatedTable& table;
    const Edition& edition;
    const UnitTypeCatalog& unit_types;
    const StringTable& phrases;
    Language language;
    const ValidationOptions& options;
    ValidationReport& report;
    std::vector<RowState> rows; // one per template row, in template order

    // The rows found on the sheet, in template order: what most rules look at.
    RowsInSheet rows_in_sheet() { return RowsInSheet(rows); }

    // A phrase of findings.json with its placeholders filled.
    std::string text(std::string_view key, const Args& args = {}) const;
    // A number the UI language's way: "1.234.567" / "12,5" or "1,234,567" / "12.5".
    std::string number(double value, int max_fraction_digits = 6) const;
    // The cell's content as the user sees it.
    std::string as_typed(const Cell& cell) const;
    // "Số lớp/số cuộc thi" or "Người" (or the English names).
    std::string column_name(Quantity q) const;
    // "1.1 «Bồi dưỡng …»", or only the quoted label when the row has no code.
    std::string row_title(const TemplateRow& row) const;
    // The row's unit the UI language's way ("Lớp/người", "classes/people").
    std::string unit_name(const RowState& row) const;

    CellRef sheet_ref(std::size_t grid_row, std::size_t grid_col) const;
    CellRef sheet_ref(const CellSpot& spot) const {
        return sheet_ref(spot.grid_row, spot.grid_col);
    }

    // Adds a finding about a row (and one of its cells, when given); fills
    // the sheet, the row's key, code and label, and the value seen. The
    // reference is valid until the next finding is added.
    Finding& add(std::string_view rule, Severity severity, const RowState* row,
                 const CellSpot* spot, std::string message);
    // The same for a cell that is not a quantity cell (a label), with the
    // value seen given.
    Finding& add_at(std::string_view rule, Severity severity, const RowState* row,
                    std::optional<CellRef> cell, std::string value_seen, std::string message);
    // Adds a finding about the table or the workbook.
    Finding& add_table(std::string_view rule, Severity severity, std::string message);
    // Records a safe fix and links it to the finding it resolves.
    void add_fix(Finding& finding, const CellSpot& spot, double new_value, std::string reason);

    // A threshold of the catalogue, when it is set to a positive number (0
    // switches a plausibility rule off).
    std::optional<double> threshold(std::string_view name) const;

    // The rows that add up to group `group_key`'s total (row_columns.hpp:
    // summed_children), with or without its GroupShare::Either children.
    std::vector<RowState*> children_of(std::string_view group_key, bool with_either = true);
};

// The rule families, in the order validation.cpp runs them. Later ones rely
// on what earlier ones settled (which cell holds a value, whether it is valid).
bool check_table_status(Context& ctx);  // rules_table.cpp: false when there is no table to check
void read_rows(Context& ctx);           // rules_columns.cpp: cells, and each quantity's own cell
void check_table_columns(Context& ctx); // rules_table.cpp
void check_row_matches(Context& ctx);   // rules_table.cpp
void check_columns(Context& ctx);       // rules_columns.cpp: may move a quantity to the other cell
void check_values(Context& ctx);        // rules_values.cpp
void check_pairs(Context& ctx);         // rules_pairs.cpp
void check_groups(Context& ctx);        // rules_groups.cpp
void check_plausibility(Context& ctx);  // rules_plausibility.cpp
void check_empty_report(Context& ctx);  // rules_plausibility.cpp
void offer_safe_fixes(Context& ctx);    // safe_fixes.cpp
void check_year_on_year(Context& ctx);  // rules_year.cpp: last, on the values all others accepted

// Sum of the children's values of a group in one column, as the form's SUM
// formula adds them (empty children count 0), except that numbers typed as
// text are added as read: that is what the clerk meant. Shared by the group
// rule and the safe fix that fills an empty group cell.
struct ChildPart {
    const RowState* row = nullptr;
    const CellSpot* spot = nullptr;
    double value = 0.0;
    bool typed_as_text = false; // "12", "12 lớp": a SUM formula skips it
    bool numeric_cell = false;  // a real number cell: a SUM formula counts it
};
struct ChildrenTotal {
    double sum = 0.0;
    std::vector<ChildPart> parts; // the filled children, with a number
    bool all_readable = true;     // no filled child is unreadable (text, formula error)
    bool all_clean = true;        // every filled child is valid and in its own column
    bool any_filled() const { return !parts.empty(); }
};
// Which rows a summing row adds up, in which quantity: the group's own
// children for a group with sums_children, the "total_of" group's children
// for "Tổng số người tham gia". Empty key when the row sums nothing.
std::string summed_group_key(const RowState& row);
ChildrenTotal children_total(Context& ctx, std::string_view group_key, Quantity q,
                             bool with_either = true);

} // namespace statform::core::validation
