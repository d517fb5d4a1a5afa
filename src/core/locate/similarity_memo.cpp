#include "core/locate/similarity_memo.hpp"

namespace statform::core::locator {

SimilarityMemo::Labels& SimilarityMemo::labels(const std::string& texts) {
    if (const auto found = catalogues_.find(texts); found != catalogues_.end())
        return found->second;
    if (catalogues_.size() >= kMaxCatalogues)
        catalogues_.clear();
    return catalogues_.try_emplace(texts, kMaxLabels).first->second;
}

SimilarityMemo& SimilarityMemo::for_this_thread() {
    // Per thread: the component may validate in one thread while a merge
    // runs in another, and a lock here would cost more than the lookups.
    thread_local SimilarityMemo memo;
    return memo;
}

} // namespace statform::core::locator
