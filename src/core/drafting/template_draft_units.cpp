#include "core/drafting/template_draft_units.hpp"

#include "core/drafting/template_draft_keys.hpp"
#include "core/templates/unit_types_writer.hpp"
#include "core/values/text_normalize.hpp"

#include <algorithm>

namespace statform::core::draft {
namespace {

// "xa_phuong" for "Xã, phường", numbered when a unit type has that id.
std::string new_unit_id(const std::string& printed, const UnitTypeCatalog& known,
                        const std::vector<UnitType>& changed) {
    const std::string base = key_slug(printed);
    const auto taken = [&](const std::string& id) {
        return known.find_by_id(id) != nullptr ||
               std::any_of(changed.begin(), changed.end(),
                           [&](const UnitType& unit) { return unit.id == id; });
    };
    std::string id = base;
    for (int suffix = 2; taken(id); ++suffix)
        id = base + "_" + std::to_string(suffix);
    return id;
}

// A unit type of its own: its columns follow from what it counts, as the
// catalogue requires (people in "Người", a count or money in the count column).
UnitType new_unit_type(const UnitAnswer& answer, const std::string& printed, std::string id) {
    UnitType unit;
    unit.id = std::move(id);
    unit.label_vi = printed;
    unit.label_en = printed; // no English name is asked for: the form prints it in Vietnamese
    unit.kind = answer.kind;
    unit.uses_count_column = answer.kind != QuantityKind::People || answer.count_column;
    unit.uses_people_column = answer.kind == QuantityKind::People || answer.people_column;
    unit.spellings = {printed};
    return unit;
}

} // namespace

AnsweredUnits apply_unit_answers(const UnitTypeCatalog& known,
                                 const std::vector<UnitAnswer>& answers) {
    AnsweredUnits answered{known, {}};
    for (const UnitAnswer& answer : answers) {
        const std::string printed =
            text::to_nfc_vietnamese(text::collapse_whitespace(answer.typed));
        if (printed.empty() || known.find_by_spelling(printed))
            continue;
        if (answer.same_as.empty()) {
            answered.changed.push_back(
                new_unit_type(answer, printed, new_unit_id(printed, known, answered.changed)));
            continue;
        }
        auto changed =
            std::find_if(answered.changed.begin(), answered.changed.end(),
                         [&](const UnitType& unit) { return unit.id == answer.same_as; });
        if (changed == answered.changed.end()) {
            const UnitType* base = known.find_by_id(answer.same_as);
            if (!base)
                continue;
            answered.changed.push_back(*base);
            changed = answered.changed.end() - 1;
        }
        changed->spellings.push_back(printed);
    }
    if (answered.changed.empty())
        return answered;
    // Through the file format, so the draft uses exactly what will be saved.
    std::vector<LoadProblem> problems;
    if (const auto later = UnitTypeCatalog::parse(
            write_unit_types_json(known.thresholds(), answered.changed), "answers", problems))
        answered.catalog.add_later(*later, "answers", problems);
    return answered;
}

UnitAnswer new_unit_answer(std::string typed, const NewUnitKind& kind) {
    UnitAnswer answer;
    answer.typed = std::move(typed);
    answer.count_column = kind.count_column;
    answer.people_column = kind.people_column;
    answer.kind = kind.kind;
    return answer;
}

std::optional<UnitAnswer> parse_unit_answer(std::string_view text, const UnitTypeCatalog& known) {
    const std::size_t equals = text.rfind('=');
    if (equals == std::string_view::npos || equals == 0)
        return std::nullopt;
    UnitAnswer answer;
    answer.typed = std::string(text.substr(0, equals));
    const std::string_view said = text.substr(equals + 1);
    if (!said.starts_with("new:")) {
        if (!known.find_by_id(said))
            return std::nullopt;
        answer.same_as = std::string(said);
        return answer;
    }
    const std::string_view kind = said.substr(4);
    const auto found = std::find_if(kNewUnitKinds.begin(), kNewUnitKinds.end(),
                                    [&](const NewUnitKind& each) { return each.name == kind; });
    if (found == kNewUnitKinds.end())
        return std::nullopt;
    return new_unit_answer(std::move(answer.typed), *found);
}

std::optional<std::pair<std::string, std::string>> parse_key_choice(std::string_view text) {
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos || equals == 0)
        return std::nullopt;
    return std::pair{std::string(text.substr(0, equals)), std::string(text.substr(equals + 1))};
}

} // namespace statform::core::draft
