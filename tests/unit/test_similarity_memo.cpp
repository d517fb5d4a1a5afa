// The memo that makes a merge fast: computed once, bounded, never mixes
// editions up.
#include "core/similarity_memo.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using statform::core::locator::SimilarityMemo;

TEST(SimilarityMemo, ComputesEachLabelOnceAndGivesTheSameAnswer) {
    SimilarityMemo memo;
    auto& edition = memo.edition("so lop\x1f\x1e");
    int computed = 0;
    const auto compute = [&] {
        ++computed;
        return std::vector<double>{0.8};
    };
    EXPECT_EQ(edition.similarities("so lopp", compute), std::vector<double>{0.8});
    EXPECT_EQ(edition.similarities("so lopp", compute), std::vector<double>{0.8});
    EXPECT_EQ(computed, 1);
}

TEST(SimilarityMemo, EditionsWithDifferentRowsAreKeptApart) {
    SimilarityMemo memo;
    memo.edition("a\x1f\x1e").similarities("x", [] { return std::vector<double>{0.1}; });
    const auto& other =
        memo.edition("b\x1f\x1e").similarities("x", [] { return std::vector<double>{0.9}; });
    EXPECT_EQ(other, std::vector<double>{0.9});
}

TEST(SimilarityMemo, StaysBoundedWhateverTheNumberOfLabels) {
    SimilarityMemo memo;
    auto& edition = memo.edition("rows");
    for (std::size_t i = 0; i < 3 * SimilarityMemo::kMaxLabels; ++i)
        edition.similarities("label " + std::to_string(i), [] { return std::vector<double>{0}; });
    EXPECT_LE(edition.size(), SimilarityMemo::kMaxLabels);
    for (std::size_t i = 0; i < 3 * SimilarityMemo::kMaxEditions; ++i)
        memo.edition("edition " + std::to_string(i));
    // Still answers correctly after starting again.
    int computed = 0;
    memo.edition("rows").similarities("again", [&] {
        ++computed;
        return std::vector<double>{0.5};
    });
    EXPECT_EQ(computed, 1);
}

} // namespace
