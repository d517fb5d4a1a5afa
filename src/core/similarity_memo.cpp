#include "core/similarity_memo.hpp"

namespace statform::core::locator {

SimilarityMemo::Edition& SimilarityMemo::edition(const std::string& row_texts) {
    if (const auto found = editions_.find(row_texts); found != editions_.end())
        return found->second;
    if (editions_.size() >= kMaxEditions)
        editions_.clear();
    return editions_.try_emplace(row_texts, kMaxLabels).first->second;
}

SimilarityMemo& SimilarityMemo::for_this_thread() {
    // Per thread: the component may validate in one thread while a merge
    // runs in another, and a lock here would cost more than the lookups.
    thread_local SimilarityMemo memo;
    return memo;
}

} // namespace statform::core::locator
