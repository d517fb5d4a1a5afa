// Reads source workbooks into grids: .ods and .xlsx straight from disk with
// liborcus (nothing in them can run); what liborcus cannot read (.xls, files
// it rejects that the office can open) through the office, opened hidden,
// read-only, macros never executed, links not updated, no prompts, closed at
// once. The office is started only when a file needs it.
#pragma once

#include "cli/cli_args.hpp"
#include "cli/office_for_cli.hpp"
#include "core/values/grid.hpp"
#include "core/values/string_table.hpp"
#include "io/workbook_source.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace statform::cli {

struct SourceRead {
    std::optional<core::Workbook> workbook;
    std::string problem;    // why it could not be read, naming the file (English)
    std::string problem_vi; // the same in Vietnamese
    bool through_office = false;
    std::string detail; // what the reader or the office said, English: --json "detail"

    // The problem in the user's language, with the detail beside it.
    io::ReadProblem problem_in(core::Language language) const {
        return {language == core::Language::Vietnamese ? problem_vi : problem, detail};
    }
};

// Opening one file in the office may take at most this long; then the office
// is stopped by its PID (a hostile file must not hang the run), the file is
// reported, and a fresh office reads the next one.
inline constexpr std::chrono::seconds office_read_limit{90};

// office_read_limit, or STATFORM_OFFICE_READ_LIMIT seconds when set (tests).
std::chrono::seconds office_read_limit_from_environment();

class SourceReader {
  public:
    explicit SourceReader(const CliArgs& args,
                          std::chrono::seconds limit = office_read_limit_from_environment())
        : args_(args), limit_(limit) {}
    SourceRead read(const std::filesystem::path& file);
    // The office path alone, for files liborcus could not read.
    SourceRead read_with_office(const std::filesystem::path& file);
    // The office this reader started (for writing results), starting it if needed.
    ConnectedService& office();

  private:
    const CliArgs& args_;
    std::chrono::seconds limit_;
    std::optional<ConnectedService> office_;
};

} // namespace statform::cli
