#include "cli/source_reader.hpp"

#include "io/read_workbook.hpp"
#include "office/uno_bootstrap.hpp"
#include "sheets/safe_open.hpp"

#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <thread>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace statform::cli {
namespace {

std::string utf8(const rtl::OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}

} // namespace

std::chrono::seconds office_read_limit_from_environment() {
    const char* value = std::getenv("STATFORM_OFFICE_READ_LIMIT");
    return value && *value ? std::chrono::seconds(std::atoi(value)) : office_read_limit;
}

SourceRead SourceReader::read(const std::filesystem::path& file) {
    const io::ReadResult result = io::read_workbook(file);
    if (result.ok())
        return {std::move(result.workbook), {}, {}, false};
    // liborcus could not read it; the office can, if it is a spreadsheet at all.
    if (result.failure == io::ReadFailure::UnsupportedFormat)
        return read_with_office(file);
    return {std::nullopt, result.message, result.message_vi, false, result.detail};
}

ConnectedService& SourceReader::office() {
    if (!office_)
        office_ = connect_service(args_);
    return *office_;
}

SourceRead SourceReader::read_with_office(const std::filesystem::path& file) {
    auto& office_now = office();
    const pid_t pid = office_now.session->pid();
    // The watchdog: past the limit the office is stopped by its PID, which
    // makes the load below fail instead of hanging.
    std::mutex mutex;
    std::condition_variable done_reading;
    bool done = false, timed_out = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!done_reading.wait_for(lock, limit_, [&] { return done; })) {
            timed_out = true;
            kill(pid, SIGKILL);
        }
    });
    sheets::OfficeRead read;
    try {
        read = sheets::read_source_through_office(office_now.session->desktop(), file);
    } catch (const css::uno::Exception& e) {
        read.detail = rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr();
    }
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    done_reading.notify_one();
    watchdog.join();
    if (timed_out || !office_now.session->alive()) {
        office_.reset(); // the next file gets a fresh office
        const std::string why = timed_out
                                    ? "took longer than " + std::to_string(limit_.count()) + " s"
                                    : "stopped the office";
        const std::string why_vi = timed_out ? "mở quá " + std::to_string(limit_.count()) + " giây"
                                             : "làm LibreOffice dừng";
        return {std::nullopt, file.string() + ": opening it " + why + "; skipped",
                file.string() + ": tệp này " + why_vi + "; đã bỏ qua", true};
    }
    if (read.workbook)
        return {std::move(read.workbook), {}, {}, true};
    if (read.password_or_damaged)
        return {std::nullopt, file.string() + ": protected by a password, or damaged; skipped",
                file.string() + ": tệp có mật khẩu hoặc bị hỏng; đã bỏ qua", true};
    if (read.not_a_spreadsheet)
        return {std::nullopt, file.string() + ": not a spreadsheet",
                file.string() + ": không phải bảng tính", true};
    return {std::nullopt, file.string() + ": the office cannot open it",
            file.string() + ": LibreOffice không mở được tệp này", true, read.detail};
}

} // namespace statform::cli
