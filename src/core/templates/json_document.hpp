// Reading a hand-edited JSON file safely: every way the text itself can be
// wrong (unreadable file, syntax error, a member written twice) becomes a
// LoadProblem that says where, instead of an exception or a silent guess.
#pragma once

#include "core/templates/load_problem.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core::json_load {

// The bytes of `file`, or nullopt with a problem when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& file,
                                     const std::string& display_name,
                                     std::vector<LoadProblem>& problems);

// Parses `text` (a UTF-8 byte order mark, as Windows Notepad writes, is
// skipped). A syntax error is reported with its line and column and gives
// nullopt. A member written twice in one object is reported as an error too,
// because Boost.JSON would silently keep only the last one.
std::optional<boost::json::value> parse_document(std::string_view text, const std::string& file,
                                                 std::vector<LoadProblem>& problems);

// parse_document() of a file whose whole content must be one JSON object (a
// template edition, the unit-type catalogue); anything else is a problem.
std::optional<boost::json::object> parse_object_document(std::string_view text,
                                                         const std::string& file,
                                                         std::vector<LoadProblem>& problems);

} // namespace statform::core::json_load
