#include "core/merge/merge_from_validation.hpp"

#include "core/rules/validation.hpp"

namespace statform::core {

UnitReport unit_report_from_validation(const ValidationReport& validation, std::string unit_name) {
    UnitReport report;
    report.source = validation.source;
    report.unit_name = std::move(unit_name);
    report.edition_id = validation.table.edition_id;
    report.sheet = validation.table.sheet;
    report.error_count = validation.count(Severity::Error);
    report.warning_count = validation.count(Severity::Warning);
    if (validation.table.status != TableStatus::Found) {
        report.failure = validation.table.summary;
        return report;
    }
    for (const RowValues& row : validation.values.rows)
        if (row.count || row.people)
            report.rows.push_back({row.key, row.count, row.people});
    return report;
}

ReportedValues reported_values_of(const MergeResult& merged, const Edition& target) {
    ReportedValues values;
    values.edition_id = merged.target_edition_id;
    values.year = target.year;
    values.source = "merge";
    for (const MergedRow& row : merged.rows) {
        RowValues out;
        out.template_row = row.template_row;
        out.key = row.key;
        out.code = row.code;
        out.in_sheet = true;
        out.count = row.total.count;
        out.people = row.total.people;
        values.rows.push_back(std::move(out));
    }
    return values;
}

std::optional<ReportedValues> comparison_values(const Workbook& workbook,
                                                const TemplateCatalog& catalog,
                                                const StringTable& findings_phrases) {
    ValidationReport report =
        validate_workbook(workbook, catalog, findings_phrases, Language::Vietnamese);
    if (report.table.status != TableStatus::Found)
        return std::nullopt;
    return std::move(report.values);
}

} // namespace statform::core
