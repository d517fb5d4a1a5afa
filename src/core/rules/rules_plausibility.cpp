// Plausibility: figures that are possible but unlikely enough for a person
// to look again (a class of 2.000 people, 300 đồng of funding, 80 districts
// in one province). Every limit comes from the catalogue's thresholds, and
// each unit type lists the thresholds that apply to it, so both can change
// without a new build.
#include "core/rules/validation_context.hpp"

#include <array>

namespace statform::core::validation {
namespace {

enum class Test {
    PeoplePerCount, // people ÷ count above the limit
    AtLeast,        // a non-zero value below the limit
    AtMost,         // a value above the limit
};

struct PlausibilityRule {
    std::string_view threshold; // name in unit-types.json
    std::string_view rule;      // finding code and phrase key
    Test test;
};

// The thresholds these rules know; a unit type naming another one (added to
// the catalogue for a future rule) is simply not checked here.
constexpr std::array<PlausibilityRule, 5> kRules = {{
    {"max_people_per_class", "people-per-class-high", Test::PeoplePerCount},
    {"max_people_per_event", "people-per-event-high", Test::PeoplePerCount},
    {"min_money_value", "money-too-small", Test::AtLeast},
    {"max_districts_per_province", "too-many-districts", Test::AtMost},
    {"max_communes_per_district", "too-many-communes", Test::AtMost},
}};

void check_ratio(Context& ctx, RowState& row, const PlausibilityRule& rule, double limit) {
    QuantityState& count = row.value(Quantity::Count);
    QuantityState& people = row.value(Quantity::People);
    if (!count.valid() || !people.valid() || count.number() <= 0)
        return;
    const double ratio = people.number() / count.number();
    if (ratio <= limit)
        return;
    count.warned = people.warned = true;
    Finding& finding = ctx.add(rule.rule, Severity::Warning, &row, people.spot,
                               ctx.text(rule.rule, {{"ratio", ctx.number(ratio, 1)},
                                                    {"limit", ctx.number(limit)},
                                                    {"people", ctx.number(people.number())},
                                                    {"count", ctx.number(count.number())}}));
    finding.related_cells.push_back(ctx.sheet_ref(*count.spot));
}

// AtLeast and AtMost look at the row's one figure (money, districts, communes).
void check_bound(Context& ctx, RowState& row, const PlausibilityRule& rule, double limit) {
    const Quantity which = row.uses[index_of(Quantity::Count)] ? Quantity::Count : Quantity::People;
    QuantityState& q = row.value(which);
    if (!q.valid())
        return;
    const double value = q.number();
    const bool implausible =
        rule.test == Test::AtLeast ? value != 0 && value < limit : value > limit;
    if (!implausible)
        return;
    q.warned = true;
    ctx.add(rule.rule, Severity::Warning, &row, q.spot,
            ctx.text(rule.rule, {{"value", ctx.number(value)}, {"limit", ctx.number(limit)}}));
}

} // namespace

void check_plausibility(Context& ctx) {
    for (RowState& row : ctx.rows_in_sheet()) {
        if (row.unit == nullptr)
            continue;
        // A total ("Kinh phí", "Tổng số người tham gia") adds up rows that are
        // judged themselves: judging the sum again only repeats their finding.
        if ((row.row->is_group && row.row->sums_children) || !row.row->total_of.empty())
            continue;
        for (const std::string& name : row.unit->thresholds) {
            for (const PlausibilityRule& rule : kRules) {
                if (rule.threshold != name)
                    continue;
                const std::optional<double> limit = ctx.threshold(name);
                if (!limit)
                    continue;
                if (rule.test == Test::PeoplePerCount)
                    check_ratio(ctx, row, rule, *limit);
                else
                    check_bound(ctx, row, rule, *limit);
            }
        }
    }
}

void check_empty_report(Context& ctx) {
    for (const RowState& row : ctx.rows_in_sheet())
        for (Quantity q : kQuantities)
            if (row.cell(q).filled())
                return;
    ctx.add_table("empty-report", Severity::Warning, ctx.text("empty-report"));
}

} // namespace statform::core::validation
