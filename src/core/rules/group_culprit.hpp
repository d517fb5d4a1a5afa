// Internal to validation: which one cell explains a group total that
// disagrees with its children, when exactly one does. Pure arithmetic on
// the numbers, so the honesty rule ("only claim it when one cell alone
// explains it") can be tested on its own.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace statform::core::validation {

enum class CulpritKind {
    LeftOut,      // the children exceed the total by exactly one child's value
    CountedTwice, // the total exceeds the children by exactly one child's value
    ChildDigit,   // one child, typed with an extra, a missing or two swapped digits
    GroupDigit,   // the total itself, typed with such a slip
};

struct Culprit {
    CulpritKind kind = CulpritKind::LeftOut;
    std::optional<std::size_t> part; // index into the children's values; empty: the total
    // What the culprit cell would hold if the total matched: the child's
    // value for ChildDigit, the total (the children's sum) otherwise.
    double expected = 0.0;
};

// The single cell that explains total != sum(parts), or nullopt when none or
// several do (several explanations on the same cell count as one cell).
std::optional<Culprit> single_culprit(double total, const std::vector<double>& parts);

// `typed` is `meant` with one digit too many, one too few, or two
// neighbouring digits swapped (120 for 12, 12 for 102, 21 for 12). Both must
// be whole numbers and `meant` above 0.
bool is_digit_slip(double typed, double meant);

} // namespace statform::core::validation
