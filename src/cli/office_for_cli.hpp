// The office and the StatForm service as the CLI options ask for them.
#pragma once

#include "cli/cli_args.hpp"
#include "core/values/string_table.hpp"
#include "office/office_session.hpp"

#include <org/statform/XStatForm.hpp>

#include <memory>

namespace statform::cli {

office::OfficeOptions office_options(const CliArgs& args);

// The language of the CLI and of the office it starts: --lang, else
// STATFORM_LANG, LC_ALL or LANG when they say vi or en; else Vietnamese.
core::Language cli_language(const CliArgs& args);

struct ConnectedService {
    std::unique_ptr<office::OfficeSession> session;
    css::uno::Reference<org::statform::XStatForm> service;
};

// Starts (or reuses) the office and creates the StatForm service in it.
ConnectedService connect_service(const CliArgs& args);

} // namespace statform::cli
