// What every StatForm bench program needs: a clock for the measured part
// only, the process's CPU time and peak memory, the workbooks of a folder,
// the data files the CLI loads, and one JSON line of results for bench/run.
#pragma once

#include "core/string_table.hpp"
#include "core/template_catalog.hpp"

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

// The template catalogue and a phrase file, from the source tree as the CLI
// loads them (STATFORM_DATA_DIR overrides). Problems go to stderr.
core::TemplateCatalog load_catalog();
core::StringTable load_phrases(const std::string& file_name);

// Prints `result` as one line of JSON on stdout, with the process's peak
// memory and CPU time added: bench/run reads one line per run.
void print_result(boost::json::object result);

} // namespace statform::bench
