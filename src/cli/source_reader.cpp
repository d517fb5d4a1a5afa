#include "cli/source_reader.hpp"

#include "io/read_workbook.hpp"
#include "office/uno_bootstrap.hpp"
#include "sheets/document_grid.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace statform::cli {
namespace {

css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

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
    css::uno::Reference<css::frame::XComponentLoader> loader(office().session->desktop(),
                                                             css::uno::UNO_QUERY_THROW);
    // No InteractionHandler: a password or repair question makes loading
    // fail instead of waiting for an answer nobody will give.
    css::uno::Sequence<css::beans::PropertyValue> args(5);
    auto* a = args.getArray();
    a[0] = property("Hidden", css::uno::Any(true));
    a[1] = property("ReadOnly", css::uno::Any(true));
    a[2] = property("MacroExecutionMode", css::uno::Any(sal_Int16(0))); // NEVER_EXECUTE
    a[3] = property("UpdateDocMode", css::uno::Any(sal_Int16(0)));      // NO_UPDATE
    a[4] = property("Silent", css::uno::Any(true));
    const std::string url = office::file_url(file);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document;
    try {
        document.set(loader->loadComponentFromURL(rtl::OUString(url.data(),
                                                                static_cast<sal_Int32>(url.size()),
                                                                RTL_TEXTENCODING_UTF8),
                                                  "_blank", 0, args),
                     css::uno::UNO_QUERY);
    } catch (const css::uno::Exception& e) {
        return {
            std::nullopt, file.string() + ": the office cannot open it (" + utf8(e.Message) + ")",
            file.string() + ": LibreOffice không mở được tệp này (" + utf8(e.Message) + ")", true};
    }
    if (!document.is())
        return {std::nullopt, file.string() + ": not a spreadsheet, or encrypted, or damaged",
                file.string() + ": không phải bảng tính, hoặc đã đặt mật khẩu, hoặc bị hỏng", true};
    SourceRead read{sheets::read_document(document, file.string()), {}, {}, true};
    try {
        css::uno::Reference<css::util::XCloseable>(document, css::uno::UNO_QUERY_THROW)
            ->close(true);
    } catch (const css::uno::Exception&) {
    }
    return read;
}

} // namespace statform::cli
