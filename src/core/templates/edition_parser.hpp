// Reading one edition file (extension/templates/htsd-*.json) into an Edition,
// checking it against the format described in extension/templates/README.md.
#pragma once

#include "core/templates/load_problem.hpp"
#include "core/templates/template_model.hpp"
#include "core/templates/unit_types.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core {

// Parses one edition from JSON text. Every problem is appended with
// `file_name` and its JSON path; nullopt when the edition must be skipped
// (any error). Warnings (unknown fields, text not in NFC, ...) do not reject.
// Printed units are resolved through `unit_types`; a row's unit_type may be
// left out when its unit_text says it all.
std::optional<Edition> parse_edition(std::string_view json_text, const std::string& file_name,
                                     const UnitTypeCatalog& unit_types,
                                     std::vector<LoadProblem>& problems);

// An edition id as template files give it: lowercase letters a-z, digits
// and "-" ("htsd-2025"), so that it is also a file name on every system.
bool is_edition_id(std::string_view id);

// The years an edition may be for.
inline constexpr int kFirstEditionYear = 2000;
inline constexpr int kLastEditionYear = 2100;

// The row of `edition` whose key is `key`, or nullptr.
const TemplateRow* find_row_by_key(const Edition& edition, std::string_view key);

} // namespace statform::core
