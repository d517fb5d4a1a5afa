#include "io/zip_archive.hpp"

#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <stdexcept>

namespace statform::io {

namespace {

// Record signatures and fixed sizes from PKWARE's APPNOTE.TXT, section 4.3.
constexpr std::uint32_t kEndOfDirectorySignature = 0x06054b50;
constexpr std::uint32_t kDirectoryEntrySignature = 0x02014b50;
constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::size_t kEndOfDirectorySize = 22;
constexpr std::size_t kDirectoryEntrySize = 46;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kMaxCommentSize = 0xffff;

std::uint32_t read_u16(std::string_view bytes, std::size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + at);
    return static_cast<std::uint32_t>(p[0] | (p[1] << 8));
}

std::uint32_t read_u32(std::string_view bytes, std::size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + at);
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
           (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

// The end record sits in the last 22 bytes, or before a comment of up to 64 KiB.
// Bytes appended after the comment (some download tools do that) are tolerated.
std::optional<std::size_t> find_end_of_directory(std::string_view bytes) {
    if (bytes.size() < kEndOfDirectorySize)
        return std::nullopt;
    const std::size_t last = bytes.size() - kEndOfDirectorySize;
    const std::size_t first = last > kMaxCommentSize ? last - kMaxCommentSize : 0;
    for (std::size_t at = last + 1; at-- > first;)
        if (read_u32(bytes, at) == kEndOfDirectorySignature &&
            at + kEndOfDirectorySize + read_u16(bytes, at + 20) <= bytes.size())
            return at;
    return std::nullopt;
}

} // namespace

const ZipEntry* ZipDirectory::find(std::string_view name) const {
    for (const auto& entry : entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

std::uint64_t ZipDirectory::total_uncompressed_size() const {
    std::uint64_t total = 0;
    for (const auto& entry : entries)
        total += entry.uncompressed_size;
    return total;
}

std::optional<ZipDirectory> read_zip_directory(std::string_view bytes, std::string& why) {
    const auto end = find_end_of_directory(bytes);
    if (!end) {
        why = "the zip end record is missing: the file is probably truncated";
        return std::nullopt;
    }
    const std::size_t count = read_u16(bytes, *end + 10);
    const std::size_t directory_size = read_u32(bytes, *end + 12);
    const std::size_t directory_at = read_u32(bytes, *end + 16);
    if (count == 0xffff || directory_at == 0xffffffff) {
        why = "ZIP64 archives are not supported";
        return std::nullopt;
    }
    if (directory_at > *end || directory_size > *end - directory_at) {
        why = "the zip directory points outside the file: the file is probably truncated";
        return std::nullopt;
    }

    ZipDirectory directory;
    directory.entries.reserve(count);
    std::size_t at = directory_at;
    for (std::size_t i = 0; i < count; ++i) {
        if (at + kDirectoryEntrySize > *end || read_u32(bytes, at) != kDirectoryEntrySignature) {
            why = "the zip directory is damaged";
            return std::nullopt;
        }
        ZipEntry entry;
        entry.method = static_cast<std::uint16_t>(read_u16(bytes, at + 10));
        entry.compressed_size = read_u32(bytes, at + 20);
        entry.uncompressed_size = read_u32(bytes, at + 24);
        const std::size_t name_size = read_u16(bytes, at + 28);
        const std::size_t extra_size = read_u16(bytes, at + 30);
        const std::size_t comment_size = read_u16(bytes, at + 32);
        const std::size_t local_at = read_u32(bytes, at + 42);
        const std::size_t record_size = kDirectoryEntrySize + name_size + extra_size + comment_size;
        if (at + record_size > *end) {
            why = "the zip directory is damaged";
            return std::nullopt;
        }
        entry.name.assign(bytes.substr(at + kDirectoryEntrySize, name_size));
        // The entry's data must lie before the directory, after its own header.
        if (local_at + kLocalHeaderSize > directory_at ||
            read_u32(bytes, local_at) != kLocalHeaderSignature ||
            entry.compressed_size > directory_at - local_at - kLocalHeaderSize) {
            why = "the zip entry \"" + entry.name + "\" lies outside the file";
            return std::nullopt;
        }
        directory.entries.push_back(std::move(entry));
        at += record_size;
    }
    return directory;
}

struct ZipEntryReader::Impl {
    explicit Impl(std::string_view bytes)
        : stream(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()),
          archive(&stream) {}
    orcus::zip_archive_stream_blob stream;
    orcus::zip_archive archive;
};

ZipEntryReader::ZipEntryReader(std::string_view bytes) : impl_(std::make_unique<Impl>(bytes)) {
    try {
        impl_->archive.load();
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("zip: ") + error.what());
    }
}

ZipEntryReader::~ZipEntryReader() = default;

std::optional<std::string> ZipEntryReader::read(std::string_view name) const {
    try {
        std::vector<unsigned char> buffer;
        if (!impl_->archive.read_file_entry(name, buffer))
            return std::nullopt;
        // orcus 0.17 hands back one NUL byte after the entry's content (a
        // terminator for its XML parsers). Every entry we read is text.
        if (!buffer.empty() && buffer.back() == 0)
            buffer.pop_back();
        return std::string(buffer.begin(), buffer.end());
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace statform::io
