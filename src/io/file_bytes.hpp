// Loads a whole source file into memory, once, with a size limit. Readers
// sniff, inspect and parse that one copy, so the file is opened a single
// time, read-only, and cannot change between the checks and the parse.
#pragma once

#include "io/workbook_source.hpp"

#include <cstddef>
#include <filesystem>
#include <string>

namespace statform::io {

struct FileBytes {
    std::string bytes;
    ReadFailure failure = ReadFailure::None; // NotFound, Unreadable, Empty or TooLarge
    std::string detail;                      // why, in English
};

FileBytes load_file_bytes(const std::filesystem::path& path, std::size_t max_bytes);

} // namespace statform::io
