// The parse floor: io::read_workbook on every file, one after the other on
// one thread, and nothing else. Whatever the merge does on top of reading
// (locating, validating, adding up) is measured against this.
#include "bench_programs.hpp"
#include "bench_support.hpp"

#include "io/read_workbook.hpp"

#include <iostream>

namespace statform::bench {

int run_parse_floor(const std::vector<std::string>& arguments) {
    const auto files = list_workbooks(arguments);
    if (files.empty()) {
        std::cerr << "statform_bench parse: give workbooks or folders\n";
        return 2;
    }
    std::size_t failed = 0, cells = 0;
    const double cpu_before = cpu_seconds();
    const Stopwatch clock;
    for (const auto& file : files) {
        const auto read = io::read_workbook(file);
        if (!read.workbook) {
            ++failed;
            continue;
        }
        // Counted so the reading cannot be optimised away, and to report cells per second.
        for (const auto& sheet : read.workbook->sheets)
            cells += sheet.grid.rows() * sheet.grid.cols();
    }
    const double seconds = clock.seconds();
    print_result({{"case", "parse-floor"},
                  {"files", files.size()},
                  {"failed", failed},
                  {"cells", cells},
                  {"seconds", seconds},
                  {"cpu_seconds", cpu_seconds() - cpu_before}});
    return failed == 0 ? 0 : 1;
}

} // namespace statform::bench
