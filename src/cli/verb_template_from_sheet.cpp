// statform template from-sheet FILE --id ID --year YEAR --title TITLE
// --out FILE.json [--force] [--json]: a new edition's template file drafted
// from the statistics table of a workbook (core/template_draft), so that
// next year's form needs no hand-written JSON.
#include "cli/data_files.hpp"
#include "cli/office_for_cli.hpp"
#include "cli/source_reader.hpp"
#include "cli/verbs.hpp"
#include "core/drafting/template_draft.hpp"
#include "core/drafting/template_draft_defaults.hpp"
#include "core/drafting/template_draft_report.hpp"
#include "core/drafting/template_draft_units.hpp"
#include "core/drafting/template_folder.hpp"
#include "core/templates/edition_parser.hpp"
#include "core/templates/edition_writer.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <iostream>

namespace statform::cli {
namespace {

constexpr const char* kUsage =
    "statform template from-sheet FILE --id ID --year YEAR --title TITLE --out FILE.json "
    "[--theme THEME] [--level province|district] [--unit-type TYPED=ANSWER] [--key CELL=KEY] "
    "[--force] [--json]";

struct FromSheetRequest {
    std::filesystem::path workbook;
    std::filesystem::path out;
    core::DraftRequest draft;
};

// The request, or a message saying what is missing (usage errors: exit 2).
std::optional<FromSheetRequest>
read_request(const CliArgs& args, const core::UnitTypeCatalog& unit_types, std::string& problem) {
    if (args.files.size() != 2 || args.files[0] != "from-sheet") {
        problem = std::string("give one workbook: ") + kUsage;
        return std::nullopt;
    }
    FromSheetRequest request;
    request.workbook = args.files[1];
    const auto id = args.value("id"), year = args.value("year"), title = args.value("title"),
               out = args.value("out");
    if (!id || !year || !title || !out) {
        problem = std::string("--id, --year, --title and --out are all needed: ") + kUsage;
        return std::nullopt;
    }
    if (!core::is_edition_id(*id)) {
        problem = "--id \"" + *id +
                  "\" is not an edition id: use lowercase letters a-z, digits "
                  "and \"-\" (e.g. htsd-2024)";
        return std::nullopt;
    }
    const std::optional<int> year_number = core::edition_year(*year);
    if (!year_number) {
        problem = "--year \"" + *year + "\" is not a year (" +
                  std::to_string(core::kFirstEditionYear) + "-" +
                  std::to_string(core::kLastEditionYear) + ")";
        return std::nullopt;
    }
    request.out = *out;
    if (request.out.extension() != ".json") {
        problem = "--out " + *out + ": the template file name must end in .json";
        return std::nullopt;
    }
    request.draft.id = *id;
    request.draft.year = *year_number;
    request.draft.title = *title;
    request.draft.theme = args.value("theme").value_or("");
    request.draft.level = args.value("level").value_or("");
    request.draft.language = cli_language(args);
    for (const std::string& answer : args.all("unit-type")) {
        const auto parsed = core::draft::parse_unit_answer(answer, unit_types);
        if (!parsed) {
            problem = "--unit-type \"" + answer +
                      "\": give TYPED=ID (a unit type of `statform templates --json`) or "
                      "TYPED=new:count|people|count-people|money";
            return std::nullopt;
        }
        request.draft.unit_answers.push_back(*parsed);
    }
    for (const std::string& choice : args.all("key")) {
        const auto parsed = core::draft::parse_key_choice(choice);
        if (!parsed) {
            problem = "--key \"" + choice +
                      "\": give CELL=KEY (the cell of the row's label), "
                      "or CELL= for a new key";
            return std::nullopt;
        }
        request.draft.chosen_keys[parsed->first] = parsed->second;
    }
    if (!request.draft.level.empty() && request.draft.level != "province" &&
        request.draft.level != "district") {
        problem = "--level takes province or district";
        return std::nullopt;
    }
    return request;
}

boost::json::array candidates_json(const std::vector<core::KeyCandidate>& candidates) {
    boost::json::array out;
    for (const core::KeyCandidate& candidate : candidates)
        out.push_back({{"key", candidate.key},
                       {"edition", candidate.edition},
                       {"label", candidate.label},
                       {"confidence", candidate.confidence}});
    return out;
}

boost::json::object draft_json(const FromSheetRequest& request, const core::TemplateDraft& draft,
                               std::string_view status) {
    boost::json::array problems, rows, unmapped;
    for (const auto& problem : draft.problems)
        problems.push_back({{"problem", problem.what},
                            {"cell", problem.cell ? problem.cell->a1() : ""},
                            {"message", problem.message}});
    for (const auto& unit : core::unknown_units(draft))
        unmapped.push_back(boost::json::string(unit));
    if (draft.edition)
        for (std::size_t r = 0; r < draft.edition->rows.size(); ++r) {
            const core::TemplateRow& row = draft.edition->rows[r];
            const core::DraftKey& key = draft.keys[r];
            rows.push_back({{"cell", draft.label_cells[r].a1()},
                            {"code", row.code},
                            {"label", row.label},
                            {"unit_text", row.unit_text},
                            {"unit_type", row.unit_type_id},
                            {"key", row.key},
                            {"parent_key", row.parent_key},
                            {"is_group", row.is_group},
                            {"sums_children", row.sums_children},
                            {"key_reused", key.reused},
                            {"closest_edition", key.known_edition},
                            {"closest_key", key.known_key},
                            {"confidence", key.confidence},
                            {"key_chosen", key.chosen},
                            {"candidates", candidates_json(draft.key_candidates[r])}});
        }
    boost::json::array new_unit_types;
    for (const core::UnitType& unit : draft.unit_types_to_save)
        new_unit_types.push_back({{"id", unit.id}, {"label_vi", unit.label_vi}});
    return {{"file", request.workbook.string()},
            {"status", status},
            {"sheet", draft.sheet},
            {"closest_edition", draft.closest_edition},
            {"out", status == "written" ? request.out.string() : ""},
            {"groups", draft.edition ? core::group_count(*draft.edition) : 0},
            {"rows", rows},
            {"unmapped_units", unmapped},
            {"unit_types_saved", new_unit_types},
            {"problems", problems}};
}

// What was found, for a person: one line per row with its unit type and key.
void print_draft(const FromSheetRequest& request, const core::TemplateDraft& draft,
                 const core::StringTable& phrases) {
    const core::Language language = request.draft.language;
    std::cout << request.workbook.string()
              << (draft.sheet.empty() ? "" : ", \"" + draft.sheet + "\"") << "\n";
    for (const auto& problem : draft.problems)
        std::cout << "  " << problem.message << "\n";
    if (const auto unknown = core::unknown_units(draft); !unknown.empty()) {
        std::string units;
        for (const auto& unit : unknown)
            units += (units.empty() ? "\"" : ", \"") + unit + "\"";
        std::cout << "  " << phrases.format("report.unknown-units", language, {{"units", units}})
                  << "\n";
    }
    if (!draft.edition)
        return;
    std::cout << "  " << core::draft_summary_line(draft, phrases, language) << "\n";
    for (std::size_t r = 0; r < draft.edition->rows.size(); ++r)
        std::cout << "  " << core::draft_row_line(draft, r, phrases, language) << "\n";
}

} // namespace

int run_template(const CliArgs& args) {
    std::string problem;
    const auto catalog = load_catalog();
    const auto request = read_request(args, catalog.unit_types(), problem);
    if (!request) {
        std::cerr << "statform template: " << problem << "\n";
        return exit_unusable;
    }
    const core::Language language = request->draft.language;
    const auto phrases = load_phrases("template-draft.json");
    const core::SaveRequest save{request->out, args.force, language};
    // Refused before the workbook is read: nothing that exists is replaced without --force.
    if (const auto refusal = core::refusal_to_save(request->draft.id, catalog, phrases, save)) {
        std::cerr << "statform template: " << refusal->message << " (--force)\n";
        return exit_unusable;
    }
    SourceReader reader(args);
    const SourceRead read = reader.read(request->workbook);
    if (!read.workbook) {
        std::cerr << "statform template: " << read.problem_in(language).message << "\n";
        return exit_unusable;
    }
    const core::TemplateDraft draft =
        core::draft_edition_from_workbook(*read.workbook, catalog, phrases, request->draft);
    const auto report = [&](std::string_view status) {
        if (args.json)
            std::cout << boost::json::serialize(draft_json(*request, draft, status)) << "\n";
        else
            print_draft(*request, draft, phrases);
    };
    if (!draft.ok()) {
        report("problems");
        if (!args.json)
            std::cout << "  " << phrases.get("report.nothing-written", language) << "\n";
        return exit_findings;
    }
    const core::SaveOutcome saved = core::save_draft(draft, catalog, phrases, save);
    if (!saved.saved) {
        std::cerr << "statform template: " << saved.message
                  << (saved.detail.empty() ? "" : "\n  " + saved.detail) << "\n";
        return exit_unusable;
    }
    report("written");
    if (!args.json) {
        std::cout << "  "
                  << phrases.format("report.wrote", language, {{"file", request->out.string()}})
                  << "\n";
        if (!saved.unit_types_file.empty())
            std::cout << "  "
                      << phrases.format("report.wrote", language,
                                        {{"file", saved.unit_types_file.string()}})
                      << "\n";
    }
    return exit_ok;
}

} // namespace statform::cli
