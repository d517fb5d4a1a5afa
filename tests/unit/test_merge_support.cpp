#include "test_merge_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace statform::merge_test {

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

const StringTable& merge_phrases() {
    static const StringTable loaded = [] {
        std::vector<std::string> problems;
        StringTable table =
            StringTable::load(STATFORM_SOURCE_DIR "/dialogs/merge-messages.json", problems);
        if (!problems.empty())
            throw std::runtime_error("dialogs/merge-messages.json: " + problems.front());
        return table;
    }();
    return loaded;
}

const Edition& edition(std::string_view id) {
    const Edition* found = catalog().find(id);
    if (found == nullptr)
        throw std::runtime_error("no edition " + std::string(id));
    return *found;
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

std::vector<MergeFinding> findings_of(const MergeResult& result, std::string_view rule,
                                      std::string_view row_key) {
    std::vector<MergeFinding> found;
    for (const MergeFinding& finding : result.findings)
        if (finding.rule == rule && (row_key.empty() || finding.row_key == row_key))
            found.push_back(finding);
    return found;
}

const MergedRow& row(const MergeResult& result, std::string_view key) {
    const MergedRow* found = result.find_row(key);
    if (found == nullptr)
        throw std::runtime_error("no merged row " + std::string(key));
    return *found;
}

} // namespace statform::merge_test
