#include "core/values/cell_value.hpp"

#include "core/values/label_fold.hpp"
#include "core/values/vi_number.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <vector>

namespace statform::core {
namespace {

// ---------------------------------------------------------------------------
// Vocabularies, all in normalize_label() form (no diacritics, lower case).

// Texts that mean "reported: nothing happened". "kps" is the usual
// abbreviation of "không phát sinh" in Vietnamese reports.
constexpr std::array<std::string_view, 6> kZeroWords = {
    "khong phat sinh", "khong", "khong co", "kps", "k phat sinh", "khong co phat sinh"};

// Words that may follow a number as its unit: the units printed in the forms
// (lớp, người, cuộc, tin, bài, quyển, tờ, tập thể, cá nhân, đơn vị, huyện, xã,
// trường, trung tâm, đồng) and their everyday variants.
constexpr std::array<std::string_view, 37> kUnitWords = {
    "lop", "hoc",   "vien", "hv",     "nguoi",  "luot",  "cuoc", "thi", "buoi", "tin",
    "bai", "quyen", "cuon", "to",     "ban",    "tap",   "the",  "ca",  "nhan", "don",
    "vi",  "huyen", "xa",   "phuong", "truong", "trung", "tam",  "co",  "so",   "giao",
    "duc", "d",     "dong", "vnd",    "₫",      "tham",  "gia"};

constexpr std::array<std::string_view, 4> kCurrencyWords = {"d", "dong", "vnd", "₫"};

struct ScaleWord {
    std::string_view word;
    int exponent; // power of ten
};
// "tr" and "trd" (triệu đồng) are the common short forms in money columns.
constexpr std::array<ScaleWord, 7> kScaleWords = {
    {{"nghin", 3}, {"ngan", 3}, {"trieu", 6}, {"tr", 6}, {"trd", 6}, {"ty", 9}, {"ti", 9}}};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// ---------------------------------------------------------------------------
// Text helpers.

// Replaces the spaces that survive copy-paste (NBSP, narrow NBSP, figure and
// thin spaces, tabs, line breaks) by ' ', drops zero-width characters and
// trims. Working on bytes is safe: these sequences never occur inside another
// UTF-8 character.
std::string plain_spaces(std::string_view text) {
    static constexpr std::array<std::string_view, 5> kSpaceLike = {
        "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x87", "\xE2\x80\x89", "\xE2\x80\x8A"};
    static constexpr std::array<std::string_view, 3> kInvisible = {"\xE2\x80\x8B", "\xE2\x80\x8C",
                                                                   "\xEF\xBB\xBF"};
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view rest = text.substr(i);
        const auto starts = [&](std::string_view s) { return rest.substr(0, s.size()) == s; };
        if (const auto it = std::find_if(kSpaceLike.begin(), kSpaceLike.end(), starts);
            it != kSpaceLike.end()) {
            out += ' ';
            i += it->size();
        } else if (const auto inv = std::find_if(kInvisible.begin(), kInvisible.end(), starts);
                   inv != kInvisible.end()) {
            i += inv->size();
        } else if (text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
            out += ' ';
            ++i;
        } else {
            out += text[i];
            ++i;
        }
    }
    const std::size_t first = out.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

// Unicode minus and dashes used as a sign become "-".
std::string ascii_sign(std::string text) {
    static constexpr std::array<std::string_view, 3> kDashes = {"\xE2\x88\x92", "\xE2\x80\x93",
                                                                "\xE2\x80\x94"}; // − – —
    for (auto dash : kDashes)
        if (text.starts_with(dash))
            return text.replace(0, dash.size(), 1, '-');
    return text;
}

bool only_dashes(std::string_view text) {
    return !text.empty() && text.find_first_not_of('-') == std::string_view::npos;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), is_digit);
}

// "#DIV/0!", "#VALUE!", "#N/A", "#NAME?" (Excel and LibreOffice) or
// LibreOffice's "Err:502", pasted or typed as text.
bool looks_like_formula_error(std::string_view text) {
    if (text.starts_with("Err:") && text.size() == 7 && has_digit(text))
        return true;
    if (text.size() < 3 || text.size() > 16 || text.front() != '#')
        return false;
    if (text == "#N/A")
        return true;
    if (text.back() != '!' && text.back() != '?')
        return false;
    const std::string_view body = text.substr(1, text.size() - 2);
    return std::all_of(body.begin(), body.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || is_digit(c) || c == '/' || c == '_';
    });
}

// The leading number of `text`: an optional sign, then digits with single
// ".", "," or " " between digits. "2.500.000 đ" -> "2.500.000"; "12 lớp" ->
// "12"; "1 200 người" -> "1 200".
std::size_t numeric_prefix_length(std::string_view text) {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    const std::size_t digits_start = i;
    while (i < text.size()) {
        if (is_digit(text[i])) {
            ++i;
        } else if ((text[i] == '.' || text[i] == ',' || text[i] == ' ') && i > digits_start &&
                   i + 1 < text.size() && is_digit(text[i + 1])) {
            ++i;
        } else {
            break;
        }
    }
    return i > digits_start ? i : 0;
}

std::vector<std::string_view> unit_words(std::string_view normalized) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= normalized.size(); ++i) {
        const bool separator = i == normalized.size() || normalized[i] == ' ' ||
                               normalized[i] == '/' || normalized[i] == ',' ||
                               normalized[i] == '(' || normalized[i] == ')';
        if (separator) {
            if (i > start)
                words.push_back(normalized.substr(start, i - start));
            start = i + 1;
        }
    }
    return words;
}

CellValue make(ValueStatus status, double value, std::string reason, std::string unit = {}) {
    CellValue result;
    result.status = status;
    result.value = value;
    result.reason = std::move(reason);
    result.unit_text = std::move(unit);
    return result;
}

CellValue unparseable(std::string reason) {
    return make(ValueStatus::Unparseable, 0.0, std::move(reason));
}

// "2,5 triệu" -> 2.500.000, computed from the decimal spelling so that the
// result is exact ("1,1 triệu" is 1100000, not 1100000.0000000002).
std::optional<double> rescale(const ParsedNumber& number, int exponent) {
    const std::string spelled = number.canonical + "e" + std::to_string(exponent);
    double value = 0.0;
    const auto [ptr, error] =
        std::from_chars(spelled.data(), spelled.data() + spelled.size(), value);
    if (error != std::errc{} || ptr != spelled.data() + spelled.size())
        return std::nullopt;
    return value;
}

// The number has been read; interpret what follows it.
CellValue read_with_suffix(const ParsedNumber& number, std::string_view suffix,
                           std::string_view whole_text, QuantityKind kind) {
    const std::string normalized = normalize_label(suffix);
    if (normalized.empty()) {
        if (number.value == 0.0)
            return make(ValueStatus::ExplicitZero, 0.0, "0 typed as text");
        return make(ValueStatus::NumberAsText, number.value,
                    "number stored as text: " + format_vi_number(number.value, 6));
    }
    const std::string unit = plain_spaces(suffix);
    if (has_digit(normalized))
        return unparseable("more than one number in the cell");

    const auto words = unit_words(normalized);
    const auto scale =
        std::find_if(kScaleWords.begin(), kScaleWords.end(),
                     [&](const ScaleWord& s) { return !words.empty() && words.front() == s.word; });
    if (scale != kScaleWords.end()) {
        if (kind != QuantityKind::Money)
            return unparseable("a scale word such as nghìn/triệu is only read in money cells; "
                               "type the exact number");
        const bool rest_is_currency = std::all_of(
            words.begin() + 1, words.end(), [](auto w) { return contains(kCurrencyWords, w); });
        if (!rest_is_currency)
            return unparseable("unexpected text after the amount: '" + unit + "'");
        const auto value = rescale(number, scale->exponent);
        if (!value)
            return unparseable("amount out of range");
        return make(ValueStatus::NumberWithUnit, *value,
                    "read '" + std::string(whole_text) + "' as " + format_vi_number(*value, 2),
                    unit);
    }
    const bool all_unit_words =
        std::all_of(words.begin(), words.end(), [](auto w) { return contains(kUnitWords, w); });
    if (!all_unit_words)
        return unparseable("unexpected text after the number: '" + unit + "'");
    return make(ValueStatus::NumberWithUnit, number.value,
                "unit '" + unit + "' typed in the cell; read " + format_vi_number(number.value, 6),
                unit);
}

} // namespace

CellValue read_quantity_text(std::string_view raw_text, QuantityKind kind) {
    std::string text = plain_spaces(raw_text);
    if (text.empty())
        return make(ValueStatus::Missing, 0.0, raw_text.empty() ? "" : "only spaces");
    // A leading apostrophe is the spreadsheet's "keep as text" marker.
    if (text.front() == '\'')
        text = plain_spaces(std::string_view(text).substr(1));
    if (text.empty())
        return make(ValueStatus::Missing, 0.0, "only an apostrophe");
    if (looks_like_formula_error(text))
        return make(ValueStatus::FormulaError, 0.0, "error value " + text + " typed as text");

    text = ascii_sign(std::move(text));
    if (only_dashes(text))
        return make(ValueStatus::ExplicitZero, 0.0, "'" + text + "' means nothing happened");
    const std::string normalized = normalize_label(text);
    if (contains(kZeroWords, normalized))
        return make(ValueStatus::ExplicitZero, 0.0, "'" + text + "' means nothing happened");

    const std::size_t prefix = numeric_prefix_length(text);
    if (prefix == 0) {
        if (has_digit(text))
            return unparseable("text before the number");
        return unparseable("no number in '" + text + "'");
    }
    const ParsedNumber number = parse_vi_number(std::string_view(text).substr(0, prefix));
    if (number.syntax != NumberSyntax::Ok)
        return unparseable(number.problem);
    return read_with_suffix(number, std::string_view(text).substr(prefix), text, kind);
}

CellValue read_cell_value(const Cell& cell, QuantityKind kind) {
    switch (cell.kind) {
    case CellKind::Empty:
        return {};
    case CellKind::Number:
        return make(ValueStatus::Number, cell.number == 0.0 ? 0.0 : cell.number, {});
    case CellKind::Error:
        return make(ValueStatus::FormulaError, 0.0, "formula error " + cell.text);
    case CellKind::Text:
        return read_quantity_text(cell.text, kind);
    }
    return {};
}

const char* to_string(ValueStatus status) {
    switch (status) {
    case ValueStatus::Missing:
        return "Missing";
    case ValueStatus::Number:
        return "Number";
    case ValueStatus::ExplicitZero:
        return "ExplicitZero";
    case ValueStatus::NumberAsText:
        return "NumberAsText";
    case ValueStatus::NumberWithUnit:
        return "NumberWithUnit";
    case ValueStatus::Unparseable:
        return "Unparseable";
    case ValueStatus::FormulaError:
        return "FormulaError";
    }
    return "?";
}

} // namespace statform::core
