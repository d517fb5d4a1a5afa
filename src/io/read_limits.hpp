// Bounds on what a reader accepts, so that one hostile or broken file among
// hundreds cannot exhaust memory or time. A StatForm statistics table is a
// few hundred rows by a few dozen columns; the defaults leave a wide margin
// above that and still keep one read below a few hundred megabytes.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace statform::io {

struct ReadLimits {
    // Size of the file on disk. The whole file is read into memory once.
    std::size_t max_file_bytes = 64u << 20; // 64 MiB
    // Sum of the uncompressed sizes the zip directory declares: stops zip
    // bombs before orcus inflates anything (orcus sizes its buffers from them).
    std::size_t max_unpacked_bytes = 512u << 20; // 512 MiB
    // Cells of one sheet's used area (bounding box of non-empty cells),
    // checked before the Grid is allocated: a stray value in row 1,048,576
    // must not make us allocate a million-row grid. A core Cell is 48 bytes.
    std::size_t max_cells_per_sheet = 1'000'000;
    // Non-empty cells of all sheets together, counted while parsing (repeats
    // expanded), before the parsed model or any grid grows past it.
    std::size_t max_cells_per_workbook = 2'000'000;
};

// Thrown inside a reader when a limit is crossed; the reader turns it into a
// TooLarge result whose detail is what() and whose message names the sheet.
struct LimitExceeded : std::runtime_error {
    explicit LimitExceeded(const std::string& what, std::string sheet_name = {})
        : std::runtime_error(what), sheet(std::move(sheet_name)) {}
    std::string sheet; // the sheet over the limit; empty for the whole workbook
};

} // namespace statform::io
