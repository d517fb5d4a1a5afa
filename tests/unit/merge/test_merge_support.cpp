#include "test_merge_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace statform::merge_test {

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
