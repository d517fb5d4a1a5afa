// statform_bench: the C++ side of bench/run. One measurement per process, so
// that the peak memory it reports belongs to that measurement alone.
//
//   statform_bench parse FILE|DIR…
//   statform_bench merge [--threads K] FILE|DIR…
//   statform_bench validate [--repeat K] FILE
#include "bench_programs.hpp"

#include <iostream>
#include <string>
#include <vector>

namespace {

int usage() {
    std::cerr << "usage: statform_bench parse FILE|DIR...\n"
                 "       statform_bench merge [--threads K] FILE|DIR...\n"
                 "       statform_bench validate [--repeat K] FILE\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3)
        return usage();
    const std::string verb = argv[1];
    std::vector<std::string> rest(argv + 2, argv + argc);
    // One numeric option at most, before the files.
    unsigned option = 0;
    if (rest.size() >= 2 && (rest[0] == "--threads" || rest[0] == "--repeat")) {
        option = static_cast<unsigned>(std::stoul(rest[1]));
        rest.erase(rest.begin(), rest.begin() + 2);
    }
    try {
        if (verb == "parse")
            return statform::bench::run_parse_floor(rest);
        if (verb == "merge")
            return statform::bench::run_merge_core(rest, option);
        if (verb == "validate" && rest.size() == 1)
            return statform::bench::run_validate_core(rest[0], option == 0 ? 5 : option);
    } catch (const std::exception& e) {
        std::cerr << "statform_bench: " << e.what() << "\n";
        return 2;
    }
    return usage();
}
