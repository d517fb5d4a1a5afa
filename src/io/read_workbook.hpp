// One call to read any workbook from disk: sniffs the content and hands it
// to the reader that can read it. Today that is OrcusWorkbookSource for .ods
// and .xlsx; .xls (and .xlsx that liborcus cannot read faithfully) come back
// as UnsupportedFormat saying they need the office reader, which will be
// plugged in here when it exists.
#pragma once

#include "io/read_limits.hpp"
#include "io/workbook_source.hpp"

#include <filesystem>

namespace statform::io {

// Never throws; safe to call from several threads at once.
ReadResult read_workbook(const std::filesystem::path& path, const ReadLimits& limits = {});

} // namespace statform::io
