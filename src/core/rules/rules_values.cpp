// One value at a time: how the cell was read (a number stored as text, a
// number with its unit, unreadable text, a formula error) and whether the
// number can be what the column measures (not negative; whole classes and
// people; whole đồng).
#include "core/rules/validation_context.hpp"

#include <algorithm>
#include <cmath>

namespace statform::core::validation {
namespace {

// Spreadsheet arithmetic leaves 12.000000000001 behind; nobody types that.
bool is_whole(double value) {
    return std::abs(value - std::round(value)) <= 1e-9 * std::max(1.0, std::abs(value));
}

Args value_args(const Context& ctx, const QuantityState& q) {
    return {{"typed", ctx.as_typed(*q.spot->cell)},
            {"value", ctx.number(q.number())},
            {"unit_text", q.value.unit_text}};
}

void reject(QuantityState& q) {
    q.excluded = true;
    q.cell_error = true;
}

// How the cell was read.
void check_reading(Context& ctx, RowState& row, QuantityState& q) {
    Args args = value_args(ctx, q);
    switch (q.value.status) {
    case ValueStatus::NumberAsText:
        q.warned = true;
        ctx.add("number-as-text", Severity::Warning, &row, q.spot,
                ctx.text("number-as-text", args));
        break;
    case ValueStatus::NumberWithUnit:
        q.warned = true;
        ctx.add("number-with-unit", Severity::Warning, &row, q.spot,
                ctx.text("number-with-unit", args));
        break;
    case ValueStatus::Unparseable:
        reject(q);
        ctx.add("unreadable-value", Severity::Error, &row, q.spot,
                ctx.text("unreadable-value", args));
        break;
    case ValueStatus::FormulaError:
        reject(q);
        ctx.add("formula-error", Severity::Error, &row, q.spot, ctx.text("formula-error", args));
        break;
    case ValueStatus::Missing:
    case ValueStatus::Number:
    case ValueStatus::ExplicitZero: // "-", "không phát sinh": a reported 0, nothing to say
        break;
    }
}

// Whether the number fits what the column measures.
void check_number(Context& ctx, RowState& row, Quantity which, QuantityState& q) {
    Args args = value_args(ctx, q);
    args.push_back({"column", ctx.column_name(which)});
    const double value = q.number();
    if (value < 0) {
        reject(q);
        ctx.add("negative-number", Severity::Error, &row, q.spot,
                ctx.text("negative-number", args));
        return;
    }
    if (q.kind == QuantityKind::Money) {
        if (!is_whole(value)) {
            reject(q);
            ctx.add("money-fraction", Severity::Error, &row, q.spot,
                    ctx.text("money-fraction", args));
        }
        return;
    }
    // Rows without a unit ("Các nội dung khác") may hold anything.
    if (row.unit != nullptr && !is_whole(value)) {
        reject(q);
        ctx.add("not-whole-number", Severity::Error, &row, q.spot,
                ctx.text("not-whole-number", args));
    }
}

} // namespace

void check_values(Context& ctx) {
    for (RowState& row : ctx.rows_in_sheet()) {
        for (Quantity which : kQuantities) {
            QuantityState& q = row.value(which);
            if (!q.reported())
                continue;
            check_reading(ctx, row, q);
            if (q.has_number())
                check_number(ctx, row, which, q);
        }
    }
}

} // namespace statform::core::validation
