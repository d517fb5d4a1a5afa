// User-facing phrases by key and language, loaded from a JSON data file
// ({"key": {"vi": "…", "en": "…"}}), so wording can change without code.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core {

enum class Language { Vietnamese, English };

// "en", "en-US", "en_GB.UTF-8" → English; anything else → Vietnamese, the
// users' first language.
Language language_from_locale(std::string_view locale);
std::string_view language_code(Language language);

class StringTable {
  public:
    // Loads `file`; problems (unreadable, malformed, a key missing a language)
    // are appended to `problems` and the usable entries are kept.
    static StringTable load(const std::filesystem::path& file, std::vector<std::string>& problems);
    static StringTable parse(std::string_view json_text, std::vector<std::string>& problems);

    // The phrase for `key`; the other language if this one is missing; the
    // key itself when the table does not know it (visible, never empty).
    std::string get(std::string_view key, Language language) const;

    // get() with "{name}" placeholders replaced by the given values.
    std::string format(std::string_view key, Language language,
                       const std::vector<std::pair<std::string, std::string>>& values) const;

    bool contains(std::string_view key) const;

  private:
    std::map<std::string, std::map<std::string, std::string>, std::less<>> phrases_;
};

} // namespace statform::core
