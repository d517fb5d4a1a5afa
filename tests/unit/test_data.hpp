// The project's real data for unit tests, loaded once per test process: the
// shipped template catalogue (extension/templates) and the phrase tables of
// dialogs/. A file that does not load fails the test that asked for it.
#pragma once

#include "core/merge/merge.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace statform::test_data {

const core::TemplateCatalog& catalog();
const core::Edition& edition(std::string_view id);

// A phrase table of dialogs/, e.g. phrases("findings.json").
const core::StringTable& phrases(std::string_view file_in_dialogs);

// A unit's report of `edition_id` on sheet "Sheet1" with the given rows.
core::UnitReport report(std::string source, std::string unit, std::string edition_id,
                        std::vector<core::UnitRowValues> rows);

} // namespace statform::test_data
