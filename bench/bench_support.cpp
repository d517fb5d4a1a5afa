#include "bench_support.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

namespace statform::bench {

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

std::vector<std::filesystem::path> list_workbooks(const std::vector<std::string>& arguments) {
    auto is_workbook = [](const std::filesystem::path& file) {
        const auto extension = file.extension().string();
        return file.filename().string().front() != '.' &&
               (extension == ".ods" || extension == ".xlsx" || extension == ".xls");
    };
    std::vector<std::filesystem::path> files;
    for (const auto& argument : arguments) {
        if (!std::filesystem::is_directory(argument)) {
            files.emplace_back(argument);
            continue;
        }
        std::vector<std::filesystem::path> found;
        for (const auto& entry : std::filesystem::directory_iterator(argument))
            if (entry.is_regular_file() && is_workbook(entry.path()))
                found.push_back(entry.path());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

void print_result(boost::json::object result) {
    result["peak_rss_kib"] = peak_rss_kib();
    result["process_cpu_seconds"] = cpu_seconds();
    std::cout << boost::json::serialize(result) << std::endl;
}

} // namespace statform::bench
