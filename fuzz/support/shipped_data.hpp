// The data StatForm ships, loaded once per fuzzer process: the template
// catalogue (extension/templates) and the findings' phrases
// (dialogs/findings.json). The targets fuzz what users type against the
// real forms, so they read the real files rather than a copy that could
// drift from them.
#pragma once

#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"

#include <string>
#include <string_view>

namespace statform::fuzz {

// The shipped catalogue; aborts the process when it does not load, since
// every finding of a fuzzer without its templates would be noise.
const core::TemplateCatalog& shipped_catalog();

// dialogs/findings.json, the phrases validation formats its findings with.
const core::StringTable& findings_phrases();

// The text of a file of the repository, e.g. "extension/templates/htsd-2023.json".
std::string read_repository_file(std::string_view relative_path);

} // namespace statform::fuzz
