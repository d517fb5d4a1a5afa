// The plain computation of label similarity, as it was before the fast
// paths: the textbook edit-distance table (and its banded form), and the
// similarity built on them. Not used by StatForm itself: the tests check
// that the bit-parallel distances and the catalogue index (label_index.hpp)
// give exactly these numbers.
#pragma once

#include <cstddef>
#include <string_view>

namespace statform::core::reference {

// Levenshtein distance, one table cell at a time.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The distance when at most `limit`, otherwise limit + 1 (Ukkonen's band).
std::size_t edit_distance_at_most(std::string_view a, std::string_view b, std::size_t limit);

// normalized_label_similarity and label_similarity_at_least with the two above.
double normalized_label_similarity(std::string_view a, std::string_view b);
bool label_similarity_at_least(std::string_view a, std::string_view b, double minimum);

// What the row matcher needs to know about a pair: its similarity when at
// least `minimum`, else 0 (the pairwise computation the index replaces).
double similarity_worth_knowing(std::string_view a, std::string_view b, double minimum);

} // namespace statform::core::reference
