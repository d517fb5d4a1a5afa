// Entry points: locate the table, run the rule families in order, and turn
// the rows' settled quantities into the values merge adds up.
#include "core/rules/validation.hpp"

#include "core/rules/validation_context.hpp"

#include <algorithm>
#include <cmath>

namespace statform::core {
namespace {

using namespace validation;

TableRecognition recognise(const Context& ctx) {
    const LocatedTable& table = ctx.table;
    TableRecognition recognition;
    recognition.status = table.status;
    recognition.sheet = table.sheet_name;
    recognition.sheet_index = table.sheet_index;
    recognition.first_grid_row = table.header_first_row.value_or(table.first_row);
    recognition.confidence = table.confidence;
    recognition.locator_reason = table.reason;
    if (!table.found()) {
        recognition.summary =
            ctx.text(table.status == TableStatus::UnknownEdition ? "summary.unknown-edition"
                                                                 : "summary.not-found",
                     {{"sheet", table.sheet_name}});
        return recognition;
    }
    recognition.edition_id = ctx.edition.id;
    recognition.year = ctx.edition.year;
    recognition.rows_found = table.matches.size();
    recognition.rows_approximate = static_cast<std::size_t>(
        std::count_if(table.matches.begin(), table.matches.end(),
                      [](const RowMatch& m) { return m.kind == MatchKind::Approximate; }));
    recognition.rows_missing = table.missing_template_rows.size();
    recognition.rows_unrecognised = table.unmatched_rows.size();
    recognition.summary = ctx.text(
        "summary.found", {{"edition", ctx.edition.id},
                          {"year", std::to_string(ctx.edition.year)},
                          {"sheet", table.sheet_name},
                          {"confidence", ctx.number(std::round(table.confidence * 100.0), 0)},
                          {"found", std::to_string(recognition.rows_found)},
                          {"total", std::to_string(ctx.edition.rows.size())}});
    if (table.edition_recorded)
        recognition.summary += " " + ctx.text("summary.recorded", {});
    return recognition;
}

// A total that adds up a value left out for an error cannot be trusted
// either (its SUM still counts the rejected value): it is left out of the
// merge too, in that column. The rejected value has its own finding.
void leave_out_totals_of_rejected_values(const Context& ctx, ReportedValues& values) {
    for (std::size_t t = 0; t < ctx.rows.size(); ++t) {
        const TemplateRow& total = *ctx.rows[t].row;
        const std::string& group = !total.total_of.empty() ? total.total_of : total.key;
        if (!(total.is_group && total.sums_children) && total.total_of.empty())
            continue;
        for (Quantity q : kQuantities) {
            bool rejected_child = false;
            for (const RowState& child : ctx.rows)
                rejected_child = rejected_child ||
                                 (child.row->parent_key == group && child.row->total_of.empty() &&
                                  child.value(q).reported() && !child.value(q).valid());
            if (rejected_child)
                (q == Quantity::Count ? values.rows[t].count : values.rows[t].people) =
                    std::nullopt;
        }
    }
}

ReportedValues collect_values(const Context& ctx) {
    ReportedValues values;
    values.edition_id = ctx.edition.id;
    values.year = ctx.edition.year;
    for (const RowState& state : ctx.rows) {
        RowValues row;
        row.template_row = state.template_row;
        row.key = state.row->key;
        row.code = state.row->code;
        row.in_sheet = state.in_sheet();
        const QuantityState& count = state.value(Quantity::Count);
        const QuantityState& people = state.value(Quantity::People);
        if (count.valid()) {
            row.count = count.number();
            row.count_warning = count.warned || state.row_warned;
        }
        if (people.valid()) {
            row.people = people.number();
            row.people_warning = people.warned || state.row_warned;
        }
        values.rows.push_back(std::move(row));
    }
    leave_out_totals_of_rejected_values(ctx, values);
    return values;
}

int severity_rank(Severity severity) {
    return severity == Severity::Error ? 0 : severity == Severity::Warning ? 1 : 2;
}

// Table-level findings first (most severe first), then the cells top to
// bottom, left to right; otherwise in the order the rules found them.
void sort_findings(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.cell.has_value() != b.cell.has_value())
            return !a.cell.has_value();
        if (!a.cell)
            return severity_rank(a.severity) < severity_rank(b.severity);
        if (a.cell->row != b.cell->row)
            return a.cell->row < b.cell->row;
        return a.cell->col < b.cell->col;
    });
}

ValidationReport validate(const Grid& grid, const LocatedTable& table, const Edition& edition,
                          const UnitTypeCatalog& unit_types, const StringTable& phrases,
                          Language language, const ValidationOptions& options) {
    ValidationReport report;
    Context ctx{.grid = grid,
                .table = table,
                .edition = edition,
                .unit_types = unit_types,
                .phrases = phrases,
                .language = language,
                .options = options,
                .report = report,
                .rows = {}};
    report.table = recognise(ctx);
    if (check_table_status(ctx)) {
        read_rows(ctx);
        check_table_columns(ctx);
        check_row_matches(ctx);
        check_columns(ctx);
        check_values(ctx);
        check_pairs(ctx);
        check_groups(ctx);
        check_plausibility(ctx);
        check_empty_report(ctx);
        offer_safe_fixes(ctx);
        // Last: it compares only the values every other rule accepted.
        check_year_on_year(ctx);
        report.values = collect_values(ctx);
    }
    sort_findings(report.findings);
    return report;
}

} // namespace

ValidationReport validate_located_table(const Grid& grid, const LocatedTable& table,
                                        const Edition& edition, const UnitTypeCatalog& unit_types,
                                        const StringTable& phrases, Language language,
                                        const ValidationOptions& options) {
    return validate(grid, table, edition, unit_types, phrases, language, options);
}

ValidationReport validate_workbook(const Workbook& workbook, const TemplateCatalog& catalog,
                                   const StringTable& phrases, Language language,
                                   const ValidationOptions& options) {
    const TableSearch search = locate_statistics_table(workbook, catalog.editions());
    const LocatedTable& table = search.table;
    static const Edition no_edition;
    static const Grid no_grid;
    const bool found = table.found() && table.edition_index < catalog.editions().size() &&
                       table.sheet_index < workbook.sheets.size();
    const Edition& edition = found ? catalog.editions()[table.edition_index] : no_edition;
    const Grid& grid = table.sheet_index < workbook.sheets.size()
                           ? workbook.sheets[table.sheet_index].grid
                           : no_grid;
    ValidationReport report =
        validate(grid, table, edition, catalog.unit_types(), phrases, language, options);
    report.source = workbook.source;
    report.values.source = workbook.source;

    // Only the best table is checked; say so when the workbook holds others.
    for (const OtherTable& other : search.others) {
        Finding finding;
        finding.rule = "other-table-found";
        finding.severity = Severity::Info;
        finding.sheet = other.sheet_name;
        finding.message = phrases.format("other-table-found", language,
                                         {{"other", other.sheet_name},
                                          {"edition", other.edition_id},
                                          {"sheet", table.sheet_name}});
        report.findings.push_back(std::move(finding));
    }
    sort_findings(report.findings);
    return report;
}

} // namespace statform::core
