// Writing a unit-type catalogue file (unit-types.json) in the layout of the
// shipped one, so that the units a person answers for in "Make a template
// from this table" are saved beside the template in the user's folder and
// read back by UnitTypeCatalog::parse unchanged.
#pragma once

#include "core/templates/unit_types.hpp"

#include <string>
#include <vector>

namespace statform::core {

// The JSON text of a unit-types.json holding `thresholds` and `unit_types`,
// ending with a newline.
std::string write_unit_types_json(const Thresholds& thresholds,
                                  const std::vector<UnitType>& unit_types);

} // namespace statform::core
