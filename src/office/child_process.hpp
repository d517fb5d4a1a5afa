// Starting and stopping child processes by PID, with time limits. StatForm
// never looks processes up by name: it stops exactly what it started.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace statform::office {

struct SpawnOptions {
    std::vector<std::string> environment_overrides; // "NAME=value"
    std::filesystem::path output_file;              // stdout and stderr go here (default /dev/null)
    bool die_with_parent =
        true; // the kernel kills the child when this process dies, even by SIGKILL
};

// Starts `argv[0]` with `argv`; returns the child's PID. Throws on failure.
pid_t spawn(const std::vector<std::string>& argv, const SpawnOptions& options = {});

// The child's exit status if it has ended (reaping it), nothing while it runs.
std::optional<int> poll_exit(pid_t pid);

// Waits up to `limit` for the child to end; its exit status, or nothing.
std::optional<int> wait_exit(pid_t pid, std::chrono::milliseconds limit);

// Ends the child: SIGTERM, then SIGKILL after `grace`; always reaps it.
void stop(pid_t pid, std::chrono::milliseconds grace = std::chrono::seconds(3));

// Runs a command to its end within `limit`; its exit status, or nothing if
// it had to be stopped (it is stopped by PID).
std::optional<int> run(const std::vector<std::string>& argv, std::chrono::milliseconds limit,
                       const SpawnOptions& options = {});

} // namespace statform::office
