// Levenshtein distance computed 64 cells of the DP table at a time.
//
// Matching labels computes many edit distances between a sheet label and
// the form's labels; the textbook DP fills one cell per step. Myers'
// bit-vector algorithm (Myers 1999, in Hyyrö's formulation for the global
// distance, with Hyyrö's blocks for texts longer than one machine word)
// keeps a column of the table as bit vectors of +1/-1 differences and
// advances it one character of the other text at a time. The result is the
// same number the DP gives, exactly (tests compare the two).
#pragma once

#include <cstddef>
#include <string_view>

namespace statform::core {

// Levenshtein edit distance between two byte strings (insert, delete and
// substitute each cost 1).
std::size_t bit_parallel_edit_distance(std::string_view a, std::string_view b);

} // namespace statform::core
