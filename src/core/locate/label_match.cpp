#include "core/locate/label_match.hpp"

#include "core/locate/bit_parallel_distance.hpp"
#include "core/locate/label_match_parts.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace statform::core {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    return bit_parallel_edit_distance(a, b);
}

std::size_t edit_distance_at_most(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t beyond = limit + 1;
    // The distance is at least the difference of the lengths.
    if (std::max(a.size(), b.size()) - std::min(a.size(), b.size()) > limit)
        return beyond;
    // A whole bit-parallel column costs about what a band of a few cells of
    // the textbook table did, so there is nothing to gain from a band.
    return std::min(bit_parallel_edit_distance(a, b), beyond);
}

namespace {

constexpr label_parts::Distances kFastDistances{edit_distance, edit_distance_at_most};

} // namespace

double normalized_label_similarity(std::string_view a, std::string_view b) {
    return label_parts::similarity(a, b, kFastDistances);
}

bool label_similarity_at_least(std::string_view a, std::string_view b, double minimum) {
    return label_parts::similarity_at_least(a, b, minimum, kFastDistances);
}

double label_similarity(std::string_view a, std::string_view b) {
    return normalized_label_similarity(normalize_label(a), normalize_label(b));
}

} // namespace statform::core
