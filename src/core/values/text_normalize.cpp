#include "core/values/text_normalize.hpp"

#include "core/values/utf8.hpp"

#include <array>
#include <cstdint>

namespace statform::core::text {
namespace {

// A Vietnamese vowel taken apart: ASCII base letter (its case is the letter's
// case), at most one vowel modifier and at most one tone mark.
struct VowelParts {
    char base;
    char32_t modifier; // 0, U+0302 circumflex, U+0306 breve or U+031B horn
    char32_t tone;     // 0, U+0300, U+0301, U+0303, U+0309 or U+0323
};

struct PrecomposedVowel {
    char32_t code_point;
    VowelParts parts;
};

// Every precomposed Vietnamese vowel, sorted by code point. Generated with
// Python's unicodedata.normalize("NFC", base + modifier + tone) for the bases
// a ă â e ê i o ô ơ u ư y (both cases) and the five tone marks.
// clang-format off
constexpr std::array<PrecomposedVowel, 132> kVowels{{
    {0x00C0, {'A', 0x0000, 0x0300}}, {0x00C1, {'A', 0x0000, 0x0301}}, {0x00C2, {'A', 0x0302, 0x0000}},
    {0x00C3, {'A', 0x0000, 0x0303}}, {0x00C8, {'E', 0x0000, 0x0300}}, {0x00C9, {'E', 0x0000, 0x0301}},
    {0x00CA, {'E', 0x0302, 0x0000}}, {0x00CC, {'I', 0x0000, 0x0300}}, {0x00CD, {'I', 0x0000, 0x0301}},
    {0x00D2, {'O', 0x0000, 0x0300}}, {0x00D3, {'O', 0x0000, 0x0301}}, {0x00D4, {'O', 0x0302, 0x0000}},
    {0x00D5, {'O', 0x0000, 0x0303}}, {0x00D9, {'U', 0x0000, 0x0300}}, {0x00DA, {'U', 0x0000, 0x0301}},
    {0x00DD, {'Y', 0x0000, 0x0301}}, {0x00E0, {'a', 0x0000, 0x0300}}, {0x00E1, {'a', 0x0000, 0x0301}},
    {0x00E2, {'a', 0x0302, 0x0000}}, {0x00E3, {'a', 0x0000, 0x0303}}, {0x00E8, {'e', 0x0000, 0x0300}},
    {0x00E9, {'e', 0x0000, 0x0301}}, {0x00EA, {'e', 0x0302, 0x0000}}, {0x00EC, {'i', 0x0000, 0x0300}},
    {0x00ED, {'i', 0x0000, 0x0301}}, {0x00F2, {'o', 0x0000, 0x0300}}, {0x00F3, {'o', 0x0000, 0x0301}},
    {0x00F4, {'o', 0x0302, 0x0000}}, {0x00F5, {'o', 0x0000, 0x0303}}, {0x00F9, {'u', 0x0000, 0x0300}},
    {0x00FA, {'u', 0x0000, 0x0301}}, {0x00FD, {'y', 0x0000, 0x0301}}, {0x0102, {'A', 0x0306, 0x0000}},
    {0x0103, {'a', 0x0306, 0x0000}}, {0x0128, {'I', 0x0000, 0x0303}}, {0x0129, {'i', 0x0000, 0x0303}},
    {0x0168, {'U', 0x0000, 0x0303}}, {0x0169, {'u', 0x0000, 0x0303}}, {0x01A0, {'O', 0x031B, 0x0000}},
    {0x01A1, {'o', 0x031B, 0x0000}}, {0x01AF, {'U', 0x031B, 0x0000}}, {0x01B0, {'u', 0x031B, 0x0000}},
    {0x1EA0, {'A', 0x0000, 0x0323}}, {0x1EA1, {'a', 0x0000, 0x0323}}, {0x1EA2, {'A', 0x0000, 0x0309}},
    {0x1EA3, {'a', 0x0000, 0x0309}}, {0x1EA4, {'A', 0x0302, 0x0301}}, {0x1EA5, {'a', 0x0302, 0x0301}},
    {0x1EA6, {'A', 0x0302, 0x0300}}, {0x1EA7, {'a', 0x0302, 0x0300}}, {0x1EA8, {'A', 0x0302, 0x0309}},
    {0x1EA9, {'a', 0x0302, 0x0309}}, {0x1EAA, {'A', 0x0302, 0x0303}}, {0x1EAB, {'a', 0x0302, 0x0303}},
    {0x1EAC, {'A', 0x0302, 0x0323}}, {0x1EAD, {'a', 0x0302, 0x0323}}, {0x1EAE, {'A', 0x0306, 0x0301}},
    {0x1EAF, {'a', 0x0306, 0x0301}}, {0x1EB0, {'A', 0x0306, 0x0300}}, {0x1EB1, {'a', 0x0306, 0x0300}},
    {0x1EB2, {'A', 0x0306, 0x0309}}, {0x1EB3, {'a', 0x0306, 0x0309}}, {0x1EB4, {'A', 0x0306, 0x0303}},
    {0x1EB5, {'a', 0x0306, 0x0303}}, {0x1EB6, {'A', 0x0306, 0x0323}}, {0x1EB7, {'a', 0x0306, 0x0323}},
    {0x1EB8, {'E', 0x0000, 0x0323}}, {0x1EB9, {'e', 0x0000, 0x0323}}, {0x1EBA, {'E', 0x0000, 0x0309}},
    {0x1EBB, {'e', 0x0000, 0x0309}}, {0x1EBC, {'E', 0x0000, 0x0303}}, {0x1EBD, {'e', 0x0000, 0x0303}},
    {0x1EBE, {'E', 0x0302, 0x0301}}, {0x1EBF, {'e', 0x0302, 0x0301}}, {0x1EC0, {'E', 0x0302, 0x0300}},
    {0x1EC1, {'e', 0x0302, 0x0300}}, {0x1EC2, {'E', 0x0302, 0x0309}}, {0x1EC3, {'e', 0x0302, 0x0309}},
    {0x1EC4, {'E', 0x0302, 0x0303}}, {0x1EC5, {'e', 0x0302, 0x0303}}, {0x1EC6, {'E', 0x0302, 0x0323}},
    {0x1EC7, {'e', 0x0302, 0x0323}}, {0x1EC8, {'I', 0x0000, 0x0309}}, {0x1EC9, {'i', 0x0000, 0x0309}},
    {0x1ECA, {'I', 0x0000, 0x0323}}, {0x1ECB, {'i', 0x0000, 0x0323}}, {0x1ECC, {'O', 0x0000, 0x0323}},
    {0x1ECD, {'o', 0x0000, 0x0323}}, {0x1ECE, {'O', 0x0000, 0x0309}}, {0x1ECF, {'o', 0x0000, 0x0309}},
    {0x1ED0, {'O', 0x0302, 0x0301}}, {0x1ED1, {'o', 0x0302, 0x0301}}, {0x1ED2, {'O', 0x0302, 0x0300}},
    {0x1ED3, {'o', 0x0302, 0x0300}}, {0x1ED4, {'O', 0x0302, 0x0309}}, {0x1ED5, {'o', 0x0302, 0x0309}},
    {0x1ED6, {'O', 0x0302, 0x0303}}, {0x1ED7, {'o', 0x0302, 0x0303}}, {0x1ED8, {'O', 0x0302, 0x0323}},
    {0x1ED9, {'o', 0x0302, 0x0323}}, {0x1EDA, {'O', 0x031B, 0x0301}}, {0x1EDB, {'o', 0x031B, 0x0301}},
    {0x1EDC, {'O', 0x031B, 0x0300}}, {0x1EDD, {'o', 0x031B, 0x0300}}, {0x1EDE, {'O', 0x031B, 0x0309}},
    {0x1EDF, {'o', 0x031B, 0x0309}}, {0x1EE0, {'O', 0x031B, 0x0303}}, {0x1EE1, {'o', 0x031B, 0x0303}},
    {0x1EE2, {'O', 0x031B, 0x0323}}, {0x1EE3, {'o', 0x031B, 0x0323}}, {0x1EE4, {'U', 0x0000, 0x0323}},
    {0x1EE5, {'u', 0x0000, 0x0323}}, {0x1EE6, {'U', 0x0000, 0x0309}}, {0x1EE7, {'u', 0x0000, 0x0309}},
    {0x1EE8, {'U', 0x031B, 0x0301}}, {0x1EE9, {'u', 0x031B, 0x0301}}, {0x1EEA, {'U', 0x031B, 0x0300}},
    {0x1EEB, {'u', 0x031B, 0x0300}}, {0x1EEC, {'U', 0x031B, 0x0309}}, {0x1EED, {'u', 0x031B, 0x0309}},
    {0x1EEE, {'U', 0x031B, 0x0303}}, {0x1EEF, {'u', 0x031B, 0x0303}}, {0x1EF0, {'U', 0x031B, 0x0323}},
    {0x1EF1, {'u', 0x031B, 0x0323}}, {0x1EF2, {'Y', 0x0000, 0x0300}}, {0x1EF3, {'y', 0x0000, 0x0300}},
    {0x1EF4, {'Y', 0x0000, 0x0323}}, {0x1EF5, {'y', 0x0000, 0x0323}}, {0x1EF6, {'Y', 0x0000, 0x0309}},
    {0x1EF7, {'y', 0x0000, 0x0309}}, {0x1EF8, {'Y', 0x0000, 0x0303}}, {0x1EF9, {'y', 0x0000, 0x0303}},
}};
// clang-format on

bool is_modifier(char32_t c) {
    return c == 0x0302 || c == 0x0306 || c == 0x031B;
}
bool is_tone(char32_t c) {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool is_ascii_vowel(char32_t c) {
    switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 'A':
    case 'E':
    case 'I':
    case 'O':
    case 'U':
    case 'Y':
        return true;
    default:
        return false;
    }
}

char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// The precomposed letter for `parts`, or 0 when Vietnamese has none.
char32_t compose(const VowelParts& parts) {
    if (parts.modifier == 0 && parts.tone == 0)
        return static_cast<char32_t>(parts.base);
    for (const auto& vowel : kVowels)
        if (vowel.parts.base == parts.base && vowel.parts.modifier == parts.modifier &&
            vowel.parts.tone == parts.tone)
            return vowel.code_point;
    return 0;
}

bool decompose(char32_t c, VowelParts& parts) {
    if (is_ascii_vowel(c)) {
        parts = {static_cast<char>(c), 0, 0};
        return true;
    }
    for (const auto& vowel : kVowels)
        if (vowel.code_point == c) {
            parts = vowel.parts;
            return true;
        }
    return false;
}

using utf8::Decoded;

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

char32_t lower_non_vowel(char32_t c) {
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 'a';
    if (c == 0x0110) // Đ
        return 0x0111;
    return c;
}

// Shared walk of to_nfc_vietnamese() and lowercase_vietnamese().
std::string compose_text(std::string_view s, bool lower) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const Decoded current = utf8::decode(s, i);
        if (!current.valid) {
            out += s[i++];
            continue;
        }
        i += current.length;
        VowelParts parts{};
        if (!decompose(current.code_point, parts)) {
            append_utf8(out, lower ? lower_non_vowel(current.code_point) : current.code_point);
            continue;
        }
        // Absorb the combining marks that follow, as long as the result is
        // still a Vietnamese letter; any other mark is left where it is.
        while (i < s.size()) {
            const Decoded mark = utf8::decode(s, i);
            if (!mark.valid)
                break;
            VowelParts candidate = parts;
            if (is_modifier(mark.code_point) && parts.modifier == 0)
                candidate.modifier = mark.code_point;
            else if (is_tone(mark.code_point) && parts.tone == 0)
                candidate.tone = mark.code_point;
            else
                break;
            if (compose(candidate) == 0)
                break;
            parts = candidate;
            i += mark.length;
        }
        if (lower)
            parts.base = ascii_lower(parts.base);
        append_utf8(out, compose(parts));
    }
    return out;
}

bool is_space_at(std::string_view s, std::size_t i, std::size_t& length) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
        length = 1;
        return true;
    }
    if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) { // U+00A0 no-break space
        length = 2;
        return true;
    }
    return false;
}

} // namespace

std::string to_nfc_vietnamese(std::string_view utf8) {
    return compose_text(utf8, false);
}

std::string lowercase_vietnamese(std::string_view utf8) {
    return compose_text(utf8, true);
}

std::string collapse_whitespace(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    bool pending_space = false;
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t length = 0;
        if (is_space_at(utf8, i, length)) {
            pending_space = !out.empty();
            i += length;
            continue;
        }
        if (pending_space)
            out += ' ';
        pending_space = false;
        out += utf8[i++];
    }
    return out;
}

std::string unit_spelling_key(std::string_view printed) {
    const std::string folded = lowercase_vietnamese(collapse_whitespace(printed));
    std::string key;
    key.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const bool space_before_slash =
            folded[i] == ' ' && i + 1 < folded.size() && folded[i + 1] == '/';
        const bool space_after_slash = folded[i] == ' ' && !key.empty() && key.back() == '/';
        if (!space_before_slash && !space_after_slash)
            key += folded[i];
    }
    return key;
}

} // namespace statform::core::text
