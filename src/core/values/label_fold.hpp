// The folded form of a label, header or unit in which StatForm compares
// them: units retype the official labels without diacritics, with line
// breaks in the cell or with stray spaces (label_match.hpp scores what is
// left different after folding).
#pragma once

#include <string>
#include <string_view>

namespace statform::core {

// Folds a label for comparison:
//  - every Vietnamese letter (precomposed NFC or base letter + combining marks)
//    becomes its plain ASCII base letter, "đ"/"Đ" becomes "d", ASCII is lowered;
//  - line breaks, tabs, NBSP and runs of spaces become one space;
//  - no spaces around "/", exactly one space after "," and none before it;
//  - leading bullets/dashes/quotes and trailing ":" ";" "," "." quotes are cut.
// Characters outside the Vietnamese alphabet are kept as they are (UTF-8).
std::string normalize_label(std::string_view text);

} // namespace statform::core
