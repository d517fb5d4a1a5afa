// Reading UTF-8 one character at a time, for the text folding of labels
// (label_fold.cpp) and of units (text_normalize.cpp). A byte that does not
// start a valid character is read on its own as invalid, so that text with a
// broken byte is still copied and compared byte for byte.
#pragma once

#include <cstddef>
#include <string_view>

namespace statform::core::utf8 {

struct Decoded {
    char32_t code_point; // the lead byte itself when !valid
    std::size_t length;  // bytes read: 1 when !valid
    bool valid;
};

// The character starting at text[pos] (pos < text.size()).
inline Decoded decode(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80)
        return {lead, 1, true};
    std::size_t length = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07u;
    } else {
        return {lead, 1, false};
    }
    if (pos + length > text.size())
        return {lead, 1, false};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80)
            return {lead, 1, false};
        value = (value << 6) | (byte(i) & 0x3Fu);
    }
    return {value, length, true};
}

} // namespace statform::core::utf8
