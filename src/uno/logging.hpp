// StatForm's log: a rotating file in the user's office profile
// (<profile>/user/statform/statform.log), never stderr. The level comes from
// the environment variable STATFORM_LOG_LEVEL (trace, debug, info, warn,
// error, off; default info).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <spdlog/logger.h>

#include <memory>

namespace statform::uno {

// Opens the log on first use; later calls return the same logger. Falls back
// to a logger that writes nowhere if the profile folder cannot be written.
std::shared_ptr<spdlog::logger>
log(const css::uno::Reference<css::uno::XComponentContext>& context);

// The logger once opened (a silent one before that).
std::shared_ptr<spdlog::logger> log();

} // namespace statform::uno
