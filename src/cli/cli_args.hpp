// The statform command line: a verb, options, and files.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace statform::cli {

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct CliArgs {
    std::string verb;                  // "templates", "stop-office", … ("version" for --version)
    bool json = false;                 // --json: machine-readable output
    bool keep_office = false;          // --keep-office: leave the office running for the next call
    std::optional<std::string> office; // --office PATH: soffice, or its program folder
    std::optional<std::string> language; // --lang vi|en
    std::vector<std::string> files;      // positional arguments after the verb
    // Options with a value, by name without dashes: template, unit, level, place, id, year,
    // title, out, ...
    std::map<std::string, std::string> values;
    bool force = false; // --force: replace an existing output file
    // Options that may be given more than once, by name: unit-type, key.
    std::map<std::string, std::vector<std::string>> repeated;

    std::optional<std::string> value(const std::string& name) const {
        const auto found = values.find(name);
        return found == values.end() ? std::nullopt : std::optional<std::string>(found->second);
    }
    std::vector<std::string> all(const std::string& name) const {
        const auto found = repeated.find(name);
        return found == repeated.end() ? std::vector<std::string>{} : found->second;
    }
};

// Throws UsageError with a message that says what is wrong.
CliArgs parse_args(int argc, char** argv);

const char* usage_text();

} // namespace statform::cli
