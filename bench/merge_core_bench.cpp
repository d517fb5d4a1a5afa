// The merge without its output: sheets::run_merge on the files, exactly as
// `statform merge` calls it (reading with liborcus, locating, validating,
// adding up), and no office started. Then, timed apart, what the CLI does
// before it writes: sheets::build_results (summary sheets and narrative, in
// memory). Nothing is written. Files liborcus cannot read count as failed
// instead of going to an office.
#include "bench_programs.hpp"
#include "bench_support.hpp"

#include "sheets/merge_job.hpp"

#include <iostream>
#include <thread>

namespace statform::bench {
namespace {

// Sum of every merged total: printed so that runs (and thread counts) can be
// checked to have added up the same thing.
double grand_total(const core::MergeResult& result) {
    double sum = 0;
    for (const auto& row : result.rows)
        if (!row.is_total)
            sum += row.total.count.value_or(0) + row.total.people.value_or(0);
    return sum;
}

// Size of a sheet the CLI then writes through the office: cells and merged
// areas (each merge is one call into the office).
boost::json::object sheet_size(const core::SheetContent& sheet) {
    return {{"rows", sheet.rows()}, {"cols", sheet.cols}, {"merges", sheet.merges.size()}};
}

} // namespace

int run_merge_core(const std::vector<std::string>& arguments, unsigned threads) {
    const auto files = list_workbooks(arguments);
    if (files.empty()) {
        std::cerr << "statform_bench merge: give workbooks or folders\n";
        return 2;
    }
    // Loaded before the clock starts, as the CLI does before it merges.
    const auto catalog = load_catalog();
    const auto findings_phrases = load_phrases("findings.json");
    const auto ui = load_phrases("strings.json");
    const auto merge_phrases = load_phrases("merge-messages.json");
    const auto narrative_phrases = load_phrases("narrative.json");
    const core::Edition* target = catalog.newest();
    if (!target) {
        std::cerr << "statform_bench merge: no templates found\n";
        return 2;
    }
    if (threads == 0) // what the CLI uses
        threads = std::max(2u, std::thread::hardware_concurrency());
    const sheets::MergeSettings settings{
        catalog, *target, findings_phrases, core::Language::Vietnamese, {}, threads};

    const double cpu_before = cpu_seconds();
    const Stopwatch clock;
    const auto run = sheets::run_merge(files, settings, {});
    const double seconds = clock.seconds();
    const double cpu_merge = cpu_seconds() - cpu_before;
    // The merge's own peak, before the results (whose breakdown sheet has a
    // column pair per unit, so grows with N by design) are built.
    const long merge_peak_kib = peak_rss_kib();

    const Stopwatch results_clock;
    const auto results =
        sheets::build_results(run, settings, {ui, merge_phrases, narrative_phrases}, {});
    const double results_seconds = results_clock.seconds();

    std::size_t skipped = 0, findings = 0;
    for (const auto& source : run.result.sources)
        skipped += source.status == core::SourceStatus::Skipped;
    for (const auto& source : run.validation)
        findings += source.findings.size();
    print_result({{"case", "merge-core"},
                  {"files", files.size()},
                  {"threads", threads},
                  {"merged", run.result.units.size()},
                  {"skipped", skipped},
                  {"findings", findings},
                  {"grand_total", grand_total(run.result)},
                  {"seconds", seconds},
                  {"cpu_seconds", cpu_merge},
                  {"merge_peak_rss_kib", merge_peak_kib},
                  {"results_seconds", results_seconds},
                  {"summary", sheet_size(results.sheets.summary)},
                  {"breakdown", sheet_size(results.sheets.breakdown)},
                  {"sources", sheet_size(results.sheets.sources)}});
    return 0;
}

} // namespace statform::bench
