#pragma once
// Remembers how similar a sheet label is to the labels of a catalogue.
//
// A merge reads hundreds of reports typed on the same official form, so the
// same labels come back in every file, and comparing each label with every
// template label was most of a merge's time. The similarities of a label
// depend only on the label and the catalogue's label texts, so they are
// computed once per thread and reused. The memo is bounded (kMaxLabels
// labels per catalogue, kMaxCatalogues catalogues; when full it starts
// again), so memory stays flat however many files, or however long a sheet,
// are read.
#include "core/values/text_memo.hpp"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace statform::core::locator {

// How similar one sheet label is to the labels of an index (LabelIndex):
// the pairs at least as similar as the matcher cares about, as (text id,
// similarity); every other pair counts as 0.
using LabelSimilarities = std::vector<std::pair<std::size_t, double>>;

class SimilarityMemo {
  public:
    static constexpr std::size_t kMaxLabels = 4096;
    static constexpr std::size_t kMaxCatalogues = 16;

    // The remembered labels of one catalogue: label -> its similarities.
    using Labels = TextMemo<LabelSimilarities>;

    // The catalogue whose label texts are `texts` (any string that differs
    // when the texts differ: LabelIndex::key()). Valid until the next call.
    Labels& labels(const std::string& texts);

    // The memo of the calling thread.
    static SimilarityMemo& for_this_thread();

  private:
    std::unordered_map<std::string, Labels> catalogues_;
};

} // namespace statform::core::locator
