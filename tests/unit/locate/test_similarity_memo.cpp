// The memo that makes a merge fast: computed once, bounded, never mixes
// catalogues up.
#include "core/locate/similarity_memo.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using statform::core::locator::LabelSimilarities;
using statform::core::locator::SimilarityMemo;

TEST(SimilarityMemo, ComputesEachLabelOnceAndGivesTheSameAnswer) {
    SimilarityMemo memo;
    auto& labels = memo.labels("so lop\x1f");
    int computed = 0;
    const auto compute = [&](std::string_view) {
        ++computed;
        return LabelSimilarities{{0, 0.8}};
    };
    EXPECT_EQ(labels.get("so lopp", compute), (LabelSimilarities{{0, 0.8}}));
    EXPECT_EQ(labels.get("so lopp", compute), (LabelSimilarities{{0, 0.8}}));
    EXPECT_EQ(computed, 1);
}

TEST(SimilarityMemo, CataloguesWithDifferentLabelsAreKeptApart) {
    SimilarityMemo memo;
    memo.labels("a\x1f").get("x", [](std::string_view) { return LabelSimilarities{{0, 0.1}}; });
    const auto& other = memo.labels("b\x1f").get("x", [](std::string_view) {
        return LabelSimilarities{{0, 0.9}};
    });
    EXPECT_EQ(other, (LabelSimilarities{{0, 0.9}}));
}

TEST(SimilarityMemo, StaysBoundedWhateverTheNumberOfLabels) {
    SimilarityMemo memo;
    auto& labels = memo.labels("rows");
    for (std::size_t i = 0; i < 3 * SimilarityMemo::kMaxLabels; ++i)
        labels.get("label " + std::to_string(i),
                   [](std::string_view) { return LabelSimilarities{}; });
    EXPECT_LE(labels.size(), SimilarityMemo::kMaxLabels);
    for (std::size_t i = 0; i < 3 * SimilarityMemo::kMaxCatalogues; ++i)
        memo.labels("catalogue " + std::to_string(i));
    // Still answers correctly after starting again.
    int computed = 0;
    memo.labels("rows").get("again", [&](std::string_view) {
        ++computed;
        return LabelSimilarities{{1, 0.5}};
    });
    EXPECT_EQ(computed, 1);
}

} // namespace
