#include "core/locate/label_index.hpp"

#include "core/locate/label_match.hpp"
#include "core/locate/label_match_parts.hpp"
#include "core/values/text_memo.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <stdexcept>

namespace statform::core {
namespace {

constexpr label_parts::Distances kDistances{edit_distance, edit_distance_at_most};

using Bits = std::vector<std::uint64_t>;

void set_bit(Bits& bits, std::size_t i) {
    bits[i / 64] |= std::uint64_t{1} << (i % 64);
}

bool has_bit(const Bits& bits, std::size_t i) {
    return (bits[i / 64] >> (i % 64)) & 1;
}

// Each byte of `text` once, with how often it occurs.
std::vector<std::pair<unsigned char, std::uint32_t>> bag_of(std::string_view text) {
    std::array<std::uint32_t, 256> bytes{};
    for (const char c : text)
        ++bytes[static_cast<unsigned char>(c)];
    std::vector<std::pair<unsigned char, std::uint32_t>> bag;
    for (std::size_t c = 0; c < bytes.size(); ++c)
        if (bytes[c] > 0)
            bag.emplace_back(static_cast<unsigned char>(c), bytes[c]);
    return bag;
}

// Bytes two texts have in common (with repeats), one of them as a bag.
std::size_t common_bytes(const std::array<std::uint32_t, 256>& bytes,
                         const std::vector<std::pair<unsigned char, std::uint32_t>>& bag) {
    std::size_t common = 0;
    for (const auto& [byte, count] : bag)
        common += std::min(bytes[byte], count);
    return common;
}

std::uint64_t next_serial() {
    static std::atomic<std::uint64_t> serial{0};
    return ++serial;
}

} // namespace

struct LabelIndex::Query {
    std::string_view label;
    std::size_t letters = 0;
    std::array<std::uint32_t, 256> bytes{}; // how often each byte occurs in the label
    struct Word {
        std::size_t length;
        const std::vector<std::uint32_t>* similar; // vocabulary ids; owned by the memo
    };
    std::vector<Word> words;
    Bits similar_to_some_word; // vocabulary ids "the same word" as one of the label's
};

LabelIndex::LabelIndex(const std::vector<std::string>& texts) : serial_(next_serial()) {
    for (const std::string& text : texts) {
        if (id_of_text_.count(text))
            continue;
        id_of_text_.emplace(text, entries_.size());
        Entry entry;
        entry.text = text;
        entry.letters = label_parts::word_letter_count(text);
        entry.bag = bag_of(text);
        for (const std::string_view word : label_parts::split_words(text)) {
            auto [found, added] = id_of_word_.try_emplace(
                std::string(word), static_cast<std::uint32_t>(vocabulary_.size()));
            if (added) {
                vocabulary_.emplace_back(word);
                vocabulary_bags_.push_back(bag_of(word));
            }
            entry.words.emplace_back(found->second, static_cast<std::uint32_t>(word.size()));
        }
        entries_.push_back(std::move(entry));
        key_.append(text).push_back('\x1f');
    }
    const std::size_t bit_words = vocabulary_.size() / 64 + 1;
    for (Entry& entry : entries_) {
        entry.word_set.assign(bit_words, 0);
        for (const auto& [id, length] : entry.words)
            set_bit(entry.word_set, id);
    }
    for (std::uint32_t id = 0; id < vocabulary_.size(); ++id) {
        const std::size_t length = vocabulary_[id].size();
        if (vocabulary_by_length_.size() <= length)
            vocabulary_by_length_.resize(length + 1);
        vocabulary_by_length_[length].push_back(id);
    }
}

std::size_t LabelIndex::id_of(std::string_view text) const {
    const auto found = id_of_text_.find(std::string(text));
    if (found == id_of_text_.end())
        throw std::out_of_range("LabelIndex::id_of: a text the index was not built with");
    return found->second;
}

// The vocabulary words word_similarity() counts as the same word as `word`:
// equal, or of 4+ letters and a close length (the only ones it compares).
std::vector<std::uint32_t> LabelIndex::similar_vocabulary(std::string_view word) const {
    std::vector<std::uint32_t> similar;
    if (word.size() < 4) {
        if (const auto found = id_of_word_.find(std::string(word)); found != id_of_word_.end())
            similar.push_back(found->second);
        return similar;
    }
    std::array<std::uint32_t, 256> bytes{};
    for (const char c : word)
        ++bytes[static_cast<unsigned char>(c)];
    for (std::size_t length = 4; length < vocabulary_by_length_.size(); ++length) {
        const std::size_t longest = std::max(length, word.size());
        const std::size_t difference = longest - std::min(length, word.size());
        if (label_parts::ratio_from_distance(difference, longest) < 0.75)
            continue; // word_similarity() gives 0 without comparing
        for (const std::uint32_t id : vocabulary_by_length_[length]) {
            // The bag of bytes bounds the edit distance from below: when
            // even it is too far, word_similarity() is 0.
            const std::size_t bag = longest - common_bytes(bytes, vocabulary_bags_[id]);
            if (label_parts::ratio_from_distance(bag, longest) < 0.75)
                continue;
            if (label_parts::word_similarity(word, vocabulary_[id], kDistances) > 0.0)
                similar.push_back(id);
        }
    }
    return similar;
}

// The words of sheet labels repeat ("hoat", "dong", "khac" in every row):
// the vocabulary words similar to each are worked out once per thread and
// index. The memo returned has room for `words` more words without starting
// again, so that pointers into it stay valid while a label is described.
TextMemo<std::vector<std::uint32_t>>& LabelIndex::similar_words_memo(std::size_t words) const {
    constexpr std::size_t kRememberedWords = 8192, kRememberedIndexes = 4;
    using Memo = TextMemo<std::vector<std::uint32_t>>;
    thread_local std::vector<std::pair<std::uint64_t, Memo>> memos;
    auto found = std::find_if(memos.begin(), memos.end(),
                              [&](const auto& memo) { return memo.first == serial_; });
    if (found == memos.end()) {
        if (memos.size() >= kRememberedIndexes)
            memos.clear();
        found = memos.emplace(memos.end(), serial_, Memo(kRememberedWords));
    }
    if (found->second.size() + words >= kRememberedWords)
        found->second = Memo(kRememberedWords);
    return found->second;
}

LabelIndex::Query LabelIndex::describe(std::string_view label) const {
    // The words of sheet labels repeat ("hoat", "dong", "khac" in every row):
    // their similar vocabulary words are worked out once per thread and index.
    const std::vector<std::string_view> words = label_parts::split_words(label);
    TextMemo<std::vector<std::uint32_t>>& similar_words = similar_words_memo(words.size());
    Query query;
    query.label = label;
    query.letters = label_parts::word_letter_count(label);
    for (const char c : label)
        ++query.bytes[static_cast<unsigned char>(c)];
    query.similar_to_some_word.assign(vocabulary_.size() / 64 + 1, 0);
    for (const std::string_view word : words) {
        const std::vector<std::uint32_t>& similar =
            similar_words.get(word, [&](std::string_view w) { return similar_vocabulary(w); });
        query.words.push_back({word.size(), &similar});
        for (const std::uint32_t id : similar)
            set_bit(query.similar_to_some_word, id);
    }
    return query;
}

// label_similarity_at_least(label, text, minimum) ? normalized_label_similarity
// : 0, with the tests label_similarity_at_least makes done from numbers known
// ahead; a pair is only scored in full when it may pass them.
double LabelIndex::score(const Query& query, const Entry& entry, double minimum) const {
    const std::string_view label = query.label;
    const auto exactly = [&] {
        return label_similarity_at_least(label, entry.text, minimum)
                   ? normalized_label_similarity(label, entry.text)
                   : 0.0;
    };
    if (label == entry.text || label.empty() || entry.text.empty())
        return exactly(); // settled at once
    if (label_parts::similarity_upper_bound(label.size(), query.letters, entry.text.size(),
                                            entry.letters) < minimum)
        return 0.0;
    // Close enough by characters? The bag of bytes bounds the edit distance.
    const std::size_t longest = std::max(label.size(), entry.text.size());
    const std::size_t allowed = label_parts::allowed_edits(minimum, longest);
    const bool may_by_characters = longest - common_bytes(query.bytes, entry.bag) <= allowed;
    if (may_reach_by_words(query, entry, minimum))
        return exactly();
    // The word overlap is below the minimum: only the edit distance can
    // make the pair similar enough.
    if (!may_by_characters || edit_distance_at_most(label, entry.text, allowed) > allowed)
        return 0.0;
    return normalized_label_similarity(label, entry.text);
}

// False only when word_overlap_ratio(label, text) is sure to be below
// `minimum`: a word of either label adds its letters to the overlap only
// when the other label has a word similar to it.
bool LabelIndex::may_reach_by_words(const Query& query, const Entry& entry, double minimum) const {
    const std::size_t total = query.letters + entry.letters;
    if (total == 0)
        return false;
    std::size_t overlap = 0;
    for (const Query::Word& word : query.words)
        if (std::any_of(word.similar->begin(), word.similar->end(),
                        [&](std::uint32_t id) { return has_bit(entry.word_set, id); }))
            overlap += word.length;
    for (const auto& [id, length] : entry.words)
        if (has_bit(query.similar_to_some_word, id))
            overlap += length;
    // word_overlap_ratio() adds word weights (<= 1) times these lengths, so
    // its double is at most this quotient's.
    return static_cast<double>(overlap) / static_cast<double>(total) >= minimum;
}

std::vector<double> LabelIndex::similarities(std::string_view label,
                                             const std::vector<std::size_t>& ids,
                                             double minimum) const {
    const Query query = describe(label);
    std::vector<double> result(ids.size(), 0.0);
    for (std::size_t k = 0; k < ids.size(); ++k)
        result[k] = score(query, entries_.at(ids[k]), minimum);
    return result;
}

} // namespace statform::core
