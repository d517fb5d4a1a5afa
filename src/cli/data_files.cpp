#include "cli/data_files.hpp"

#include <cstdlib>
#include <iostream>

namespace statform::cli {

std::filesystem::path data_dir() {
    const char* dir = std::getenv("STATFORM_DATA_DIR");
    return dir && *dir ? std::filesystem::path(dir) : std::filesystem::path(STATFORM_SOURCE_DIR);
}

core::TemplateCatalog load_catalog() {
    std::vector<core::LoadProblem> problems;
    auto catalog = core::TemplateCatalog::load(
        core::default_template_dirs(data_dir() / "extension" / "templates"), problems);
    for (const auto& problem : problems)
        std::cerr << "statform: template " << problem.describe() << "\n";
    return catalog;
}

core::StringTable load_phrases(const std::string& file_name) {
    std::vector<std::string> problems;
    auto table = core::StringTable::load(data_dir() / "dialogs" / file_name, problems);
    for (const auto& problem : problems)
        std::cerr << "statform: " << problem << "\n";
    return table;
}

} // namespace statform::cli
