#include "io/file_bytes.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace statform::io {

namespace {

FileBytes failure(ReadFailure kind, std::string detail) {
    FileBytes result;
    result.failure = kind;
    result.detail = std::move(detail);
    return result;
}

} // namespace

FileBytes load_file_bytes(const std::filesystem::path& path, std::size_t max_bytes) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (status.type() == std::filesystem::file_type::not_found)
        return failure(ReadFailure::NotFound, {});
    if (error)
        return failure(ReadFailure::Unreadable, error.message());
    // Not only directories: a FIFO or a device such as /dev/zero never ends.
    if (status.type() != std::filesystem::file_type::regular)
        return failure(ReadFailure::Unreadable, "not a regular file");

    const auto size = std::filesystem::file_size(path, error);
    if (error)
        return failure(ReadFailure::Unreadable, error.message());
    if (size > max_bytes)
        return failure(ReadFailure::TooLarge,
                       std::to_string(size) + " bytes, limit " + std::to_string(max_bytes));
    if (size == 0)
        return failure(ReadFailure::Empty, {});

    errno = 0;
    std::ifstream in(path, std::ios::binary); // read-only: the source is never written
    if (!in)
        return failure(ReadFailure::Unreadable, errno ? std::strerror(errno) : "open failed");

    // Read at most one byte more than the limit, in case the file grew since
    // file_size() was asked.
    FileBytes result;
    result.bytes.resize(static_cast<std::size_t>(size) + 1);
    in.read(result.bytes.data(), static_cast<std::streamsize>(result.bytes.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (in.bad())
        return failure(ReadFailure::Unreadable, "read error");
    if (got > max_bytes)
        return failure(ReadFailure::TooLarge, "grew above the limit while being read");
    if (got == 0)
        return failure(ReadFailure::Empty, {});
    result.bytes.resize(got);
    return result;
}

} // namespace statform::io
