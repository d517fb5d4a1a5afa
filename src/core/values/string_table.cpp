#include "core/values/string_table.hpp"

#include <boost/json.hpp>

#include <fstream>
#include <sstream>

namespace statform::core {

Language language_from_locale(std::string_view locale) {
    return locale.substr(0, 2) == "en" ? Language::English : Language::Vietnamese;
}

std::string_view language_code(Language language) {
    return language == Language::English ? "en" : "vi";
}

StringTable StringTable::load(const std::filesystem::path& file,
                              std::vector<std::string>& problems) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problems.push_back(file.string() + ": cannot be read");
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<std::string> parse_problems;
    StringTable table = parse(text.str(), parse_problems);
    for (auto& problem : parse_problems)
        problems.push_back(file.string() + ": " + problem);
    return table;
}

StringTable StringTable::parse(std::string_view json_text, std::vector<std::string>& problems) {
    StringTable table;
    boost::system::error_code error;
    const boost::json::value root = boost::json::parse(json_text, error);
    if (error || !root.is_object()) {
        problems.push_back("not a JSON object of phrases" +
                           (error ? " (" + error.message() + ")" : std::string()));
        return table;
    }
    for (const auto& [key, entry] : root.as_object()) {
        if (!entry.is_object()) {
            problems.push_back(std::string(key) + ": must be an object {\"vi\": …, \"en\": …}");
            continue;
        }
        auto& languages = table.phrases_[std::string(key)];
        for (const auto& [language, phrase] : entry.as_object()) {
            if (phrase.is_string())
                languages[std::string(language)] = std::string(phrase.as_string());
            else
                problems.push_back(std::string(key) + "." + std::string(language) +
                                   ": must be text");
        }
        for (const char* required : {"vi", "en"})
            if (!languages.count(required))
                problems.push_back(std::string(key) + ": missing \"" + required + "\"");
    }
    return table;
}

std::string StringTable::get(std::string_view key, Language language) const {
    const auto entry = phrases_.find(key);
    if (entry == phrases_.end())
        return std::string(key);
    const auto& languages = entry->second;
    if (auto wanted = languages.find(std::string(language_code(language)));
        wanted != languages.end())
        return wanted->second;
    return languages.empty() ? std::string(key) : languages.begin()->second;
}

std::string
StringTable::format(std::string_view key, Language language,
                    const std::vector<std::pair<std::string, std::string>>& values) const {
    std::string text = get(key, language);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (std::size_t at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

bool StringTable::contains(std::string_view key) const {
    return phrases_.find(key) != phrases_.end();
}

} // namespace statform::core
