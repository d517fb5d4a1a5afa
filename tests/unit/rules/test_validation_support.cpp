#include "test_validation_support.hpp"

#include "../data/plausible_figures.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

namespace statform::validation_test {

FormSheet::FormSheet(std::string_view edition_id, std::size_t origin_row, std::size_t origin_col,
                     bool grid_starts_at_form)
    : edition_(&edition(edition_id)), origin_row_(origin_row), origin_col_(origin_col),
      grid_starts_at_form_(grid_starts_at_form) {
    const FormLayout layout =
        build_form_layout(*edition_, catalog().unit_types(),
                          {"Trường THCS Kim Đồng", "Lai Châu", origin_row, origin_col});
    for (std::size_t r = 0; r < layout.rows; ++r) {
        std::vector<Cell> line(FormColumnCount);
        for (std::size_t c = 0; c < FormColumnCount; ++c)
            if (!layout.at(r, c).text.empty())
                line[c] = Cell::of_text(layout.at(r, c).text);
        lines_.push_back(std::move(line));
    }
    for (const RowPlacement& placement : layout.placements) {
        const std::string& key = edition_->rows[placement.template_row].key;
        line_of_key_[key] = placement.sheet_row - origin_row;
        sums_[key] = {placement.count_sum, placement.people_sum};
    }
}

std::size_t FormSheet::line_of(std::string_view key) const {
    const auto found = line_of_key_.find(key);
    if (found == line_of_key_.end())
        throw std::runtime_error("no row " + std::string(key) + " in " + edition_->id);
    return found->second;
}

std::string FormSheet::address(std::string_view key, std::size_t form_col) const {
    return cell_name(origin_row_ + line_of(key), origin_col_ + form_col);
}

FormSheet& FormSheet::count(std::string_view key, Cell cell) {
    lines_[line_of(key)][CountColumn] = std::move(cell);
    return *this;
}

FormSheet& FormSheet::people(std::string_view key, Cell cell) {
    lines_[line_of(key)][PeopleColumn] = std::move(cell);
    return *this;
}

FormSheet& FormSheet::label(std::string_view key, std::string text) {
    lines_[line_of(key)][LabelColumn] = Cell::of_text(std::move(text));
    return *this;
}

FormSheet& FormSheet::code(std::string_view key, std::string text) {
    lines_[line_of(key)][CodeColumn] = Cell::of_text(std::move(text));
    return *this;
}

FormSheet& FormSheet::unit(std::string_view key, std::string text) {
    lines_[line_of(key)][UnitColumn] =
        text.empty() ? Cell::empty() : Cell::of_text(std::move(text));
    return *this;
}

FormSheet& FormSheet::blank_row(std::string_view key) {
    for (Cell& cell : lines_[line_of(key)])
        cell = Cell::empty();
    return *this;
}

FormSheet& FormSheet::add_row_after(std::string_view after_key, std::string label, Cell count,
                                    Cell people) {
    const std::size_t at = line_of(after_key) + 1;
    std::vector<Cell> line(FormColumnCount);
    line[LabelColumn] = Cell::of_text(std::move(label));
    line[CountColumn] = std::move(count);
    line[PeopleColumn] = std::move(people);
    lines_.insert(lines_.begin() + static_cast<std::ptrdiff_t>(at), std::move(line));
    for (auto& [key, index] : line_of_key_)
        if (index >= at)
            ++index;
    return *this;
}

FormSheet& FormSheet::fill_plausible() {
    const auto& figures = test_figures::plausible_figures();
    for (const TemplateRow& row : edition_->rows) {
        if (row.unit_type_id.empty() || (row.is_group && row.sums_children) ||
            !row.total_of.empty() || row.is_group)
            continue;
        const UnitType* unit = catalog().unit_types().find_by_id(row.unit_type_id);
        const auto [c, p] = figures.at(row.unit_type_id);
        if (unit->uses_count_column)
            count(row.key, c);
        if (unit->uses_people_column)
            people(row.key, p);
    }
    return compute_totals();
}

FormSheet& FormSheet::compute_totals(Totals how) {
    for (std::size_t r = 0; r < edition_->rows.size(); ++r) {
        const TemplateRow& row = edition_->rows[r];
        const std::string group = row.is_group && row.sums_children ? row.key : row.total_of;
        if (group.empty())
            continue;
        const RowColumns held = row_columns(*edition_, r, catalog().unit_types());
        for (std::size_t col : {std::size_t(CountColumn), std::size_t(PeopleColumn)}) {
            const std::size_t c = col == CountColumn ? 0 : 1;
            if (!(how.every_group_column ? held[c] : sums_.at(row.key)[c]))
                continue;
            double sum = 0;
            bool any = false;
            for (std::size_t child : summed_children(*edition_, group)) {
                if (!how.either_rows_counted &&
                    edition_->rows[child].in_group_total == GroupShare::Either)
                    continue;
                const Cell& cell = lines_[line_of(edition_->rows[child].key)][col];
                if (cell.kind == CellKind::Number) { // SUM ignores text
                    sum += cell.number;
                    any = true;
                }
            }
            if (any)
                lines_[line_of(row.key)][col] = Cell::of_number(sum);
        }
    }
    return *this;
}

std::string FormSheet::count_cell(std::string_view key) const {
    return address(key, CountColumn);
}
std::string FormSheet::people_cell(std::string_view key) const {
    return address(key, PeopleColumn);
}
std::string FormSheet::label_cell(std::string_view key) const {
    return address(key, LabelColumn);
}

std::string FormSheet::code_cell(std::string_view key) const {
    return address(key, CodeColumn);
}
std::string FormSheet::unit_cell(std::string_view key) const {
    return address(key, UnitColumn);
}

Grid FormSheet::grid() const {
    Grid grid;
    const std::size_t row0 = grid_starts_at_form_ ? 0 : origin_row_;
    const std::size_t col0 = grid_starts_at_form_ ? 0 : origin_col_;
    grid.resize(row0 + lines_.size(), col0 + FormColumnCount);
    for (std::size_t r = 0; r < lines_.size(); ++r)
        for (std::size_t c = 0; c < FormColumnCount; ++c)
            grid.at(row0 + r, col0 + c) = lines_[r][c];
    if (grid_starts_at_form_) {
        grid.origin_row = origin_row_;
        grid.origin_col = origin_col_;
    }
    return grid;
}

Workbook FormSheet::workbook(std::string sheet_name) const {
    Workbook book;
    book.source = "test.ods";
    book.sheets.push_back({std::move(sheet_name), grid()});
    return book;
}

ValidationReport FormSheet::validate(Language language, const ValidationOptions& options) const {
    return validate_workbook(workbook(), catalog(), phrases(), language, options);
}

std::vector<Finding> with_rule(const ValidationReport& report, std::string_view rule) {
    std::vector<Finding> found;
    for (const Finding& finding : report.findings)
        if (finding.rule == rule)
            found.push_back(finding);
    return found;
}

Finding only(const ValidationReport& report, std::string_view rule) {
    const std::vector<Finding> found = with_rule(report, rule);
    EXPECT_EQ(found.size(), 1u) << "findings with rule " << rule << ":\n" << describe(report);
    return found.empty() ? Finding{} : found.front();
}

std::string describe(const ValidationReport& report) {
    std::ostringstream out;
    out << report.table.summary << "\n";
    for (const Finding& f : report.findings)
        out << "  " << severity_name(f.severity) << " " << f.rule << " "
            << (f.cell ? f.cell->a1() : "-") << " [" << f.row_code << "] " << f.value_seen << ": "
            << f.message << "\n";
    return out.str();
}

std::size_t errors_and_warnings(const ValidationReport& report) {
    return report.count(Severity::Error) + report.count(Severity::Warning);
}

const RowValues& values_of(const ValidationReport& report, std::string_view key) {
    const RowValues* found = report.values.find(key);
    if (found == nullptr)
        throw std::runtime_error("no values for " + std::string(key));
    return *found;
}

} // namespace statform::validation_test
