#include "core/locate/locator_alignment.hpp"

#include "core/locate/similarity_memo.hpp"
#include "core/values/label_fold.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace statform::core::locator {
namespace {

// A label this similar is the same row retyped (typo, missing short word).
constexpr double kMatchSimilarity = 0.75;
// With the same code ("5.2") a rougher label is still accepted.
constexpr double kMatchSimilarityWithCode = 0.6;
// Out of order, only near-certain matches are taken.
constexpr double kOutOfOrderSimilarity = 0.9;
// A row this similar to a group row opens that group for the rows below it.
constexpr double kGroupSimilarity = 0.85;

constexpr double kCodeSameBonus = 0.1;
constexpr double kCodeDifferentPenalty = 0.2;
constexpr double kGroupContextBonus = 0.05;
// Subtracted from every pair so that a weak match is worth less than none.
constexpr double kMatchCost = 0.5;

// Below this a pair is neither matched nor worth naming as the closest
// template row, so its exact similarity is not computed (it counts as 0).
constexpr double kSimilarityWorthKnowing = 0.5;

// Rows whose label is compared with the template's at all.
bool is_matchable(const RowView& row) {
    return !row.label_norm.empty() && !row.is_numbering;
}

CodeCheck compare_codes(const RowView& row, const TemplateRowView& tmpl) {
    if (row.code.empty() || tmpl.code.empty())
        return CodeCheck::NotCompared;
    return same_code(row.code, row.code_is_number, tmpl.code) ? CodeCheck::Same
                                                              : CodeCheck::Different;
}

bool is_acceptable(double similarity, CodeCheck code) {
    return similarity >= kMatchSimilarity ||
           (code == CodeCheck::Same && similarity >= kMatchSimilarityWithCode);
}

class Matcher {
  public:
    Matcher(const std::vector<RowView>& rows, const std::vector<LabelSimilarities>& similar,
            const PreparedEdition& edition, AlignmentScratch& scratch)
        : rows_(rows), similar_(similar), tmpl_(edition.rows), edition_(edition),
          similarity_(scratch.similarity), steps_(scratch.steps) {
        // Not cleared: every entry is written before it is read (the rows
        // that are not matched are never read), and clearing tens of MB for
        // a long sheet cost more than matching it.
        similarity_.resize(rows.size() * edition.rows.size());
        compute_similarities();
        compute_group_context();
    }

    Alignment run() {
        Alignment result;
        result.closest = closest_;
        result.closest_similarity = closest_similarity_;
        std::vector<std::optional<std::size_t>> row_to_tmpl = align_in_order();
        add_out_of_order(row_to_tmpl);
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (!row_to_tmpl[i])
                continue;
            const std::size_t j = *row_to_tmpl[i];
            RowMatch match;
            match.template_row = j;
            match.grid_row = rows_[i].grid_row;
            match.similarity = sim(i, j);
            match.kind = match.similarity >= 1.0 ? MatchKind::Exact : MatchKind::Approximate;
            match.code = compare_codes(rows_[i], tmpl_[j]);
            match.out_of_order = out_of_order_[i];
            match.grid_label = rows_[i].label;
            match.grid_code = rows_[i].code_text;
            result.total_similarity += match.similarity;
            result.codes_same += match.code == CodeCheck::Same ? 1 : 0;
            result.codes_different += match.code == CodeCheck::Different ? 1 : 0;
            result.matches.push_back(std::move(match));
        }
        return result;
    }

  private:
    double sim(std::size_t i, std::size_t j) const { return similarity_[i * tmpl_.size() + j]; }

    bool is_candidate(std::size_t i) const { return is_matchable(rows_[i]); }

    void compute_similarities() {
        closest_.assign(rows_.size(), std::nullopt);
        closest_similarity_.assign(rows_.size(), 0.0);
        // Similarity to each label of the index, for one row at a time.
        std::vector<double> to_label(edition_.labels->size(), 0.0);
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (!is_candidate(i))
                continue;
            for (const auto& [id, similarity] : similar_[i])
                to_label[id] = similarity;
            std::size_t k = 0; // position in label_ids
            for (std::size_t j = 0; j < tmpl_.size(); ++j) {
                // A unit may type the official text (typos included) or its
                // corrected reading: either is the same row.
                double value = to_label[edition_.label_ids[k++]];
                if (!tmpl_[j].corrected_norm.empty())
                    value = std::max(value, to_label[edition_.label_ids[k++]]);
                similarity_[i * tmpl_.size() + j] = value;
                if (value > closest_similarity_[i]) {
                    closest_similarity_[i] = value;
                    closest_[i] = j;
                }
            }
            for (const auto& [id, similarity] : similar_[i])
                to_label[id] = 0.0;
        }
    }

    // For each sheet row, the template group row announced by the nearest
    // row above it that reads like a group heading. "Tập thể" under a row
    // reading "Khen thưởng ..." belongs to that group, not to another one.
    void compute_group_context() {
        group_above_.assign(rows_.size(), std::nullopt);
        std::optional<std::size_t> current;
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            group_above_[i] = current;
            if (!closest_[i] || closest_similarity_[i] < kGroupSimilarity)
                continue;
            const TemplateRowView& best = tmpl_[*closest_[i]];
            if (best.is_group)
                current = closest_[i];
            else if (!best.parent)
                current.reset(); // a top-level row closes the group above
        }
    }

    // Value of matching sheet row i with template row j; nullopt when not allowed.
    std::optional<double> gain(std::size_t i, std::size_t j) const {
        if (!is_candidate(i))
            return std::nullopt;
        const double s = sim(i, j);
        // Below both thresholds of is_acceptable: most pairs, and comparing
        // their codes would cost more than the rest of the alignment.
        if (s < std::min(kMatchSimilarity, kMatchSimilarityWithCode))
            return std::nullopt;
        const CodeCheck code = compare_codes(rows_[i], tmpl_[j]);
        if (!is_acceptable(s, code))
            return std::nullopt;
        double value = s - kMatchCost;
        if (code == CodeCheck::Same)
            value += kCodeSameBonus;
        else if (code == CodeCheck::Different)
            value -= kCodeDifferentPenalty;
        if (tmpl_[j].parent && group_above_[i] == tmpl_[j].parent)
            value += kGroupContextBonus;
        return value > 0 ? std::optional(value) : std::nullopt;
    }

    // Heaviest order-preserving matching (weighted longest common
    // subsequence): rows may be skipped on either side. The table of best
    // values is kept two rows at a time; the walk back only needs to know
    // how each cell was reached, which takes a byte (a sheet of 50,000 rows
    // needed 24 MB of doubles for each edition tried).
    std::vector<std::optional<std::size_t>> align_in_order() {
        enum Step : unsigned char { kSkipTemplateRow, kSkipSheetRow, kMatch };
        const std::size_t n = rows_.size(), m = tmpl_.size();
        std::vector<double> above(m + 1, 0.0), current(m + 1, 0.0); // rows i - 1 and i
        steps_.resize(n * m);                                       // each cell written below
        for (std::size_t i = 1; i <= n; ++i) {
            current[0] = 0.0;
            for (std::size_t j = 1; j <= m; ++j) {
                const auto g = gain(i - 1, j - 1);
                double value = std::max(above[j], current[j - 1]);
                if (g)
                    value = std::max(value, above[j - 1] + *g);
                current[j] = value;
                // The walk back's choice at this cell, made on the same
                // numbers: the match if it gives the best value, else
                // skipping the sheet row if that does, else the template row.
                steps_[(i - 1) * m + (j - 1)] = g && value == above[j - 1] + *g ? kMatch
                                                : value == above[j]             ? kSkipSheetRow
                                                                                : kSkipTemplateRow;
            }
            std::swap(above, current);
        }
        std::vector<std::optional<std::size_t>> row_to_tmpl(n);
        for (std::size_t i = n, j = m; i > 0 && j > 0;) {
            const Step step = static_cast<Step>(steps_[(i - 1) * m + (j - 1)]);
            if (step == kMatch) {
                row_to_tmpl[i - 1] = j - 1;
                --i;
                --j;
            } else if (step == kSkipSheetRow) {
                --i;
            } else {
                --j;
            }
        }
        return row_to_tmpl;
    }

    // A row moved elsewhere by the unit cannot be matched in order. Take it
    // anyway when it and a still-free template row are each other's clear
    // best match.
    void add_out_of_order(std::vector<std::optional<std::size_t>>& row_to_tmpl) {
        out_of_order_.assign(rows_.size(), false);
        std::vector<bool> tmpl_used(tmpl_.size(), false);
        for (const auto& j : row_to_tmpl)
            if (j)
                tmpl_used[*j] = true;
        const auto free_best_tmpl = [&](std::size_t i) {
            std::optional<std::size_t> best;
            for (std::size_t j = 0; j < tmpl_.size(); ++j)
                if (!tmpl_used[j] && (!best || sim(i, j) > sim(i, *best)))
                    best = j;
            return best;
        };
        const auto free_best_row = [&](std::size_t j) {
            std::optional<std::size_t> best;
            for (std::size_t i = 0; i < rows_.size(); ++i)
                if (is_candidate(i) && !row_to_tmpl[i] && (!best || sim(i, j) > sim(*best, j)))
                    best = i;
            return best;
        };
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (!is_candidate(i) || row_to_tmpl[i])
                continue;
            const auto j = free_best_tmpl(i);
            if (!j || sim(i, *j) < kOutOfOrderSimilarity ||
                compare_codes(rows_[i], tmpl_[*j]) == CodeCheck::Different ||
                free_best_row(*j) != i)
                continue;
            row_to_tmpl[i] = j;
            tmpl_used[*j] = true;
            out_of_order_[i] = true;
        }
    }

    const std::vector<RowView>& rows_;
    const std::vector<LabelSimilarities>& similar_;
    const std::vector<TemplateRowView>& tmpl_;
    const PreparedEdition& edition_;
    std::vector<double>& similarity_;   // rows x template rows
    std::vector<unsigned char>& steps_; // align_in_order's way back
    std::vector<std::optional<std::size_t>> closest_;
    std::vector<double> closest_similarity_;
    std::vector<std::optional<std::size_t>> group_above_;
    std::vector<bool> out_of_order_;
};

} // namespace

PreparedEdition prepare_edition(const Edition& edition) {
    PreparedEdition prepared;
    prepared.edition = &edition;
    std::map<std::string, std::size_t> index_of_key;
    for (std::size_t j = 0; j < edition.rows.size(); ++j)
        if (!edition.rows[j].key.empty())
            index_of_key.emplace(edition.rows[j].key, j);
    for (const TemplateRow& row : edition.rows) {
        LabelKey key = label_key(row.label);
        TemplateRowView view;
        view.label_norm = std::move(key.label);
        view.code = row.code.empty() ? key.code : code_key(row.code);
        if (!row.corrected_label.empty())
            view.corrected_norm = label_key(row.corrected_label).label;
        view.is_group = row.is_group;
        if (const auto parent = index_of_key.find(row.parent_key);
            !row.parent_key.empty() && parent != index_of_key.end())
            view.parent = parent->second;
        prepared.rows.push_back(std::move(view));
    }
    for (const TemplateRowView& view : prepared.rows)
        if (view.parent)
            prepared.rows[*view.parent].is_group = true;
    // An index of its own; prepare() gives the editions of a catalogue one.
    std::vector<PreparedEdition> alone;
    alone.push_back(std::move(prepared));
    share_label_index(alone);
    return std::move(alone.front());
}

void share_label_index(std::vector<PreparedEdition>& editions) {
    std::vector<std::string> texts;
    for (const PreparedEdition& edition : editions)
        for (const TemplateRowView& row : edition.rows) {
            texts.push_back(row.label_norm);
            if (!row.corrected_norm.empty())
                texts.push_back(row.corrected_norm);
        }
    const auto labels = std::make_shared<const LabelIndex>(texts);
    for (PreparedEdition& edition : editions) {
        edition.labels = labels;
        edition.label_ids.clear();
        for (const TemplateRowView& row : edition.rows) {
            edition.label_ids.push_back(labels->id_of(row.label_norm));
            if (!row.corrected_norm.empty())
                edition.label_ids.push_back(labels->id_of(row.corrected_norm));
        }
    }
}

std::vector<LabelSimilarities> compare_with_labels(const std::vector<RowView>& rows,
                                                   const LabelIndex& labels) {
    std::vector<std::size_t> all(labels.size());
    for (std::size_t id = 0; id < all.size(); ++id)
        all[id] = id;
    SimilarityMemo::Labels& memo = SimilarityMemo::for_this_thread().labels(labels.key());
    std::vector<LabelSimilarities> similar(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!is_matchable(rows[i]))
            continue;
        similar[i] = memo.get(rows[i].label_norm, [&](std::string_view label) {
            const std::vector<double> to_label =
                labels.similarities(label, all, kSimilarityWorthKnowing);
            LabelSimilarities worth_knowing;
            for (std::size_t id = 0; id < to_label.size(); ++id)
                if (to_label[id] != 0.0)
                    worth_knowing.emplace_back(id, to_label[id]);
            return worth_knowing;
        });
    }
    return similar;
}

Alignment align_rows(const std::vector<RowView>& rows,
                     const std::vector<LabelSimilarities>& similar, const PreparedEdition& edition,
                     AlignmentScratch& scratch) {
    return Matcher(rows, similar, edition, scratch).run();
}

Alignment align_rows(const std::vector<RowView>& rows, const PreparedEdition& edition) {
    AlignmentScratch scratch;
    return align_rows(rows, compare_with_labels(rows, *edition.labels), edition, scratch);
}

} // namespace statform::core::locator
