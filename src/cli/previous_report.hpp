// --previous FILE: last year's report (validate) or an earlier summary
// (merge), read like any source and located as Validate does.
#pragma once

#include "cli/source_reader.hpp"
#include "core/rules/findings.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace statform::cli {

struct PreviousRead {
    std::optional<core::ReportedValues> values;
    std::string problem; // in the UI language, naming the file, when values is empty
};

PreviousRead read_previous(SourceReader& reader, const std::filesystem::path& file,
                           const core::TemplateCatalog& catalog,
                           const core::StringTable& findings_phrases, const core::StringTable& ui,
                           core::Language language);

} // namespace statform::cli
