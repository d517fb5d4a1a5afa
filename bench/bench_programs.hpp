// The measurements statform_bench can run, one per source file; each prints
// one JSON line (bench_support.hpp) and returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace statform::bench {

// io::read_workbook on every file, one thread, nothing else.
int run_parse_floor(const std::vector<std::string>& arguments);

// sheets::run_merge on the files, no output written; threads 0 = as the CLI.
int run_merge_core(const std::vector<std::string>& arguments, unsigned threads);

// core::validate_workbook on one file's grids, `repeat` times.
int run_validate_core(const std::string& file, unsigned repeat);

} // namespace statform::bench
