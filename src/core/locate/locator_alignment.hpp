// Table locator, step 3: which sheet row is which template row. Rows are
// matched in order (the form's order), so that repeated labels such as
// "Tập thể" / "Cá nhân" land in the right group; codes and the group a row
// sits under break the remaining ties.
#pragma once

#include "core/locate/label_index.hpp"
#include "core/locate/locator_sheet.hpp"
#include "core/locate/similarity_memo.hpp"
#include "core/locate/table_locator.hpp"
#include "core/templates/template_model.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace statform::core::locator {

struct TemplateRowView {
    std::string label_norm;            // label_key(label).label
    std::string corrected_norm;        // label_key(corrected_label).label, empty when none
    std::string code;                  // code_key(code), or the code printed inside the label
    std::optional<std::size_t> parent; // index of the group row it belongs to
    bool is_group = false;             // has children (or says so)
};

struct PreparedEdition {
    const Edition* edition = nullptr;
    std::vector<TemplateRowView> rows;
    // The labels a sheet label is compared with, indexed, and the ids of
    // this edition's: each row's label_norm, then its corrected_norm if any.
    // Editions of one catalogue share one index (share_label_index).
    std::shared_ptr<const LabelIndex> labels;
    std::vector<std::size_t> label_ids;
};

PreparedEdition prepare_edition(const Edition& edition);

// One index over the labels of all `editions`, for all of them: a new sheet
// label is described once for the catalogue, not once per edition.
void share_label_index(std::vector<PreparedEdition>& editions);

struct Alignment {
    std::vector<RowMatch> matches; // ordered by grid row
    double total_similarity = 0.0;
    std::size_t codes_same = 0, codes_different = 0;
    // Per sheet row (same order as the rows given): best template row and
    // its similarity, for messages about rows that matched nothing.
    std::vector<std::optional<std::size_t>> closest;
    std::vector<double> closest_similarity;
};

// For each of `rows` (empty for rows that are not matched), against every
// label of `labels`. Computed once per sheet for all the editions sharing
// the index, and remembered per thread for the labels that come back in
// every report of a merge.
std::vector<LabelSimilarities> compare_with_labels(const std::vector<RowView>& rows,
                                                   const LabelIndex& labels);

// The working memory of align_rows, kept by the caller for all the editions
// it tries on one sheet: a sheet of 50,000 rows needs tens of MB, and
// getting them afresh for each edition cost more than the matching.
struct AlignmentScratch {
    std::vector<double> similarity;   // sheet rows x template rows
    std::vector<unsigned char> steps; // the alignment's way back, the same size
};

// Matches `rows` (as read by read_rows) to the rows of `edition`, given
// compare_with_labels(rows, *edition.labels).
Alignment align_rows(const std::vector<RowView>& rows,
                     const std::vector<LabelSimilarities>& similar, const PreparedEdition& edition,
                     AlignmentScratch& scratch);

// The same, comparing the labels first.
Alignment align_rows(const std::vector<RowView>& rows, const PreparedEdition& edition);

} // namespace statform::core::locator
