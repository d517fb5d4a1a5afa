#include "core/locate/label_match_reference.hpp"

#include "core/locate/label_match_parts.hpp"

#include <algorithm>
#include <vector>

namespace statform::core::reference {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    if (a.size() < b.size())
        std::swap(a, b); // keep the row buffer as short as possible
    // Reused between calls: this runs for every pair of cells and labels.
    thread_local std::vector<std::size_t> row;
    row.resize(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::size_t edit_distance_at_most(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t beyond = limit + 1;
    if (a.size() < b.size())
        std::swap(a, b);
    if (a.size() - b.size() > limit)
        return beyond;
    // Only cells within `limit` of the diagonal can hold a distance <= limit
    // (Ukkonen's band); everything outside counts as `beyond`.
    thread_local std::vector<std::size_t> previous, current;
    previous.assign(b.size() + 1, beyond);
    current.assign(b.size() + 1, beyond);
    for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t low = i > limit ? i - limit : 0;
        const std::size_t high = std::min(b.size(), i + limit);
        std::size_t row_min = beyond;
        std::size_t j = low;
        if (low == 0) {
            current[0] = i;
            row_min = i;
            j = 1;
        } else {
            current[low - 1] = beyond;
        }
        for (; j <= high; ++j) {
            const std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            const std::size_t value =
                std::min({substitute, previous[j] + 1, current[j - 1] + 1, beyond});
            current[j] = value;
            row_min = std::min(row_min, value);
        }
        if (row_min > limit)
            return beyond;
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], beyond);
}

namespace {

constexpr label_parts::Distances kPlainDistances{edit_distance, edit_distance_at_most};

} // namespace

double normalized_label_similarity(std::string_view a, std::string_view b) {
    return label_parts::similarity(a, b, kPlainDistances);
}

bool label_similarity_at_least(std::string_view a, std::string_view b, double minimum) {
    return label_parts::similarity_at_least(a, b, minimum, kPlainDistances);
}

double similarity_worth_knowing(std::string_view a, std::string_view b, double minimum) {
    if (!label_similarity_at_least(a, b, minimum))
        return 0.0;
    return normalized_label_similarity(a, b);
}

} // namespace statform::core::reference
