#include "core/locate/locator_sheet.hpp"

#include "core/values/cell_value.hpp"
#include "core/values/label_fold.hpp"

#include <algorithm>
#include <charconv>

namespace statform::core::locator {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

bool all_of(std::string_view text, bool (*pred)(char)) {
    return !text.empty() && std::all_of(text.begin(), text.end(), pred);
}

bool is_roman_letter(char c) {
    return c == 'i' || c == 'v' || c == 'x' || c == 'l' || c == 'c';
}

// "1", "1.1", "10.2", "1.1.1".
bool is_dotted_number(std::string_view text) {
    if (text.empty() || !is_digit(text.front()) || !is_digit(text.back()))
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!is_digit(text[i]) &&
            !(text[i] == '.' && is_digit(text[i + 1]) && is_digit(text[i - 1])))
            return false;
    return true;
}

// Spaces, NBSP and line breaks only: such a cell is as good as empty.
bool is_whitespace_only(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// A cell of a "(1) (2) (3)" or "A B 1 2" row printed under some headers.
bool is_column_number(const Cell& cell, std::string_view normalized) {
    if (cell.kind == CellKind::Number)
        return cell.number >= 0 && cell.number <= 30 &&
               cell.number == static_cast<int>(cell.number);
    std::string_view inner = normalized;
    if (inner.size() >= 2 && inner.front() == '(' && inner.back() == ')')
        inner = inner.substr(1, inner.size() - 2);
    return inner.size() <= 2 && (all_of(inner, is_digit) || all_of(inner, is_lower));
}

} // namespace

SheetText::SheetText(const Grid& grid) : grid_(grid), normalized_(grid.rows() * grid.cols()) {
    for (std::size_t r = 0; r < grid.rows(); ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c)
            if (const Cell& cell = grid.at(r, c); cell.kind == CellKind::Text)
                normalized_[r * grid.cols() + c] = normalize_label(cell.text);
}

bool SheetText::is_blank(std::size_t row, std::size_t col) const {
    const Cell& cell = grid_.at(row, col);
    return cell.kind == CellKind::Empty ||
           (cell.kind == CellKind::Text && is_whitespace_only(cell.text));
}

bool SheetText::row_is_blank(std::size_t row) const {
    for (std::size_t c = 0; c < cols(); ++c)
        if (!is_blank(row, c))
            return false;
    return true;
}

bool looks_like_code(std::string_view normalized) {
    std::string_view text = normalized;
    if (!text.empty() && (text.back() == ')' || text.back() == '.'))
        text.remove_suffix(1);
    if (text.empty() || text.size() > 8)
        return false;
    if (is_dotted_number(text))
        return true;
    if (text.size() == 1 && is_lower(text.front()))
        return true; // "a", "b" sub-items
    return text.size() <= 5 && all_of(text, is_roman_letter);
}

std::string code_key(std::string_view text) {
    std::string key = normalize_label(text);
    while (!key.empty() && (key.back() == ')' || key.back() == '.'))
        key.pop_back();
    if (!key.empty() && key.front() == '(')
        key.erase(key.begin());
    return looks_like_code(key) ? key : std::string{};
}

std::string code_key(const Cell& cell) {
    if (cell.kind == CellKind::Text)
        return code_key(cell.text);
    if (cell.kind != CellKind::Number || cell.number < 0)
        return {};
    // The shortest spelling that reads back as the same number: 1.1 -> "1.1".
    // (A code typed 1.10 into a number cell arrives as 1.1; nothing can undo that.)
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, cell.number);
    if (error != std::errc{})
        return {};
    return code_key(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

bool same_code(std::string_view row_code, bool row_code_is_number, std::string_view template_code) {
    if (row_code == template_code)
        return true;
    if (!row_code_is_number || !is_dotted_number(template_code))
        return false;
    double row_value = 0, template_value = 0;
    const auto parse = [](std::string_view text, double& value) {
        return std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc{};
    };
    return parse(row_code, row_value) && parse(template_code, template_value) &&
           row_value == template_value;
}

LabelKey label_key(std::string_view text) {
    LabelKey key{normalize_label(text), {}};
    const std::size_t space = key.label.find(' ');
    if (space == std::string::npos)
        return key;
    const std::string_view first = std::string_view(key.label).substr(0, space);
    // "1.1 ...", "1. ...", "1 ...", "a) ...", "a. ...", "ii. ..." but not "to chuc ...".
    const bool marked = first.back() == '.' || first.back() == ')';
    const std::string_view bare = marked ? first.substr(0, first.size() - 1) : first;
    const bool is_code = is_dotted_number(bare) || (marked && looks_like_code(bare));
    if (!is_code)
        return key;
    key.code = std::string(bare);
    key.label = normalize_label(std::string_view(key.label).substr(space + 1));
    return key;
}

std::vector<RowView> read_rows(const SheetText& sheet, const TableColumns& columns,
                               std::size_t first_row, std::size_t last_row) {
    const Grid& grid = sheet.grid();
    const std::size_t left =
        columns.code && *columns.code < columns.label ? *columns.code : columns.label;
    std::vector<RowView> rows;
    for (std::size_t r = first_row; r < std::min(last_row, grid.rows()); ++r) {
        RowView view;
        view.grid_row = r;

        // The label: normally in the label column; a unit that merged the
        // code and label cells leaves it further left. Take the longest text
        // that is not a code, preferring the label column on a tie.
        std::size_t label_col = grid.cols();
        const std::size_t right = std::min(grid.cols(), columns.label + columns.label_width);
        std::vector<std::size_t> order = {columns.label}; // visited first: wins ties
        for (std::size_t c = left; c < right; ++c)
            if (c != columns.label)
                order.push_back(c);
        for (const std::size_t c : order) {
            const std::string& n = sheet.norm(r, c);
            if (n.empty() || looks_like_code(n))
                continue;
            if (label_col == grid.cols() || n.size() > sheet.norm(r, label_col).size())
                label_col = c;
        }
        if (label_col < grid.cols()) {
            view.label = trimmed(grid.at(r, label_col).text);
            LabelKey key = label_key(view.label);
            view.label_norm = std::move(key.label);
            view.code = std::move(key.code);
        }
        if (columns.code && *columns.code != label_col) {
            const Cell& cell = grid.at(r, *columns.code);
            if (std::string code = code_key(cell); !code.empty()) {
                view.code = std::move(code);
                view.code_text = cell.kind == CellKind::Text ? trimmed(cell.text) : view.code;
                view.code_is_number = cell.kind == CellKind::Number;
            }
        }
        if (view.code_text.empty())
            view.code_text = view.code;

        view.has_unit = columns.unit && !sheet.is_blank(r, *columns.unit);
        for (const auto& column : {columns.count, columns.people}) {
            if (!column || sheet.is_blank(r, *column))
                continue;
            view.has_quantity = true;
            view.has_number = view.has_number || read_cell_value(grid.at(r, *column)).has_value();
        }

        std::size_t numbered = 0, filled = 0;
        for (std::size_t c = 0; c < grid.cols(); ++c) {
            if (sheet.is_blank(r, c))
                continue;
            ++filled;
            if (is_column_number(grid.at(r, c), sheet.norm(r, c)))
                ++numbered;
        }
        view.is_numbering = filled >= 3 && numbered == filled;
        rows.push_back(std::move(view));
    }
    return rows;
}

} // namespace statform::core::locator
