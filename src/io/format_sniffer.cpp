#include "io/format_sniffer.hpp"

#include "io/zip_archive.hpp"

#include <algorithm>
#include <stdexcept>

namespace statform::io {

namespace {

constexpr std::string_view kZipMagic{"PK\x03\x04", 4};
constexpr std::string_view kEmptyZipMagic{"PK\x05\x06", 4};
constexpr std::string_view kOleMagic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};
constexpr std::string_view kOdsMimeType = "application/vnd.oasis.opendocument.spreadsheet";
constexpr std::string_view kOtsMimeType = "application/vnd.oasis.opendocument.spreadsheet-template";

SniffResult known(WorkbookFormat format) {
    return {format, ReadFailure::None, {}};
}

SniffResult rejected(ReadFailure failure, std::string detail) {
    return {WorkbookFormat::Unknown, failure, std::move(detail)};
}

bool starts_with(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

// ODF: the `mimetype` entry names the document type; a password-protected
// package keeps its manifest readable and lists `encryption-data` in it.
SniffResult sniff_odf(std::string_view bytes) {
    try {
        const ZipEntryReader zip(bytes);
        const auto mimetype = zip.read("mimetype");
        if (!mimetype)
            return rejected(ReadFailure::Corrupt, "the OpenDocument mimetype cannot be read");
        if (*mimetype != kOdsMimeType && *mimetype != kOtsMimeType)
            return rejected(ReadFailure::UnsupportedFormat,
                            "an OpenDocument file of type " + mimetype->substr(0, 100));
        const auto manifest = zip.read("META-INF/manifest.xml");
        if (manifest && manifest->find("encryption-data") != std::string::npos)
            return rejected(ReadFailure::Encrypted, "an encrypted OpenDocument spreadsheet");
        return known(WorkbookFormat::Ods);
    } catch (const std::exception& error) {
        return rejected(ReadFailure::Corrupt, error.what());
    }
}

SniffResult sniff_zip(std::string_view bytes) {
    std::string why;
    const auto directory = read_zip_directory(bytes, why);
    if (!directory)
        return rejected(ReadFailure::Corrupt, why);
    if (directory->find("mimetype"))
        return sniff_odf(bytes);
    if (directory->find("[Content_Types].xml")) {
        if (directory->find("xl/workbook.xml"))
            return known(WorkbookFormat::Xlsx);
        if (directory->find("xl/workbook.bin"))
            return rejected(ReadFailure::UnsupportedFormat, "an Excel binary workbook (.xlsb)");
        return rejected(ReadFailure::UnsupportedFormat,
                        "an Office Open XML file that is not a spreadsheet");
    }
    return rejected(ReadFailure::UnsupportedFormat, "a zip archive that is not a workbook");
}

// OLE compound file (MS-CFB): directory entries are 128-byte records at
// 128-byte-aligned offsets, starting with the UTF-16LE stream name and
// holding its byte length (terminator included) at offset 64 and the
// object type (2 = stream) at offset 66. Scanning the aligned records for a
// name is enough to tell the few kinds we care about, without following the
// sector chains.
bool has_ole_stream(std::string_view bytes, std::u16string_view name) {
    std::string encoded;
    for (const char16_t c : name) {
        encoded.push_back(static_cast<char>(c & 0xff));
        encoded.push_back(static_cast<char>(c >> 8));
    }
    encoded.append(2, '\0');
    const auto name_length = static_cast<unsigned char>(encoded.size());
    for (std::size_t at = 512; at + 128 <= bytes.size(); at += 128) {
        if (static_cast<unsigned char>(bytes[at + 64]) == name_length && bytes[at + 65] == 0 &&
            bytes[at + 66] == 2 && bytes.compare(at, encoded.size(), encoded) == 0)
            return true;
    }
    return false;
}

SniffResult sniff_ole(std::string_view bytes) {
    // An encrypted .xlsx/.docx is an OLE file holding these two streams
    // (MS-OFFCRYPTO); the real package is inside EncryptedPackage.
    if (has_ole_stream(bytes, u"EncryptedPackage") || has_ole_stream(bytes, u"EncryptionInfo"))
        return rejected(ReadFailure::Encrypted, "an encrypted Office Open XML package");
    if (has_ole_stream(bytes, u"Workbook") || has_ole_stream(bytes, u"Book"))
        return known(WorkbookFormat::Xls);
    return rejected(ReadFailure::UnsupportedFormat,
                    "an OLE compound file that is not a workbook (a .doc, .ppt...?)");
}

// Some reporting systems export web pages or XML under a .xls name.
SniffResult sniff_other(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, 4096);
    if (std::find(head.begin(), head.end(), '\0') != head.end())
        return rejected(ReadFailure::UnsupportedFormat, "an unknown binary format");
    std::string_view text = head;
    if (starts_with(text, "\xEF\xBB\xBF"))
        text.remove_prefix(3);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '<')
        return rejected(ReadFailure::UnsupportedFormat, "an HTML or XML document");
    return rejected(ReadFailure::UnsupportedFormat, "plain text");
}

} // namespace

SniffResult sniff_format(std::string_view bytes) {
    if (bytes.empty())
        return rejected(ReadFailure::Empty, {});
    if (starts_with(bytes, kZipMagic) || starts_with(bytes, kEmptyZipMagic))
        return sniff_zip(bytes);
    if (starts_with(bytes, kOleMagic))
        return sniff_ole(bytes);
    if (starts_with(bytes, kZipMagic.substr(0, 3)) || starts_with(bytes, kOleMagic.substr(0, 4)))
        return rejected(ReadFailure::Corrupt, "the file header is damaged");
    return sniff_other(bytes);
}

} // namespace statform::io
