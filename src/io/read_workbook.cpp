#include "io/read_workbook.hpp"

#include "io/file_bytes.hpp"
#include "io/format_sniffer.hpp"
#include "io/orcus_reader.hpp"
#include "io/read_messages.hpp"

namespace statform::io {

ReadResult read_workbook(const std::filesystem::path& path, const ReadLimits& limits) {
    // The file is read once; the sniffer and the reader share the bytes.
    const FileBytes file = load_file_bytes(path, limits.max_file_bytes);
    if (file.failure != ReadFailure::None)
        return failed_read(path, file.failure, file.detail);
    const SniffResult sniffed = sniff_format(file.bytes);
    if (sniffed.failure != ReadFailure::None)
        return failed_read(path, sniffed.failure, sniffed.detail);
    switch (sniffed.format) {
    case WorkbookFormat::Ods:
    case WorkbookFormat::Xlsx:
        return OrcusWorkbookSource(limits).read_bytes(path, file.bytes, sniffed.format);
    case WorkbookFormat::Xls:
        return xls_needs_office_reader(path);
    case WorkbookFormat::Unknown:
        break;
    }
    return failed_read(path, ReadFailure::UnsupportedFormat, sniffed.detail);
}

} // namespace statform::io
