// The pieces label similarity is made of (see label_match.hpp for what it
// means). Shared by label_match.cpp (one pair of labels at a time),
// label_index.cpp (one sheet label against all the labels of a catalogue)
// and label_match_reference.cpp (the plain computation tests compare both
// with), so that all three give the same numbers by construction. Texts are
// normalised (normalize_label) already.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace statform::core::label_parts {

// The edit distances a similarity is computed with: the fast ones for use,
// the plain dynamic programme for the reference.
struct Distances {
    std::size_t (*full)(std::string_view, std::string_view);
    // The distance when at most `limit`, otherwise limit + 1.
    std::size_t (*at_most)(std::string_view, std::string_view, std::size_t limit);
};

// 1 - distance / longest (1 for two empty texts).
double ratio_from_distance(std::size_t distance, std::size_t longest);

// Letters, digits and any non-ASCII byte: what words are made of.
bool is_word_char(char c);
std::size_t word_letter_count(std::string_view text);
std::vector<std::string_view> split_words(std::string_view text);

// Similarity of two words: 1 when equal, else (4+ letters each) the edit
// ratio when at least 0.75, else 0. Words with a similarity above 0 are
// "the same word" for word_overlap_ratio.
double word_similarity(std::string_view a, std::string_view b, const Distances& distances);

// Share of the letters of both labels that sit in words found in the other
// label (each word used once), weighted by word_similarity.
double word_overlap_ratio(std::string_view a, std::string_view b, const Distances& distances);

// max(surplus, missing) bytes between the two texts' bags of bytes: a lower
// bound of their edit distance.
std::size_t character_bag_distance(std::string_view a, std::string_view b);

// An upper bound of normalized_label_similarity from the texts' lengths and
// their counts of word letters alone.
double similarity_upper_bound(std::size_t size_a, std::size_t letters_a, std::size_t size_b,
                              std::size_t letters_b);

// The most edits two texts (the longer one `longest` bytes) may differ by
// for a character ratio of at least `minimum`.
std::size_t allowed_edits(double minimum, std::size_t longest);

// normalized_label_similarity and label_similarity_at_least of label_match.hpp
// with the given distances.
double similarity(std::string_view a, std::string_view b, const Distances& distances);
bool similarity_at_least(std::string_view a, std::string_view b, double minimum,
                         const Distances& distances);

} // namespace statform::core::label_parts
