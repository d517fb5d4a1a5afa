#include "io/orcus_reader.hpp"

#include "io/file_bytes.hpp"
#include "io/ods_content_reader.hpp"
#include "io/read_messages.hpp"
#include "io/xlsx_reader.hpp"
#include "io/zip_archive.hpp"

#include <exception>
#include <stdexcept>

namespace statform::io {

namespace {

std::vector<core::Sheet> read_ods_sheets(std::string_view bytes, const ReadLimits& limits) {
    const ZipEntryReader zip(bytes);
    const auto content = zip.read("content.xml");
    if (!content)
        throw std::runtime_error("content.xml cannot be read");
    try {
        return read_ods_content(*content, limits);
    } catch (const LimitExceeded&) {
        throw;
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("content.xml: ") + error.what());
    }
}

} // namespace

bool OrcusWorkbookSource::can_read(const std::filesystem::path& path) const {
    const FileBytes file = load_file_bytes(path, limits_.max_file_bytes);
    if (file.failure != ReadFailure::None)
        return false;
    const SniffResult sniffed = sniff_format(file.bytes);
    return sniffed.format == WorkbookFormat::Ods || sniffed.format == WorkbookFormat::Xlsx;
}

ReadResult OrcusWorkbookSource::read(const std::filesystem::path& path) const {
    const FileBytes file = load_file_bytes(path, limits_.max_file_bytes);
    if (file.failure != ReadFailure::None)
        return failed_read(path, file.failure, file.detail);
    const SniffResult sniffed = sniff_format(file.bytes);
    if (sniffed.failure != ReadFailure::None)
        return failed_read(path, sniffed.failure, sniffed.detail);
    if (sniffed.format == WorkbookFormat::Xls)
        return xls_needs_office_reader(path);
    return read_bytes(path, file.bytes, sniffed.format);
}

ReadResult OrcusWorkbookSource::read_bytes(const std::filesystem::path& path,
                                           std::string_view bytes, WorkbookFormat format) const {
    // Nothing may escape: orcus throws its own exception types (zip, XML,
    // formula-name errors...), all derived from std::exception.
    try {
        std::string why;
        const auto directory = read_zip_directory(bytes, why);
        if (!directory)
            return failed_read(path, ReadFailure::Corrupt, why);
        if (directory->total_uncompressed_size() > limits_.max_unpacked_bytes)
            return failed_read(path, ReadFailure::TooLarge,
                               "unpacks to " +
                                   std::to_string(directory->total_uncompressed_size()) +
                                   " bytes, limit " + std::to_string(limits_.max_unpacked_bytes));

        ReadResult result;
        result.workbook.emplace();
        result.workbook->source = path.string();
        if (format == WorkbookFormat::Ods) {
            result.workbook->sheets = read_ods_sheets(bytes, limits_);
        } else if (format == WorkbookFormat::Xlsx) {
            XlsxContent content = read_xlsx_content(bytes, limits_);
            if (!content.unsupported.empty())
                return needs_office_reader(
                    path, "an .xlsx file liborcus 0.17 cannot read faithfully",
                    "tệp .xlsx mà liborcus 0.17 không đọc đúng được", content.unsupported);
            result.workbook->sheets = std::move(content.sheets);
        } else {
            return failed_read(path, ReadFailure::UnsupportedFormat, "not .ods or .xlsx content");
        }
        return result;
    } catch (const LimitExceeded& error) {
        return failed_read(path, ReadFailure::TooLarge, error.what(), error.sheet);
    } catch (const std::bad_alloc&) {
        return failed_read(path, ReadFailure::TooLarge, "out of memory while reading");
    } catch (const std::exception& error) {
        return failed_read(path, ReadFailure::Corrupt, error.what());
    } catch (...) {
        return failed_read(path, ReadFailure::Corrupt, "unknown error in the reader");
    }
}

} // namespace statform::io
