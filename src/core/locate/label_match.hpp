// Comparing row labels and header texts the way a person reads them: without
// caring about diacritics, capitals, line breaks, stray spaces or a typo.
//
// Units retype the official labels by hand, often without Vietnamese
// diacritics ("Tham quan" for "Thăm quan"), with line breaks inside the cell,
// or with a mistyped letter ("Trung bày" for "Trưng bày"). Matching them
// against the template therefore works on a folded form of the text, and
// scores the remaining differences instead of requiring equality.
#pragma once

#include "core/values/label_fold.hpp"

#include <string>
#include <string_view>

namespace statform::core {

// Similarity in [0, 1] of two labels that are ALREADY normalised (use this in
// loops, after normalising each text once). 1 means equal; about 0.9 a typo or
// a missing short word in a long label; below about 0.6 a different label.
// It is the better of a character edit-distance ratio (robust to typos) and a
// word-overlap ratio (robust to a missing or extra word, and to word order).
double normalized_label_similarity(std::string_view a, std::string_view b);

// Convenience form that normalises both texts first.
double label_similarity(std::string_view a, std::string_view b);

// normalized_label_similarity(a, b) >= minimum, decided much faster for the
// common case of unrelated texts (cheap bounds first, then an edit distance
// that gives up beyond the allowed number of edits). For scanning sheets.
bool label_similarity_at_least(std::string_view a, std::string_view b, double minimum);

// Levenshtein edit distance between two byte strings (insert, delete and
// substitute each cost 1). Exposed because the locator and tests use it.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The edit distance when it is at most `limit`, otherwise limit + 1.
std::size_t edit_distance_at_most(std::string_view a, std::string_view b, std::size_t limit);

} // namespace statform::core
