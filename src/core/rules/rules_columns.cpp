// Reading a row's two quantity cells, and deciding which cell holds which
// quantity: the row's unit type says which columns it fills ("Lớp/người":
// both; "Số cuộc": the first; "Cá nhân": "Người"). A figure typed in the
// other column is either a stray value (error) or, when it is the row's only
// figure, the right figure in the wrong place (read, with a warning).
#include "core/rules/validation_context.hpp"
#include "core/templates/row_columns.hpp"

namespace statform::core::validation {
namespace {

const Cell& empty_cell() {
    static const Cell empty;
    return empty;
}

CellSpot read_spot(const Grid& grid, std::size_t grid_row, std::optional<std::size_t> col) {
    CellSpot spot;
    spot.cell = &empty_cell();
    if (!col)
        return spot;
    spot.column_known = true;
    spot.grid_row = grid_row;
    spot.grid_col = *col;
    if (grid_row < grid.rows() && *col < grid.cols())
        spot.cell = &grid.at(grid_row, *col);
    spot.raw = read_cell_value(*spot.cell);
    return spot;
}

// How the text of a cell holding quantity `q` of this row is read: only
// money accepts "2,5 triệu".
QuantityKind kind_of(const UnitType* unit, Quantity q) {
    if (q == Quantity::People)
        return QuantityKind::People;
    if (unit == nullptr)
        return QuantityKind::Count;
    return unit->uses_count_column ? unit->kind : QuantityKind::People;
}

void read_quantity(RowState& state, Quantity q, const CellSpot& spot, bool from_other_column) {
    QuantityState& quantity = state.value(q);
    quantity.spot = &spot;
    quantity.kind = kind_of(state.unit, q);
    quantity.value = read_cell_value(*spot.cell, quantity.kind);
    quantity.from_other_column = from_other_column;
}

bool single_quantity(const RowState& state) {
    return state.uses[0] != state.uses[1];
}

bool is_summing_group(const RowState& state) {
    return state.row->is_group && state.row->sums_children;
}

void check_heading_row(Context& ctx, RowState& state) {
    for (Quantity q : kQuantities) {
        const CellSpot& spot = state.cell(q);
        // A dash or a 0 in a heading row says nothing and is common.
        if (spot.filled() && !spot.is_zero())
            ctx.add("value-in-heading-row", Severity::Warning, &state, &spot,
                    ctx.text("value-in-heading-row", {{"typed", ctx.as_typed(*spot.cell)}}));
    }
}

void check_single_quantity_row(Context& ctx, RowState& state) {
    const Quantity used =
        state.uses[index_of(Quantity::Count)] ? Quantity::Count : Quantity::People;
    const Quantity unused = other(used);
    const CellSpot& used_spot = state.cell(used);
    const CellSpot& stray = state.cell(unused);
    // Without both columns nobody can say a value is in the wrong one.
    if (!stray.filled() || !used_spot.column_known)
        return;
    const Args args = {{"typed", ctx.as_typed(*stray.cell)},
                       {"unit", ctx.unit_name(state)},
                       {"column", ctx.column_name(unused)},
                       {"used_column", ctx.column_name(used)}};
    if (used_spot.filled()) {
        // "-" or 0 in the shaded column next to a real figure is harmless.
        if (!stray.is_zero())
            ctx.add("value-in-unused-column", Severity::Error, &state, &stray,
                    ctx.text("value-in-unused-column", args));
        return;
    }
    if (is_summing_group(state)) {
        // A group's column is defined by its children: a figure in the other
        // column is more likely that column's total (people of all classes)
        // than a misplaced group value, so it is not reinterpreted.
        if (!stray.is_zero())
            ctx.add("group-value-in-unused-column", Severity::Warning, &state, &stray,
                    ctx.text("group-value-in-unused-column", args));
        return;
    }
    read_quantity(state, used, stray, true);
    state.value(used).warned = true;
    ctx.add("value-in-wrong-column", Severity::Warning, &state, &stray,
            ctx.text("value-in-wrong-column", args));
}

} // namespace

void read_rows(Context& ctx) {
    const std::size_t count = ctx.edition.rows.size();
    ctx.rows.assign(count, RowState{});
    for (std::size_t i = 0; i < count; ++i) {
        RowState& state = ctx.rows[i];
        state.template_row = i;
        state.row = &ctx.edition.rows[i];
        state.unit = state.row->unit_type_id.empty()
                         ? nullptr
                         : ctx.unit_types.find_by_id(state.row->unit_type_id);
        state.match = ctx.table.match_for(i);
        // A heading without a unit holds no figures; a row without a unit
        // that is no heading ("Các nội dung khác") may use both; a summing
        // group also the columns of its children (row_columns.hpp).
        state.uses = row_columns(ctx.edition, i, ctx.unit_types);
        if (!state.in_sheet())
            continue;
        const TableColumns& columns = ctx.table.columns;
        state.cells[index_of(Quantity::Count)] =
            read_spot(ctx.grid, state.match->grid_row, columns.count);
        state.cells[index_of(Quantity::People)] =
            read_spot(ctx.grid, state.match->grid_row, columns.people);
        for (Quantity q : kQuantities)
            if (state.uses[index_of(q)] && state.cell(q).column_known)
                read_quantity(state, q, state.cell(q), false);
    }
}

void check_columns(Context& ctx) {
    for (RowState& state : ctx.rows_in_sheet()) {
        if (state.unit == nullptr && state.row->is_group)
            check_heading_row(ctx, state);
        else if (single_quantity(state))
            check_single_quantity_row(ctx, state);
    }
}

} // namespace statform::core::validation
