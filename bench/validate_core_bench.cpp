// Validate without the office: core::validate_workbook on a grid already in
// memory, several times. The workbook is read from disk once, before the
// clock starts, so the same file gives the in-office and the core numbers.
#include "bench_programs.hpp"
#include "bench_support.hpp"

#include "core/rules/validation.hpp"
#include "io/read_workbook.hpp"

#include <algorithm>
#include <iostream>

namespace statform::bench {

int run_validate_core(const std::string& file, unsigned repeat) {
    // The default limits would refuse nothing a stress sheet of 50,000 rows needs.
    const auto read = io::read_workbook(file);
    if (!read.workbook) {
        std::cerr << "statform_bench validate: " << read.message << "\n";
        return 2;
    }
    const auto catalog = load_catalog();
    const auto phrases = load_phrases("findings.json");
    std::size_t cells = 0;
    for (const auto& sheet : read.workbook->sheets)
        cells += sheet.grid.rows() * sheet.grid.cols();

    boost::json::array runs;
    boost::json::object rules; // findings per rule code: what the run found, at a glance
    std::string edition;
    for (unsigned i = 0; i < std::max(1u, repeat); ++i) {
        const Stopwatch clock;
        const auto report =
            core::validate_workbook(*read.workbook, catalog, phrases, core::Language::Vietnamese);
        runs.push_back(clock.seconds());
        rules.clear();
        for (const auto& finding : report.findings)
            rules[finding.rule] =
                rules[finding.rule].is_null() ? 1 : rules[finding.rule].as_int64() + 1;
        edition = report.table.edition_id;
    }
    print_result({{"case", "validate-core"},
                  {"file", file},
                  {"cells", cells},
                  {"edition", edition},
                  {"findings", rules},
                  {"runs_seconds", runs}});
    return 0;
}

} // namespace statform::bench
