// Shared by the test_merge*.cpp files: the real catalogue and phrases, and
// a terse way to write a unit's report.
#pragma once

#include "core/merge/merge.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"
#include "test_data.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::merge_test {

using namespace statform::core;

using test_data::catalog;
using test_data::edition;
using test_data::report;
inline const StringTable& merge_phrases() {
    return test_data::phrases("merge-messages.json");
}

inline constexpr std::optional<double> none = std::nullopt;

// The findings of `result` with this rule (and source row key, when given).
std::vector<MergeFinding> findings_of(const MergeResult& result, std::string_view rule,
                                      std::string_view row_key = {});

// The merged row with `key`; fails the test when there is none.
const MergedRow& row(const MergeResult& result, std::string_view key);

} // namespace statform::merge_test
