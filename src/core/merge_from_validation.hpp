// Between validation and merge: a validated workbook becomes a unit report,
// and a merged summary becomes "last year's values" for the next validation
// (ValidationOptions::previous_year compares rows by key, any edition).
#pragma once

#include "core/findings.hpp"
#include "core/merge.hpp"

#include <string>

namespace statform::core {

// The values that count, the table's sheet and edition, and the finding
// counts of `validation`. A workbook without a recognised table becomes a
// failed report (skipped by the merge) whose reason is the table summary.
UnitReport unit_report_from_validation(const ValidationReport& validation, std::string unit_name);

// The totals of `merged` as one report of its target edition (`target`).
ReportedValues reported_values_of(const MergeResult& merged, const Edition& target);

} // namespace statform::core
