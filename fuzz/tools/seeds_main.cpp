// fuzz_make_seeds OUT_DIR: writes the generated seed corpora of the targets
// into OUT_DIR/<target>/ (see make_seeds.sh, which calls it).
#include "tools/seeds.hpp"

#include <cstdio>
#include <fstream>

namespace statform::fuzz::seeds {

void write_file(const std::filesystem::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace statform::fuzz::seeds

int main(int argc, char** argv) {
    using namespace statform::fuzz::seeds;
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
        return 2;
    }
    const std::filesystem::path out = argv[1];
    for (const char* target : {"table_locator", "vi_number", "label_match"})
        std::filesystem::create_directories(out / target);
    write_workbooks(out / "table_locator");
    write_numbers(out / "vi_number");
    write_label_pairs(out / "label_match");
    return 0;
}
