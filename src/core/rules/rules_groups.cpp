// Group rows: "1. Các lớp bồi dưỡng…" is the sum of the classes of 1.1–1.12,
// "10. Kinh phí" the sum of 10.1 and 10.2, and the 2020/2022 "Tổng số người
// tham gia, trong đó:" the sum of the people of the class rows. A filled
// total that disagrees with its filled children is an error; when one cell
// alone explains the difference, the message says which.
//
// Where the form can be read two ways (a child it prints without a number
// among numbered ones, GroupShare::Either), a total with that child and a
// total without it are both right. The figures say which reading the unit
// used; an info line names it, and every column of the group is checked
// with that one reading.
#include "core/rules/group_culprit.hpp"
#include "core/rules/validation_context.hpp"

#include <algorithm>
#include <cmath>

namespace statform::core::validation {
namespace {

bool same_total(double a, double b) {
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

const TemplateRow* row_with_key(const Context& ctx, std::string_view key) {
    for (const RowState& state : ctx.rows)
        if (state.row->key == key)
            return state.row;
    return nullptr;
}

// The children typed as text, when leaving exactly them out gives the total:
// the total is a SUM formula, which skips text. Converting them (a safe fix)
// settles it.
std::vector<const ChildPart*> skipped_text(const ChildrenTotal& total, double group_value) {
    std::vector<const ChildPart*> text_parts;
    double numeric_sum = 0.0;
    for (const ChildPart& part : total.parts) {
        if (part.typed_as_text)
            text_parts.push_back(&part);
        else
            numeric_sum += part.value;
    }
    if (text_parts.empty() || !same_total(group_value, numeric_sum))
        return {};
    return text_parts;
}

std::string hint(const Context& ctx, const std::optional<Culprit>& culprit,
                 const ChildrenTotal& total, double group_value, CellRef group_cell) {
    if (const auto text_parts = skipped_text(total, group_value); !text_parts.empty()) {
        std::string cells;
        for (const ChildPart* part : text_parts)
            cells += (cells.empty() ? "" : ", ") + ctx.sheet_ref(*part->spot).a1();
        return ctx.text("group-sum-mismatch.hint.text-children", {{"cells", cells}});
    }
    if (!culprit)
        return ctx.text("group-sum-mismatch.hint.none");
    if (!culprit->part)
        return ctx.text("group-sum-mismatch.hint.group-digit",
                        {{"cell", group_cell.a1()},
                         {"value", ctx.number(group_value)},
                         {"expected", ctx.number(culprit->expected)}});
    const ChildPart& part = total.parts[*culprit->part];
    const Args args = {{"cell", ctx.sheet_ref(*part.spot).a1()},
                       {"part", ctx.number(part.value)},
                       {"expected", ctx.number(culprit->expected)},
                       {"row", ctx.row_title(*part.row->row)}};
    switch (culprit->kind) {
    case CulpritKind::LeftOut:
        return ctx.text("group-sum-mismatch.hint.left-out", args);
    case CulpritKind::CountedTwice:
        return ctx.text("group-sum-mismatch.hint.counted-twice", args);
    case CulpritKind::ChildDigit:
    case CulpritKind::GroupDigit:
        break;
    }
    return ctx.text("group-sum-mismatch.hint.child-digit", args);
}

// The group's total in column q can be compared with its children: it is a
// valid figure, and some child is filled and none is unreadable (an
// unreadable child's own finding says so; a sum without it would only add
// noise).
bool comparable(Context& ctx, RowState& row, std::string_view group_key, Quantity q) {
    if (!row.uses[index_of(q)] || !row.value(q).valid())
        return false;
    const ChildrenTotal total = children_total(ctx, group_key, q);
    return total.any_filled() && total.all_readable;
}

bool fits(Context& ctx, RowState& row, std::string_view group_key, Quantity q, bool with_either) {
    return same_total(row.value(q).number(), children_total(ctx, group_key, q, with_either).sum);
}

// `other_reading_hint`: this column fits the reading the other columns did
// not use, which the message says instead of guessing at a culprit.
void check_total(Context& ctx, RowState& row, std::string_view group_key, Quantity q,
                 std::string_view other_reading_hint = {}) {
    QuantityState& group = row.value(q);
    if (!comparable(ctx, row, group_key, q))
        return;
    const ChildrenTotal total = children_total(ctx, group_key, q, row.either_children_counted);
    if (same_total(group.number(), total.sum))
        return;

    std::vector<double> values;
    for (const ChildPart& part : total.parts)
        values.push_back(part.value);
    const std::vector<const ChildPart*> text_parts = skipped_text(total, group.number());
    // Text the total's formula skipped explains everything; otherwise look
    // for the one cell that does.
    const std::optional<Culprit> culprit =
        text_parts.empty() ? single_culprit(group.number(), values) : std::nullopt;
    const CellRef group_cell = ctx.sheet_ref(*group.spot);

    const TemplateRow* group_row = row_with_key(ctx, group_key);
    const bool is_total_row = !row.row->total_of.empty();
    const Args args = {{"value", ctx.number(group.number())},
                       {"sum", ctx.number(total.sum)},
                       {"difference", ctx.number(std::abs(group.number() - total.sum))},
                       {"column", ctx.column_name(q)},
                       {"group", group_row ? ctx.row_title(*group_row) : std::string(group_key)},
                       {"hint", other_reading_hint.empty()
                                    ? hint(ctx, culprit, total, group.number(), group_cell)
                                    : std::string(other_reading_hint)}};
    Finding& finding =
        ctx.add("group-sum-mismatch", Severity::Error, &row, group.spot,
                ctx.text(is_total_row ? "group-sum-mismatch.total" : "group-sum-mismatch", args));
    for (const ChildPart& part : total.parts)
        finding.related_cells.push_back(ctx.sheet_ref(*part.spot));
    if (text_parts.size() == 1)
        finding.likely_culprit = ctx.sheet_ref(*text_parts.front()->spot);
    else if (culprit)
        finding.likely_culprit =
            culprit->part ? ctx.sheet_ref(*total.parts[*culprit->part].spot) : group_cell;
    // Which of the two is wrong needs a person; the children stand on their
    // own, the disputed total is left out.
    group.excluded = true;
}

// "«Học nghề cho lao động nông thôn»": the children the form lets be read
// either way, as the messages name them.
std::string either_children_titles(Context& ctx, std::string_view group_key) {
    std::string titles;
    for (const RowState* child : ctx.children_of(group_key))
        if (child->row->in_group_total == GroupShare::Either)
            titles += (titles.empty() ? "" : ", ") + ctx.row_title(*child->row);
    return titles;
}

void say_reading(Context& ctx, RowState& row, std::string_view group_key, Quantity at) {
    const TemplateRow* group_row = row_with_key(ctx, group_key);
    const std::string key =
        row.either_children_counted ? "group-total-reading.with" : "group-total-reading.without";
    Finding& finding = ctx.add(
        "group-total-reading", Severity::Info, &row, row.value(at).spot,
        ctx.text(key, {{"group", group_row ? ctx.row_title(*group_row) : std::string(group_key)},
                       {"rows", either_children_titles(ctx, group_key)}}));
    for (const RowState* child : ctx.children_of(group_key))
        if (child->row->in_group_total == GroupShare::Either && child->value(at).reported())
            finding.related_cells.push_back(ctx.sheet_ref(*child->value(at).spot));
}

// Which reading of the form the group's filled totals follow, decided over
// all its columns at once: a unit does not count a row in the classes and
// leave it out of the people. The reading that fits every column wins (the
// printed one, with the row, when both do); when none does, the one that
// fits more columns, and the others are errors under it.
void check_group(Context& ctx, RowState& row, std::string_view group_key) {
    std::vector<Quantity> compared;
    for (Quantity q : kQuantities)
        if (comparable(ctx, row, group_key, q))
            compared.push_back(q);
    std::size_t with = 0, without = 0, readings_differ = 0;
    for (Quantity q : compared) {
        with += fits(ctx, row, group_key, q, true) ? 1 : 0;
        without += fits(ctx, row, group_key, q, false) ? 1 : 0;
        const double difference = children_total(ctx, group_key, q, true).sum -
                                  children_total(ctx, group_key, q, false).sum;
        readings_differ += same_total(difference, 0.0) ? 0 : 1;
    }
    if (readings_differ == 0) {
        // The either-way children are empty or 0 here: one reading only.
        for (Quantity q : kQuantities)
            check_total(ctx, row, group_key, q);
        return;
    }
    row.either_children_counted = with >= without;
    if (with == compared.size() || without == compared.size()) {
        say_reading(ctx, row, group_key, compared.front());
        return;
    }
    const std::string hint =
        ctx.text(row.either_children_counted ? "group-sum-mismatch.hint.column-without"
                                             : "group-sum-mismatch.hint.column-with",
                 {{"rows", either_children_titles(ctx, group_key)}});
    for (Quantity q : kQuantities) {
        const bool fits_other_reading = comparable(ctx, row, group_key, q) &&
                                        fits(ctx, row, group_key, q, !row.either_children_counted);
        check_total(ctx, row, group_key, q, fits_other_reading ? hint : std::string_view{});
    }
}

} // namespace

std::string summed_group_key(const RowState& row) {
    if (row.row->is_group && row.row->sums_children)
        return row.row->key;
    return row.row->total_of;
}

ChildrenTotal children_total(Context& ctx, std::string_view group_key, Quantity q,
                             bool with_either) {
    ChildrenTotal total;
    for (const RowState* child : ctx.children_of(group_key, with_either)) {
        if (!child->in_sheet())
            continue;
        const QuantityState& value = child->value(q);
        if (!value.reported())
            continue; // empty: not reported, adds nothing (as in the form's SUM)
        if (!value.has_number()) {
            total.all_readable = false;
            total.all_clean = false;
            continue;
        }
        total.sum += value.number();
        const bool as_text = value.value.typed_as_text();
        total.parts.push_back({child, value.spot, value.number(), as_text,
                               value.spot->cell->kind == CellKind::Number});
        if (!value.valid() || value.from_other_column)
            total.all_clean = false;
    }
    return total;
}

void check_groups(Context& ctx) {
    for (RowState& row : ctx.rows_in_sheet()) {
        const std::string group_key = summed_group_key(row);
        if (!group_key.empty())
            check_group(ctx, row, group_key);
    }
}

} // namespace statform::core::validation
