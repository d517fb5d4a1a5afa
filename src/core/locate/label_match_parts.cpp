#include "core/locate/label_match_parts.hpp"

#include <algorithm>
#include <array>

namespace statform::core::label_parts {

double ratio_from_distance(std::size_t distance, std::size_t longest) {
    if (longest == 0)
        return 1.0;
    return 1.0 - static_cast<double>(distance) / static_cast<double>(longest);
}

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

std::size_t word_letter_count(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), is_word_char));
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || !is_word_char(text[i])) {
            if (i > start)
                words.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return words;
}

// Two words count as the same word when equal, or (for words of 4+ letters)
// within one edit per four letters: "trung"/"trong" yes, "the"/"thi" no.
double word_similarity(std::string_view a, std::string_view b, const Distances& distances) {
    if (a == b)
        return 1.0;
    if (std::min(a.size(), b.size()) < 4)
        return 0.0;
    // The distance is at least the length difference: skip hopeless pairs.
    if (ratio_from_distance(std::max(a.size(), b.size()) - std::min(a.size(), b.size()),
                            std::max(a.size(), b.size())) < 0.75)
        return 0.0;
    const double ratio = ratio_from_distance(distances.full(a, b), std::max(a.size(), b.size()));
    return ratio >= 0.75 ? ratio : 0.0;
}

// Insensitive to word order and tolerant of a missing word: "so tap the
// tang sach" vs "so tap the, ca nhan tang sach".
double word_overlap_ratio(std::string_view a, std::string_view b, const Distances& distances) {
    const auto words_a = split_words(a);
    const auto words_b = split_words(b);
    std::size_t total = 0;
    for (auto w : words_a)
        total += w.size();
    for (auto w : words_b)
        total += w.size();
    if (total == 0)
        return 0.0;
    std::vector<bool> used(words_b.size(), false);
    double matched = 0.0;
    for (auto word : words_a) {
        double best = 0.0;
        std::size_t best_index = words_b.size();
        for (std::size_t j = 0; j < words_b.size() && best < 1.0; ++j) {
            if (used[j])
                continue;
            const double s = word_similarity(word, words_b[j], distances);
            if (s > best) {
                best = s;
                best_index = j;
            }
        }
        if (best_index < words_b.size()) {
            used[best_index] = true;
            matched += best * static_cast<double>(word.size() + words_b[best_index].size());
        }
    }
    return matched / static_cast<double>(total);
}

// Each edit fixes at most one surplus and one missing byte, so distance >=
// max(surplus, missing).
std::size_t character_bag_distance(std::string_view a, std::string_view b) {
    std::array<int, 256> balance{};
    for (char c : a)
        ++balance[static_cast<unsigned char>(c)];
    for (char c : b)
        --balance[static_cast<unsigned char>(c)];
    std::size_t surplus = 0, missing = 0;
    for (int count : balance) {
        if (count > 0)
            surplus += static_cast<std::size_t>(count);
        else
            missing += static_cast<std::size_t>(-count);
    }
    return std::max(surplus, missing);
}

// The character ratio cannot exceed shortest/longest, the word overlap
// cannot exceed 2*min/sum of the letters inside words.
double similarity_upper_bound(std::size_t size_a, std::size_t letters_a, std::size_t size_b,
                              std::size_t letters_b) {
    const std::size_t longest = std::max(size_a, size_b);
    const std::size_t shortest = std::min(size_a, size_b);
    const double char_bound =
        longest == 0 ? 1.0 : static_cast<double>(shortest) / static_cast<double>(longest);
    const double word_bound = letters_a + letters_b == 0
                                  ? 0.0
                                  : 2.0 * static_cast<double>(std::min(letters_a, letters_b)) /
                                        static_cast<double>(letters_a + letters_b);
    return std::max(char_bound, word_bound);
}

std::size_t allowed_edits(double minimum, std::size_t longest) {
    // Character ratio >= minimum  <=>  distance <= (1 - minimum) * longest.
    return static_cast<std::size_t>((1.0 - minimum) * static_cast<double>(longest) + 1e-9);
}

namespace {

double upper_bound_of(std::string_view a, std::string_view b) {
    return similarity_upper_bound(a.size(), word_letter_count(a), b.size(), word_letter_count(b));
}

} // namespace

double similarity(std::string_view a, std::string_view b, const Distances& distances) {
    if (a == b)
        return 1.0;
    if (a.empty() || b.empty())
        return 0.0;
    const std::size_t longest = std::max(a.size(), b.size());
    // Skip the work for labels of very different length, which is most
    // pairs when scanning a sheet.
    if (const double bound = upper_bound_of(a, b); bound < 0.4)
        return bound / 2; // some low score; the exact value is moot
    const double by_words = word_overlap_ratio(a, b, distances);
    // The full edit distance is the expensive part; skip it when even its
    // best case (the bag-of-characters bound) cannot beat the word overlap.
    double best = by_words;
    if (ratio_from_distance(character_bag_distance(a, b), longest) > best)
        best = std::max(best, ratio_from_distance(distances.full(a, b), longest));
    // Never report a perfect score for texts that differ.
    return std::min(best, 0.999);
}

bool similarity_at_least(std::string_view a, std::string_view b, double minimum,
                         const Distances& distances) {
    if (a == b)
        return true;
    if (a.empty() || b.empty())
        return minimum <= 0.0;
    if (minimum > 0.999)
        return false; // different texts never score above 0.999
    const std::size_t longest = std::max(a.size(), b.size());
    if (upper_bound_of(a, b) < minimum)
        return false;
    if (word_overlap_ratio(a, b, distances) >= minimum)
        return true;
    const std::size_t allowed = allowed_edits(minimum, longest);
    if (character_bag_distance(a, b) > allowed)
        return false;
    return distances.at_most(a, b, allowed) <= allowed;
}

} // namespace statform::core::label_parts
