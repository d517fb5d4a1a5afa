#include "cli/office_documents.hpp"

#include "office/uno_bootstrap.hpp"
#include "sheets/safe_open.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>

namespace statform::cli {

using sheets::property;

css::uno::Reference<css::sheet::XSpreadsheetDocument>
new_hidden_calc_document(const css::uno::Reference<css::frame::XDesktop2>& desktop) {
    css::uno::Reference<css::frame::XComponentLoader> loader(desktop, css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0] = property("Hidden", css::uno::Any(true));
    return {loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, args),
            css::uno::UNO_QUERY_THROW};
}

std::string calc_filter_for(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (extension == ".ods")
        return "calc8";
    if (extension == ".xlsx")
        return "Calc MS Excel 2007 XML";
    if (extension == ".xls")
        return "MS Excel 97";
    return {};
}

void save_document(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const std::filesystem::path& file) {
    const std::string filter = calc_filter_for(file);
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0] =
        property("FilterName", css::uno::Any(rtl::OUString::createFromAscii(filter.c_str())));
    args.getArray()[1] = property("Overwrite", css::uno::Any(true));
    const std::string url = office::file_url(file);
    css::uno::Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)
        ->storeToURL(
            rtl::OUString(url.data(), static_cast<sal_Int32>(url.size()), RTL_TEXTENCODING_UTF8),
            args);
}

void close_document(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) noexcept {
    try {
        css::uno::Reference<css::util::XCloseable> closeable(document, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    } catch (...) {
        // The office may already be going away; nothing of the user's is at stake.
    }
}

} // namespace statform::cli
