// Small, dependency-free text helpers for Vietnamese template text: Unicode
// composition (NFC) and lower-casing of Vietnamese letters, and the lookup key
// used to recognise a printed unit ("Lớp/người", "lớp/ người", ...).
//
// Why not ICU: the core must not pull a large library into the office
// component, and the only text it has to compare this way is Vietnamese.
// The rules below are exact for the Vietnamese alphabet (every vowel with its
// breve/circumflex/horn and its tone mark, and đ/Đ); any other character is
// passed through unchanged.
#pragma once

#include <string>
#include <string_view>

namespace statform::core::text {

// Composes every Vietnamese vowel written as base letter + combining marks
// (U+0302 circumflex, U+0306 breve, U+031B horn; U+0300, U+0301, U+0303,
// U+0309, U+0323 tone marks, in any order) into its precomposed NFC letter.
// Text that is already NFC comes back byte for byte. Invalid UTF-8 bytes are
// copied as they are.
std::string to_nfc_vietnamese(std::string_view utf8);

// to_nfc_vietnamese(), then ASCII and Vietnamese letters (including "Đ")
// lowered. Other letters are kept as they are.
std::string lowercase_vietnamese(std::string_view utf8);

// Runs of spaces, tabs, line breaks and no-break spaces (U+00A0) become one
// ASCII space; leading and trailing ones are removed.
std::string collapse_whitespace(std::string_view utf8);

// The key under which a printed unit is looked up in the unit-type catalogue:
// lowercase_vietnamese(collapse_whitespace(text)) with the spaces around "/"
// removed. So "Số cuộc/ người", "số cuộc/người" and "SỐ CUỘC / NGƯỜI" (in NFC
// or decomposed form) all give "số cuộc/người".
std::string unit_spelling_key(std::string_view printed);

} // namespace statform::core::text
