#include "core/drafting/template_draft_report.hpp"

#include <algorithm>

namespace statform::core {
namespace {

// Which quantity columns a row fills: what the person checks against the form.
std::string columns_text(const TemplateDraft& draft, const TemplateRow& row,
                         const StringTable& phrases, Language language) {
    const UnitType* unit = draft.unit_types.find_by_id(row.unit_type_id);
    if (!unit)
        return phrases.get("report.columns.none", language);
    if (unit->uses_count_column && unit->uses_people_column)
        return phrases.get("report.columns.both", language);
    return phrases.get(unit->uses_people_column ? "report.columns.people" : "report.columns.count",
                       language);
}

std::string key_origin(const DraftKey& key, const StringTable& phrases, Language language) {
    if (key.reused)
        return phrases.format(
            "report.key-reused", language,
            {{"edition", key.known_edition}, {"confidence", confidence_text(key.confidence)}});
    if (key.known_key.empty() || key.chosen)
        return phrases.get("report.key-new", language);
    return phrases.format(
        "report.key-new-closest", language,
        {{"key", key.known_key}, {"confidence", confidence_text(key.confidence)}});
}

} // namespace

std::string confidence_text(double confidence) {
    return std::to_string(static_cast<int>(confidence * 100.0 + 0.5)) + "%";
}

std::size_t group_count(const Edition& edition) {
    return static_cast<std::size_t>(std::count_if(edition.rows.begin(), edition.rows.end(),
                                                  [](const auto& row) { return row.is_group; }));
}

std::vector<std::string> unknown_units(const TemplateDraft& draft) {
    std::vector<std::string> units;
    for (const DraftProblem& problem : draft.problems)
        if (problem.what == "unknown-unit" &&
            std::find(units.begin(), units.end(), problem.typed) == units.end())
            units.push_back(problem.typed);
    return units;
}

std::string draft_summary_line(const TemplateDraft& draft, const StringTable& phrases,
                               Language language) {
    return phrases.format(
        "report.summary", language,
        {{"rows", std::to_string(draft.preview.rows.size())},
         {"groups", std::to_string(group_count(draft.preview))},
         {"edition", draft.closest_edition.empty() ? phrases.get("report.no-edition", language)
                                                   : draft.closest_edition}});
}

std::string draft_row_line(const TemplateDraft& draft, std::size_t r, const StringTable& phrases,
                           Language language) {
    const TemplateRow& row = draft.preview.rows[r];
    const std::string group =
        !row.is_group ? ""
                      : "  " + phrases.get(row.sums_children ? "report.group-sums" : "report.group",
                                           language);
    return draft.label_cells[r].a1() + "  " + (row.code.empty() ? "-" : row.code) + "  " +
           row.label + "  [" + (row.unit_text.empty() ? "-" : row.unit_text) + ": " +
           columns_text(draft, row, phrases, language) + "]  " +
           key_origin(draft.keys[r], phrases, language) + group;
}

std::string key_candidate_line(const KeyCandidate& candidate, const StringTable& phrases,
                               Language language) {
    return phrases.format("report.candidate", language,
                          {{"label", candidate.label},
                           {"edition", candidate.edition},
                           {"confidence", confidence_text(candidate.confidence)}});
}

} // namespace statform::core
