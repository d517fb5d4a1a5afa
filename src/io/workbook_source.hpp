// What every workbook reader gives back, and the interface it implements.
// The liborcus reader (orcus_reader.hpp) reads .ods and .xlsx from disk. What
// it cannot read (.xls, odd .xlsx) comes back as UnsupportedFormat and is read
// through the office instead: sheets/safe_open.hpp (hidden, read-only, macros
// never run), plugged in by merge (sheets::OfficeReader), the CLI
// (cli/source_reader.hpp) and the component (uno/report_files.hpp).
#pragma once

#include "core/values/grid.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace statform::io {

enum class ReadFailure {
    None,
    NotFound,
    Unreadable, // exists but cannot be opened (permissions, a directory)
    Empty,      // zero bytes
    Encrypted,  // password-protected .xlsx or .ods
    Corrupt,    // looks like a workbook but is damaged or truncated
    UnsupportedFormat,
    TooLarge, // above one of the ReadLimits (read_limits.hpp)
};

// Spelling of the Error cell given to a formula whose result was not saved in
// the file (some generators, e.g. openpyxl, save formulas without results).
// Readers from disk never recalculate: that needs the office.
inline constexpr std::string_view kNoSavedResult = "#NO_SAVED_RESULT";

// Stable English name of a failure ("not-found", "too-large"...), for logs and tests.
std::string_view to_string(ReadFailure failure);

struct ReadResult {
    std::optional<core::Workbook> workbook; // set exactly when failure == None
    ReadFailure failure = ReadFailure::None;
    std::string message;    // English; names the file; empty on success
    std::string message_vi; // the same in Vietnamese, every word of it
    // What the parser said, in English, for the log and --json's "detail";
    // never part of a message (a user reads one language per message).
    std::string detail;

    bool ok() const { return failure == ReadFailure::None; }
};

// Why a workbook could not be used: the message a user reads (one
// language, naming the file) and the technical detail for the log and
// --json's "detail".
struct ReadProblem {
    std::string message;
    std::string detail;
};

class WorkbookSource {
  public:
    virtual ~WorkbookSource() = default;
    // True when read() can turn this file into a workbook (judged by content,
    // not by extension). May read the file.
    virtual bool can_read(const std::filesystem::path& path) const = 0;
    // Never throws; every problem comes back as a failure with a message.
    virtual ReadResult read(const std::filesystem::path& path) const = 0;
};

} // namespace statform::io
