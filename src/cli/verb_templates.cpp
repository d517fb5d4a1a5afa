// statform templates [--json]: the editions the installed extension knows.
#include "cli/data_files.hpp"
#include "cli/office_for_cli.hpp"
#include "cli/verbs.hpp"

#include <boost/json.hpp>

#include <iomanip>
#include <iostream>

namespace statform::cli {
namespace {

std::string utf8(const rtl::OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}

} // namespace

int run_templates(const CliArgs& args) {
    load_catalog(); // says on stderr which template files in the folders do not load
    const auto connected = connect_service(args);
    const auto templates = connected.service->listTemplates();
    if (args.json) {
        boost::json::array list;
        for (const auto& info : templates)
            list.push_back({{"id", utf8(info.Id)},
                            {"year", info.Year},
                            {"title", utf8(info.Title)},
                            {"level", utf8(info.Level)},
                            {"authority", utf8(info.Authority)},
                            {"theme", utf8(info.Theme)},
                            {"rows", info.RowCount}});
        std::cout << boost::json::serialize(boost::json::object{{"templates", list}}) << "\n";
        return templates.getLength() == 0 ? exit_unusable : exit_ok;
    }
    if (templates.getLength() == 0) {
        std::cout << "No statistics templates are installed.\n";
        return exit_unusable;
    }
    for (const auto& info : templates)
        std::cout << std::left << std::setw(22) << utf8(info.Id) << info.Year << "  "
                  << std::setw(8) << utf8(info.Level) << " " << std::setw(3) << info.RowCount
                  << " rows  " << utf8(info.Title) << "\n";
    return exit_ok;
}

int run_stop_office(const CliArgs& args) {
    const bool stopped = office::OfficeSession::stop_kept_office(office_options(args));
    std::cout << (stopped ? "The kept office was stopped.\n" : "No kept office was running.\n");
    return exit_ok;
}

} // namespace statform::cli
