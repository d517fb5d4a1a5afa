// One sheet label compared with all the labels of a catalogue's editions.
//
// Validating compares every label of a sheet with every row of every
// edition. A sheet with many rows of its own (50,000 "Hoạt động khác số …"
// under row 11) made that 50,000 x every template label, each pair scored
// with word overlaps and edit distances. Almost all those pairs are far
// apart, and they can be told apart from what is known about each template
// label in advance: its length, its bag of bytes, its words, and which
// words of the form are "the same word" as each word of the sheet label.
// Those bounds can only rule a pair out when it is sure to score below the
// minimum; every other pair is scored by label_match's functions, so the
// numbers are exactly those of comparing the pairs one by one.
//
// Why no q-gram filter: the minimum the row matcher asks for (0.5) allows
// as many edits as half the longer label, and the q-gram count lemma
// (shared q-grams >= longest - q + 1 - q*edits) then requires nothing. The
// bag of bytes is the q = 1 case of that filter, and the one that works.
#pragma once

#include "core/values/text_memo.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace statform::core {

class LabelIndex {
  public:
    // `texts` are normalised labels (normalize_label); repeats are merged.
    explicit LabelIndex(const std::vector<std::string>& texts);

    // The id of one of the texts given to the constructor.
    std::size_t id_of(std::string_view text) const;
    std::size_t size() const { return entries_.size(); }
    const std::string& text(std::size_t id) const { return entries_[id].text; }
    // The texts, joined in id order: equal for indexes of the same texts.
    const std::string& key() const { return key_; }

    // For each of `ids`, in that order, the similarity of the normalised
    // `label` to that text when it is at least `minimum`, else 0; that is
    // label_similarity_at_least(label, text, minimum) ?
    // normalized_label_similarity(label, text) : 0.
    std::vector<double> similarities(std::string_view label, const std::vector<std::size_t>& ids,
                                     double minimum) const;

  private:
    using Bits = std::vector<std::uint64_t>;

    struct Entry {
        std::string text;
        std::size_t letters = 0; // word_letter_count
        // Each byte of the text once, with how often it occurs.
        std::vector<std::pair<unsigned char, std::uint32_t>> bag;
        // Each word of the text in order: its vocabulary id and its length.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> words;
        Bits word_set; // the vocabulary ids of its words
    };

    struct Query;
    Query describe(std::string_view label) const;
    std::vector<std::uint32_t> similar_vocabulary(std::string_view word) const;
    TextMemo<std::vector<std::uint32_t>>& similar_words_memo(std::size_t words) const;
    bool may_reach_by_words(const Query& query, const Entry& entry, double minimum) const;
    double score(const Query& query, const Entry& entry, double minimum) const;

    std::vector<Entry> entries_;
    std::string key_;
    std::unordered_map<std::string, std::size_t> id_of_text_;
    std::vector<std::string> vocabulary_;
    std::vector<std::vector<std::pair<unsigned char, std::uint32_t>>> vocabulary_bags_;
    std::unordered_map<std::string, std::uint32_t> id_of_word_;
    std::vector<std::vector<std::uint32_t>> vocabulary_by_length_;
    std::uint64_t serial_; // tells the per-thread memos of similar words which index is which
};

} // namespace statform::core
