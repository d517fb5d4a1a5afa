// Between validation and merge: a validated workbook becomes a unit report,
// and a merged summary becomes "last year's values" for the next validation
// (ValidationOptions::previous_year compares rows by key, any edition).
#pragma once

#include "core/merge/merge.hpp"
#include "core/rules/findings.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"

#include <optional>

#include <string>

namespace statform::core {

// The values that count, the table's sheet and edition, and the finding
// counts of `validation`. A workbook without a recognised table becomes a
// failed report (skipped by the merge) whose reason is the table summary.
UnitReport unit_report_from_validation(const ValidationReport& validation, std::string unit_name);

// The totals of `merged` as one report of its target edition (`target`).
ReportedValues reported_values_of(const MergeResult& merged, const Edition& target);

// What a workbook given "to compare with" holds: last year's report of a unit
// (for ValidationOptions::previous_year) or an earlier summary, StatForm's or
// typed by hand (for NarrativeInput::previous). Its table is found and read
// exactly as Validate does; nullopt when it has none. `findings_phrases` is
// dialogs/findings.json (the findings themselves are not kept).
std::optional<ReportedValues> comparison_values(const Workbook& workbook,
                                                const TemplateCatalog& catalog,
                                                const StringTable& findings_phrases);

} // namespace statform::core
