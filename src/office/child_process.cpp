#include "office/child_process.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace statform::office {
namespace {

int exit_status(int raw) {
    if (WIFEXITED(raw))
        return WEXITSTATUS(raw);
    if (WIFSIGNALED(raw))
        return 128 + WTERMSIG(raw);
    return -1;
}

} // namespace

pid_t spawn(const std::vector<std::string>& argv, const SpawnOptions& options) {
    if (argv.empty())
        throw std::invalid_argument("spawn: empty command");
    // Everything the child needs is prepared before fork(): after it, only
    // async-signal-safe calls are allowed.
    std::vector<char*> args;
    for (const auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> env_storage;
    for (char** entry = environ; *entry; ++entry) {
        const std::string item(*entry);
        const auto name = item.substr(0, item.find('=') + 1);
        bool overridden = false;
        for (const auto& override_item : options.environment_overrides)
            overridden = overridden || override_item.rfind(name, 0) == 0;
        if (!overridden)
            env_storage.push_back(item);
    }
    env_storage.insert(env_storage.end(), options.environment_overrides.begin(),
                       options.environment_overrides.end());
    std::vector<char*> env;
    for (auto& item : env_storage)
        env.push_back(item.data());
    env.push_back(nullptr);
    const std::string output =
        options.output_file.empty() ? "/dev/null" : options.output_file.string();
    const pid_t parent = getpid();

    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error(std::string("cannot start a process: ") + std::strerror(errno));
    if (pid == 0) {
        if (options.die_with_parent) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent) // the parent died before prctl took effect
                _exit(127);
        } else {
            setsid(); // outlive this process, out of its terminal's signals
        }
        const int null_in = open("/dev/null", O_RDONLY);
        const int out = open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (null_in >= 0)
            dup2(null_in, STDIN_FILENO);
        if (out >= 0) {
            dup2(out, STDOUT_FILENO);
            dup2(out, STDERR_FILENO);
        }
        execve(args[0], args.data(), env.data());
        _exit(127);
    }
    return pid;
}

std::optional<int> poll_exit(pid_t pid) {
    int raw = 0;
    const pid_t done = waitpid(pid, &raw, WNOHANG);
    if (done == pid)
        return exit_status(raw);
    if (done < 0 && errno == ECHILD)
        return -1; // not our child (any more)
    return std::nullopt;
}

std::optional<int> wait_exit(pid_t pid, std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (true) {
        if (auto status = poll_exit(pid))
            return status;
        if (std::chrono::steady_clock::now() >= deadline)
            return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void stop(pid_t pid, std::chrono::milliseconds grace) {
    if (pid <= 0 || poll_exit(pid))
        return;
    kill(pid, SIGTERM);
    if (wait_exit(pid, grace))
        return;
    kill(pid, SIGKILL);
    wait_exit(pid, std::chrono::seconds(5));
}

std::optional<int> run(const std::vector<std::string>& argv, std::chrono::milliseconds limit,
                       const SpawnOptions& options) {
    const pid_t pid = spawn(argv, options);
    if (auto status = wait_exit(pid, limit))
        return status;
    stop(pid);
    return std::nullopt;
}

} // namespace statform::office
