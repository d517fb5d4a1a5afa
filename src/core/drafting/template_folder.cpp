#include "core/drafting/template_folder.hpp"

#include "core/values/cell_value.hpp"

#include "core/templates/edition_parser.hpp"
#include "core/templates/edition_writer.hpp"
#include "core/templates/unit_types_writer.hpp"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace statform::core {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUnitTypesFile = "unit-types.json";

// Written next to its final name, then renamed over it.
bool write_file(const fs::path& file, const std::string& text, std::string& detail) {
    const fs::path partial = file.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            detail = "cannot write " + partial.string();
            std::error_code ignored;
            fs::remove(partial, ignored);
            return false;
        }
    }
    std::error_code error;
    fs::rename(partial, file, error);
    if (error) {
        detail =
            "cannot rename " + partial.string() + " to " + file.string() + ": " + error.message();
        fs::remove(partial, error);
        return false;
    }
    return true;
}

// What the folder's unit-types.json `file` holds: its thresholds and unit
// types; the catalogue's thresholds and no unit types when there is none.
// False, with `detail`, when it does not load.
bool read_folder_unit_types(const fs::path& file, const TemplateCatalog& catalog,
                            Thresholds& thresholds, std::vector<UnitType>& units,
                            std::string& detail) {
    thresholds = catalog.unit_types().thresholds();
    units.clear();
    std::error_code ec;
    if (!fs::exists(file, ec))
        return true;
    std::vector<LoadProblem> problems;
    const auto existing = UnitTypeCatalog::load(file, problems);
    if (!existing) {
        for (const LoadProblem& problem : problems)
            detail += (detail.empty() ? "" : "; ") + problem.describe();
        return false;
    }
    thresholds = existing->thresholds();
    units = existing->all();
    return true;
}

// The folder's unit-types.json with the draft's unit types added (one of
// the same id replaced); empty when the draft needs none.
std::string unit_types_text(const TemplateDraft& draft, const TemplateCatalog& catalog,
                            const fs::path& file, std::string& detail) {
    if (draft.unit_types_to_save.empty())
        return {};
    Thresholds thresholds;
    std::vector<UnitType> units;
    if (!read_folder_unit_types(file, catalog, thresholds, units, detail))
        return {};
    for (const UnitType& unit : draft.unit_types_to_save) {
        const auto same = std::find_if(units.begin(), units.end(),
                                       [&](const UnitType& u) { return u.id == unit.id; });
        if (same == units.end())
            units.push_back(unit);
        else
            *same = unit;
    }
    return write_unit_types_json(thresholds, units);
}

SaveOutcome refused(std::string what,
                    const std::vector<std::pair<std::string, std::string>>& values,
                    const StringTable& phrases, Language language) {
    SaveOutcome outcome;
    outcome.message = phrases.format("save." + what, language, values);
    outcome.what = std::move(what);
    return outcome;
}

} // namespace

fs::path template_file_in(const fs::path& folder, const TemplateDraft& draft) {
    return folder / ((draft.edition ? draft.edition->id : std::string("template")) + ".json");
}

std::optional<SaveOutcome> refusal_to_save(std::string_view edition_id,
                                           const TemplateCatalog& catalog,
                                           const StringTable& phrases, const SaveRequest& request) {
    if (request.replace)
        return std::nullopt;
    const std::string file = request.template_file.string();
    std::error_code ec;
    if (fs::exists(request.template_file, ec))
        return refused("file-exists", {{"file", file}}, phrases, request.language);
    if (const Edition* known = catalog.find(edition_id); known && known->source_file != file)
        return refused("id-exists", {{"id", std::string(edition_id)}, {"file", known->source_file}},
                       phrases, request.language);
    return std::nullopt;
}

SaveOutcome save_draft(const TemplateDraft& draft, const TemplateCatalog& catalog,
                       const StringTable& phrases, const SaveRequest& request) {
    SaveOutcome outcome;
    const auto refuse = [&](std::string what,
                            std::vector<std::pair<std::string, std::string>> values) {
        SaveOutcome refusal = refused(std::move(what), values, phrases, request.language);
        refusal.detail = outcome.detail;
        return refusal;
    };
    const std::string file = request.template_file.string();
    if (!draft.ok())
        return refuse("not-ready", {{"file", file}});
    const Edition& edition = *draft.edition;
    if (auto refusal = refusal_to_save(edition.id, catalog, phrases, request))
        return *refusal;

    // What is written must load as StatForm will load it.
    const std::string json = write_edition_json(edition);
    const fs::path unit_types_file = request.template_file.parent_path() / kUnitTypesFile;
    const std::string units_json = unit_types_text(draft, catalog, unit_types_file, outcome.detail);
    std::vector<LoadProblem> problems;
    if (!outcome.detail.empty() || !parse_edition(json, file, draft.unit_types, problems) ||
        std::any_of(problems.begin(), problems.end(),
                    [](const auto& p) { return !p.is_warning; })) {
        for (const LoadProblem& problem : problems)
            outcome.detail += (outcome.detail.empty() ? "" : "; ") + problem.describe();
        return refuse("does-not-load", {{"file", file}});
    }

    std::error_code ec;
    fs::create_directories(request.template_file.parent_path(), ec);
    if (!units_json.empty()) {
        if (!write_file(unit_types_file, units_json, outcome.detail))
            return refuse("cannot-write", {{"file", unit_types_file.string()}});
        outcome.unit_types_file = unit_types_file;
    }
    if (!write_file(request.template_file, json, outcome.detail))
        return refuse("cannot-write", {{"file", file}});
    outcome.saved = true;
    outcome.template_file = request.template_file;
    outcome.edition_id = edition.id;
    outcome.row_count = edition.rows.size();
    outcome.message =
        phrases.format("save.saved", request.language, {{"file", file}, {"id", edition.id}});
    return outcome;
}

std::optional<double> read_threshold(std::string_view typed) {
    const CellValue value = read_quantity_text(typed, QuantityKind::Count);
    if (value.status != ValueStatus::Number && value.status != ValueStatus::ExplicitZero &&
        value.status != ValueStatus::NumberAsText)
        return std::nullopt;
    if (!is_threshold_value(value.value))
        return std::nullopt;
    return value.value;
}

bool is_threshold_value(double value) {
    return value >= 0; // also false for NaN
}

bool save_thresholds(const fs::path& folder, const TemplateCatalog& catalog,
                     const std::map<std::string, double, std::less<>>& changed,
                     std::string& detail) {
    const fs::path file = folder / kUnitTypesFile;
    Thresholds thresholds;
    std::vector<UnitType> units;
    if (!read_folder_unit_types(file, catalog, thresholds, units, detail))
        return false;
    for (const auto& [name, value] : changed)
        thresholds.values[name] = value;
    const std::string json = write_unit_types_json(thresholds, units);
    // What is written must load as StatForm will load it.
    std::vector<LoadProblem> problems;
    if (!UnitTypeCatalog::parse(json, file.string(), problems)) {
        for (const LoadProblem& problem : problems)
            detail += (detail.empty() ? "" : "; ") + problem.describe();
        return false;
    }
    std::error_code ec;
    fs::create_directories(folder, ec);
    return write_file(file, json, detail);
}

} // namespace statform::core
