// The table as a whole, from what the locator found: no table, an unknown
// form, quantity columns it could not place, and every row it could not
// match exactly. Nothing the locator reports is dropped on the way to the
// user: a row that was not understood is a row whose figures are not counted.
#include "core/rules/validation_context.hpp"
#include "core/templates/form_layout.hpp"

#include <algorithm>
#include <cmath>

namespace statform::core::validation {
namespace {

std::string percent(const Context& ctx, double fraction) {
    return ctx.number(std::round(fraction * 100.0), 0);
}

// "F" for sheet column 5.
std::string column_letters(std::size_t sheet_col) {
    std::string name = cell_name(0, sheet_col);
    return name.substr(0, name.size() - 1);
}

std::optional<CellRef> label_cell(const Context& ctx, std::size_t grid_row) {
    return ctx.sheet_ref(grid_row, ctx.table.columns.label);
}

// What a row without label or code shows: its first filled quantity cell.
std::string figures_of(const Context& ctx, std::size_t grid_row) {
    for (const std::optional<std::size_t>& col :
         {ctx.table.columns.count, ctx.table.columns.people})
        if (col && grid_row < ctx.grid.rows() && *col < ctx.grid.cols() &&
            !ctx.grid.at(grid_row, *col).is_empty())
            return ctx.as_typed(ctx.grid.at(grid_row, *col));
    return {};
}

void report_unmatched_rows(Context& ctx) {
    for (const UnmatchedRow& unmatched : ctx.table.unmatched_rows) {
        std::string closest;
        if (unmatched.closest_template_row &&
            *unmatched.closest_template_row < ctx.edition.rows.size())
            closest = ctx.text(
                "unrecognised-row.closest",
                {{"row", ctx.row_title(ctx.edition.rows[*unmatched.closest_template_row])}});
        const std::string shown = unmatched.label.empty() ? unmatched.code : unmatched.label;
        // Figures on a row without any label belong to no activity at all.
        const bool unlabelled = shown.empty();
        const std::string seen = unlabelled ? figures_of(ctx, unmatched.grid_row) : shown;
        Finding& finding = ctx.add_at(
            "unrecognised-row", Severity::Warning, nullptr, label_cell(ctx, unmatched.grid_row),
            seen,
            ctx.text(unlabelled ? "unrecognised-row.unlabelled" : "unrecognised-row",
                     {{"typed", seen}, {"edition", ctx.edition.id}, {"closest", closest}}));
        finding.row_code = unmatched.code;
        finding.row_label = unmatched.label;
    }
}

void report_missing_rows(Context& ctx) {
    for (std::size_t index : ctx.table.missing_template_rows) {
        if (index >= ctx.rows.size())
            continue;
        const RowState& row = ctx.rows[index];
        ctx.add_at("template-row-missing", Severity::Info, &row, std::nullopt, {},
                   ctx.text("template-row-missing", {{"row", ctx.row_title(*row.row)}}));
    }
}

} // namespace

bool check_table_status(Context& ctx) {
    switch (ctx.table.status) {
    case TableStatus::Found:
        return true;
    case TableStatus::NotFound:
        ctx.add_table("table-not-found", Severity::Error, ctx.text("table-not-found"));
        return false;
    case TableStatus::UnknownEdition: {
        const std::string closest =
            ctx.table.edition_scores.empty()
                ? std::string()
                : ctx.text("unknown-edition.closest",
                           {{"edition", ctx.table.edition_scores.front().edition_id}});
        ctx.add_table(
            "unknown-edition", Severity::Error,
            ctx.text("unknown-edition", {{"sheet", ctx.table.sheet_name}, {"closest", closest}}));
        return false;
    }
    }
    return false;
}

void check_table_columns(Context& ctx) {
    const TableColumns& columns = ctx.table.columns;
    for (Quantity q : kQuantities) {
        const bool known =
            q == Quantity::Count ? columns.count.has_value() : columns.people.has_value();
        const bool needed = std::any_of(ctx.rows.begin(), ctx.rows.end(), [&](const RowState& r) {
            return r.in_sheet() && r.uses[index_of(q)];
        });
        if (!known && needed)
            ctx.add_table("quantity-column-missing", Severity::Error,
                          ctx.text("quantity-column-missing", {{"column", ctx.column_name(q)}}));
    }
    if (columns.quantity_columns_guessed && columns.count && columns.people)
        ctx.add_table(
            "quantity-columns-guessed", Severity::Info,
            ctx.text("quantity-columns-guessed",
                     {{"count_column", column_letters(ctx.grid.origin_col + *columns.count)},
                      {"people_column", column_letters(ctx.grid.origin_col + *columns.people)},
                      {"count_name", ctx.column_name(Quantity::Count)},
                      {"people_name", ctx.column_name(Quantity::People)}}));
}

void check_row_matches(Context& ctx) {
    for (RowState& row : ctx.rows_in_sheet()) {
        const RowMatch& match = *row.match;
        const std::optional<CellRef> cell = label_cell(ctx, match.grid_row);
        if (match.kind == MatchKind::Approximate) {
            // The figures are read, but they might belong to another row.
            row.row_warned = true;
            ctx.add_at("approximate-row-match", Severity::Warning, &row, cell, match.grid_label,
                       ctx.text("approximate-row-match",
                                {{"typed", match.grid_label},
                                 {"row", ctx.row_title(*row.row)},
                                 {"similarity", percent(ctx, match.similarity)}}));
        }
        if (match.code == CodeCheck::Different)
            ctx.add_at("row-code-differs", Severity::Info, &row, cell, match.grid_code,
                       ctx.text("row-code-differs", {{"typed_code", match.grid_code},
                                                     {"code", row.row->code},
                                                     {"label", row.row->label}}));
        if (match.out_of_order)
            ctx.add_at("row-out-of-order", Severity::Info, &row, cell, match.grid_label,
                       ctx.text("row-out-of-order", {{"row", ctx.row_title(*row.row)}}));
    }
    report_unmatched_rows(ctx);
    report_missing_rows(ctx);
}

} // namespace statform::core::validation
