// One function per statform verb. Each returns the process exit code.
#pragma once

#include "cli/cli_args.hpp"

namespace statform::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1; // errors found in the data
inline constexpr int exit_unusable = 2; // unusable input or environment

int run_templates(const CliArgs& args);
int run_template(const CliArgs& args); // template from-sheet
int run_stop_office(const CliArgs& args);
int run_new(const CliArgs& args);
int run_validate(const CliArgs& args);
int run_merge(const CliArgs& args);

} // namespace statform::cli
