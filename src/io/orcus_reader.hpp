// Reads .ods and .xlsx files from disk with liborcus 0.17, never through the
// office: nothing inside a file read this way can run (macros), prompt
// (passwords, links) or fetch anything. Formulas are not recalculated; each
// formula cell holds the result saved in the file.
//
// What a caller gets, per sheet: numbers (dates and times as Calc's serial
// numbers, booleans as 1/0), text (multi-line cells joined with '\n'),
// saved formula results (errors as Error cells with their spelling, or
// kNoSavedResult), merged ranges, and a grid trimmed to the used area.
//
// Thread safety: a source holds only its limits; every read() builds its own
// orcus objects, so reads of different (or the same) files may run in
// parallel. Checked by the unit tests with 8 threads.
#pragma once

#include "io/format_sniffer.hpp"
#include "io/read_limits.hpp"
#include "io/workbook_source.hpp"

#include <filesystem>
#include <string_view>

namespace statform::io {

class OrcusWorkbookSource final : public WorkbookSource {
  public:
    explicit OrcusWorkbookSource(ReadLimits limits = {}) : limits_(limits) {}

    // True for .ods and .xlsx content (whatever the extension) that is not
    // encrypted or damaged at the container level.
    bool can_read(const std::filesystem::path& path) const override;
    ReadResult read(const std::filesystem::path& path) const override;

    // read() on a file already in memory and sniffed as Ods or Xlsx; `path`
    // only names the file in messages. read_workbook() uses it to load once.
    ReadResult read_bytes(const std::filesystem::path& path, std::string_view bytes,
                          WorkbookFormat format) const;

    const ReadLimits& limits() const { return limits_; }

  private:
    ReadLimits limits_;
};

} // namespace statform::io
