#include "cli/source_list.hpp"

#include <algorithm>

namespace statform::cli {
namespace {

bool is_spreadsheet_name(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    if (name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0) // hidden, office lock files
        return false;
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return extension == ".ods" || extension == ".xlsx" || extension == ".xls";
}

} // namespace

std::vector<std::filesystem::path> expand_sources(const std::vector<std::string>& arguments) {
    std::vector<std::filesystem::path> files;
    for (const auto& argument : arguments) {
        const std::filesystem::path path = argument;
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            files.push_back(path); // a missing file is reported by the reader, by name
            continue;
        }
        std::vector<std::filesystem::path> found;
        for (const auto& entry : std::filesystem::directory_iterator(path, error))
            if (entry.is_regular_file(error) && is_spreadsheet_name(entry.path()))
                found.push_back(entry.path());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace statform::cli
