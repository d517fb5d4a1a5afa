// The workbooks named on the command line: files as given, folders expanded
// to the spreadsheets in them (sorted by name, so runs are repeatable).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace statform::cli {

std::vector<std::filesystem::path> expand_sources(const std::vector<std::string>& arguments);

} // namespace statform::cli
