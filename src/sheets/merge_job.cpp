#include "sheets/merge_job.hpp"

#include "core/merge/expected_units.hpp"

#include "core/merge/merge_from_validation.hpp"
#include "core/merge/unit_name.hpp"
#include "core/rules/validation.hpp"
#include "io/read_workbook.hpp"
#include "sheets/source_pipeline.hpp"

#include <algorithm>
#include <fstream>
#include <optional>

namespace statform::sheets {
namespace {

// One source as the workers hand it over: read, and validated when it could
// be read and there are workers enough (an .xls is read and validated
// later, by the office reader; with one worker, every source is validated
// by the merge's thread).
struct PreparedSource {
    io::ReadResult read;
    std::optional<core::ValidationReport> report;
};

core::UnitReport failed_source(const std::filesystem::path& file, const io::ReadProblem& problem) {
    core::UnitReport report;
    report.source = file.string();
    report.failure = problem.message;
    report.failure_detail = problem.detail;
    return report;
}

} // namespace

MergeRun run_merge(const std::vector<std::filesystem::path>& files, const MergeSettings& settings,
                   const OfficeReader& office_reader, const MergeProgress& progress) {
    MergeRun run;
    core::MergeAccumulator accumulator(settings.catalog, settings.target,
                                       {settings.expected_units});
    // Reading and validating are independent per file: a few workers do
    // both ahead of the merge (all cores busy), results are taken in the
    // order given. The office reader stays on this thread (office calls).
    // With one worker, it only reads, and this thread validates each file
    // while the worker reads the next: otherwise reading and validating
    // took turns, and this thread only waited.
    const unsigned workers = std::max(1u, settings.threads);
    const bool validate_ahead = workers > 1;
    SourcePipeline<PreparedSource> ahead(files, workers, [&](const std::filesystem::path& file) {
        PreparedSource prepared;
        prepared.read = io::read_workbook(file);
        if (validate_ahead && prepared.read.workbook)
            prepared.report = core::validate_workbook(*prepared.read.workbook, settings.catalog,
                                                      settings.findings_phrases, settings.language);
        return prepared;
    });
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (progress && !progress(i, files.size(), files[i].filename().string())) {
            run.cancelled = true;
            break;
        }
        PreparedSource prepared = ahead.take(i);
        io::ReadResult& read = prepared.read;
        const auto& file = files[i];
        std::optional<core::Workbook> workbook = std::move(read.workbook);
        io::ReadProblem problem{settings.language == core::Language::Vietnamese ? read.message_vi
                                                                                : read.message,
                                read.detail};
        if (!workbook && read.failure == io::ReadFailure::UnsupportedFormat && office_reader)
            workbook = office_reader(file, problem);
        if (!workbook) {
            accumulator.add(failed_source(file, problem));
            run.validation.push_back({file.string(), {}});
            continue;
        }
        core::ValidationReport report =
            prepared.report ? std::move(*prepared.report)
                            : core::validate_workbook(*workbook, settings.catalog,
                                                      settings.findings_phrases, settings.language);
        report.source = file.string();
        if (report.table.status != core::TableStatus::Found) {
            const std::string why =
                report.findings.empty() ? report.table.summary : report.findings.front().message;
            accumulator.add(failed_source(file, {why, {}}));
        } else {
            const auto& grid = workbook->sheets[report.table.sheet_index].grid;
            const core::ReportUnit unit = core::unit_of_report(grid, report.table.first_grid_row,
                                                               file, settings.expected_units);
            core::UnitReport unit_report = core::unit_report_from_validation(report, unit.name);
            unit_report.unit_named_by_file = !unit.named_in_sheet;
            accumulator.add(unit_report);
        }
        run.validation.push_back({file.string(), std::move(report.findings)});
        // `workbook` goes out of scope here: one grid in memory at a time.
    }
    run.result = accumulator.finish();
    return run;
}

MergeResults build_results(const MergeRun& run, const MergeSettings& settings,
                           const ResultPhrases& phrases, const Aggregator& aggregator,
                           const PreviousSummary* previous) {
    MergeResults results;
    core::NarrativeInput input;
    input.target = &settings.target;
    input.merged = &run.result;
    if (previous != nullptr) {
        input.previous = &previous->values;
        input.previous_edition = previous->edition;
    }
    input.expected_units = settings.expected_units;
    input.merge_phrases = &phrases.merge;
    core::NarrativeOptions options;
    options.language = settings.language;
    options.scope = aggregator.level == "district"   ? core::ReportScope::District
                    : aggregator.level == "province" ? core::ReportScope::Province
                                                     : core::ReportScope::Units;
    options.reporting_unit = aggregator.unit_name;
    options.governing_body = aggregator.governing_body;
    options.place = aggregator.place;
    results.narrative = core::write_narrative(input, phrases.narrative, options);
    results.sheets = core::build_summary_sheets(
        {run.result, settings.target, settings.catalog.unit_types(), run.validation, phrases.ui,
         phrases.merge, settings.language, aggregator.unit_name, aggregator.place,
         core::narrative_lines(results.narrative)});
    return results;
}

std::vector<std::string> read_expected_units(const std::filesystem::path& file,
                                             const WorkbookReader& read_workbook) {
    std::string suffix = file.extension().string();
    std::transform(suffix.begin(), suffix.end(), suffix.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (suffix == ".ods" || suffix == ".xlsx" || suffix == ".xls") {
        const auto workbook = read_workbook(file);
        if (!workbook || workbook->sheets.empty())
            return {};
        return core::expected_units_from_sheet(workbook->sheets.front().grid);
    }
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return core::expected_units_from_text(text);
}

} // namespace statform::sheets
