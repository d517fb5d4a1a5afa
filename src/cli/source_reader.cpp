#include "cli/source_reader.hpp"

#include "io/read_workbook.hpp"
#include "office/uno_bootstrap.hpp"
#include "sheets/safe_open.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace statform::cli {
namespace {

std::string utf8(const rtl::OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}

} // namespace

SourceRead SourceReader::read(const std::filesystem::path& file) {
    const io::ReadResult result = io::read_workbook(file);
    if (result.ok())
        return {std::move(result.workbook), {}, {}, false};
    // liborcus could not read it; the office can, if it is a spreadsheet at all.
    if (result.failure == io::ReadFailure::UnsupportedFormat)
        return read_with_office(file);
    return {std::nullopt, result.message, result.message_vi, false};
}

ConnectedService& SourceReader::office() {
    if (!office_)
        office_ = connect_service(args_);
    return *office_;
}

SourceRead SourceReader::read_with_office(const std::filesystem::path& file) {
    auto read = sheets::read_source_through_office(office().session->desktop(), file);
    if (read.workbook)
        return {std::move(read.workbook), {}, {}, true};
    if (read.not_a_spreadsheet)
        return {std::nullopt, file.string() + ": not a spreadsheet",
                file.string() + ": không phải bảng tính", true};
    return {std::nullopt, file.string() + ": the office cannot open it (" + read.detail + ")",
            file.string() + ": LibreOffice không mở được tệp này (" + read.detail + ")", true};
}

} // namespace statform::cli
