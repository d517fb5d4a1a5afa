#include "cli/office_for_cli.hpp"

#include "statform_version.hpp"

#include <cstdlib>
#include <fstream>

namespace statform::cli {

office::OfficeOptions office_options(const CliArgs& args) {
    auto options = office::OfficeOptions::defaults();
    if (args.office) {
        // /usr/bin/soffice is a link into the office's program folder.
        std::error_code error;
        std::filesystem::path office = std::filesystem::canonical(*args.office, error);
        if (error)
            office = *args.office; // reported as "no office at ..." when it starts
        options.program_dir = std::filesystem::is_directory(office) ? office : office.parent_path();
    }
    options.keep = args.keep_office;
    // The office side reads STATFORM_LANG when it starts: sheet names and
    // messages it writes follow the CLI's language, not the machine's locale.
    setenv("STATFORM_LANG", std::string(core::language_code(cli_language(args))).c_str(), 1);
    return options;
}

core::Language cli_language(const CliArgs& args) {
    if (args.language)
        return core::language_from_locale(*args.language);
    for (const char* variable : {"STATFORM_LANG", "LC_ALL", "LANG"})
        if (const char* value = std::getenv(variable);
            value && (std::string_view(value).substr(0, 2) == "vi" ||
                      std::string_view(value).substr(0, 2) == "en"))
            return core::language_from_locale(value);
    return core::Language::Vietnamese;
}

ConnectedService connect_service(const CliArgs& args) {
    ConnectedService connected;
    connected.session = office::OfficeSession::start(office_options(args));
    // For tests that must find the office this run started (and check it is
    // gone after the CLI is killed).
    if (const char* pid_file = std::getenv("STATFORM_OFFICE_PID_FILE"))
        std::ofstream(pid_file) << connected.session->pid();
    const auto& context = connected.session->context();
    connected.service.set(context->getServiceManager()->createInstanceWithContext(
                              rtl::OUString::createFromAscii(service_name), context),
                          css::uno::UNO_QUERY);
    if (!connected.service.is())
        throw office::OfficeError(
            "the office does not know the StatForm service: is the extension installed? "
            "See the profile's unopkg.log in " +
            connected.session->profile_dir().string());
    return connected;
}

} // namespace statform::cli
