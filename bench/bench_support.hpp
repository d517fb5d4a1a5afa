// What every StatForm bench program needs: a clock for the measured part
// only, the process's CPU time and peak memory, the workbooks of a folder,
// the data files the CLI loads, and one JSON line of results for bench/run.
#pragma once

#include "cli/data_files.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace statform::bench {

class Stopwatch {
  public:
    Stopwatch() : started_(std::chrono::steady_clock::now()) {}
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    }

  private:
    std::chrono::steady_clock::time_point started_;
};

// User + system time of this process (all threads) so far.
double cpu_seconds();

// Peak resident memory of this process so far, in KiB (getrusage ru_maxrss).
long peak_rss_kib();

// Files as given; folders expanded to the .ods/.xlsx/.xls in them, sorted by
// name like `statform merge` does, so both see the same files in the same order.
std::vector<std::filesystem::path> list_workbooks(const std::vector<std::string>& arguments);

// The template catalogue and phrase files: loaded by the CLI's own code
// (src/cli/data_files.cpp, compiled in), so both load exactly the same.
using cli::load_catalog;
using cli::load_phrases;

// Prints `result` as one line of JSON on stdout, with the process's peak
// memory and CPU time added: bench/run reads one line per run.
void print_result(boost::json::object result);

} // namespace statform::bench
