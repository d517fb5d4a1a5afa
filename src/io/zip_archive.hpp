// The zip container of .xlsx and .ods files.
//
// read_zip_directory() reads the central directory by hand (a few dozen lines,
// no dependency) because orcus 0.17 does not expose what we need before
// parsing: the declared uncompressed sizes (zip-bomb check) and a precise
// "truncated" diagnosis. Inflating an entry goes through orcus' own zip reader
// (ZipEntryReader), the same code that will read the file afterwards.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::io {

struct ZipEntry {
    std::string name;
    std::uint16_t method = 0; // 0 stored, 8 deflated
    std::uint64_t compressed_size = 0;
    std::uint64_t uncompressed_size = 0; // as declared by the directory
};

struct ZipDirectory {
    std::vector<ZipEntry> entries;

    const ZipEntry* find(std::string_view name) const;
    std::uint64_t total_uncompressed_size() const;
};

// Lists the entries of a zip held in memory. Returns nothing, with the reason
// in `why`, when the end record or the directory is missing or points outside
// the bytes: the usual sign of a truncated download or a broken copy.
std::optional<ZipDirectory> read_zip_directory(std::string_view bytes, std::string& why);

// Reads entries of a zip held in memory (the bytes must outlive the reader).
class ZipEntryReader {
  public:
    // Throws std::runtime_error when orcus cannot load the directory.
    explicit ZipEntryReader(std::string_view bytes);
    ~ZipEntryReader();
    ZipEntryReader(const ZipEntryReader&) = delete;
    ZipEntryReader& operator=(const ZipEntryReader&) = delete;

    // The inflated entry, or nothing when absent or unreadable.
    std::optional<std::string> read(std::string_view name) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace statform::io
