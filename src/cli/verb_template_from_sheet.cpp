// statform template from-sheet FILE --id ID --year YEAR --title TITLE
// --out FILE.json [--force] [--json]: a new edition's template file drafted
// from the statistics table of a workbook (core/template_draft), so that
// next year's form needs no hand-written JSON.
#include "cli/data_files.hpp"
#include "cli/office_for_cli.hpp"
#include "cli/source_reader.hpp"
#include "cli/verbs.hpp"
#include "core/edition_parser.hpp"
#include "core/edition_writer.hpp"
#include "core/template_draft.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>

namespace statform::cli {
namespace {

constexpr const char* kUsage =
    "statform template from-sheet FILE --id ID --year YEAR --title TITLE --out FILE.json "
    "[--force] [--json]";

struct FromSheetRequest {
    std::filesystem::path workbook;
    std::filesystem::path out;
    core::DraftRequest draft;
};

bool is_edition_id(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// The request, or a message saying what is missing (usage errors: exit 2).
std::optional<FromSheetRequest> read_request(const CliArgs& args, std::string& problem) {
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
    if (!is_edition_id(*id)) {
        problem = "--id \"" + *id +
                  "\" is not an edition id: use lowercase letters a-z, digits "
                  "and \"-\" (e.g. htsd-2024)";
        return std::nullopt;
    }
    int year_number = 0;
    const auto parsed = std::from_chars(year->data(), year->data() + year->size(), year_number);
    if (parsed.ec != std::errc{} || parsed.ptr != year->data() + year->size() ||
        year_number < 2000 || year_number > 2100) {
        problem = "--year \"" + *year + "\" is not a year (2000-2100)";
        return std::nullopt;
    }
    request.out = *out;
    if (request.out.extension() != ".json") {
        problem = "--out " + *out + ": the template file name must end in .json";
        return std::nullopt;
    }
    request.draft.id = *id;
    request.draft.year = year_number;
    request.draft.title = *title;
    request.draft.level = args.value("level").value_or("");
    request.draft.language = cli_language(args);
    if (!request.draft.level.empty() && request.draft.level != "province" &&
        request.draft.level != "district") {
        problem = "--level takes province or district";
        return std::nullopt;
    }
    return request;
}

// Nothing that exists is replaced without --force: the output file, nor a
// template the catalogue already knows under the same id.
std::optional<std::string> refusal_to_overwrite(const FromSheetRequest& request,
                                                const core::TemplateCatalog& catalog) {
    if (std::filesystem::exists(request.out))
        return request.out.string() + " already exists; nothing was written (use --force to "
                                      "replace it)";
    if (const core::Edition* known = catalog.find(request.draft.id))
        return "a template with id \"" + request.draft.id + "\" already exists (" +
               known->source_file + "); nothing was written (choose another --id, or use --force)";
    return std::nullopt;
}

std::size_t group_count(const core::Edition& edition) {
    return static_cast<std::size_t>(std::count_if(edition.rows.begin(), edition.rows.end(),
                                                  [](const auto& row) { return row.is_group; }));
}

std::string percent(double confidence) {
    return std::to_string(static_cast<int>(confidence * 100.0 + 0.5)) + "%";
}

boost::json::object draft_json(const FromSheetRequest& request, const core::TemplateDraft& draft,
                               std::string_view status) {
    boost::json::array problems, rows, unmapped;
    std::set<std::string> unknown_units;
    for (const auto& problem : draft.problems) {
        problems.push_back({{"problem", problem.what},
                            {"cell", problem.cell ? problem.cell->a1() : ""},
                            {"message", problem.message}});
        if (problem.what == "unknown-unit")
            unknown_units.insert(problem.typed);
    }
    for (const auto& unit : unknown_units)
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
                            {"confidence", key.confidence}});
        }
    return {{"file", request.workbook.string()},
            {"status", status},
            {"sheet", draft.sheet},
            {"closest_edition", draft.closest_edition},
            {"out", status == "written" ? request.out.string() : ""},
            {"groups", draft.edition ? group_count(*draft.edition) : 0},
            {"rows", rows},
            {"unmapped_units", unmapped},
            {"problems", problems}};
}

// What was found, for a person: one line per row with its unit type and key.
void print_draft(const FromSheetRequest& request, const core::TemplateDraft& draft,
                 const core::StringTable& phrases) {
    const core::Language language = request.draft.language;
    std::cout << request.workbook.string()
              << (draft.sheet.empty() ? "" : ", \"" + draft.sheet + "\"") << "\n";
    std::set<std::string> unknown_units;
    for (const auto& problem : draft.problems) {
        std::cout << "  " << problem.message << "\n";
        if (problem.what == "unknown-unit")
            unknown_units.insert(problem.typed);
    }
    if (!unknown_units.empty()) {
        std::string units;
        for (const auto& unit : unknown_units)
            units += (units.empty() ? "\"" : ", \"") + unit + "\"";
        std::cout << "  " << phrases.format("report.unknown-units", language, {{"units", units}})
                  << "\n";
    }
    if (!draft.edition)
        return;
    const core::Edition& edition = *draft.edition;
    std::cout << "  "
              << phrases.format("report.summary", language,
                                {{"rows", std::to_string(edition.rows.size())},
                                 {"groups", std::to_string(group_count(edition))},
                                 {"edition", draft.closest_edition.empty()
                                                 ? phrases.get("report.no-edition", language)
                                                 : draft.closest_edition}})
              << "\n";
    for (std::size_t r = 0; r < edition.rows.size(); ++r) {
        const core::TemplateRow& row = edition.rows[r];
        const core::DraftKey& key = draft.keys[r];
        const std::string origin =
            key.reused ? phrases.format("report.key-reused", language,
                                        {{"edition", key.known_edition},
                                         {"confidence", percent(key.confidence)}})
            : key.known_key.empty()
                ? phrases.get("report.key-new", language)
                : phrases.format("report.key-new-closest", language,
                                 {{"key", key.known_key}, {"confidence", percent(key.confidence)}});
        const std::string group =
            !row.is_group
                ? ""
                : "  " + phrases.get(row.sums_children ? "report.group-sums" : "report.group",
                                     language);
        std::cout << "  " << draft.label_cells[r].a1() << "  "
                  << (row.code.empty() ? "-" : row.code) << "  " << row.label << "  ["
                  << (row.unit_text.empty() ? "-" : row.unit_text) << " → "
                  << (row.unit_type_id.empty() ? "-" : row.unit_type_id) << "]  " << row.key << "  "
                  << origin << group << "\n";
    }
}

// Written next to its final name, then renamed, so a failed write never
// leaves half a template where StatForm would read it.
bool write_file(const std::filesystem::path& out, const std::string& text, std::string& problem) {
    const std::filesystem::path partial = out.string() + ".partial";
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        file << text;
        if (!file.flush()) {
            problem = "cannot write " + partial.string();
            std::filesystem::remove(partial);
            return false;
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, out, error);
    if (error) {
        problem = "cannot write " + out.string() + ": " + error.message();
        std::filesystem::remove(partial);
        return false;
    }
    return true;
}

} // namespace

int run_template(const CliArgs& args) {
    std::string problem;
    const auto request = read_request(args, problem);
    if (!request) {
        std::cerr << "statform template: " << problem << "\n";
        return exit_unusable;
    }
    const auto catalog = load_catalog();
    if (const auto refusal = refusal_to_overwrite(*request, catalog); refusal && !args.force) {
        std::cerr << "statform template: " << *refusal << "\n";
        return exit_unusable;
    }
    SourceReader reader(args);
    const SourceRead read = reader.read(request->workbook);
    if (!read.workbook) {
        std::cerr << "statform template: " << read.problem_in(request->draft.language).message
                  << "\n";
        return exit_unusable;
    }
    const auto phrases = load_phrases("template-draft.json");
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
            std::cout << "  " << phrases.get("report.nothing-written", request->draft.language)
                      << "\n";
        return exit_findings;
    }
    // The file must load as it is written: read it back as StatForm will.
    const std::string json = core::write_edition_json(*draft.edition);
    std::vector<core::LoadProblem> load_problems;
    if (!core::parse_edition(json, request->out.string(), catalog.unit_types(), load_problems)) {
        for (const auto& load_problem : load_problems)
            std::cerr << "statform template: " << load_problem.message << "\n";
        return exit_unusable;
    }
    if (!write_file(request->out, json, problem)) {
        std::cerr << "statform template: " << problem << "\n";
        return exit_unusable;
    }
    report("written");
    if (!args.json)
        std::cout << "  "
                  << phrases.format("report.wrote", request->draft.language,
                                    {{"file", request->out.string()}})
                  << "\n";
    return exit_ok;
}

} // namespace statform::cli
