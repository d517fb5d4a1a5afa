#pragma once
// Remembers how similar a sheet label is to every row of an edition.
//
// A merge reads hundreds of reports typed on the same official form, so the
// same labels come back in every file, and comparing each label with every
// template row (edit distances) was 95% of a merge's time. The similarities
// of a label depend only on the label and the edition's row texts, so they
// are computed once per thread and reused. The memo is bounded (kMaxLabels
// labels per edition, kMaxEditions editions; when full it starts again), so
// memory stays flat however many files, or however long a sheet, are read.
#include "core/text_memo.hpp"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace statform::core::locator {

class SimilarityMemo {
  public:
    static constexpr std::size_t kMaxLabels = 4096;
    static constexpr std::size_t kMaxEditions = 16;

    // The remembered labels of one edition: label -> similarity to each row.
    using Edition = TextMemo<std::vector<double>>;

    // The edition whose row texts are `row_texts` (any string that differs
    // when the rows differ). Valid until the next call of edition().
    Edition& edition(const std::string& row_texts);

    // The memo of the calling thread.
    static SimilarityMemo& for_this_thread();

  private:
    std::unordered_map<std::string, Edition> editions_;
};

} // namespace statform::core::locator
