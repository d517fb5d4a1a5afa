#include "core/locate/locator_columns.hpp"

#include "core/locate/label_match.hpp"

#include <algorithm>

namespace statform::core::locator {
namespace {

constexpr double kFuzzyLabelSimilarity = 0.8;
constexpr double kFuzzyUnitSimilarity = 0.85;
// Enough cells to tell a label column from a stray title, few enough to stay
// fast on a sheet of unrelated data.
constexpr std::size_t kMaxFuzzyCellsPerColumn = 300;
constexpr std::size_t kMinLabelLength = 6;
constexpr std::size_t kMaxColumnsBesideLabel = 3;

bool matches_known_label_fuzzily(std::string_view label, const KnownTexts& known) {
    return std::any_of(known.label_list.begin(), known.label_list.end(), [&](const std::string& k) {
        return label_similarity_at_least(label, k, kFuzzyLabelSimilarity);
    });
}

bool is_known_unit(std::string_view text, const KnownTexts& known) {
    if (text.empty())
        return false;
    if (known.units.count(std::string(text)))
        return true;
    return std::any_of(known.units.begin(), known.units.end(), [&](const std::string& unit) {
        return label_similarity_at_least(text, unit, kFuzzyUnitSimilarity);
    });
}

// Rows whose label cell holds text: the rows a code or unit column serves.
std::size_t labelled_rows(const SheetText& sheet, std::size_t first_row, std::size_t label) {
    std::size_t count = 0;
    for (std::size_t r = first_row; r < sheet.rows(); ++r)
        count += sheet.norm(r, label).empty() ? 0 : 1;
    return count;
}

std::optional<std::size_t> guess_code_column(const SheetText& sheet, std::size_t first_row,
                                             std::size_t label) {
    const std::size_t needed = std::max<std::size_t>(2, labelled_rows(sheet, first_row, label) / 4);
    for (std::size_t c = label; c-- > 0 && label - c <= kMaxColumnsBesideLabel;) {
        std::size_t codes = 0;
        for (std::size_t r = first_row; r < sheet.rows(); ++r)
            codes += code_key(sheet.grid().at(r, c)).empty() ? 0 : 1;
        if (codes >= needed)
            return c;
    }
    return std::nullopt;
}

std::optional<std::size_t> guess_unit_column(const SheetText& sheet, std::size_t first_row,
                                             std::size_t label, const KnownTexts& known) {
    std::optional<std::size_t> best;
    std::size_t best_count = 1; // at least two units
    for (std::size_t c = label + 1; c < sheet.cols() && c - label <= kMaxColumnsBesideLabel; ++c) {
        std::size_t units = 0;
        for (std::size_t r = first_row; r < sheet.rows(); ++r)
            units += is_known_unit(sheet.norm(r, c), known) ? 1 : 0;
        if (units > best_count) {
            best_count = units;
            best = c;
        }
    }
    return best;
}

std::optional<std::size_t> column_if_present(const SheetText& sheet, std::size_t c) {
    return c < sheet.cols() ? std::optional(c) : std::nullopt;
}

} // namespace

KnownTexts collect_known_texts(const std::vector<Edition>& editions) {
    KnownTexts known;
    for (const Edition& edition : editions) {
        for (const TemplateRow& row : edition.rows) {
            for (const std::string* text : {&row.label, &row.corrected_label}) {
                std::string label = label_key(*text).label;
                if (!label.empty() && known.labels.insert(label).second)
                    known.label_list.push_back(std::move(label));
            }
            if (std::string unit = normalize_label(row.unit_text); !unit.empty())
                known.units.insert(std::move(unit));
        }
    }
    return known;
}

std::optional<std::size_t> guess_label_column(const SheetText& sheet, std::size_t first_row,
                                              const KnownTexts& known) {
    // Labels retyped exactly (up to case, diacritics and spacing) are the
    // common case and cost a hash lookup each.
    std::vector<std::size_t> exact(sheet.cols(), 0);
    for (std::size_t r = first_row; r < sheet.rows(); ++r)
        for (std::size_t c = 0; c < sheet.cols(); ++c)
            if (const std::string& n = sheet.norm(r, c); !n.empty())
                exact[c] += known.labels.count(label_key(n).label);
    const auto best_exact = std::max_element(exact.begin(), exact.end());
    if (best_exact != exact.end() && *best_exact >= 2)
        return static_cast<std::size_t>(best_exact - exact.begin());

    // Otherwise look for labels with typos, on a bounded number of cells.
    std::vector<std::size_t> fuzzy(sheet.cols(), 0);
    for (std::size_t c = 0; c < sheet.cols(); ++c) {
        std::size_t examined = 0;
        for (std::size_t r = first_row; r < sheet.rows() && examined < kMaxFuzzyCellsPerColumn;
             ++r) {
            const std::string label = label_key(sheet.norm(r, c)).label;
            if (label.size() < kMinLabelLength)
                continue;
            ++examined;
            fuzzy[c] += matches_known_label_fuzzily(label, known) ? 1 : 0;
        }
    }
    const auto best_fuzzy = std::max_element(fuzzy.begin(), fuzzy.end());
    if (best_fuzzy != fuzzy.end() && *best_fuzzy >= 2)
        return static_cast<std::size_t>(best_fuzzy - fuzzy.begin());
    return std::nullopt;
}

TableColumns complete_columns(const SheetText& sheet, std::size_t first_row,
                              std::size_t label_column, const std::optional<Header>& header,
                              const KnownTexts& known) {
    TableColumns columns;
    columns.label = label_column;
    if (header) {
        columns.code = header->code;
        columns.unit = header->unit;
        columns.count = header->count;
        columns.people = header->people;
        columns.note = header->note;
        columns.quantity_columns_guessed = header->quantity_guessed;
        if (header->label == label_column)
            columns.label_width = header->label_width;
    }
    if (!columns.code)
        columns.code = guess_code_column(sheet, first_row, label_column);
    if (!columns.unit)
        columns.unit = guess_unit_column(sheet, first_row, label_column, known);
    if (!columns.count && !columns.people) {
        // The official order: unit, count, people, note.
        const std::size_t base = (columns.unit ? *columns.unit : label_column) + 1;
        columns.count = column_if_present(sheet, base);
        columns.people = column_if_present(sheet, base + 1);
        if (!columns.note && !header)
            columns.note = column_if_present(sheet, base + 2);
        columns.quantity_columns_guessed = columns.count.has_value();
    }
    return columns;
}

} // namespace statform::core::locator
