// Fuzz target: the phrase tables (dialogs/*.json) that every message is
// formatted from. They are data a translator edits by hand, so a broken
// file must give problems, and a phrase with odd placeholders ("{x}" inside
// the value put in for {x}, "{", "{}") must format without crashing or
// looping.
#include "core/values/string_table.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace statform;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> problems;
    const core::StringTable table = core::StringTable::parse(text, problems);

    // Keys the fuzzer can spell easily (also in string_table.dict), real
    // ones, and the empty key.
    static const std::vector<std::string> keys = {"", "k", "key", "row-title", "a.b"};
    // Values that contain placeholders themselves, and an empty placeholder name.
    const std::vector<std::pair<std::string, std::string>> values = {
        {"label", "{label}"}, {"code", "{label}{code}"}, {"", "{}"}, {"x", ""}, {"k", "{x}"}};
    for (const std::string& key : keys)
        for (const auto language : {core::Language::Vietnamese, core::Language::English}) {
            table.get(key, language);
            table.format(key, language, values);
            table.contains(key);
        }
    core::language_from_locale(text);
    return 0;
}
