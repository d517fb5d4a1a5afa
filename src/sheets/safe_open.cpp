#include "sheets/safe_open.hpp"

#include "sheets/document_grid.hpp"

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <fstream>
#include <string_view>

namespace statform::sheets {

css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

namespace {

// An OLE compound file is opened with the Excel 97 filter only: the office
// would otherwise read a damaged one as text (its CSV import), and report
// nothing wrong.
bool is_compound_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    char signature[8] = {};
    in.read(signature, sizeof signature);
    return in.gcount() == 8 && std::string_view(signature, 8) ==
                                   std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

} // namespace

OfficeRead read_source_through_office(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                                      const std::filesystem::path& file) {
    const bool compound = is_compound_file(file);
    css::uno::Sequence<css::beans::PropertyValue> args(compound ? 6 : 5);
    auto* a = args.getArray();
    if (compound)
        a[5] = property("FilterName", css::uno::Any(rtl::OUString("MS Excel 97")));
    a[0] = property("Hidden", css::uno::Any(true));
    a[1] = property("ReadOnly", css::uno::Any(true));
    a[2] =
        property("MacroExecutionMode", css::uno::Any(sal_Int16(0))); // MacroExecMode::NEVER_EXECUTE
    a[3] = property("UpdateDocMode", css::uno::Any(sal_Int16(0)));   // UpdateDocMode::NO_UPDATE
    a[4] = property("Silent", css::uno::Any(true));
    const std::string path = std::filesystem::absolute(file).string();
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(
        rtl::OUString(path.data(), static_cast<sal_Int32>(path.size()), RTL_TEXTENCODING_UTF8),
        url);
    OfficeRead read;
    css::uno::Reference<css::lang::XComponent> component;
    try {
        component =
            css::uno::Reference<css::frame::XComponentLoader>(desktop, css::uno::UNO_QUERY_THROW)
                ->loadComponentFromURL(url, "_blank", 0, args);
    } catch (const css::uno::Exception& e) {
        read.detail = rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr();
        if (read.detail.empty())
            read.detail = "the office cannot open it";
        return read;
    }
    if (!component.is()) {
        // No interaction handler: a password or a repair question makes the
        // office give up without an exception.
        read.password_or_damaged = true;
        return read;
    }
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document(component, css::uno::UNO_QUERY);
    if (document.is())
        read.workbook = read_document(document, file.string());
    else
        read.not_a_spreadsheet = true;
    try {
        if (css::uno::Reference<css::util::XCloseable> closeable{component, css::uno::UNO_QUERY};
            closeable.is())
            closeable->close(true);
    } catch (const css::uno::Exception&) {
        // Closing a read-only copy can only fail if it is already gone.
    }
    return read;
}

} // namespace statform::sheets
