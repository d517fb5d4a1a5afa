// statform merge --out SUMMARY.(ods|xlsx) FILE|DIR…: the unit reports added
// up into a summary workbook. Sources are read here, with liborcus; the
// office is started only to write the summary (and to read .xls sources).
#include "cli/data_files.hpp"
#include "cli/office_documents.hpp"
#include "cli/office_for_cli.hpp"
#include "cli/previous_report.hpp"
#include "cli/source_list.hpp"
#include "cli/source_reader.hpp"
#include "cli/verbs.hpp"
#include "core/merge/merge_messages.hpp"
#include "sheets/merge_job.hpp"
#include "sheets/report_document.hpp"
#include "sheets/sheet_writer.hpp"

#include <boost/json.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>

#include <fstream>
#include <iostream>
#include <thread>

namespace statform::cli {
namespace {

boost::json::value optional_number(const std::optional<double>& value) {
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

boost::json::object result_json(const sheets::MergeRun& run, const core::StringTable& merge_phrases,
                                core::Language language, const std::filesystem::path& out) {
    boost::json::array totals;
    for (const auto& row : run.result.rows)
        totals.push_back({{"code", row.code},
                          {"key", row.key},
                          {"label", row.label},
                          {"unit", row.unit_text},
                          {"count", optional_number(row.total.count)},
                          {"people", optional_number(row.total.people)},
                          {"units_reporting", row.units_reporting}});
    boost::json::array sources;
    for (const auto& source : run.result.sources)
        sources.push_back(
            {{"file", source.source},
             {"unit", source.unit_name},
             {"edition", source.edition_id},
             {"status", std::string(core::source_status_name(source.status))},
             {"errors", source.error_count},
             {"warnings", source.all_warnings()},
             {"reason", source.skip_reason ? core::format_merge_finding(*source.skip_reason,
                                                                        merge_phrases, language)
                                           : ""},
             {"detail", source.detail}});
    boost::json::array findings;
    for (const auto& source : run.validation)
        for (const auto& finding : source.findings)
            findings.push_back({{"file", source.source},
                                {"rule", finding.rule},
                                {"severity", std::string(core::severity_name(finding.severity))},
                                {"sheet", finding.sheet},
                                {"cell", finding.cell ? finding.cell->a1() : ""},
                                {"message", finding.message}});
    for (const auto& finding : run.result.findings)
        findings.push_back(
            {{"file", finding.source},
             {"rule", finding.rule},
             {"severity", std::string(core::severity_name(finding.severity))},
             {"sheet", ""},
             {"cell", ""},
             {"message", core::format_merge_finding(finding, merge_phrases, language)}});
    boost::json::array missing;
    for (const auto& unit : run.result.missing_units)
        missing.push_back(boost::json::value(unit));
    return {{"out", out.string()},      {"edition", run.result.target_edition_id},
            {"totals", totals},         {"sources", sources},
            {"missing_units", missing}, {"findings", findings}};
}

void write_summary_workbook(ConnectedService& office, const core::SummarySheets& sheets,
                            const std::filesystem::path& out) {
    const auto document = new_hidden_calc_document(office.session->desktop());
    try {
        // A new document nobody will undo in: without undo, each of the
        // breakdown's N merges no longer copies its cells into an undo
        // document of its own (N = 2000: 7 s of the merges).
        css::uno::Reference<css::beans::XPropertySet>(document, css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("IsUndoEnabled", css::uno::Any(false));
        sheets::write_new_sheets(document, {&sheets.summary, &sheets.breakdown, &sheets.sources});
        // The new workbook's own empty first sheet goes.
        css::uno::Reference<css::container::XIndexAccess> all(document->getSheets(),
                                                              css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::container::XNamed> first(all->getByIndex(0),
                                                          css::uno::UNO_QUERY_THROW);
        document->getSheets()->removeByName(first->getName());
        save_document(document, out);
    } catch (...) {
        close_document(document);
        throw;
    }
    close_document(document);
}

// --narrative-out: .txt as plain text, .odt/.docx through the office's Writer.
void write_narrative_file(ConnectedService& office, const core::NarrativeDocument& narrative,
                          const std::filesystem::path& file) {
    if (file.extension() == ".txt") {
        std::ofstream(file, std::ios::binary) << core::narrative_plain_text(narrative);
        return;
    }
    sheets::write_report_document(office.session->desktop(), narrative, file);
}

} // namespace

int run_merge(const CliArgs& args) {
    const auto out_value = args.value("out");
    if (!out_value) {
        std::cerr << "statform merge: say where the summary goes: --out SUMMARY.ods (or .xlsx)\n";
        return exit_unusable;
    }
    const std::filesystem::path out = *out_value;
    if (calc_filter_for(out).empty()) {
        std::cerr << "statform merge: " << out.string()
                  << ": the summary must end in .ods, .xlsx or .xls\n";
        return exit_unusable;
    }
    if (const auto report = args.value("narrative-out");
        report && !(std::filesystem::path(*report).extension() == ".txt" ||
                    sheets::report_filter_for(*report))) {
        std::cerr << "statform merge: " << *report
                  << ": the narrative report must end in .odt, .docx or .txt\n";
        return exit_unusable;
    }
    if (std::filesystem::exists(out) && !args.force) {
        std::cerr << "statform merge: " << out.string()
                  << " already exists; nothing was written (use --force to replace it)\n";
        return exit_unusable;
    }
    const auto files = expand_sources(args.files);
    if (files.empty()) {
        std::cerr << "statform merge: give the unit reports to merge (files or folders)\n";
        return exit_unusable;
    }
    const core::Language language = cli_language(args);
    const auto catalog = load_catalog();
    const core::Edition* target =
        args.value("template") ? catalog.find(*args.value("template")) : catalog.newest();
    if (!target) {
        std::cerr << "statform merge: there is no template \""
                  << args.value("template").value_or("") << "\"\n";
        return exit_unusable;
    }
    const auto findings_phrases = load_phrases("findings.json");
    const auto merge_phrases = load_phrases("merge-messages.json");
    const auto ui = load_phrases("strings.json");
    SourceReader reader(args);
    std::vector<std::string> expected;
    if (const auto expected_file = args.value("expected")) {
        expected = sheets::read_expected_units(
            *expected_file, [&](const auto& file) { return reader.read(file).workbook; });
        if (expected.empty()) {
            std::cerr << "statform merge: " << *expected_file
                      << ": no unit names found (a text file with one unit per line, or a "
                         "workbook whose first sheet lists them)\n";
            return exit_unusable;
        }
    }
    std::optional<sheets::PreviousSummary> previous;
    if (const auto previous_file = args.value("previous")) {
        PreviousRead read =
            read_previous(reader, *previous_file, catalog, findings_phrases, ui, language);
        if (!read.values) {
            std::cerr << "statform merge: " << read.problem << "\n";
            return exit_unusable;
        }
        previous = sheets::PreviousSummary{std::move(*read.values), nullptr};
        previous->edition = catalog.find(previous->values.edition_id);
    }
    const sheets::MergeSettings settings{
        catalog,  *target,  findings_phrases,
        language, expected, std::max(2u, std::thread::hardware_concurrency())};
    const auto run = sheets::run_merge(
        files, settings, [&](const std::filesystem::path& file, io::ReadProblem& problem) {
            auto read = reader.read_with_office(file);
            if (!read.workbook)
                problem = read.problem_in(language);
            return std::move(read.workbook);
        });
    const auto narrative_phrases = load_phrases("narrative.json");
    const auto results = sheets::build_results(
        run, settings, {ui, merge_phrases, narrative_phrases},
        {args.value("unit").value_or(""), args.value("place").value_or(""),
         args.value("level").value_or(""), args.value("governing-body").value_or("")},
        previous ? &*previous : nullptr);
    write_summary_workbook(reader.office(), results.sheets, out);
    if (const auto report = args.value("narrative-out"))
        write_narrative_file(reader.office(), results.narrative, *report);

    std::size_t skipped = 0, with_errors = 0;
    for (const auto& source : run.result.sources) {
        skipped += source.status == core::SourceStatus::Skipped;
        with_errors += source.error_count > 0;
    }
    if (args.json) {
        std::cout << boost::json::serialize(result_json(run, merge_phrases, language, out)) << "\n";
    } else {
        std::cout << ui.format("merge.done", language,
                               {{"merged", std::to_string(run.result.units.size())},
                                {"given", std::to_string(files.size())},
                                {"out", out.string()}})
                  << "\n";
        for (const auto& source : run.result.sources)
            if (source.status == core::SourceStatus::Skipped)
                std::cout << "  " << source.source << ": "
                          << (source.skip_reason ? core::format_merge_finding(
                                                       *source.skip_reason, merge_phrases, language)
                                                 : "")
                          << "\n";
        for (const auto& unit : run.result.missing_units)
            std::cout << "  " << ui.format("merge.missing-unit", language, {{"unit", unit}})
                      << "\n";
    }
    return skipped > 0 || with_errors > 0 ? exit_findings : exit_ok;
}

} // namespace statform::cli
