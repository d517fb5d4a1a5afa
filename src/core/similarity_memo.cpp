#include "core/similarity_memo.hpp"

namespace statform::core::locator {

const std::vector<double>&
SimilarityMemo::Edition::similarities(const std::string& label,
                                      const std::function<std::vector<double>()>& compute) {
    if (const auto found = by_label_.find(label); found != by_label_.end())
        return found->second;
    if (by_label_.size() >= kMaxLabels)
        by_label_.clear();
    return by_label_.emplace(label, compute()).first->second;
}

SimilarityMemo::Edition& SimilarityMemo::edition(const std::string& row_texts) {
    if (const auto found = editions_.find(row_texts); found != editions_.end())
        return found->second;
    if (editions_.size() >= kMaxEditions)
        editions_.clear();
    return editions_[row_texts];
}

SimilarityMemo& SimilarityMemo::for_this_thread() {
    // Per thread: the component may validate in one thread while a merge
    // runs in another, and a lock here would cost more than the lookups.
    thread_local SimilarityMemo memo;
    return memo;
}

} // namespace statform::core::locator
