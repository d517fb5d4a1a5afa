// A headless office of StatForm's own: private profile, the StatForm
// extension installed into it, connected over a named pipe. Used by the
// `statform` CLI and by the integration tests.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <sys/types.h>

namespace statform::office {

// Something stopped the office from being usable; the message says what, and
// what to do.
class OfficeError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct OfficeOptions {
    std::filesystem::path
        program_dir;           // folder with soffice.bin and unopkg; default: the build's office
    std::filesystem::path oxt; // extension to install; default: the build tree's statform.oxt
    std::filesystem::path types_rdb; // StatForm's own types, needed by this side of the bridge
    // Leave the office running after this process and reuse it next time
    // (a persistent profile in ~/.cache/statform/office).
    bool keep = false;
    std::chrono::seconds start_limit{120};
    // An X display ("":77") to run a real, windowed office on instead of a
    // headless one (STATFORM_OFFICE_DISPLAY): some office code paths, such as
    // undoing a sheet insertion, only work with a window system.
    std::string display;

    // Defaults from the build, overridable by STATFORM_OFFICE_DIR, STATFORM_OXT,
    // STATFORM_TYPES_RDB.
    static OfficeOptions defaults();
};

class OfficeSession {
  public:
    // Installs the extension if the profile does not have this build of it,
    // starts (or, with `keep`, reuses) the office and connects. Throws OfficeError.
    static std::unique_ptr<OfficeSession> start(const OfficeOptions& options);

    // Terminates the office and stops its process (unless it is kept), then
    // removes a temporary profile.
    ~OfficeSession();
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    const css::uno::Reference<css::uno::XComponentContext>& context() const {
        return remote_context_;
    }
    css::uno::Reference<css::frame::XDesktop2> desktop() const;
    pid_t pid() const { return pid_; }
    const std::filesystem::path& profile_dir() const { return profile_dir_; }

    // True while the office answers over the bridge.
    bool alive() const;

    // Stops a kept office started by an earlier `keep` session, if any.
    static bool stop_kept_office(const OfficeOptions& options);

  private:
    OfficeSession() = default;
    void launch(const OfficeOptions& options);
    void connect_with_retries(const OfficeOptions& options);
    void shutdown() noexcept;

    std::filesystem::path profile_dir_;
    std::string pipe_name_;
    pid_t pid_ = -1;
    bool keep_ = false;
    bool temporary_profile_ = false;
    css::uno::Reference<css::uno::XComponentContext> remote_context_;
};

// The PID of the office this process started, for a signal handler that must
// stop it on Ctrl+C (0 when none runs).
pid_t running_office_pid();

// Installs SIGINT/SIGTERM/SIGHUP handlers that stop the running office by its
// PID and exit with 130. (A SIGKILL of this process is covered by the kernel:
// the office is started to die with its parent.)
void stop_office_on_signals();

} // namespace statform::office
