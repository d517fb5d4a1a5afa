#include "test_data.hpp"

#include <map>
#include <mutex>
#include <stdexcept>

namespace statform::test_data {

using namespace statform::core;

const TemplateCatalog& catalog() {
    static const TemplateCatalog loaded = [] {
        std::vector<LoadProblem> problems;
        TemplateCatalog result = TemplateCatalog::load({STATFORM_TEMPLATES_DIR}, problems);
        if (result.editions().empty())
            throw std::runtime_error("no editions in " STATFORM_TEMPLATES_DIR);
        return result;
    }();
    return loaded;
}

const Edition& edition(std::string_view id) {
    const Edition* found = catalog().find(id);
    if (found == nullptr)
        throw std::runtime_error("no edition " + std::string(id));
    return *found;
}

const StringTable& phrases(std::string_view file_in_dialogs) {
    // Tables are never removed, so references handed out stay valid.
    static std::mutex mutex;
    static std::map<std::string, StringTable, std::less<>> loaded;
    const std::lock_guard lock(mutex);
    if (const auto found = loaded.find(file_in_dialogs); found != loaded.end())
        return found->second;
    const std::string path = STATFORM_SOURCE_DIR "/dialogs/" + std::string(file_in_dialogs);
    std::vector<std::string> problems;
    StringTable table = StringTable::load(path, problems);
    if (!problems.empty())
        throw std::runtime_error(path + ": " + problems.front());
    return loaded.emplace(std::string(file_in_dialogs), std::move(table)).first->second;
}

UnitReport report(std::string source, std::string unit, std::string edition_id,
                  std::vector<UnitRowValues> rows) {
    UnitReport result;
    result.source = std::move(source);
    result.unit_name = std::move(unit);
    result.edition_id = std::move(edition_id);
    result.sheet = "Sheet1";
    result.rows = std::move(rows);
    return result;
}

} // namespace statform::test_data
