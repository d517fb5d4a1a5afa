// The memo that makes a merge fast: computed once, bounded, never mixes
// editions up.
#include "core/similarity_memo.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using statform::core::locator::SimilarityMemo;

TEST(SimilarityMemo, ComputesEachLabelOnceAndGivesTheSameAnswer) {
    SimilarityMemo memo;
    auto& edition = memo.edition("so lop\x1f\x1e");
    int computed = 0;
    const auto compute = [&](std::string_view) {
        ++computed;
        return std::vector<double>{0.8};
    };
    EXPECT_EQ(edition.get("so lopp", compute), std::vector<double>{0.8});
    EXPECT_EQ(edition.get("so lopp", compute), std::vector<double>{0.8});
    EXPECT_EQ(computed, 1);
}

TEST(SimilarityMemo, EditionsWithDifferentRowsAreKeptApart) {
    SimilarityMemo memo;
    memo.edition("a\x1f\x1e").get("x", [](std::string_view) { return std::vector<double>{0.1}; });
    const auto& other = memo.edition("b\x1f\x1e").get("x", [](std::string_view) {
        return std::vector<double>{0.9};
    });
    EXPECT_EQ(other, std::vector<double>{0.9});
}

TEST(SimilarityMemo, StaysBoundedWhateverTheNumberOfLabels) {
    SimilarityMemo memo;
    auto& edition = memo.edition("rows");
    for (std::size_t i = 0; i < 3 * SimilarityMemo::kMaxLabels; ++i)
        edition.get("label " + std::to_string(i),
                    [](std::string_view) { return std::vector<double>{0}; });
    EXPECT_LE(edition.size(), SimilarityMemo::kMaxLabels);
    for (std::size_t i = 0; i < 3 * SimilarityMemo::kMaxEditions; ++i)
        memo.edition("edition " + std::to_string(i));
    // Still answers correctly after starting again.
    int computed = 0;
    memo.edition("rows").get("again", [&](std::string_view) {
        ++computed;
        return std::vector<double>{0.5};
    });
    EXPECT_EQ(computed, 1);
}

} // namespace
