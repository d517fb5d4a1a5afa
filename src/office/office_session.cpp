#include "office/office_session.hpp"

#include "office/child_process.hpp"
#include "office/uno_bootstrap.hpp"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <rtl/ustring.hxx>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace statform::office {
namespace {

std::atomic<pid_t> office_pid{0};

// soffice.bin asks to be started again after some first-start work.
constexpr int office_restart_exit_code = 81;

// The x86-64 dynamic loader (the .oxt is for linux_x86_64 only).
constexpr const char* dynamic_loader = "/lib64/ld-linux-x86-64.so.2";

std::string to_utf8(const rtl::OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}

std::filesystem::path env_path(const char* name, const std::filesystem::path& fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::filesystem::path(value) : fallback;
}

std::filesystem::path kept_profile_dir() {
    const char* cache = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = cache && *cache ? std::filesystem::path(cache)
                                       : home && *home ? std::filesystem::path(home) / ".cache"
                                                       : std::filesystem::temp_directory_path();
    return base / "statform" / "office";
}

std::string kept_pipe_name() {
    return "statform-kept-" + std::to_string(getuid());
}

// A stamp of the .oxt (size and time) so a kept profile reinstalls a newer build.
std::string oxt_stamp(const std::filesystem::path& oxt) {
    const auto time = std::filesystem::last_write_time(oxt).time_since_epoch().count();
    return std::to_string(std::filesystem::file_size(oxt)) + ":" + std::to_string(time);
}

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Removes temporary profiles left by a statform process that was killed.
void remove_stale_temporary_profiles() {
    std::error_code ignored;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::temp_directory_path(), ignored)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("statform-office-", 0) != 0)
            continue;
        const std::string owner = name.substr(16, name.find('-', 16) - 16);
        const pid_t pid = static_cast<pid_t>(std::atoi(owner.c_str()));
        if (pid > 0 && kill(pid, 0) != 0 && errno == ESRCH)
            std::filesystem::remove_all(entry.path(), ignored);
    }
}

// Where the office's stdout and stderr go: the profile's office.log, or the
// file STATFORM_OFFICE_OUTPUT names (appended to). A temporary profile is
// removed with its log; scripts/test-component-asan.sh keeps the offices'
// output there because UBSan, next to a preloaded ASan runtime, can only
// report to stderr.
std::filesystem::path office_output(const std::filesystem::path& profile_dir) {
    return env_path("STATFORM_OFFICE_OUTPUT", profile_dir / "office.log");
}

std::vector<std::string> profile_env(const std::filesystem::path& profile_dir) {
    return {"-env:UserInstallation=" + file_url(profile_dir / "user"),
            "-env:UNO_SHARED_PACKAGES_CACHE=" + file_url(profile_dir / "shared")};
}

void install_extension(const OfficeOptions& options, const std::filesystem::path& profile_dir) {
    const auto stamp_file = profile_dir / "statform-oxt.stamp";
    const std::string stamp = oxt_stamp(options.oxt);
    if (std::filesystem::exists(stamp_file) && read_text(stamp_file) == stamp)
        return;
    const auto unopkg = (options.program_dir / "unopkg").string();
    const auto env = profile_env(profile_dir);
    SpawnOptions spawn_options;
    spawn_options.output_file = profile_dir / "unopkg.log";
    // Remove first, so that a rebuilt extension of the same version replaces the old one.
    run({unopkg, "remove", "--shared", "org.statform.extension", env[0], env[1]},
        std::chrono::seconds(60), spawn_options);
    const auto status =
        run({unopkg, "add", "--shared", "--suppress-license", env[0], env[1], options.oxt.string()},
            std::chrono::seconds(120), spawn_options);
    if (!status || *status != 0)
        throw OfficeError(
            "installing " + options.oxt.string() + " into the office profile failed" +
            (status ? " (unopkg exit " + std::to_string(*status) + ")" : " (unopkg timed out)") +
            "; see " + (profile_dir / "unopkg.log").string());
    std::ofstream(stamp_file) << stamp;
}

css::uno::Reference<css::uno::XComponentContext> try_connect(const OfficeOptions& options,
                                                             const std::string& pipe_name) {
    const auto local = local_context(options.program_dir, options.types_rdb);
    const auto resolver = css::bridge::UnoUrlResolver::create(local);
    const rtl::OUString url = "uno:pipe,name=" + rtl::OUString::createFromAscii(pipe_name.c_str()) +
                              ";urp;StarOffice.ComponentContext";
    return css::uno::Reference<css::uno::XComponentContext>(resolver->resolve(url),
                                                            css::uno::UNO_QUERY_THROW);
}

// True if `pid` is a soffice.bin using `profile_dir`: never stop a recycled PID.
bool is_our_office(pid_t pid, const std::filesystem::path& profile_dir) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/cmdline", std::ios::binary);
    std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return cmdline.find("soffice.bin") != std::string::npos &&
           cmdline.find(file_url(profile_dir / "user")) != std::string::npos;
}

extern "C" void stop_office_and_exit(int signal_number) {
    const pid_t pid = office_pid.load();
    if (pid > 0)
        kill(pid, SIGKILL);
    _exit(128 + signal_number);
}

} // namespace

OfficeOptions OfficeOptions::defaults() {
    OfficeOptions options;
    options.program_dir = env_path("STATFORM_OFFICE_DIR", STATFORM_LO_PROGRAM_DIR);
    options.oxt = env_path("STATFORM_OXT", STATFORM_BUILD_OXT);
    options.types_rdb = env_path("STATFORM_TYPES_RDB", STATFORM_BUILD_RDB);
    if (const char* display = std::getenv("STATFORM_OFFICE_DISPLAY"))
        options.display = display;
    return options;
}

std::unique_ptr<OfficeSession> OfficeSession::start(const OfficeOptions& options) {
    if (!std::filesystem::exists(options.program_dir / "soffice.bin"))
        throw OfficeError("no office at " + options.program_dir.string() +
                          " (install the Debian package libreoffice-calc, or give --office DIR)");
    if (!std::filesystem::exists(options.oxt))
        throw OfficeError("the extension " + options.oxt.string() +
                          " does not exist (build StatForm first)");
    std::unique_ptr<OfficeSession> session(new OfficeSession());
    session->keep_ = options.keep;
    if (options.keep) {
        session->profile_dir_ = kept_profile_dir();
        session->pipe_name_ = kept_pipe_name();
        std::filesystem::create_directories(session->profile_dir_);
        try { // reuse a kept office that already runs this build
            if (read_text(session->profile_dir_ / "statform-oxt.stamp") == oxt_stamp(options.oxt)) {
                session->remote_context_ = try_connect(options, session->pipe_name_);
                session->pid_ = static_cast<pid_t>(
                    std::atoi(read_text(session->profile_dir_ / "office.pid").c_str()));
                return session;
            }
            stop_kept_office(options); // an older build: start again with the new one
        } catch (const css::uno::Exception&) {
        }
    } else {
        remove_stale_temporary_profiles();
        std::string pattern = (std::filesystem::temp_directory_path() /
                               ("statform-office-" + std::to_string(getpid()) + "-XXXXXX"))
                                  .string();
        if (!mkdtemp(pattern.data()))
            throw OfficeError("cannot create a temporary office profile in " +
                              std::filesystem::temp_directory_path().string());
        session->profile_dir_ = pattern;
        session->temporary_profile_ = true;
        session->pipe_name_ = "statform-" + std::to_string(getpid()) + "-" +
                              session->profile_dir_.filename().string().substr(
                                  session->profile_dir_.filename().string().size() - 6);
    }
    install_extension(options, session->profile_dir_);
    session->launch(options);
    session->connect_with_retries(options);
    return session;
}

void OfficeSession::launch(const OfficeOptions& options) {
    std::vector<std::string> argv{(options.program_dir / "soffice.bin").string(),
                                  options.display.empty() ? "--headless" : "--norestore",
                                  options.display.empty() ? "--invisible" : "--nologo",
                                  "--nologo",
                                  "--norestore",
                                  "--nodefault",
                                  "--nolockcheck",
                                  "--accept=pipe,name=" + pipe_name_ +
                                      ";urp;StarOffice.ComponentContext"};
    for (auto& env : profile_env(profile_dir_))
        argv.push_back(env);
    // STATFORM_OFFICE_PRELOAD, for a component built with AddressSanitizer
    // (preset asan-office, scripts/test-component-asan.sh): soffice.bin is not
    // instrumented, so the ASan runtime must be the first library in the
    // process or the component cannot load. It is preloaded by starting the
    // office through the dynamic loader (ld.so --preload), not with
    // LD_PRELOAD: that would reach the office's own child processes too, and
    // gpgconf (run by gpgme whenever a document is loaded) hangs under a
    // preloaded ASan. The process is still the office, with this PID.
    if (const char* preload = std::getenv("STATFORM_OFFICE_PRELOAD"); preload && *preload)
        argv.insert(argv.begin(), {dynamic_loader, "--preload", preload});
    SpawnOptions spawn_options;
    spawn_options.environment_overrides = {"SAL_ENABLE_FILE_LOCKING=1"};
    if (!options.display.empty())
        spawn_options.environment_overrides.push_back("DISPLAY=" + options.display);
    spawn_options.output_file = office_output(profile_dir_);
    spawn_options.die_with_parent = !keep_;
    pid_ = spawn(argv, spawn_options);
    office_pid = pid_;
    if (keep_)
        std::ofstream(profile_dir_ / "office.pid") << pid_;
}

void OfficeSession::connect_with_retries(const OfficeOptions& options) {
    const auto deadline = std::chrono::steady_clock::now() + options.start_limit;
    std::string last_error = "no answer";
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto status = poll_exit(pid_)) {
            if (*status != office_restart_exit_code)
                throw OfficeError("the office stopped while starting (exit " +
                                  std::to_string(*status) + "); see " +
                                  office_output(profile_dir_).string());
            launch(options);
        }
        try {
            remote_context_ = try_connect(options, pipe_name_);
            return;
        } catch (const css::connection::NoConnectException& e) {
            last_error = to_utf8(e.Message);
        } catch (const css::uno::Exception& e) {
            last_error = to_utf8(e.Message);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    shutdown();
    throw OfficeError("the office did not answer within " +
                      std::to_string(options.start_limit.count()) + " s (" + last_error + ")");
}

css::uno::Reference<css::frame::XDesktop2> OfficeSession::desktop() const {
    return css::frame::Desktop::create(remote_context_);
}

bool OfficeSession::alive() const {
    try {
        return remote_context_.is() && desktop().is();
    } catch (const css::uno::Exception&) {
        return false;
    }
}

void OfficeSession::shutdown() noexcept {
    if (keep_)
        return;
    try {
        if (remote_context_.is())
            desktop()->terminate();
    } catch (...) {
        // The office may already be gone or the bridge closed: stop it below.
    }
    remote_context_.clear();
    if (pid_ > 0) {
        if (!wait_exit(pid_, std::chrono::seconds(10)))
            stop(pid_);
        office_pid = 0;
        pid_ = -1;
    }
    if (temporary_profile_) {
        std::error_code ignored;
        std::filesystem::remove_all(profile_dir_, ignored);
    }
}

OfficeSession::~OfficeSession() {
    shutdown();
}

bool OfficeSession::stop_kept_office(const OfficeOptions& options) {
    const auto profile = kept_profile_dir();
    const pid_t pid = static_cast<pid_t>(std::atoi(read_text(profile / "office.pid").c_str()));
    if (pid <= 0 || !is_our_office(pid, profile))
        return false;
    try {
        css::frame::Desktop::create(try_connect(options, kept_pipe_name()))->terminate();
    } catch (...) {
    }
    for (int i = 0; i < 100 && kill(pid, 0) == 0 && is_our_office(pid, profile); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (kill(pid, 0) == 0 && is_our_office(pid, profile))
        kill(pid, SIGKILL); // not our child any more: no waitpid
    std::filesystem::remove(profile / "office.pid");
    return true;
}

pid_t running_office_pid() {
    return office_pid.load();
}

void stop_office_on_signals() {
    struct sigaction action {};
    action.sa_handler = stop_office_and_exit;
    sigemptyset(&action.sa_mask);
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP})
        sigaction(signal_number, &action, nullptr);
}

} // namespace statform::office
