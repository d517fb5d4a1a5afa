// Fuzz target: the label matcher that recognises retyped rows (without
// diacritics, with typos, line breaks, capitals). The input is split in two
// halves, compared with each other.
//
// Besides not crashing, checks what label_match.hpp promises: similarity in
// [0, 1], 1 for equal labels, the fast threshold test agrees with the exact
// score, and the bounded edit distance with the full one; and that the fast
// paths give the plain computation's numbers (label_match_reference.hpp):
// the bit-parallel distances, and the catalogue index (label_index.hpp).
#include "core/locate/label_match.hpp"
#include "core/locate/label_index.hpp"
#include "core/locate/label_match_reference.hpp"
#include "support/contract.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace statform;
using fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::string_view first = input.substr(0, size / 2);
    const std::string_view second = input.substr(size / 2);

    const std::string a = core::normalize_label(first);
    const std::string b = core::normalize_label(second);
    const double similarity = core::normalized_label_similarity(a, b);
    check(similarity >= 0.0 && similarity <= 1.0, "similarity outside [0, 1]");
    check(core::normalized_label_similarity(a, a) == 1.0, "a label is not similar to itself");
    check(core::label_similarity(first, second) == similarity,
          "label_similarity differs from normalized_label_similarity of the normalised texts");

    // The locator's thresholds (0.5, 0.8, 0.85) and a few around them. Not
    // the score itself: below 0.4 it is deliberately inexact ("moot").
    for (const double minimum : {0.0, 0.5, 0.6, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0})
        check(core::label_similarity_at_least(a, b, minimum) == (similarity >= minimum),
              "label_similarity_at_least disagrees with normalized_label_similarity");

    const std::size_t distance = core::edit_distance(a, b);
    const std::size_t limit = size == 0 ? 0 : data[0] % 16;
    const std::size_t bounded = core::edit_distance_at_most(a, b, limit);
    check(bounded == (distance <= limit ? distance : limit + 1),
          "edit_distance_at_most disagrees with edit_distance");
    check(distance == core::reference::edit_distance(a, b),
          "the bit-parallel edit distance disagrees with the textbook table");
    check(bounded == core::reference::edit_distance_at_most(a, b, limit),
          "edit_distance_at_most disagrees with the banded table");

    const core::LabelIndex index(std::vector<std::string>{b});
    for (const double minimum : {0.5, 0.6, 0.75, 0.85, 0.9})
        check(index.similarities(a, {0}, minimum).front() ==
                  core::reference::similarity_worth_knowing(a, b, minimum),
              "the label index disagrees with comparing the pair");
    return 0;
}
