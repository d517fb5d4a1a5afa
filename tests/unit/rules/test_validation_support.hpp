// Shared by the test_validation_*.cpp files: the real catalogue and phrases,
// and a sheet holding an edition's form exactly as "Chèn mẫu thống kê"
// inserts it (core/form_layout), for each test to fill as a clerk would.
#pragma once

#include "core/rules/findings.hpp"
#include "core/rules/validation.hpp"
#include "core/templates/form_layout.hpp"
#include "core/templates/row_columns.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/grid.hpp"
#include "core/values/string_table.hpp"
#include "test_data.hpp"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace statform::validation_test {

using namespace statform::core;

using test_data::catalog;
using test_data::edition;
inline const StringTable& phrases() {
    return test_data::phrases("findings.json");
}

class FormSheet {
  public:
    // The form of `edition_id` with its top-left corner at sheet cell
    // (origin_row, origin_col). With `grid_starts_at_form`, the grid covers
    // only the form (origin_row/origin_col set, as when a used range is
    // read); otherwise it starts at A1.
    explicit FormSheet(std::string_view edition_id, std::size_t origin_row = 0,
                       std::size_t origin_col = 0, bool grid_starts_at_form = false);

    FormSheet& count(std::string_view key, Cell cell);
    FormSheet& people(std::string_view key, Cell cell);
    FormSheet& count(std::string_view key, double value) {
        return count(key, Cell::of_number(value));
    }
    FormSheet& people(std::string_view key, double value) {
        return people(key, Cell::of_number(value));
    }
    FormSheet& count(std::string_view key, const char* text) {
        return count(key, Cell::of_text(text));
    }
    FormSheet& people(std::string_view key, const char* text) {
        return people(key, Cell::of_text(text));
    }
    FormSheet& label(std::string_view key, std::string text);
    FormSheet& code(std::string_view key, std::string text);
    FormSheet& unit(std::string_view key, std::string text);
    // Clears every cell of the row (a unit deleting a row leaves this behind
    // as often as it shifts the rows up).
    FormSheet& blank_row(std::string_view key);
    // A row the unit added under `after_key`: label and figures.
    FormSheet& add_row_after(std::string_view after_key, std::string label, Cell count,
                             Cell people);

    // Every input cell filled with a plausible figure for its unit, then
    // the totals computed: a correct report.
    FormSheet& fill_plausible();
    // How compute_totals() fills the totals.
    struct Totals {
        // Also the group columns the inserted form leaves to a "Tổng số
        // người tham gia" row (2020/2022 row 1's people): every column the
        // group holds (row_columns), as an office typing its own form does.
        bool every_group_column = false;
        // Whether the totals count the rows the form lets be read either
        // way (2023 "Học nghề cho lao động nông thôn").
        bool either_rows_counted = true;
    };
    // Every summing cell (groups, "Tổng số người tham gia") set to what the
    // form's SUM formula shows (numbers typed as text are skipped).
    FormSheet& compute_totals(Totals how);
    FormSheet& compute_totals() { return compute_totals(Totals{}); }

    // Sheet address of a row's quantity cell, "D20".
    std::string count_cell(std::string_view key) const;
    std::string people_cell(std::string_view key) const;
    std::string label_cell(std::string_view key) const;
    std::string code_cell(std::string_view key) const;
    std::string unit_cell(std::string_view key) const;

    const Edition& form() const { return *edition_; }
    Grid grid() const;
    Workbook workbook(std::string sheet_name = "Thống kê") const;
    ValidationReport validate(Language language = Language::Vietnamese,
                              const ValidationOptions& options = {}) const;

  private:
    std::size_t line_of(std::string_view key) const;
    std::string address(std::string_view key, std::size_t form_col) const;

    const Edition* edition_;
    std::size_t origin_row_, origin_col_;
    bool grid_starts_at_form_;
    std::vector<std::vector<Cell>> lines_; // the form's rows, FormColumnCount cells each
    std::map<std::string, std::size_t, std::less<>> line_of_key_; // template row key -> line
    std::map<std::string, std::array<bool, 2>, std::less<>>
        sums_; // key -> SUM cells (count, people)
};

// Findings with this rule.
std::vector<Finding> with_rule(const ValidationReport& report, std::string_view rule);
// The one finding with this rule (a test failure when there is not exactly one).
Finding only(const ValidationReport& report, std::string_view rule);
// Findings of error or warning severity, printed for failure messages.
std::string describe(const ValidationReport& report);
std::size_t errors_and_warnings(const ValidationReport& report);
const RowValues& values_of(const ValidationReport& report, std::string_view key);

} // namespace statform::validation_test
