// Table locator, step 2: the columns a header did not name. Without a header
// the label column is the one whose texts are template labels; the code
// column is left of it, the unit column right of it (its texts are units the
// templates print), and the two quantity columns follow the unit column as
// on the official form.
#pragma once

#include "core/locate/locator_header.hpp"
#include "core/locate/locator_sheet.hpp"
#include "core/locate/table_locator.hpp"
#include "core/templates/template_model.hpp"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace statform::core::locator {

// Labels and units of every known edition, normalised.
struct KnownTexts {
    std::unordered_set<std::string> labels; // label_key(label).label
    std::vector<std::string> label_list;    // the same, for fuzzy comparison
    std::unordered_set<std::string> units;  // normalize_label(unit_text)
};

KnownTexts collect_known_texts(const std::vector<Edition>& editions);

// The column holding the most template labels in rows [first_row, end), or
// nothing when no column holds at least two.
std::optional<std::size_t> guess_label_column(const SheetText& sheet, std::size_t first_row,
                                              const KnownTexts& known);

// Columns named by the header, completed from the data and by position.
TableColumns complete_columns(const SheetText& sheet, std::size_t first_row,
                              std::size_t label_column, const std::optional<Header>& header,
                              const KnownTexts& known);

} // namespace statform::core::locator
