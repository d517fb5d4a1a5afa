#include "support/shipped_data.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <vector>

namespace statform::fuzz {
namespace {

const std::string kRoot = STATFORM_SOURCE_DIR;

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz: cannot use the shipped data: %s\n", what.c_str());
    std::abort();
}

} // namespace

std::string read_repository_file(std::string_view relative_path) {
    const std::string path = kRoot + "/" + std::string(relative_path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail("cannot read " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const core::TemplateCatalog& shipped_catalog() {
    static const core::TemplateCatalog catalog = [] {
        std::vector<core::LoadProblem> problems;
        core::TemplateCatalog loaded =
            core::TemplateCatalog::load({kRoot + "/extension/templates"}, problems);
        if (loaded.editions().empty() || loaded.unit_types().empty())
            fail("extension/templates has no edition or no unit types");
        return loaded;
    }();
    return catalog;
}

const core::StringTable& findings_phrases() {
    static const core::StringTable phrases = [] {
        std::vector<std::string> problems;
        core::StringTable loaded =
            core::StringTable::load(kRoot + "/dialogs/findings.json", problems);
        if (!problems.empty())
            fail("dialogs/findings.json: " + problems.front());
        return loaded;
    }();
    return phrases;
}

} // namespace statform::fuzz
