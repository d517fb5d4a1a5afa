// statform validate FILE|FOLDER… [--json]: the findings Validate shows in
// Calc, for any number of workbooks, through the same core.
#include "cli/data_files.hpp"
#include "cli/office_for_cli.hpp"
#include "cli/previous_report.hpp"
#include "cli/source_list.hpp"
#include "cli/source_reader.hpp"
#include "cli/verbs.hpp"
#include "core/rules/validation.hpp"

#include <boost/json.hpp>

#include <cstdlib>
#include <iostream>

namespace statform::cli {
namespace {

boost::json::object finding_json(const core::Finding& finding) {
    return {{"rule", finding.rule},
            {"severity", std::string(core::severity_name(finding.severity))},
            {"sheet", finding.sheet},
            {"cell", finding.cell ? finding.cell->a1() : ""},
            {"row_code", finding.row_code},
            {"row_label", finding.row_label},
            {"value", finding.value_seen},
            {"message", finding.message}};
}

boost::json::object report_json(const core::ValidationReport& report) {
    boost::json::array findings;
    for (const auto& finding : report.findings)
        findings.push_back(finding_json(finding));
    return {{"file", report.source},
            {"status", report.table.status == core::TableStatus::Found ? "validated" : "no-table"},
            {"edition", report.table.edition_id},
            {"sheet", report.table.sheet},
            {"confidence", report.table.confidence},
            {"recognition", report.table.summary},
            {"errors", report.count(core::Severity::Error)},
            {"warnings", report.count(core::Severity::Warning)},
            {"findings", findings}};
}

void print_report(const core::ValidationReport& report, const core::StringTable& ui,
                  core::Language language) {
    std::cout << report.source << "\n  " << report.table.summary << "\n";
    for (const auto& finding : report.findings) {
        const std::string severity =
            ui.get("severity." + std::string(core::severity_name(finding.severity)), language);
        std::cout << "  [" << severity << "] " << (finding.cell ? finding.cell->a1() + ": " : "")
                  << finding.message << "\n";
    }
    const auto errors = report.count(core::Severity::Error),
               warnings = report.count(core::Severity::Warning);
    std::cout << "  → "
              << (errors + warnings == 0 ? ui.get("validate.all-good", language)
                                         : ui.format("validate.summary", language,
                                                     {{"errors", std::to_string(errors)},
                                                      {"warnings", std::to_string(warnings)}}))
              << "\n\n";
}

} // namespace

int run_validate(const CliArgs& args) {
    const auto files = expand_sources(args.files);
    if (files.empty()) {
        std::cerr << "statform validate: give one or more workbooks or folders\n";
        return exit_unusable;
    }
    const core::Language language = cli_language(args);
    const auto catalog = load_catalog();
    const auto phrases = load_phrases("findings.json");
    const auto ui = load_phrases("strings.json");
    SourceReader reader(args);
    core::ValidationOptions options;
    if (const auto previous_file = args.value("previous")) {
        PreviousRead previous =
            read_previous(reader, *previous_file, catalog, phrases, ui, language);
        if (!previous.values) {
            std::cerr << "statform validate: " << previous.problem << "\n";
            return exit_unusable;
        }
        options.previous_year = std::move(previous.values);
    }
    bool any_errors = false, any_unusable = false;
    boost::json::array json_files;
    for (const auto& file : files) {
        const SourceRead read = reader.read(file);
        if (!read.workbook) {
            any_unusable = true;
            const io::ReadProblem problem = read.problem_in(language);
            // The reader's own words (English) only where machines read.
            if (args.json)
                json_files.push_back({{"file", file.string()},
                                      {"status", "unreadable"},
                                      {"message", problem.message},
                                      {"detail", problem.detail}});
            else
                std::cout << file.string() << "\n  " << problem.message << "\n\n";
            continue;
        }
        auto report = core::validate_workbook(*read.workbook, catalog, phrases, language, options);
        report.source = file.string();
        any_errors = any_errors || report.has_errors();
        if (args.json)
            json_files.push_back(report_json(report));
        else
            print_report(report, ui, language);
    }
    if (args.json)
        std::cout << boost::json::serialize(boost::json::object{{"files", json_files}}) << "\n";
    return any_unusable ? exit_unusable : any_errors ? exit_findings : exit_ok;
}

} // namespace statform::cli
