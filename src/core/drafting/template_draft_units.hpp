// Drafting a template, the units a person answered for: a unit the
// catalogue does not know ("Xã, phường") becomes another spelling of a known
// unit type or a unit type of its own, used by the draft and saved in the
// unit-types.json beside the new template.
#pragma once

#include "core/drafting/template_draft.hpp"
#include "core/templates/unit_types.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace statform::core::draft {

struct AnsweredUnits {
    UnitTypeCatalog catalog;       // the known unit types with the answers
    std::vector<UnitType> changed; // unit types made or given a spelling by the answers
};

// What a new unit type may count, as the command line names it ("new:count")
// and as the dialog offers it (phrase "dialog.template.unit-" + name).
struct NewUnitKind {
    std::string_view name; // "count", "people", "count-people", "money"
    bool count_column;     // fills the count column
    bool people_column;    // fills "Người"
    QuantityKind kind;
};
inline constexpr std::array<NewUnitKind, 4> kNewUnitKinds{{
    {"count", true, false, QuantityKind::Count},
    {"people", false, true, QuantityKind::People},
    {"count-people", true, true, QuantityKind::Count},
    {"money", true, false, QuantityKind::Money},
}};

// The answer "`typed` is a new unit type of `kind`".
UnitAnswer new_unit_answer(std::string typed, const NewUnitKind& kind);

// `known` with `answers` applied. An answer for a unit `known` already
// reads, or naming a unit type it does not have, changes nothing.
AnsweredUnits apply_unit_answers(const UnitTypeCatalog& known,
                                 const std::vector<UnitAnswer>& answers);

// "Xã, phường=new:count" / "Lop hoc=class_people": an answer as written on
// the command line or in a command's arguments. After the last "=": the id
// of a known unit type, or "new:" and what a new one counts: "count" (the
// count column), "people" ("Người"), "count-people" (both, as "Lớp/người")
// or "money" (đồng). nullopt when it is neither.
std::optional<UnitAnswer> parse_unit_answer(std::string_view text, const UnitTypeCatalog& known);

// The same for a chosen key: "C14=hoc_nghe" (a label cell, then a known key,
// or nothing for a new key of the row's own).
std::optional<std::pair<std::string, std::string>> parse_key_choice(std::string_view text);

} // namespace statform::core::draft
