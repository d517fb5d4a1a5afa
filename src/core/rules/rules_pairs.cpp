// Rows that count things people attend ("Lớp/người": classes and their
// participants; "Số cuộc/người": events and their participants): the two
// figures must go together, and every class or event has at least one
// person. "Tập thể/cá nhân" also fills both columns, but organisations and
// individuals are independent, so it is not a pair.
#include "core/rules/validation_context.hpp"

#include <algorithm>

namespace statform::core::validation {
namespace {

// The catalogue says which units are pairs without a list in code: a unit
// with a "max_people_per_<thing>" threshold measures people per counted thing.
bool people_attend_what_is_counted(const UnitType* unit) {
    if (unit == nullptr || !unit->uses_count_column || !unit->uses_people_column)
        return false;
    return std::any_of(unit->thresholds.begin(), unit->thresholds.end(),
                       [](const std::string& name) { return name.starts_with("max_people_per_"); });
}

// "số lớp" / "classes" for this unit; a generic noun for a new unit type.
std::string count_noun(const Context& ctx, const RowState& row) {
    const std::string key = "count-noun." + row.unit->id;
    return ctx.text(ctx.phrases.contains(key) ? key : "count-noun");
}

void flag(Context& ctx, RowState& row, std::string_view rule, Quantity at) {
    QuantityState& count = row.value(Quantity::Count);
    QuantityState& people = row.value(Quantity::People);
    const Args args = {{"count", count.has_number() ? ctx.number(count.number()) : ""},
                       {"people", people.has_number() ? ctx.number(people.number()) : ""},
                       {"count_noun", count_noun(ctx, row)}};
    const CellSpot* spot = row.value(at).spot ? row.value(at).spot : &row.cell(at);
    Finding& finding = ctx.add(rule, Severity::Error, &row, spot, ctx.text(rule, args));
    const CellSpot& partner = row.cell(other(at));
    if (partner.column_known)
        finding.related_cells.push_back(ctx.sheet_ref(partner));
    // An inconsistent pair is left out as a whole: adding its classes
    // without their people (or the reverse) would skew the merged totals.
    count.excluded = count.has_number();
    people.excluded = people.has_number();
}

void check_pair(Context& ctx, RowState& row) {
    // Without both columns the pair cannot be seen; "quantity-column-missing"
    // already says so once, instead of once per row.
    if (!row.cell(Quantity::Count).column_known || !row.cell(Quantity::People).column_known)
        return;
    const QuantityState& count = row.value(Quantity::Count);
    const QuantityState& people = row.value(Quantity::People);
    // An unreadable or invalid figure is reported by its own rule.
    if ((count.reported() && !count.valid()) || (people.reported() && !people.valid()))
        return;
    const double classes = count.valid() ? count.number() : 0.0;
    const double persons = people.valid() ? people.number() : 0.0;
    if (persons > 0 && classes == 0)
        flag(ctx, row, "people-without-count", Quantity::People);
    else if (classes > 0 && persons == 0)
        flag(ctx, row, "count-without-people", Quantity::Count);
    else if (classes > 0 && persons < classes)
        flag(ctx, row, "people-below-count", Quantity::People);
}

} // namespace

void check_pairs(Context& ctx) {
    for (RowState& row : ctx.rows_in_sheet())
        if (people_attend_what_is_counted(row.unit))
            check_pair(ctx, row);
}

} // namespace statform::core::validation
