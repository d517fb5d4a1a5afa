// Drafting a template, the keys: which row of the known editions each
// drafted row is closest to, and the key it gets from it (or a new one).
#pragma once

#include "core/drafting/template_draft.hpp"
#include "core/templates/template_model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core::draft {

// A drafted row as far as matching needs it: what the sheet says.
struct TypedRow {
    std::string code;
    std::string label;
    std::string unit_text;
};

struct KnownRow {
    const Edition* edition = nullptr;
    std::size_t row = 0;
    double similarity = 0.0;

    const TemplateRow& template_row() const { return edition->rows[row]; }
};

// The index into `editions` of the edition whose rows the typed rows
// resemble most (on average over the typed rows); nullopt without editions.
std::optional<std::size_t> closest_edition(const std::vector<TypedRow>& typed,
                                           const std::vector<Edition>& editions);

// For each typed row, the closest known row of any edition. Between rows
// equally close, one printed with the same unit wins (2020 and 2022 both
// print "Tổ chức hội thảo/sinh hoạt chuyên đề", with different units), then
// one of `preferred` (the closest edition), then one with the same code.
std::vector<std::optional<KnownRow>> closest_known_rows(const std::vector<TypedRow>& typed,
                                                        const std::vector<Edition>& editions,
                                                        std::optional<std::size_t> preferred);

// The row with `key` most like `typed` (the newest edition's between equals);
// nullopt when no edition has the key.
std::optional<KnownRow> known_row_with_key(const TypedRow& typed,
                                           const std::vector<Edition>& editions,
                                           std::string_view key);

// The `limit` known keys most like `typed`, one entry per key, most alike first.
std::vector<KeyCandidate> key_candidates(const TypedRow& typed,
                                         const std::vector<Edition>& editions, std::size_t limit);

// Keys for the rows. A row with a key in `chosen` takes it ("" there: a new
// key). The others: a known row's key when the label is close enough
// (kDraftReuseKeyMinimum) and no closer row claims it, else the parent's key
// plus a slug of the label. `parent` gives each row's parent row (above it).
// A new key is none of `editions`' keys and no other row's: a key shared
// with another edition says the rows mean the same. (Two rows given the same
// key in `chosen` keep it; the caller reports that.)
std::vector<DraftKey> assign_keys(const std::vector<TypedRow>& typed,
                                  const std::vector<std::optional<KnownRow>>& known,
                                  const std::vector<std::optional<std::string>>& chosen,
                                  const std::vector<std::optional<std::size_t>>& parent,
                                  const std::vector<Edition>& editions);

// "Học nghề cho lao động nông thôn" -> "hoc_nghe_cho_lao_dong": a key word
// of a-z, 0-9 and "_" from the first words of a label.
std::string key_slug(const std::string& label);

} // namespace statform::core::draft
