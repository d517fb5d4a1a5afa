// Builds failed ReadResults with one English and one Vietnamese message that
// name the file, so every reader words the same failure the same way.
#pragma once

#include "io/workbook_source.hpp"

#include <filesystem>
#include <string_view>

namespace statform::io {

// `detail` (from parsers, in English) goes into ReadResult::detail, not
// into the messages: each message is in one language.
// `sheet`, when given, is named in both messages (the sheet at fault).
ReadResult failed_read(const std::filesystem::path& path, ReadFailure failure,
                       std::string_view detail = {}, std::string_view sheet = {});

// A workbook liborcus cannot read faithfully (.xls, some generated .xlsx),
// until the office reader exists. `what_en`/`what_vi` say what the file is,
// e.g. "an Excel 97-2003 (.xls) workbook"; `detail` says why, in English.
ReadResult needs_office_reader(const std::filesystem::path& path, std::string_view what_en,
                               std::string_view what_vi, std::string_view detail = {});

// The message for an Excel 97-2003 file.
ReadResult xls_needs_office_reader(const std::filesystem::path& path);

} // namespace statform::io
