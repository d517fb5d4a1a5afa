// Writing an edition as a template file (extension/templates/*.json), in the
// field order and layout of the shipped files, so a drafted template reads
// like the ones written by hand and parse_edition reads it back unchanged.
#pragma once

#include "core/templates/template_model.hpp"

#include <string>

namespace statform::core {

// The JSON text of `edition`, ending with a newline. Every identification
// and header field is written (empty ones as ""), rows with all their
// flags; "corrections", "outline" and the optional row fields (corrected_label,
// total_of, combines, in_group_total) only when they say something.
std::string write_edition_json(const Edition& edition);

} // namespace statform::core
