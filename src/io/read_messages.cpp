#include "io/read_messages.hpp"

#include <string>

namespace statform::io {

std::string_view to_string(ReadFailure failure) {
    switch (failure) {
    case ReadFailure::None:
        return "none";
    case ReadFailure::NotFound:
        return "not-found";
    case ReadFailure::Unreadable:
        return "unreadable";
    case ReadFailure::Empty:
        return "empty";
    case ReadFailure::Encrypted:
        return "encrypted";
    case ReadFailure::Corrupt:
        return "corrupt";
    case ReadFailure::UnsupportedFormat:
        return "unsupported-format";
    case ReadFailure::TooLarge:
        return "too-large";
    }
    return "unknown";
}

namespace {

struct Wording {
    std::string_view en, vi;
};

// The sentence for each failure; the file name is put in front of it.
Wording wording(ReadFailure failure) {
    switch (failure) {
    case ReadFailure::None:
        return {"was read", "đã được đọc"};
    case ReadFailure::NotFound:
        return {"was not found", "không tồn tại"};
    case ReadFailure::Unreadable:
        return {"cannot be opened for reading (check its permissions)",
                "không mở được để đọc (hãy kiểm tra quyền truy cập)"};
    case ReadFailure::Empty:
        return {"is empty (0 bytes)", "rỗng (0 byte)"};
    case ReadFailure::Encrypted:
        return {"is protected with a password; save a copy without a password and add that",
                "được bảo vệ bằng mật khẩu; hãy lưu một bản không đặt mật khẩu rồi thêm bản đó"};
    case ReadFailure::Corrupt:
        return {"is damaged or incomplete and cannot be read",
                "bị hỏng hoặc không đầy đủ nên không đọc được"};
    case ReadFailure::UnsupportedFormat:
        return {"is not a workbook this reader can open (.ods or .xlsx)",
                "không phải bảng tính mà bộ đọc này mở được (.ods hoặc .xlsx)"};
    case ReadFailure::TooLarge:
        return {"is too large to be a statistics table", "quá lớn so với một bảng thống kê"};
    }
    return {"cannot be read", "không đọc được"};
}

// `place`: the sheet at fault, already worded ("sheet “X”"), or empty.
std::string sentence(std::string_view prefix, const std::filesystem::path& path,
                     std::string_view body, std::string_view place = {}) {
    std::string text;
    text.append(prefix).append(" \"").append(path.string()).append("\" ").append(body);
    if (!place.empty())
        text.append(" (").append(place).append(")");
    text.append(".");
    return text;
}

} // namespace

ReadResult failed_read(const std::filesystem::path& path, ReadFailure failure,
                       std::string_view detail, std::string_view sheet) {
    const Wording words = wording(failure);
    ReadResult result;
    result.failure = failure;
    const std::string sheet_en = sheet.empty() ? "" : "sheet “" + std::string(sheet) + "”";
    const std::string sheet_vi = sheet.empty() ? "" : "trang «" + std::string(sheet) + "»";
    result.message = sentence("The file", path, words.en, sheet_en);
    result.message_vi = sentence("Tệp", path, words.vi, sheet_vi);
    result.detail = std::string(detail);
    return result;
}

ReadResult needs_office_reader(const std::filesystem::path& path, std::string_view what_en,
                               std::string_view what_vi, std::string_view detail) {
    ReadResult result;
    result.detail = std::string(detail);
    result.failure = ReadFailure::UnsupportedFormat;
    std::string en = "is ";
    en.append(what_en).append(", which needs the office reader");
    std::string vi = "là ";
    vi.append(what_vi).append(", cần đọc bằng LibreOffice");
    result.message = sentence("The file", path, en);
    result.message_vi = sentence("Tệp", path, vi);
    return result;
}

ReadResult xls_needs_office_reader(const std::filesystem::path& path) {
    return needs_office_reader(path, "an Excel 97-2003 (.xls) workbook",
                               "bảng tính Excel 97-2003 (.xls)");
}

} // namespace statform::io
