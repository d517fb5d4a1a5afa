// statform: StatForm's jobs from the command line, through the same core and
// the same office service as the Calc menu.
#include "cli/cli_args.hpp"
#include "cli/verbs.hpp"
#include "office/office_session.hpp"
#include "statform_version.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <iostream>

int main(int argc, char** argv) {
    using namespace statform;
    cli::CliArgs args;
    try {
        args = cli::parse_args(argc, argv);
    } catch (const cli::UsageError& e) {
        std::cerr << "statform: " << e.what() << "\n\n" << cli::usage_text();
        return cli::exit_unusable;
    }
    // Ctrl+C or a kill must not leave an office behind.
    office::stop_office_on_signals();
    try {
        if (args.verb == "help") {
            std::cout << cli::usage_text();
            return cli::exit_ok;
        }
        if (args.verb == "version") {
            std::cout << "statform " << version << "\n";
            return cli::exit_ok;
        }
        if (args.verb == "templates")
            return cli::run_templates(args);
        if (args.verb == "template")
            return cli::run_template(args);
        if (args.verb == "merge")
            return cli::run_merge(args);
        if (args.verb == "validate")
            return cli::run_validate(args);
        if (args.verb == "new")
            return cli::run_new(args);
        if (args.verb == "stop-office")
            return cli::run_stop_office(args);
        std::cerr << "statform: unknown verb '" << args.verb << "'\n\n" << cli::usage_text();
        return cli::exit_unusable;
    } catch (const office::OfficeError& e) {
        std::cerr << "statform: " << e.what() << "\n";
        return cli::exit_unusable;
    } catch (const css::uno::Exception& e) {
        std::cerr << "statform: the office reported: "
                  << rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr() << "\n";
        return cli::exit_unusable;
    } catch (const std::exception& e) {
        std::cerr << "statform: " << e.what() << "\n";
        return cli::exit_unusable;
    }
}
