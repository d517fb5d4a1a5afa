// Shared by the test_narrative*.cpp files: the real catalogue and phrases,
// a terse way to write a unit's report, and the samples-like district data.
#pragma once

#include "core/merge.hpp"
#include "core/narrative.hpp"
#include "core/string_table.hpp"
#include "core/template_catalog.hpp"
#include "test_data.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::narrative_test {

using namespace statform::core;

using test_data::catalog;
using test_data::edition;
using test_data::report;
inline const StringTable& narrative_phrases() {
    return test_data::phrases("narrative.json");
}
inline const StringTable& merge_phrases() {
    return test_data::phrases("merge-messages.json");
}

inline constexpr std::optional<double> none = std::nullopt;

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
