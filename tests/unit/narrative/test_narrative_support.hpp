// Shared by the test_narrative*.cpp files: the narrative phrases, the merge
// tests' support (catalogue, phrases, report()), and the samples-like district data.
#pragma once

#include "core/narrative/narrative.hpp"
#include "merge/test_merge_support.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace statform::narrative_test {

// The real catalogue, merge phrases, report() and none, as the merge tests have them.
using namespace statform::merge_test;

inline const StringTable& narrative_phrases() {
    return test_data::phrases("narrative.json");
}

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
