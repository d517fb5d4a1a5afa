// Decides what a file really is from its bytes, never from its extension:
// aggregators receive .xlsx files that are really .ods, .xls files that are
// really web pages, password-protected files and broken downloads.
#pragma once

#include "io/workbook_source.hpp"

#include <string>
#include <string_view>

namespace statform::io {

enum class WorkbookFormat {
    Unknown,
    Xlsx, // Office Open XML spreadsheet (zip with xl/workbook.xml)
    Ods,  // OpenDocument spreadsheet (zip with that mimetype)
    Xls,  // Excel 97-2003 BIFF in an OLE compound file: not readable by orcus
};

struct SniffResult {
    WorkbookFormat format = WorkbookFormat::Unknown;
    // None when `format` is known; otherwise Empty, Encrypted, Corrupt or
    // UnsupportedFormat.
    ReadFailure failure = ReadFailure::None;
    std::string detail; // what the file is or why it failed, in English
};

// `bytes` is the whole file (see file_bytes.hpp): the zip directory is at its end.
SniffResult sniff_format(std::string_view bytes);

} // namespace statform::io
