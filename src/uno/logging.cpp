#include "uno/logging.hpp"

#include "uno/uno_text.hpp"

#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>

namespace statform::uno {
namespace {

std::mutex log_mutex;
std::shared_ptr<spdlog::logger> the_logger;

// spdlog reads any unknown word as "off": a misspelt level ("infos",
// "warning") must not silently stop the log, so only "off" itself does.
spdlog::level::level_enum level_from_environment() {
    const char* text = std::getenv("STATFORM_LOG_LEVEL");
    if (text == nullptr || *text == '\0')
        return spdlog::level::info;
    const std::string_view word = text;
    const auto level = spdlog::level::from_str(std::string(word));
    return level == spdlog::level::off && word != "off" ? spdlog::level::info : level;
}

std::shared_ptr<spdlog::logger> silent_logger() {
    return std::make_shared<spdlog::logger>("statform",
                                            std::make_shared<spdlog::sinks::null_sink_mt>());
}

// "<profile>/user/statform/statform.log" as a system path, or empty.
std::filesystem::path
log_file_path(const css::uno::Reference<css::uno::XComponentContext>& context) {
    const auto substitution = css::util::PathSubstitution::create(context);
    const rtl::OUString user_url = substitution->substituteVariables("$(user)", true);
    rtl::OUString system_path;
    if (osl::FileBase::getSystemPathFromFileURL(user_url, system_path) != osl::FileBase::E_None)
        return {};
    return std::filesystem::path(to_utf8(system_path)) / "statform" / "statform.log";
}

} // namespace

std::shared_ptr<spdlog::logger>
log(const css::uno::Reference<css::uno::XComponentContext>& context) {
    std::lock_guard lock(log_mutex);
    if (the_logger)
        return the_logger;
    try {
        const auto path = log_file_path(context);
        if (path.empty())
            throw std::runtime_error("no user profile folder");
        std::filesystem::create_directories(path.parent_path());
        auto sink =
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.string(), 1024 * 1024, 3);
        the_logger = std::make_shared<spdlog::logger>("statform", sink);
        the_logger->set_level(level_from_environment());
        the_logger->flush_on(spdlog::level::warn);
    } catch (...) {
        // Logging must never stop the extension from working.
        the_logger = silent_logger();
    }
    return the_logger;
}

std::shared_ptr<spdlog::logger> log() {
    std::lock_guard lock(log_mutex);
    if (!the_logger)
        return silent_logger();
    return the_logger;
}

} // namespace statform::uno
