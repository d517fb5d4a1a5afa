// Typed access to the members of a JSON object that reports, rather than
// throws, when a member is missing or has the wrong type. Used by the
// unit-type and edition loaders so that every message names the file and the
// JSON path ("rows[12].label") the same way.
#pragma once

#include "core/templates/json_document.hpp"
#include "core/templates/load_problem.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core::json_load {

// "rows" + 3 -> "rows[3]"; "rows[3]" + "label" -> "rows[3].label".
std::string index_path(const std::string& base, std::size_t index);
std::string member_path(const std::string& base, std::string_view member);

// Collects the problems of one file and remembers whether any was an error.
class ProblemSink {
  public:
    ProblemSink(std::string file, std::vector<LoadProblem>& problems)
        : file_(std::move(file)), problems_(problems) {}

    void error(const std::string& json_path, std::string message);
    void warning(const std::string& json_path, std::string message);
    bool has_errors() const { return has_errors_; }
    const std::string& file() const { return file_; }

  private:
    std::string file_;
    std::vector<LoadProblem>& problems_;
    bool has_errors_ = false;
};

// Reads members of one object at `path`. Wrong types and missing required
// members are reported as errors; the getters then return an empty value.
class FieldReader {
  public:
    FieldReader(const boost::json::object& object, std::string path, ProblemSink& sink)
        : object_(object), path_(std::move(path)), sink_(sink) {}

    // Required string member; when `allow_empty` is false an empty or
    // blank string is an error too.
    std::string required_string(std::string_view name, bool allow_empty = false);
    // Optional string member; "" when absent.
    std::string optional_string(std::string_view name);
    std::optional<std::int64_t> required_integer(std::string_view name);
    std::optional<std::int64_t> optional_integer(std::string_view name);
    std::optional<bool> optional_bool(std::string_view name);
    std::optional<double> required_number(std::string_view name);
    const boost::json::array* required_array(std::string_view name);
    const boost::json::array* optional_array(std::string_view name);
    const boost::json::object* required_object(std::string_view name);
    const boost::json::object* optional_object(std::string_view name);
    // Optional array of strings; each element must be a string.
    std::vector<std::string> optional_string_list(std::string_view name);

    // Warns about members not in `known`: most likely a misspelt field name
    // whose value would otherwise be ignored without a word. Members whose
    // name starts with "_" or "$" are comments and are always allowed.
    void warn_unknown_members(std::initializer_list<std::string_view> known);

    std::string path_of(std::string_view member) const { return member_path(path_, member); }
    const std::string& path() const { return path_; }
    ProblemSink& sink() { return sink_; }

  private:
    const boost::json::value* find(std::string_view name) const;
    void wrong_type(std::string_view name, std::string_view expected);

    const boost::json::object& object_;
    std::string path_;
    ProblemSink& sink_;
};

// "a string", "a number", ... for messages.
std::string_view describe_kind(const boost::json::value& value);

// The format_version of the JSON files StatForm reads and writes.
inline constexpr std::int64_t kFormatVersion = 1;

// An error when the object's "format_version" is given and is not
// kFormatVersion (a file written by a newer StatForm).
void check_format_version(FieldReader& root);

// Reads one StatForm JSON file (an edition, the unit types): once `text` is
// a JSON object, its format_version is checked and `read(root, object)`
// makes the result, every problem going to `problems` under `file_name`.
// nullopt when the text is not a JSON object or any problem is an error.
template <typename Result, typename Read>
std::optional<Result> read_json_file(std::string_view text, const std::string& file_name,
                                     std::vector<LoadProblem>& problems, Read read) {
    const auto document = parse_object_document(text, file_name, problems);
    if (!document)
        return std::nullopt;
    ProblemSink sink(file_name, problems);
    FieldReader root(*document, "", sink);
    check_format_version(root);
    Result result = read(root, *document);
    if (sink.has_errors())
        return std::nullopt;
    return result;
}

} // namespace statform::core::json_load
