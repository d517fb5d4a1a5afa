// normalize_label: the folded form in which labels, headers and units are
// compared (label_match.hpp scores what differs after it).
#include "core/values/label_fold.hpp"

#include "core/values/text_memo.hpp"
#include "core/values/utf8.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace statform::core {
namespace {

// ---------------------------------------------------------------------------
// Folding table: Vietnamese (and a few other Latin) letters to ASCII base
// letters. Two dense ranges cover every precomposed Vietnamese letter:
// U+00C0..U+01B0 (Latin-1, Latin Extended-A/B: à, ă, đ, ơ, ư …) and
// U+1EA0..U+1EF9 (Latin Extended Additional: ạ, ả, ấ … ỹ).

constexpr char32_t kLowRangeFirst = 0x00C0, kLowRangeLast = 0x01B0;
constexpr char32_t kHighRangeFirst = 0x1EA0, kHighRangeLast = 0x1EF9;

struct FoldTable {
    std::array<char, kLowRangeLast - kLowRangeFirst + 1> low{};
    std::array<char, kHighRangeLast - kHighRangeFirst + 1> high{};

    FoldTable() {
        // Each string lists letters (lower and upper case) folding to `base`.
        const std::pair<std::string_view, char> groups[] = {
            {"àáảãạăằắẳẵặâầấẩẫậäåÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÄÅ", 'a'},
            {"èéẻẽẹêềếểễệëÈÉẺẼẸÊỀẾỂỄỆË", 'e'},
            {"ìíỉĩịïîÌÍỈĨỊÏÎ", 'i'},
            {"òóỏõọôồốổỗộơờớởỡợöøÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÖØ", 'o'},
            {"ùúủũụưừứửữựüûÙÚỦŨỤƯỪỨỬỮỰÜÛ", 'u'},
            {"ỳýỷỹỵÿỲÝỶỸỴ", 'y'},
            {"đĐ", 'd'},
            {"çÇ", 'c'},
            {"ñÑ", 'n'},
        };
        for (const auto& [letters, base] : groups) {
            for (std::size_t pos = 0; pos < letters.size();) {
                const utf8::Decoded d = utf8::decode(letters, pos);
                pos += d.length;
                if (d.code_point >= kLowRangeFirst && d.code_point <= kLowRangeLast)
                    low[d.code_point - kLowRangeFirst] = base;
                else if (d.code_point >= kHighRangeFirst && d.code_point <= kHighRangeLast)
                    high[d.code_point - kHighRangeFirst] = base;
            }
        }
    }

    // The ASCII base letter, or 0 when `cp` is not a foldable letter.
    char fold(char32_t cp) const {
        if (cp >= kLowRangeFirst && cp <= kLowRangeLast)
            return low[cp - kLowRangeFirst];
        if (cp >= kHighRangeFirst && cp <= kHighRangeLast)
            return high[cp - kHighRangeFirst];
        return 0;
    }
};

const FoldTable& fold_table() {
    static const FoldTable table;
    return table;
}

bool is_space_code_point(char32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

// Invisible characters that sneak in through copy-paste from Word or the web.
bool is_invisible(char32_t cp) {
    return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

// Combining diacritical marks (U+0300..U+036F) include every mark Vietnamese
// uses in decomposed text: grave, acute, tilde, hook, dot below, circumflex,
// breve and horn.
bool is_combining_mark(char32_t cp) {
    return cp >= 0x0300 && cp <= 0x036F;
}

// Typographic punctuation folded to its ASCII look-alike.
char ascii_punctuation(char32_t cp) {
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
        return '-';
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A)
        return '\'';
    if (cp == 0x201C || cp == 0x201D || cp == 0x201E)
        return '"';
    if (cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25CF || cp == 0x25AA ||
        cp == 0x25E6)
        return '*';
    if (cp == 0x2026)
        return '.';
    return 0;
}

// Pass 1: fold letters, map whitespace to ' ', drop marks and invisibles.
std::string fold_characters(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const FoldTable& table = fold_table();
    for (std::size_t pos = 0; pos < text.size();) {
        const utf8::Decoded d = utf8::decode(text, pos);
        const std::string_view raw = text.substr(pos, d.length);
        pos += d.length;
        const char32_t cp = d.code_point;
        if (!d.valid) {
            out += raw;
        } else if (cp < 0x80) {
            const char c = static_cast<char>(cp);
            if (c >= 'A' && c <= 'Z')
                out += static_cast<char>(c - 'A' + 'a');
            else if (is_space_code_point(cp))
                out += ' ';
            else
                out += c;
        } else if (is_combining_mark(cp) || is_invisible(cp)) {
            // dropped: "a" + U+0301 folds like "á"
        } else if (is_space_code_point(cp)) {
            out += ' ';
        } else if (const char base = table.fold(cp)) {
            out += base;
        } else if (const char punct = ascii_punctuation(cp)) {
            out += punct;
        } else {
            out += raw;
        }
    }
    return out;
}

bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// Pass 2: one space between words, the agreed spacing around "/", "," and
// parentheses.
std::string tidy_spacing(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        if (c == ' ') {
            pending_space = !out.empty();
            continue;
        }
        const char prev = out.empty() ? '\0' : out.back();
        const bool glue_left = c == '/' || c == ',' || c == ')' || prev == '/' || prev == '(';
        if (pending_space && !glue_left)
            out += ' ';
        pending_space = false;
        out += c;
        // "a,b" -> "a, b", but a decimal "1,5" stays as typed.
        if (c == ',' && i + 1 < folded.size() && folded[i + 1] != ' ' &&
            !(is_ascii_digit(prev) && is_ascii_digit(folded[i + 1])))
            pending_space = true;
    }
    return out;
}

bool is_leading_trim(char c) {
    return c == ' ' || c == '-' || c == '*' || c == '+' || c == ':' || c == ';' || c == ',' ||
           c == '.' || c == '"' || c == '\'';
}

bool is_trailing_trim(char c) {
    return c == ' ' || c == '-' || c == '*' || c == ':' || c == ';' || c == ',' || c == '.' ||
           c == '"' || c == '\'';
}

std::string normalize_label_uncached(std::string_view text) {
    const std::string tidy = tidy_spacing(fold_characters(text));
    std::size_t first = 0, last = tidy.size();
    while (first < last && is_leading_trim(tidy[first]))
        ++first;
    while (last > first && is_trailing_trim(tidy[last - 1]))
        --last;
    return tidy.substr(first, last - first);
}

} // namespace

std::string normalize_label(std::string_view text) {
    // Every cell of every report comes through here, and in a merge the same
    // texts (the form's labels and headers) come back in every file.
    thread_local TextMemo<std::string> remembered(16384);
    return remembered.get(text, normalize_label_uncached);
}

} // namespace statform::core
