// Writing JSON text laid out as the shipped template files are (one member
// per line, short objects on one line), so files StatForm writes read like
// the ones written by hand. Boost.JSON quotes every string.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace statform::core::json_text {

// `text` as a JSON string literal, quotes and escapes included.
std::string quoted(std::string_view text);

// ["a", "b"] on one line.
std::string string_list(const std::vector<std::string>& values);

// A JSON array with one element per line, closing bracket at `indent`.
std::string array_on_lines(const std::vector<std::string>& elements, std::string_view indent);

// Members of one JSON object, written on separate indented lines or on one line.
class ObjectText {
  public:
    void add(std::string_view name, std::string json_value);
    void text(std::string_view name, std::string_view value) { add(name, quoted(value)); }
    void text_if_any(std::string_view name, std::string_view value) {
        if (!value.empty())
            text(name, value);
    }
    void flag(std::string_view name, bool value) { add(name, value ? "true" : "false"); }
    void number(std::string_view name, long long value) { add(name, std::to_string(value)); }
    void decimal(std::string_view name, double value);

    std::string on_lines(std::string_view indent) const;
    std::string on_one_line() const;

  private:
    std::vector<std::string> members_;
};

} // namespace statform::core::json_text
