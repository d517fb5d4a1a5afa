// The data files the CLI works with, from the source/build tree (or
// STATFORM_DATA_DIR): the template catalogue and the UI phrases.
#pragma once

#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace statform::cli {

// Shipped templates plus the user's folder; loading problems are printed to stderr.
core::TemplateCatalog load_catalog();

// dialogs/findings.json and dialogs/strings.json together.
core::StringTable load_phrases(const std::string& file_name);

std::filesystem::path data_dir();

} // namespace statform::cli
