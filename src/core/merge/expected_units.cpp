#include "core/merge/expected_units.hpp"

#include "core/values/label_fold.hpp"
#include "core/values/text_normalize.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace statform::core {
namespace {

bool has_letter(std::string_view text) {
    // Any byte of a multi-byte UTF-8 letter counts: Vietnamese names always
    // have ASCII letters too, and numbers or dashes have none.
    return std::any_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isalpha(c) != 0 || c >= 0x80; });
}

bool is_heading(std::string_view text) {
    static constexpr std::array<std::string_view, 8> headings = {
        "ten don vi",     "don vi", "ten truong", "ten co so",
        "don vi bao cao", "unit",   "units",      "name"};
    const std::string normalized = normalize_label(text);
    return std::find(headings.begin(), headings.end(), normalized) != headings.end();
}

} // namespace

std::vector<std::string> expected_units_from_text(std::string_view text) {
    std::vector<std::string> units;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        const std::string name = text::collapse_whitespace(line);
        if (!name.empty() && name.front() != '#')
            units.push_back(name);
    }
    return units;
}

std::vector<std::string> expected_units_from_sheet(const Grid& grid) {
    std::size_t best_col = 0, best_count = 0;
    for (std::size_t c = 0; c < grid.cols(); ++c) {
        std::size_t count = 0;
        for (std::size_t r = 0; r < grid.rows(); ++r)
            count += grid.at(r, c).kind == CellKind::Text && has_letter(grid.at(r, c).text);
        if (count > best_count) {
            best_col = c;
            best_count = count;
        }
    }
    std::vector<std::string> units;
    for (std::size_t r = 0; r < grid.rows() && best_count > 0; ++r) {
        const Cell& cell = grid.at(r, best_col);
        if (cell.kind != CellKind::Text || !has_letter(cell.text))
            continue;
        const std::string name = text::collapse_whitespace(cell.text);
        if (units.empty() && is_heading(name))
            continue;
        units.push_back(name);
    }
    return units;
}

} // namespace statform::core
