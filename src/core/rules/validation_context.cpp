// Context helpers: wording, number notation, cell addresses, and adding
// findings and fixes, so that each rule file only decides what is wrong.
#include "core/rules/validation_context.hpp"

#include "core/templates/row_columns.hpp"
#include "core/values/vi_number.hpp"

#include <algorithm>

namespace statform::core::validation {

std::string Context::text(std::string_view key, const Args& args) const {
    return phrases.format(key, language, args);
}

std::string Context::number(double value, int max_fraction_digits) const {
    std::string spelled = format_vi_number(value, max_fraction_digits);
    if (language == Language::Vietnamese)
        return spelled;
    // English notation is the Vietnamese one with the two marks swapped:
    // "1.234.567,5" -> "1,234,567.5".
    for (char& c : spelled)
        c = c == '.' ? ',' : c == ',' ? '.' : c;
    return spelled;
}

std::string Context::as_typed(const Cell& cell) const {
    switch (cell.kind) {
    case CellKind::Empty:
        return {};
    case CellKind::Number:
        return number(cell.number);
    case CellKind::Text:
    case CellKind::Error:
        return cell.text;
    }
    return {};
}

std::string Context::column_name(Quantity q) const {
    return text(q == Quantity::Count ? "column.count" : "column.people");
}

std::string Context::unit_name(const RowState& row) const {
    if (row.unit == nullptr)
        return {};
    return language == Language::English ? row.unit->label_en : row.unit->label_vi;
}

std::string Context::row_title(const TemplateRow& row) const {
    if (row.code.empty())
        return text("row-title.no-code", {{"label", row.label}});
    return text("row-title", {{"code", row.code}, {"label", row.label}});
}

CellRef Context::sheet_ref(std::size_t grid_row, std::size_t grid_col) const {
    return {grid.origin_row + grid_row, grid.origin_col + grid_col};
}

Finding& Context::add_at(std::string_view rule, Severity severity, const RowState* row,
                         std::optional<CellRef> cell, std::string value_seen, std::string message) {
    Finding finding;
    finding.rule = std::string(rule);
    finding.severity = severity;
    finding.sheet = table.sheet_name;
    finding.cell = cell;
    if (row != nullptr) {
        finding.template_row = row->template_row;
        finding.row_key = row->row->key;
        finding.row_code = row->row->code;
        finding.row_label = row->row->label;
    }
    finding.value_seen = std::move(value_seen);
    finding.message = std::move(message);
    report.findings.push_back(std::move(finding));
    return report.findings.back();
}

Finding& Context::add(std::string_view rule, Severity severity, const RowState* row,
                      const CellSpot* spot, std::string message) {
    if (spot == nullptr || !spot->column_known)
        return add_at(rule, severity, row, std::nullopt, {}, std::move(message));
    return add_at(rule, severity, row, sheet_ref(*spot), as_typed(*spot->cell), std::move(message));
}

Finding& Context::add_table(std::string_view rule, Severity severity, std::string message) {
    return add_at(rule, severity, nullptr, std::nullopt, {}, std::move(message));
}

void Context::add_fix(Finding& finding, const CellSpot& spot, double new_value,
                      std::string reason) {
    CellFix fix;
    fix.rule = finding.rule;
    fix.sheet = table.sheet_name;
    fix.cell = sheet_ref(spot);
    fix.old_text = as_typed(*spot.cell);
    fix.new_value = new_value;
    fix.reason = std::move(reason);
    finding.fix = report.fixes.size();
    report.fixes.push_back(std::move(fix));
}

std::optional<double> Context::threshold(std::string_view name) const {
    const std::optional<double> value = unit_types.thresholds().get(name);
    if (!value || *value <= 0)
        return std::nullopt;
    return value;
}

std::vector<RowState*> Context::children_of(std::string_view group_key, bool with_either) {
    std::vector<RowState*> children;
    // "Tổng số người tham gia" sits among the children but is itself a
    // total, not a part: the form's SUM formulas leave it out too.
    for (std::size_t r : summed_children(edition, group_key))
        if (with_either || edition.rows[r].in_group_total != GroupShare::Either)
            children.push_back(&rows[r]);
    return children;
}

} // namespace statform::core::validation
