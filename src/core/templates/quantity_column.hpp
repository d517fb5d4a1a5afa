// The two quantity columns of the form, and a value per column where
// "not reported" (nullopt) is kept apart from 0.
#pragma once

#include <array>
#include <cstddef>
#include <optional>

namespace statform::core {

enum class QuantityColumn {
    Count,  // "Số lớp/số cuộc thi" (đồng on money rows)
    People, // "Người"
};
inline constexpr std::array<QuantityColumn, 2> kQuantityColumns = {QuantityColumn::Count,
                                                                   QuantityColumn::People};

constexpr std::size_t column_index(QuantityColumn column) {
    return column == QuantityColumn::Count ? 0 : 1;
}

// A value per quantity column; nullopt = not reported (which is not 0).
struct QuantityPair {
    std::optional<double> count;
    std::optional<double> people;

    std::optional<double>& operator[](QuantityColumn column) {
        return column == QuantityColumn::Count ? count : people;
    }
    const std::optional<double>& operator[](QuantityColumn column) const {
        return column == QuantityColumn::Count ? count : people;
    }
    bool any() const { return count.has_value() || people.has_value(); }
    bool operator==(const QuantityPair&) const = default;
};

// Adds `value` to `sum`; a sum that received nothing stays nullopt.
inline void add_to(std::optional<double>& sum, double value) {
    sum = sum.value_or(0.0) + value;
}

} // namespace statform::core
