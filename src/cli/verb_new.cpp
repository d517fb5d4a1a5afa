// statform new OUT.(ods|xlsx|xls) --template ID --unit NAME: a new workbook
// holding the official form, made by the same code as the Calc menu.
#include "cli/office_documents.hpp"
#include "cli/office_for_cli.hpp"
#include "cli/verbs.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <iostream>

namespace statform::cli {
namespace {

rtl::OUString ou(const std::string& text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}
std::string utf8(const rtl::OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}

css::uno::Sequence<css::beans::NamedValue> insert_options(const CliArgs& args) {
    std::vector<css::beans::NamedValue> options;
    for (const auto& [option, name] :
         {std::pair{"unit", "UnitName"}, {"level", "Level"}, {"place", "Place"}})
        if (const auto value = args.value(option))
            options.emplace_back(rtl::OUString::createFromAscii(name), css::uno::Any(ou(*value)));
    css::uno::Sequence<css::beans::NamedValue> out(static_cast<sal_Int32>(options.size()));
    std::copy(options.begin(), options.end(), out.getArray());
    return out;
}

// A new workbook starts with an empty "Sheet1": the form's sheet replaces it.
void remove_blank_first_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& form_sheet) {
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNamed> first(sheets->getByIndex(0),
                                                      css::uno::UNO_QUERY_THROW);
    if (sheets->getCount() > 1 && utf8(first->getName()) != form_sheet)
        document->getSheets()->removeByName(first->getName());
}

} // namespace

int run_new(const CliArgs& args) {
    if (args.files.size() != 1) {
        std::cerr << "statform new: give exactly one output file, e.g. statform new --unit "
                     "\"Trường THCS A\" bao-cao.xlsx\n";
        return exit_unusable;
    }
    const std::filesystem::path out = args.files.front();
    if (calc_filter_for(out).empty()) {
        std::cerr << "statform new: " << out.string()
                  << ": the file name must end in .ods, .xlsx or .xls\n";
        return exit_unusable;
    }
    if (std::filesystem::exists(out) && !args.force) {
        std::cerr << "statform new: " << out.string()
                  << " already exists; nothing was written (use --force to replace it)\n";
        return exit_unusable;
    }
    auto connected = connect_service(args);
    const auto document = new_hidden_calc_document(connected.session->desktop());
    try {
        const auto result = connected.service->insertTemplate(
            document, ou(args.value("template").value_or("")), insert_options(args));
        remove_blank_first_sheet(document, utf8(result.SheetName));
        save_document(document, out);
        std::cout << "Wrote " << out.string() << ": template " << utf8(result.TemplateId)
                  << ", sheet \"" << utf8(result.SheetName) << "\"\n";
    } catch (const css::lang::IllegalArgumentException& e) {
        close_document(document);
        std::cerr << "statform new: " << utf8(e.Message) << "\n";
        return exit_unusable;
    } catch (...) {
        close_document(document);
        throw;
    }
    close_document(document);
    return exit_ok;
}

} // namespace statform::cli
