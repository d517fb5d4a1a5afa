#include "core/drafting/template_draft_groups.hpp"

#include <algorithm>
#include <vector>

namespace statform::core::draft {
namespace {

// What a unit type's first column counts: "Lớp/người" counts classes like
// "Lớp", "Số cuộc/người" events like "Số cuộc". The catalogue does not say it
// in a field, but a two-column unit is printed as its count unit, "/", its
// people unit, and the count unit is a spelling of its own.
const UnitType* counted_thing(const UnitType* unit, const UnitTypeCatalog& unit_types) {
    if (!unit || !unit->uses_count_column || !unit->uses_people_column)
        return unit;
    const auto slash = unit->label_vi.find('/');
    if (slash == std::string::npos)
        return unit;
    const UnitType* count_part = unit_types.find_by_spelling(unit->label_vi.substr(0, slash));
    return count_part && count_part->uses_count_column && !count_part->uses_people_column
               ? count_part
               : unit;
}

void settle_group(Edition& edition, std::size_t group, const UnitTypeCatalog& unit_types) {
    TemplateRow& row = edition.rows[group];
    std::vector<const UnitType*> summed;
    bool has_total_row = false;
    for (const TemplateRow& child : edition.rows) {
        if (child.parent_key != row.key)
            continue;
        if (!child.total_of.empty())
            has_total_row = true;
        else
            summed.push_back(unit_types.find_by_id(child.unit_type_id));
    }
    if (summed.empty() || std::find(summed.begin(), summed.end(), nullptr) != summed.end())
        return;
    const UnitType* first_thing = counted_thing(summed.front(), unit_types);
    const auto counts_same = [&](const UnitType* unit) {
        return counted_thing(unit, unit_types) == first_thing;
    };
    if (!std::all_of(summed.begin(), summed.end(), counts_same))
        return;
    if (const UnitType* own = unit_types.find_by_id(row.unit_type_id)) {
        row.sums_children = counted_thing(own, unit_types) == first_thing;
        return;
    }
    // No printed unit: the children's own unit when they all print the same
    // one (6 "Số cuộc/người", 10 "đồng"), else the thing they all count
    // (2022 row 5 over "số cuộc" and "số cuộc/người": events). Where a
    // "Tổng số người tham gia" row totals the people, the group counts only
    // classes (2022 row 1).
    const bool one_unit = std::all_of(summed.begin(), summed.end(),
                                      [&](const UnitType* unit) { return unit == summed.front(); });
    row.unit_type_id = (one_unit && !has_total_row ? summed.front() : first_thing)->id;
    row.sums_children = true;
}

} // namespace

void settle_groups(Edition& edition, const UnitTypeCatalog& unit_types) {
    for (TemplateRow& row : edition.rows)
        row.is_group =
            std::any_of(edition.rows.begin(), edition.rows.end(), [&](const TemplateRow& other) {
                return !row.key.empty() && other.parent_key == row.key;
            });
    // Children first: a group's children may be groups whose unit is settled here.
    for (std::size_t r = edition.rows.size(); r-- > 0;)
        if (edition.rows[r].is_group)
            settle_group(edition, r, unit_types);
}

void settle_group_shares(Edition& edition) {
    for (TemplateRow& row : edition.rows) {
        if (!row.code.empty() || row.parent_key.empty() || !row.total_of.empty())
            continue;
        const bool numbered_siblings =
            std::any_of(edition.rows.begin(), edition.rows.end(), [&](const TemplateRow& other) {
                return other.parent_key == row.parent_key && !other.code.empty();
            });
        if (numbered_siblings)
            row.in_group_total = GroupShare::Either;
    }
}

} // namespace statform::core::draft
