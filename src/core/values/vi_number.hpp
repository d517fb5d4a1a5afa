// Numbers written the Vietnamese way (CLDR locale "vi"): "." groups thousands,
// "," starts the decimals: 1.234.567 and 12,5.
#pragma once

#include <string>
#include <string_view>

namespace statform::core {

enum class NumberSyntax {
    Ok,        // `value` holds the number
    Ambiguous, // readable two ways, e.g. "1,200" (1,2 or English 1200): refused
    Invalid,   // not a number in Vietnamese notation
};

struct ParsedNumber {
    NumberSyntax syntax = NumberSyntax::Invalid;
    double value = 0.0;
    std::string canonical; // C-locale spelling ("-1234.5"), for exact rescaling
    std::string problem;   // why Ambiguous/Invalid, in English
};

// Reads `text` as exactly one number (no surrounding spaces, no unit):
//   [+|-] integer-part [ "," decimals ]
// where the integer part is plain digits ("1200") or grouped by "." or by a
// space with exactly three digits after each separator ("1.200", "2.500.000",
// "1 200"). Deliberate refusals:
//   "1.5", "1.20"   Invalid: a dot is a thousands separator; a decimal is "1,5";
//   "1,200", "12,500"  Ambiguous: "," is the decimal mark, but a comma followed by
//                   exactly three digits is how English writes thousands, and a
//                   wrong guess would change the value a thousandfold;
//                   "0,500" and "1.200,500" are not ambiguous and read as decimals;
//   "1,2,3", "1,234,567", "1,234.5"  Invalid: several commas / English style.
ParsedNumber parse_vi_number(std::string_view text);

// Formats a number for a Vietnamese message: "1.234.567", "12,5", "-3".
// Rounds to at most `max_fraction_digits` decimals and drops trailing zeros.
std::string format_vi_number(double value, int max_fraction_digits = 2);

} // namespace statform::core
