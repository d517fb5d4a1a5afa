#include "core/drafting/template_draft_keys.hpp"

#include "core/locate/label_match.hpp"
#include "core/values/text_normalize.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

namespace statform::core::draft {
namespace {

// Words of a made-up key: enough to tell rows apart, short enough to read.
constexpr std::size_t kSlugWords = 4;
constexpr double kSameSimilarity = 1e-9;

// The better of the similarities with a known row's official label and with
// its corrected reading (a sheet typed from the corrected text).
double similarity_with(const std::string& typed_norm, const TemplateRow& known) {
    double best = normalized_label_similarity(typed_norm, normalize_label(known.label));
    if (!known.corrected_label.empty())
        best = std::max(
            best, normalized_label_similarity(typed_norm, normalize_label(known.corrected_label)));
    return best;
}

std::vector<std::string> normalized_labels(const std::vector<TypedRow>& typed) {
    std::vector<std::string> labels;
    for (const TypedRow& row : typed)
        labels.push_back(normalize_label(row.label));
    return labels;
}

bool same_unit(const TypedRow& typed, const TemplateRow& known) {
    return text::unit_spelling_key(typed.unit_text) == text::unit_spelling_key(known.unit_text);
}

// Whether `candidate` is a better match for `typed` than `best` (see the header).
bool better(const TypedRow& typed, const KnownRow& candidate, const KnownRow& best,
            const Edition* preferred) {
    if (candidate.similarity > best.similarity + kSameSimilarity)
        return true;
    if (candidate.similarity < best.similarity - kSameSimilarity)
        return false;
    const auto rank = [&](const KnownRow& known) {
        const TemplateRow& row = known.template_row();
        return std::tuple{same_unit(typed, row), known.edition == preferred,
                          row.code == typed.code};
    };
    return rank(candidate) > rank(best);
}

std::string unique_key(std::string key, const std::set<std::string>& taken) {
    if (!taken.contains(key))
        return key;
    for (int suffix = 2;; ++suffix)
        if (const std::string numbered = key + "_" + std::to_string(suffix);
            !taken.contains(numbered))
            return numbered;
}

} // namespace

std::optional<std::size_t> closest_edition(const std::vector<TypedRow>& typed,
                                           const std::vector<Edition>& editions) {
    const std::vector<std::string> labels = normalized_labels(typed);
    std::optional<std::size_t> best;
    double best_score = -1.0;
    for (std::size_t e = 0; e < editions.size(); ++e) {
        double score = 0.0;
        for (const std::string& label : labels) {
            double row_best = 0.0;
            for (const TemplateRow& known : editions[e].rows)
                row_best = std::max(row_best, similarity_with(label, known));
            score += row_best;
        }
        if (score > best_score + kSameSimilarity) {
            best_score = score;
            best = e;
        }
    }
    return best;
}

std::vector<std::optional<KnownRow>> closest_known_rows(const std::vector<TypedRow>& typed,
                                                        const std::vector<Edition>& editions,
                                                        std::optional<std::size_t> preferred) {
    const Edition* preferred_edition = preferred ? &editions[*preferred] : nullptr;
    const std::vector<std::string> labels = normalized_labels(typed);
    std::vector<std::optional<KnownRow>> closest(typed.size());
    for (std::size_t t = 0; t < typed.size(); ++t) {
        for (const Edition& edition : editions) {
            for (std::size_t r = 0; r < edition.rows.size(); ++r) {
                const KnownRow candidate{&edition, r, similarity_with(labels[t], edition.rows[r])};
                if (!closest[t] || better(typed[t], candidate, *closest[t], preferred_edition))
                    closest[t] = candidate;
            }
        }
    }
    return closest;
}

std::optional<KnownRow> known_row_with_key(const TypedRow& typed,
                                           const std::vector<Edition>& editions,
                                           std::string_view key) {
    const std::string label = normalize_label(typed.label);
    std::optional<KnownRow> best;
    for (const Edition& edition : editions) // newest first: it wins between equals
        for (std::size_t r = 0; r < edition.rows.size(); ++r)
            if (edition.rows[r].key == key) {
                const KnownRow candidate{&edition, r, similarity_with(label, edition.rows[r])};
                if (!best || candidate.similarity > best->similarity + kSameSimilarity)
                    best = candidate;
            }
    return best;
}

std::vector<KeyCandidate> key_candidates(const TypedRow& typed,
                                         const std::vector<Edition>& editions, std::size_t limit) {
    const std::string label = normalize_label(typed.label);
    std::vector<KeyCandidate> candidates;
    for (const Edition& edition : editions)
        for (const TemplateRow& row : edition.rows) {
            const double similarity = similarity_with(label, row);
            const auto same_key = std::find_if(candidates.begin(), candidates.end(),
                                               [&](const auto& c) { return c.key == row.key; });
            if (same_key == candidates.end())
                candidates.push_back({row.key, edition.id, row.label, similarity});
            else if (similarity > same_key->confidence + kSameSimilarity)
                *same_key = {row.key, edition.id, row.label, similarity};
        }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
    if (candidates.size() > limit)
        candidates.resize(limit);
    return candidates;
}

std::string key_slug(const std::string& label) {
    std::string slug;
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : normalize_label(label)) {
        const bool word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (word_char) {
            if (!in_word) {
                if (words == kSlugWords)
                    break;
                if (!slug.empty())
                    slug += '_';
                ++words;
            }
            slug += c;
        }
        in_word = word_char;
    }
    return slug.empty() ? "row" : slug;
}

std::vector<DraftKey> assign_keys(const std::vector<TypedRow>& typed,
                                  const std::vector<std::optional<KnownRow>>& known,
                                  const std::vector<std::optional<std::string>>& chosen,
                                  const std::vector<std::optional<std::size_t>>& parent,
                                  const std::vector<Edition>& editions) {
    std::vector<DraftKey> keys(typed.size());
    std::set<std::string> taken;
    for (std::size_t t = 0; t < typed.size(); ++t) {
        if (!chosen[t])
            continue;
        keys[t].chosen = true;
        if (chosen[t]->empty())
            continue; // a new key, made below
        keys[t].key = *chosen[t];
        keys[t].reused = true;
        taken.insert(keys[t].key);
    }
    for (std::size_t t = 0; t < typed.size(); ++t) {
        if (!known[t])
            continue;
        keys[t].known_edition = known[t]->edition->id;
        keys[t].known_key = known[t]->template_row().key;
        keys[t].known_label = known[t]->template_row().label;
        keys[t].confidence = known[t]->similarity;
    }
    // Known keys go to the closest rows first, so that a weaker match of the
    // same known row gets a key of its own.
    std::vector<std::size_t> by_confidence(typed.size());
    std::iota(by_confidence.begin(), by_confidence.end(), std::size_t{0});
    std::stable_sort(by_confidence.begin(), by_confidence.end(), [&](std::size_t a, std::size_t b) {
        return keys[a].confidence > keys[b].confidence;
    });
    for (const std::size_t t : by_confidence) {
        if (keys[t].chosen || keys[t].known_key.empty() ||
            keys[t].confidence < kDraftReuseKeyMinimum)
            continue;
        if (taken.insert(keys[t].known_key).second) {
            keys[t].key = keys[t].known_key;
            keys[t].reused = true;
        }
    }
    for (const Edition& edition : editions)
        for (const TemplateRow& row : edition.rows)
            taken.insert(row.key);
    // Parents come before their children, so a new key can build on its
    // parent's key, reused or new.
    for (std::size_t t = 0; t < typed.size(); ++t) {
        if (keys[t].reused)
            continue;
        const std::string slug = key_slug(typed[t].label);
        keys[t].key = unique_key(parent[t] ? keys[*parent[t]].key + "." + slug : slug, taken);
        taken.insert(keys[t].key);
    }
    return keys;
}

} // namespace statform::core::draft
