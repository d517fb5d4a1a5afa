// One call to read any workbook from disk: sniffs the content and hands it
// to the reader that can read it: OrcusWorkbookSource for .ods and .xlsx.
// .xls (and .xlsx that liborcus cannot read faithfully) come back as
// UnsupportedFormat: the caller reads those through the office
// (sheets/safe_open.hpp). In the office component this function is
// module/read_workbook_via_module.cpp, which forwards to the reader module.
#pragma once

#include "io/read_limits.hpp"
#include "io/workbook_source.hpp"

#include <filesystem>

namespace statform::io {

// Never throws; safe to call from several threads at once.
ReadResult read_workbook(const std::filesystem::path& path, const ReadLimits& limits = {});

} // namespace statform::io
