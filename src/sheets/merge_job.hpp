// The whole merge, as the CLI and the Calc command both run it: sources read
// from disk with liborcus and validated by a few workers in parallel
// (nothing in them runs), what liborcus
// cannot read handed to an office reader, each source located and validated
// exactly as Validate does it, its valid values added to the summary, its
// grid dropped before the next (memory stays flat for 1,000 files).
#pragma once

#include "core/merge/merge.hpp"
#include "core/narrative/narrative.hpp"
#include "core/summary/summary_sheets.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"
#include "io/workbook_source.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace statform::sheets {

struct MergeSettings {
    const core::TemplateCatalog& catalog;
    const core::Edition& target;
    const core::StringTable& findings_phrases; // dialogs/findings.json
    core::Language language = core::Language::Vietnamese;
    std::vector<std::string> expected_units;
    unsigned threads = 2; // workers reading and validating sources ahead of the merge
};

// Reads a file liborcus cannot (.xls, …) through the office; nothing (and
// `problem` set, naming the file) when the office cannot either.
using OfficeReader = std::function<std::optional<core::Workbook>(const std::filesystem::path& file,
                                                                 io::ReadProblem& problem)>;

// Told before each file is merged (index from 0, count, file name); returns
// false to cancel the merge.
using MergeProgress =
    std::function<bool(std::size_t index, std::size_t count, const std::string& file)>;

struct MergeRun {
    core::MergeResult result;
    std::vector<core::SourceFindings> validation; // per merged or skipped source, in order
    bool cancelled = false;
};

MergeRun run_merge(const std::vector<std::filesystem::path>& files, const MergeSettings& settings,
                   const OfficeReader& office_reader, const MergeProgress& progress = {});

// The phrases the results are written with (dialogs/*.json).
struct ResultPhrases {
    const core::StringTable& ui;        // strings.json
    const core::StringTable& merge;     // merge-messages.json
    const core::StringTable& narrative; // narrative.json
};

// Who reports the summary, for its title block and the narrative.
struct Aggregator {
    std::string unit_name; // "Phòng GD&ĐT huyện Tuần Giáo"; empty: a placeholder
    std::string place;     // "Tuần Giáo" for the date line
    std::string level;     // "district", "province" or empty
    // Its governing body, first line of the report's heading block
    // ("Ủy ban nhân dân huyện Tuần Giáo"); empty: none is printed.
    std::string governing_body;
};

struct MergeResults {
    core::NarrativeDocument narrative;
    core::SummarySheets sheets; // the narrative is written under the summary table
};

// An earlier summary (last year's, or an earlier merge) that the narrative
// compares the totals with, row by row by semantic key.
struct PreviousSummary {
    core::ReportedValues values;            // core::comparison_values() of its workbook
    const core::Edition* edition = nullptr; // its edition, found in the catalogue
};

// The merge's result sheets and its narrative report, in the settings' language.
MergeResults build_results(const MergeRun& run, const MergeSettings& settings,
                           const ResultPhrases& phrases, const Aggregator& aggregator,
                           const PreviousSummary* previous = nullptr);

// Expected unit names: from a text file, one per line (blank lines and lines
// starting with '#' ignored), or from a workbook (.ods, .xlsx, .xls) read with
// `read_workbook`: its first sheet's column of names
// (core::expected_units_from_sheet). Empty when the file cannot be read.
using WorkbookReader =
    std::function<std::optional<core::Workbook>(const std::filesystem::path& file)>;
std::vector<std::string> read_expected_units(const std::filesystem::path& file,
                                             const WorkbookReader& read_workbook);

} // namespace statform::sheets
