#include "core/rules/group_culprit.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <utility>

namespace statform::core::validation {
namespace {

// Values are compared after rounding: both are sums of typed whole numbers.
bool same(double a, double b) {
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

// Digits of a whole number below 10^15, or empty when it is not one.
std::string digits_of(double value) {
    if (value < 0 || value >= 1e15 || std::abs(value - std::round(value)) > 1e-9)
        return {};
    return std::to_string(static_cast<long long>(std::llround(value)));
}

// `longer` is `shorter` with one digit inserted somewhere.
bool one_digit_inserted(const std::string& longer, const std::string& shorter) {
    if (longer.size() != shorter.size() + 1)
        return false;
    for (std::size_t i = 0; i < longer.size(); ++i)
        if (longer.substr(0, i) + longer.substr(i + 1) == shorter)
            return true;
    return false;
}

bool neighbours_swapped(const std::string& a, const std::string& b) {
    if (a.size() != b.size() || a == b)
        return false;
    for (std::size_t i = 0; i + 1 < a.size(); ++i) {
        std::string swapped = a;
        std::swap(swapped[i], swapped[i + 1]);
        if (swapped == b)
            return true;
    }
    return false;
}

} // namespace

bool is_digit_slip(double typed, double meant) {
    if (meant <= 0 || same(typed, meant))
        return false;
    const std::string a = digits_of(typed), b = digits_of(meant);
    if (a.empty() || b.empty())
        return false;
    return one_digit_inserted(a, b) || one_digit_inserted(b, a) || neighbours_swapped(a, b);
}

std::optional<Culprit> single_culprit(double total, const std::vector<double>& parts) {
    double sum = 0.0;
    for (double part : parts)
        sum += part;
    const double difference = total - sum;
    if (same(total, sum))
        return std::nullopt;

    std::vector<Culprit> explanations;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const double part = parts[i];
        if (part > 0 && same(part, std::abs(difference)))
            explanations.push_back(
                {difference < 0 ? CulpritKind::LeftOut : CulpritKind::CountedTwice, i, sum});
        const double meant = part + difference;
        if (is_digit_slip(part, meant))
            explanations.push_back({CulpritKind::ChildDigit, i, meant});
    }
    if (is_digit_slip(total, sum))
        explanations.push_back({CulpritKind::GroupDigit, std::nullopt, sum});

    // Honesty: name a cell only when it is the only one that explains it.
    std::set<std::optional<std::size_t>> cells;
    for (const Culprit& c : explanations)
        cells.insert(c.part);
    if (cells.size() != 1)
        return std::nullopt;
    return explanations.front();
}

} // namespace statform::core::validation
