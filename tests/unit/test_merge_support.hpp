// Shared by the test_merge*.cpp files: the real catalogue and phrases, and
// a terse way to write a unit's report.
#pragma once

#include "core/merge.hpp"
#include "core/string_table.hpp"
#include "core/template_catalog.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::merge_test {

using namespace statform::core;

const TemplateCatalog& catalog();
const StringTable& merge_phrases();
const Edition& edition(std::string_view id);

inline constexpr std::optional<double> none = std::nullopt;

// A report of `edition_id` with the given rows.
UnitReport report(std::string source, std::string unit, std::string edition_id,
                  std::vector<UnitRowValues> rows);

// The findings of `result` with this rule (and source row key, when given).
std::vector<MergeFinding> findings_of(const MergeResult& result, std::string_view rule,
                                      std::string_view row_key = {});

// The merged row with `key`; fails the test when there is none.
const MergedRow& row(const MergeResult& result, std::string_view key);

} // namespace statform::merge_test
