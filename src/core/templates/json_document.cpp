#include "core/templates/json_document.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

namespace statform::core::json_load {
namespace {

using boost::json::error_code;
using boost::json::string_view;

// basic_parser handler that only follows the nesting, to find members that
// appear twice in the same object and to name where they are.
class DuplicateMemberFinder {
  public:
    static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);

    std::vector<std::pair<std::string, std::string>> duplicates; // (path, member)

    bool on_document_begin(error_code&) { return true; }
    bool on_document_end(error_code&) { return true; }
    bool on_array_begin(error_code&) { return begin_container(false); }
    bool on_array_end(std::size_t, error_code&) { return end_container(); }
    bool on_object_begin(error_code&) { return begin_container(true); }
    bool on_object_end(std::size_t, error_code&) { return end_container(); }
    bool on_string_part(string_view, std::size_t, error_code&) { return true; }
    bool on_string(string_view, std::size_t, error_code&) { return scalar(); }
    bool on_key_part(string_view s, std::size_t, error_code&) {
        key_.append(s.data(), s.size());
        return true;
    }
    bool on_key(string_view s, std::size_t, error_code&) {
        key_.append(s.data(), s.size());
        Frame& frame = frames_.back();
        if (!frame.keys.insert(key_).second)
            duplicates.emplace_back(path(), key_);
        frame.current_key = key_;
        key_.clear();
        return true;
    }
    bool on_number_part(string_view, error_code&) { return true; }
    bool on_int64(std::int64_t, string_view, error_code&) { return scalar(); }
    bool on_uint64(std::uint64_t, string_view, error_code&) { return scalar(); }
    bool on_double(double, string_view, error_code&) { return scalar(); }
    bool on_bool(bool, error_code&) { return scalar(); }
    bool on_null(error_code&) { return scalar(); }
    bool on_comment_part(string_view, error_code&) { return true; }
    bool on_comment(string_view, error_code&) { return true; }

  private:
    struct Frame {
        bool is_object = false;
        std::size_t index = 0; // next element index, for arrays
        std::string current_key;
        std::set<std::string> keys;
    };

    // A value was completed inside the current container.
    bool scalar() {
        if (!frames_.empty() && !frames_.back().is_object)
            ++frames_.back().index;
        return true;
    }
    bool begin_container(bool is_object) {
        frames_.push_back({is_object, 0, {}, {}});
        return true;
    }
    bool end_container() {
        frames_.pop_back();
        return scalar();
    }

    // JSON path of the object whose member is being read, e.g. "rows[3]".
    std::string path() const {
        std::string text;
        for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
            const Frame& frame = frames_[i];
            if (frame.is_object)
                text += (text.empty() ? "" : ".") + frame.current_key;
            else
                text += "[" + std::to_string(frame.index) + "]";
        }
        return text;
    }

    std::vector<Frame> frames_;
    std::string key_;
};

std::string line_and_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

std::optional<std::string> read_file(const std::filesystem::path& file,
                                     const std::string& display_name,
                                     std::vector<LoadProblem>& problems) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problems.push_back({display_name, "", "cannot open the file for reading"});
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) {
        problems.push_back({display_name, "", "error while reading the file"});
        return std::nullopt;
    }
    return bytes.str();
}

std::optional<boost::json::value> parse_document(std::string_view text, const std::string& file,
                                                 std::vector<LoadProblem>& problems) {
    constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
    if (text.starts_with(byte_order_mark))
        text.remove_prefix(byte_order_mark.size());

    boost::json::basic_parser<DuplicateMemberFinder> scanner{boost::json::parse_options{}};
    error_code ec;
    const std::size_t consumed = scanner.write_some(false, text.data(), text.size(), ec);
    if (ec) {
        problems.push_back({file, "",
                            "not valid JSON at " + line_and_column(text, consumed) + ": " +
                                ec.message() +
                                " (look for a missing comma or quote, or a comma before } or ])"});
        return std::nullopt;
    }
    bool duplicate_found = false;
    for (const auto& [path, member] : scanner.handler().duplicates) {
        problems.push_back(
            {file, path,
             "the member \"" + member + "\" is written twice in the same object; keep only one"});
        duplicate_found = true;
    }
    if (duplicate_found)
        return std::nullopt;

    boost::json::value document = boost::json::parse(text, ec);
    if (ec) { // not expected after the scan above, but never throw on user files
        problems.push_back({file, "", "not valid JSON: " + ec.message()});
        return std::nullopt;
    }
    return document;
}

std::optional<boost::json::object> parse_object_document(std::string_view text,
                                                         const std::string& file,
                                                         std::vector<LoadProblem>& problems) {
    std::optional<boost::json::value> document = parse_document(text, file, problems);
    if (!document)
        return std::nullopt;
    if (!document->is_object()) {
        problems.push_back({file, "", "the file must contain one JSON object { ... }"});
        return std::nullopt;
    }
    return std::move(document->get_object());
}

} // namespace statform::core::json_load
