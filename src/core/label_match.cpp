#include "core/label_match.hpp"

#include "core/text_memo.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace statform::core {
namespace {

// ---------------------------------------------------------------------------
// UTF-8 decoding. Invalid bytes are passed through one by one, so a label with
// a broken byte still compares equal to itself.

struct Decoded {
    char32_t code_point;
    std::size_t length; // bytes consumed
    bool valid;
};

Decoded decode_utf8(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80)
        return {lead, 1, true};
    std::size_t length = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
    } else {
        return {lead, 1, false};
    }
    if (pos + length > text.size())
        return {lead, 1, false};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80)
            return {lead, 1, false};
        value = (value << 6) | (byte(i) & 0x3F);
    }
    return {value, length, true};
}

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
                const Decoded d = decode_utf8(letters, pos);
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
        const Decoded d = decode_utf8(text, pos);
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

// ---------------------------------------------------------------------------
// Similarity helpers.

double ratio_from_distance(std::size_t distance, std::size_t longest) {
    if (longest == 0)
        return 1.0;
    return 1.0 - static_cast<double>(distance) / static_cast<double>(longest);
}

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

std::size_t word_letter_count(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), is_word_char));
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || !is_word_char(text[i])) {
            if (i > start)
                words.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return words;
}

// Two words count as the same word when equal, or (for words of 4+ letters)
// within one edit per four letters: "trung"/"trong" yes, "the"/"thi" no.
double word_similarity(std::string_view a, std::string_view b) {
    if (a == b)
        return 1.0;
    if (std::min(a.size(), b.size()) < 4)
        return 0.0;
    // The distance is at least the length difference: skip hopeless pairs.
    if (ratio_from_distance(std::max(a.size(), b.size()) - std::min(a.size(), b.size()),
                            std::max(a.size(), b.size())) < 0.75)
        return 0.0;
    const double ratio = ratio_from_distance(edit_distance(a, b), std::max(a.size(), b.size()));
    return ratio >= 0.75 ? ratio : 0.0;
}

// Share of the letters of both labels that sit in words found in the other
// label (each word used once). Insensitive to word order and tolerant of a
// missing word: "so tap the tang sach" vs "so tap the, ca nhan tang sach".
double word_overlap_ratio(std::string_view a, std::string_view b) {
    const auto words_a = split_words(a);
    const auto words_b = split_words(b);
    std::size_t total = 0;
    for (auto w : words_a)
        total += w.size();
    for (auto w : words_b)
        total += w.size();
    if (total == 0)
        return 0.0;
    std::vector<bool> used(words_b.size(), false);
    double matched = 0.0;
    for (auto word : words_a) {
        double best = 0.0;
        std::size_t best_index = words_b.size();
        for (std::size_t j = 0; j < words_b.size() && best < 1.0; ++j) {
            if (used[j])
                continue;
            const double s = word_similarity(word, words_b[j]);
            if (s > best) {
                best = s;
                best_index = j;
            }
        }
        if (best_index < words_b.size()) {
            used[best_index] = true;
            matched += best * static_cast<double>(word.size() + words_b[best_index].size());
        }
    }
    return matched / static_cast<double>(total);
}

// A lower bound of the edit distance: each edit fixes at most one surplus
// and one missing byte, so distance >= max(surplus, missing).
std::size_t character_bag_distance(std::string_view a, std::string_view b) {
    std::array<int, 256> balance{};
    for (char c : a)
        ++balance[static_cast<unsigned char>(c)];
    for (char c : b)
        --balance[static_cast<unsigned char>(c)];
    std::size_t surplus = 0, missing = 0;
    for (int count : balance) {
        if (count > 0)
            surplus += static_cast<std::size_t>(count);
        else
            missing += static_cast<std::size_t>(-count);
    }
    return std::max(surplus, missing);
}

// An upper bound of normalized_label_similarity from lengths alone: the
// character ratio cannot exceed shortest/longest, the word overlap cannot
// exceed 2*min/sum of the letters inside words.
double similarity_upper_bound(std::string_view a, std::string_view b) {
    const std::size_t longest = std::max(a.size(), b.size());
    const std::size_t shortest = std::min(a.size(), b.size());
    const double char_bound =
        longest == 0 ? 1.0 : static_cast<double>(shortest) / static_cast<double>(longest);
    const std::size_t letters_a = word_letter_count(a), letters_b = word_letter_count(b);
    const double word_bound = letters_a + letters_b == 0
                                  ? 0.0
                                  : 2.0 * static_cast<double>(std::min(letters_a, letters_b)) /
                                        static_cast<double>(letters_a + letters_b);
    return std::max(char_bound, word_bound);
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

std::size_t edit_distance(std::string_view a, std::string_view b) {
    if (a.size() < b.size())
        std::swap(a, b); // keep the row buffer as short as possible
    // Reused between calls: this runs for every pair of cells and labels.
    thread_local std::vector<std::size_t> row;
    row.resize(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
            diagonal = above;
        }
    }
    return row[b.size()];
}

double normalized_label_similarity(std::string_view a, std::string_view b) {
    if (a == b)
        return 1.0;
    if (a.empty() || b.empty())
        return 0.0;
    const std::size_t longest = std::max(a.size(), b.size());
    // Skip the work for labels of very different length, which is most
    // pairs when scanning a sheet.
    if (const double bound = similarity_upper_bound(a, b); bound < 0.4)
        return bound / 2; // some low score; the exact value is moot
    const double by_words = word_overlap_ratio(a, b);
    // The full edit distance is the expensive part; skip it when even its
    // best case (the bag-of-characters bound) cannot beat the word overlap.
    double best = by_words;
    if (ratio_from_distance(character_bag_distance(a, b), longest) > best)
        best = std::max(best, ratio_from_distance(edit_distance(a, b), longest));
    // Never report a perfect score for texts that differ.
    return std::min(best, 0.999);
}

std::size_t edit_distance_at_most(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t beyond = limit + 1;
    if (a.size() < b.size())
        std::swap(a, b);
    if (a.size() - b.size() > limit)
        return beyond;
    // Only cells within `limit` of the diagonal can hold a distance <= limit
    // (Ukkonen's band); everything outside counts as `beyond`.
    thread_local std::vector<std::size_t> previous, current;
    previous.assign(b.size() + 1, beyond);
    current.assign(b.size() + 1, beyond);
    for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t low = i > limit ? i - limit : 0;
        const std::size_t high = std::min(b.size(), i + limit);
        std::size_t row_min = beyond;
        std::size_t j = low;
        if (low == 0) {
            current[0] = i;
            row_min = i;
            j = 1;
        } else {
            current[low - 1] = beyond;
        }
        for (; j <= high; ++j) {
            const std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            const std::size_t value =
                std::min({substitute, previous[j] + 1, current[j - 1] + 1, beyond});
            current[j] = value;
            row_min = std::min(row_min, value);
        }
        if (row_min > limit)
            return beyond;
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], beyond);
}

bool label_similarity_at_least(std::string_view a, std::string_view b, double minimum) {
    if (a == b)
        return true;
    if (a.empty() || b.empty())
        return minimum <= 0.0;
    if (minimum > 0.999)
        return false; // different texts never score above 0.999
    const std::size_t longest = std::max(a.size(), b.size());
    if (similarity_upper_bound(a, b) < minimum)
        return false;
    if (word_overlap_ratio(a, b) >= minimum)
        return true;
    // Character ratio >= minimum  <=>  distance <= (1 - minimum) * longest.
    const auto allowed =
        static_cast<std::size_t>((1.0 - minimum) * static_cast<double>(longest) + 1e-9);
    if (character_bag_distance(a, b) > allowed)
        return false;
    return edit_distance_at_most(a, b, allowed) <= allowed;
}

double label_similarity(std::string_view a, std::string_view b) {
    return normalized_label_similarity(normalize_label(a), normalize_label(b));
}

} // namespace statform::core
