// Fixes that are safe to apply without a person deciding: the new value is
// what the cell already says, or what the form's own SUM formula would
// show. A filled total that disagrees with its children is never
// overwritten: which of them is wrong needs a person.
#include "core/rules/validation_context.hpp"

#include <algorithm>

namespace statform::core::validation {
namespace {

Finding* finding_at(Context& ctx, std::string_view rule, CellRef cell) {
    for (Finding& finding : ctx.report.findings)
        if (finding.rule == rule && finding.cell == cell)
            return &finding;
    return nullptr;
}

// "1.200" or "12 lớp" typed as text becomes the number it was read as, so
// that the form's SUM formulas count it. Only in the cell's own column (a
// figure in the wrong column needs moving, not converting) and only when
// the number itself is acceptable. "0" typed as text is left alone: the
// totals are the same either way and nothing is flagged for it.
void convert_text_numbers(Context& ctx) {
    for (RowState& row : ctx.rows_in_sheet()) {
        for (Quantity q : kQuantities) {
            const QuantityState& value = row.value(q);
            if (!value.has_number() || value.from_other_column || value.cell_error)
                continue;
            if (!value.value.typed_as_text())
                continue;
            const std::string rule = value.value.status == ValueStatus::NumberAsText
                                         ? "number-as-text"
                                         : "number-with-unit";
            Finding* finding = finding_at(ctx, rule, ctx.sheet_ref(*value.spot));
            if (finding == nullptr)
                continue;
            ctx.add_fix(*finding, *value.spot, value.number(),
                        ctx.text("fix.number-as-text", {{"typed", ctx.as_typed(*value.spot->cell)},
                                                        {"value", ctx.number(value.number())}}));
        }
    }
}

// Whether the row's printed unit puts its total in column q. A group also
// holds the columns of its children (1: the people of all classes), but
// leaving such a column empty is how the form is printed: nothing to fill.
bool prints_total_in(const RowState& row, Quantity q) {
    if (row.unit == nullptr)
        return false;
    return q == Quantity::Count ? row.unit->uses_count_column : row.unit->uses_people_column;
}

// An empty total whose children are all clean gets their sum. The total
// still counts as "not reported" in this report's values: the unit did not
// report it, the fix only fills in what the form would have computed.
void fill_empty_totals(Context& ctx) {
    for (RowState& row : ctx.rows_in_sheet()) {
        const std::string group_key = summed_group_key(row);
        if (group_key.empty())
            continue;
        for (Quantity q : kQuantities) {
            const CellSpot& spot = row.cell(q);
            if (!prints_total_in(row, q) || !spot.column_known || spot.filled() ||
                row.value(q).reported())
                continue;
            const ChildrenTotal total =
                children_total(ctx, group_key, q, row.either_children_counted);
            if (!total.any_filled() || !total.all_clean)
                continue;
            // The grid does not say which cells hold formulas. A total that
            // is a SUM formula shows a number as soon as one child is a
            // number cell, so an empty total next to such a child is no
            // formula, and writing into it loses nothing. With only text
            // children it may be a formula that skips text: no fix.
            const bool certainly_no_formula =
                std::any_of(total.parts.begin(), total.parts.end(),
                            [](const ChildPart& part) { return part.numeric_cell; });
            if (!certainly_no_formula)
                continue;
            Finding& finding =
                ctx.add("group-total-empty", Severity::Info, &row, &spot,
                        ctx.text("group-total-empty",
                                 {{"sum", ctx.number(total.sum)}, {"column", ctx.column_name(q)}}));
            for (const ChildPart& part : total.parts)
                finding.related_cells.push_back(ctx.sheet_ref(*part.spot));
            ctx.add_fix(finding, spot, total.sum,
                        ctx.text("fix.group-total-empty", {{"sum", ctx.number(total.sum)}}));
        }
    }
}

} // namespace

void offer_safe_fixes(Context& ctx) {
    convert_text_numbers(ctx);
    fill_empty_totals(ctx);
}

} // namespace statform::core::validation
