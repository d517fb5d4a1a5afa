// What the numbers of a unit type measure: counts (classes, events, books),
// people, or money (đồng). Reading a cell depends on it ("2.500.000 đ" is
// money), so it sits with the cell values; unit types (templates/) say which
// kind each unit is.
#pragma once

namespace statform::core {

enum class QuantityKind { Count, People, Money };

} // namespace statform::core
