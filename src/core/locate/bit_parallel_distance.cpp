#include "core/locate/bit_parallel_distance.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <vector>

namespace statform::core {
namespace {

using Word = std::uint64_t;
constexpr std::size_t kWordBits = 64;
constexpr std::size_t kAlphabet = 256;

std::size_t byte_of(char c) {
    return static_cast<unsigned char>(c);
}

// The bits of a block that stand for rows of the pattern (the last block is
// padded with rows that match nothing; they never influence the rows above
// them, so they are simply not counted).
Word used_bits(std::size_t pattern_size, std::size_t block) {
    const std::size_t rows = pattern_size - block * kWordBits;
    return rows >= kWordBits ? ~Word{0} : (Word{1} << rows) - 1;
}

// One column step of one block (Hyyrö's formulation). `pv`/`mv` hold the
// column's vertical +1/-1 differences, `equal` the rows whose pattern
// character is the text's next character, `carry_in` the horizontal
// difference entering the block's top row. Returns the one leaving its
// bottom row.
int advance_block(Word& pv, Word& mv, Word equal, int carry_in) {
    const Word xv = equal | mv;
    if (carry_in < 0)
        equal |= 1;
    const Word xh = (((equal & pv) + pv) ^ pv) | equal;
    Word ph = mv | ~(xh | pv);
    Word mh = pv & xh;
    constexpr Word kTop = Word{1} << (kWordBits - 1);
    const int carry_out = (ph & kTop) ? 1 : (mh & kTop) ? -1 : 0;
    ph <<= 1;
    mh <<= 1;
    if (carry_in < 0)
        mh |= 1;
    else if (carry_in > 0)
        ph |= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    return carry_out;
}

// The pattern fits one machine word: the common case (labels of a form).
std::size_t distance_one_block(std::string_view pattern, std::string_view text) {
    // Cleared after use, pattern characters only: a call costs the length
    // of its texts, not the size of the alphabet.
    thread_local std::array<Word, kAlphabet> match{};
    for (std::size_t i = 0; i < pattern.size(); ++i)
        match[byte_of(pattern[i])] |= Word{1} << i;
    Word pv = ~Word{0}, mv = 0;
    for (const char c : text)
        advance_block(pv, mv, match[byte_of(c)], +1); // row 0 is 0, 1, 2, …: +1 each step
    for (const char c : pattern)
        match[byte_of(c)] = 0;
    // The last row is the top row (the text's length) plus every vertical
    // difference of the column.
    const Word used = used_bits(pattern.size(), 0);
    return text.size() + static_cast<std::size_t>(std::popcount(pv & used)) -
           static_cast<std::size_t>(std::popcount(mv & used));
}

std::size_t distance_blocks(std::string_view pattern, std::string_view text) {
    const std::size_t blocks = (pattern.size() + kWordBits - 1) / kWordBits;
    // match[c * blocks + b]: the rows of block b whose character is c.
    thread_local std::vector<Word> match;
    thread_local std::vector<Word> pv, mv;
    if (match.size() < kAlphabet * blocks)
        match.resize(kAlphabet * blocks, 0);
    for (std::size_t i = 0; i < pattern.size(); ++i)
        match[byte_of(pattern[i]) * blocks + i / kWordBits] |= Word{1} << (i % kWordBits);
    pv.assign(blocks, ~Word{0});
    mv.assign(blocks, 0);
    for (const char c : text) {
        const Word* equal = &match[byte_of(c) * blocks];
        int carry = +1;
        for (std::size_t b = 0; b < blocks; ++b)
            carry = advance_block(pv[b], mv[b], equal[b], carry);
    }
    for (std::size_t i = 0; i < pattern.size(); ++i)
        match[byte_of(pattern[i]) * blocks + i / kWordBits] = 0;
    std::size_t distance = text.size();
    for (std::size_t b = 0; b < blocks; ++b) {
        const Word used = used_bits(pattern.size(), b);
        distance += static_cast<std::size_t>(std::popcount(pv[b] & used));
        distance -= static_cast<std::size_t>(std::popcount(mv[b] & used));
    }
    return distance;
}

} // namespace

std::size_t bit_parallel_edit_distance(std::string_view a, std::string_view b) {
    // The shorter text is the pattern: fewer blocks.
    if (a.size() > b.size())
        std::swap(a, b);
    if (a.empty())
        return b.size();
    return a.size() <= kWordBits ? distance_one_block(a, b) : distance_blocks(a, b);
}

} // namespace statform::core
