// Shared by the test_narrative*.cpp files: the real catalogue and phrases,
// a terse way to write a unit's report, and the samples-like district data.
#pragma once

#include "core/merge.hpp"
#include "core/narrative.hpp"
#include "core/string_table.hpp"
#include "core/template_catalog.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::narrative_test {

using namespace statform::core;

const TemplateCatalog& catalog();
const Edition& edition(std::string_view id);
const StringTable& narrative_phrases();
const StringTable& merge_phrases();

inline constexpr std::optional<double> none = std::nullopt;

UnitReport report(std::string source, std::string unit, std::string edition_id,
                  std::vector<UnitRowValues> rows);

// Six schools and centres of Tuần Giáo (one on the 2022 form), a copy sent
// twice, an unreadable file, and a school that sent nothing: like samples/.
std::vector<UnitReport> district_reports();
std::vector<std::string> district_expected_units();
MergeResult district_summary();

// The district's 2022 summary, on the 2022 form, for year-on-year sentences.
MergeResult district_summary_2022();

// write_narrative() of `summary` (2023 unless said) in `language`.
NarrativeDocument narrate(const MergeResult& summary, Language language,
                          const NarrativeInput& extra = {}, NarrativeOptions options = {});

// The paragraph about the top-level row `row_key`; fails when there is none.
std::string paragraph_about(const NarrativeDocument& document, std::string_view row_key);
// The section numbered like "I.3" ("I", then "3"); null when there is none.
const NarrativeSection* section_at(const NarrativeDocument& document,
                                   const std::vector<std::string>& numbers);

} // namespace statform::narrative_test
