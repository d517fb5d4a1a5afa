// The statform command as a user runs it: its output, exit codes, and that it
// never leaves an office behind, even when killed.
#include "office_fixture.hpp"

#include "statform_version.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace statform::test;

namespace {

struct CliRun {
    int exit_code = -1;
    std::string out;
};

CliRun run_cli(const std::string& arguments, const std::string& environment = {}) {
    const std::string command =
        environment + " " + statform_cli().string() + " " + arguments + " 2>&1";
    CliRun run;
    FILE* pipe = popen(command.c_str(), "r");
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

bool process_exists(pid_t pid) {
    return kill(pid, 0) == 0 || errno != ESRCH;
}

// Starts `statform templates`, waits until its office runs, sends `signal_number`
// to the CLI, and returns the office's PID.
pid_t kill_cli_while_office_runs(int signal_number) {
    const auto pid_file = scratch_dir() / ("office-pid-" + std::to_string(signal_number));
    std::filesystem::remove(pid_file);
    const pid_t cli = fork();
    if (cli == 0) {
        setenv("STATFORM_OFFICE_PID_FILE", pid_file.c_str(), 1);
        freopen("/dev/null", "w", stdout);
        // Keep the office busy long enough: list the templates many times.
        execl(statform_cli().c_str(), "statform", "templates", static_cast<char*>(nullptr));
        _exit(127);
    }
    pid_t office = 0;
    for (int i = 0; i < 600 && office == 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        std::ifstream in(pid_file);
        in >> office;
    }
    kill(cli, signal_number);
    int status = 0;
    waitpid(cli, &status, 0);
    return office;
}

} // namespace

TEST(Cli, VersionNeedsNoOffice) {
    const auto run = run_cli("--version");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out, std::string("statform ") + statform::version + "\n");
}

TEST(Cli, UnknownVerbIsAUsageErrorWithExitCode2) {
    const auto run = run_cli("frobnicate");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.out.find("unknown verb"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Usage:"), std::string::npos);
}

TEST(Cli, TemplatesAsJsonListsTheThreeEditions) {
    const auto run = run_cli("templates --json");
    ASSERT_EQ(run.exit_code, 0) << run.out;
    const auto json = boost::json::parse(run.out).as_object();
    const auto& list = json.at("templates").as_array();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].at("id").as_string(), "htsd-2023");
    EXPECT_EQ(list[0].at("year").as_int64(), 2023);
    EXPECT_EQ(list[2].at("level").as_string(), "district");
}

TEST(Cli, TemplatesForPeopleIsOneLinePerEdition) {
    const auto run = run_cli("templates");
    ASSERT_EQ(run.exit_code, 0) << run.out;
    EXPECT_NE(run.out.find("htsd-2022"), std::string::npos) << run.out;
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 3);
}

TEST(Cli, OfficeThatCannotBeFoundIsExitCode2WithAClearMessage) {
    const auto run = run_cli("templates --office /nonexistent/office");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.out.find("libreoffice-calc"), std::string::npos) << run.out;
}

TEST(Cli, OfficeGivenAsTheSofficeLinkInUsrBin) {
    if (!std::filesystem::exists("/usr/bin/soffice"))
        GTEST_SKIP() << "no /usr/bin/soffice on this machine";
    const auto run = run_cli("templates --office /usr/bin/soffice");
    EXPECT_EQ(run.exit_code, 0) << run.out;
    EXPECT_NE(run.out.find("htsd-2023"), std::string::npos) << run.out;
}

// --keep-office: the second call reuses the office the first one left
// running; stop-office stops it.
TEST(Cli, KeptOfficeIsReusedAndStopOfficeStopsIt) {
    const auto cache = scratch_dir() / "kept-office-cache";
    std::filesystem::remove_all(cache);
    auto office_pid = [&](const std::string& name) {
        const auto pid_file = cache / name;
        const auto run = run_cli("--keep-office templates", "XDG_CACHE_HOME='" + cache.string() +
                                                                "' STATFORM_OFFICE_PID_FILE='" +
                                                                pid_file.string() + "'");
        EXPECT_EQ(run.exit_code, 0) << run.out;
        pid_t pid = 0;
        std::ifstream(pid_file) >> pid;
        return pid;
    };
    const pid_t first = office_pid("first.pid");
    ASSERT_GT(first, 0);
    EXPECT_TRUE(process_exists(first)) << "the office was not kept";
    EXPECT_EQ(office_pid("second.pid"), first) << "the kept office was not reused";
    const auto stop = run_cli("stop-office", "XDG_CACHE_HOME='" + cache.string() + "'");
    EXPECT_EQ(stop.exit_code, 0) << stop.out;
    bool gone = false;
    for (int i = 0; i < 100 && !gone; ++i) {
        std::ifstream cmdline("/proc/" + std::to_string(first) + "/cmdline");
        std::string text;
        std::getline(cmdline, text);
        gone = text.find("soffice") == std::string::npos; // gone, or exited and not yet reaped
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(gone) << "office " << first << " still runs after stop-office";
}

TEST(Cli, KilledCliLeavesNoOfficeBehind) {
    for (int signal_number : {SIGINT, SIGTERM, SIGKILL}) {
        const pid_t office = kill_cli_while_office_runs(signal_number);
        ASSERT_GT(office, 0) << "the CLI never reported its office (signal " << signal_number
                             << ")";
        bool gone = false;
        for (int i = 0; i < 100 && !gone; ++i) {
            gone = !process_exists(office);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        EXPECT_TRUE(gone) << "office " << office << " still runs after the CLI got signal "
                          << signal_number;
    }
}

namespace {

std::string file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST(CliNew, WritesAWorkbookHoldingOnlyTheForm) {
    const auto out =
        scratch_dir() / "Trường THCS A – báo cáo 2022.xlsx"; // Vietnamese letters and spaces
    std::filesystem::remove(out);
    const auto run = run_cli("new --template htsd-2022 --unit 'Trường THCS A' --place 'Bến Tre' '" +
                             out.string() + "'");
    ASSERT_EQ(run.exit_code, 0) << run.out;
    EXPECT_NE(run.out.find("htsd-2022"), std::string::npos) << run.out;
    const css::uno::Reference<css::sheet::XSpreadsheetDocument> document(load_hidden(out),
                                                                         css::uno::UNO_QUERY_THROW);
    const auto names = document->getSheets()->getElementNames();
    ASSERT_EQ(names.getLength(), 1);
    EXPECT_EQ(utf8(names[0]), "Thống kê HTSĐ 2022");
    const auto top = read_range(document, utf8(names[0]), "A1:D3");
    rtl::OUString unit, date_line;
    top[0][0] >>= unit;
    top[2][2] >>= date_line;
    EXPECT_EQ(utf8(unit), "Trường THCS A");
    EXPECT_EQ(utf8(date_line), "Bến Tre, ngày …… tháng …… năm 2022");
    close_document(document);
}

TEST(CliNew, NeverReplacesAnExistingFileWithoutForce) {
    const auto out = scratch_dir() / "existing.ods";
    { std::ofstream(out) << "the user's own file"; }
    const auto run = run_cli("new '" + out.string() + "'");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.out.find("--force"), std::string::npos) << run.out;
    EXPECT_EQ(file_bytes(out), "the user's own file");
}

TEST(CliNew, UnknownTemplateIsExitCode2AndNamesTheKnownOnes) {
    const auto out = scratch_dir() / "unknown.ods";
    std::filesystem::remove(out);
    const auto run = run_cli("new --template htsd-1999 '" + out.string() + "'");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.out.find("htsd-2023"), std::string::npos) << run.out;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(CliMerge, AnOfficeThatHangsOnAFileIsStoppedAndTheMergeGoesOn) {
    // With a limit of 0 s every .xls "hangs": the office reading it is stopped
    // by its PID, the file is reported, and a fresh office writes the summary.
    const auto out = scratch_dir() / "tong-hop-watchdog.ods";
    std::filesystem::remove(out);
    const auto run =
        run_cli("merge --json --out '" + out.string() + "' '" + STATFORM_SOURCE_DIR + "/samples'",
                "STATFORM_OFFICE_READ_LIMIT=0");
    EXPECT_EQ(run.exit_code, 1) << run.out;
    ASSERT_TRUE(std::filesystem::exists(out)) << run.out;
    const auto json = boost::json::parse(run.out).as_object();
    int skipped_xls = 0, merged = 0;
    for (const auto& source : json.at("sources").as_array()) {
        const std::string file(source.at("file").as_string());
        const std::string status(source.at("status").as_string());
        if (file.size() > 4 && file.substr(file.size() - 4) == ".xls") {
            EXPECT_EQ(status, "skipped") << file;
            EXPECT_NE(std::string(source.at("reason").as_string()).find(file), std::string::npos);
            ++skipped_xls;
        } else if (status != "skipped") {
            ++merged;
        }
    }
    EXPECT_EQ(skipped_xls, 2);
    EXPECT_EQ(merged, 10) << "the 11 .ods/.xlsx samples, the duplicate counted once";
}
