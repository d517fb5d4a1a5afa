#include "core/merge/edition_mapping.hpp"

#include "core/templates/row_columns.hpp"

#include <algorithm>

namespace statform::core {
namespace {

RowRole role_of(const TemplateRow& row) {
    if (!row.total_of.empty() || (row.is_group && row.sums_children))
        return RowRole::Total;
    return row.is_group ? RowRole::Heading : RowRole::Leaf;
}

// Which columns a row can hold: a heading none, any other row the columns
// the form shows for it (row_columns.hpp): a group's total of people where
// its children have people, unless a "Tổng số người tham gia" row holds it.
RowColumns columns_held(const Edition& edition, std::size_t row,
                        const UnitTypeCatalog& unit_types) {
    if (role_of(edition.rows[row]) == RowRole::Heading)
        return {false, false};
    return shown_columns(edition, row, unit_types);
}

} // namespace

EditionShape::EditionShape(const Edition& edition, const UnitTypeCatalog& unit_types)
    : edition_(&edition) {
    const std::size_t row_count = edition.rows.size();
    roles_.reserve(row_count);
    holds_.reserve(row_count);
    summed_.resize(row_count);
    for (std::size_t r = 0; r < row_count; ++r) {
        const TemplateRow& row = edition.rows[r];
        index_by_key_.emplace(row.key, r);
        roles_.push_back(role_of(row));
        holds_.push_back(columns_held(edition, r, unit_types));
    }
    // A group's total adds up its direct children; a total_of row the
    // children of the group it names (summed_children leaves out the
    // total_of rows: they are totals themselves).
    for (std::size_t r = 0; r < row_count; ++r) {
        const TemplateRow& row = edition.rows[r];
        if (roles_[r] == RowRole::Total)
            summed_[r] = summed_children(edition, row.total_of.empty() ? row.key : row.total_of);
    }
}

std::optional<std::size_t> EditionShape::find(std::string_view key) const {
    const auto found = index_by_key_.find(key);
    return found == index_by_key_.end() ? std::nullopt : std::optional(found->second);
}

bool EditionShape::holds(std::size_t row, QuantityColumn column) const {
    return holds_[row][column_index(column)];
}

std::optional<std::size_t> EditionShape::total_for_group(std::string_view group_key,
                                                         QuantityColumn column) const {
    if (const auto group = find(group_key); group && roles_[*group] == RowRole::Total &&
                                            edition_->rows[*group].total_of.empty() &&
                                            holds(*group, column))
        return group;
    if (column == QuantityColumn::People)
        for (std::size_t r = 0; r < roles_.size(); ++r)
            if (edition_->rows[r].total_of == group_key)
                return r;
    return std::nullopt;
}

EditionMapping::EditionMapping(const Edition& source, const Edition& target,
                               const TemplateCatalog& catalog)
    : source_(source, catalog.unit_types()), target_(target, catalog.unit_types()),
      catalog_(&catalog) {
    for (std::size_t t = 0; t < target.rows.size(); ++t)
        for (const std::string& part : target.rows[t].combines)
            combined_by_part_.emplace(part, t);

    rows_.resize(source.rows.size());
    for (std::size_t s = 0; s < source.rows.size(); ++s) {
        const TemplateRow& row = source.rows[s];
        RowMapping& mapping = rows_[s];
        mapping.role = source_.role(s);
        for (QuantityColumn column : kQuantityColumns) {
            ColumnDestination& destination = mapping.columns[column_index(column)];
            switch (mapping.role) {
            case RowRole::Leaf:
                destination = map_leaf(row, column);
                break;
            case RowRole::Total:
                destination = map_total(row, column);
                break;
            case RowRole::Heading: // no value to carry
                destination = {std::nullopt, MappingReason::TargetIsHeading};
                break;
            }
        }
        // Everything below a total, nested groups included: any of them
        // reported means the total's own figure is already carried by them.
        std::vector<std::size_t> pending = source_.summed_rows(s);
        while (!pending.empty()) {
            const std::size_t below = pending.back();
            pending.pop_back();
            mapping.summed_rows.push_back(below);
            for (std::size_t r = 0; r < source.rows.size(); ++r)
                if (source.rows[r].parent_key == source.rows[below].key &&
                    source.rows[r].total_of.empty())
                    pending.push_back(r);
        }
        std::sort(mapping.summed_rows.begin(), mapping.summed_rows.end());
    }
}

std::optional<ColumnDestination> EditionMapping::into_same_key(const TemplateRow& row,
                                                               QuantityColumn column) const {
    const auto same = target_.find(row.key);
    if (!same)
        return std::nullopt;
    if (target_.role(*same) == RowRole::Heading)
        return ColumnDestination{std::nullopt, MappingReason::TargetIsHeading};
    if (!target_.holds(*same, column))
        return ColumnDestination{std::nullopt, MappingReason::ColumnNotInTarget};
    return ColumnDestination{same, MappingReason::SameKey};
}

ColumnDestination EditionMapping::map_leaf(const TemplateRow& row, QuantityColumn column) const {
    if (auto same = into_same_key(row, column))
        return *same;
    if (!row.combines.empty())
        return map_combined(row, column);
    if (const auto combined = combined_by_part_.find(row.key);
        combined != combined_by_part_.end()) {
        if (!target_.holds(combined->second, column))
            return {std::nullopt, MappingReason::ColumnNotInTarget};
        return {combined->second, MappingReason::IntoCombined};
    }
    return into_group_total(row.parent_key, column, MappingReason::NoCounterpart);
}

ColumnDestination EditionMapping::map_combined(const TemplateRow& row,
                                               QuantityColumn column) const {
    std::vector<std::string_view> owners;
    for (const std::string& part : row.combines)
        if (part_holds(part, column))
            owners.push_back(part);
    if (owners.empty())
        return {std::nullopt, MappingReason::ColumnNotInTarget};
    if (owners.size() == 1)
        if (const auto part = target_.find(owners.front());
            part && target_.role(*part) != RowRole::Heading && target_.holds(*part, column))
            return {part, MappingReason::SplitByColumn};
    return into_group_total(row.parent_key, column, MappingReason::CombinedUnsplit);
}

ColumnDestination EditionMapping::map_total(const TemplateRow& row, QuantityColumn column) const {
    if (auto same = into_same_key(row, column))
        return *same;
    // "Tổng số người tham gia" belongs with the group whose people it totals.
    const std::string& group = row.total_of.empty() ? row.parent_key : row.total_of;
    return into_group_total(group, column, MappingReason::NoCounterpart);
}

ColumnDestination EditionMapping::into_group_total(std::string_view group_key,
                                                   QuantityColumn column,
                                                   MappingReason reason) const {
    if (group_key.empty())
        return {std::nullopt, reason};
    return {target_.total_for_group(group_key, column), reason};
}

bool EditionMapping::part_holds(std::string_view key, QuantityColumn column) const {
    if (const auto row = target_.find(key))
        return target_.holds(*row, column);
    for (const Edition& edition : catalog_->editions())
        for (std::size_t row = 0; row < edition.rows.size(); ++row)
            if (edition.rows[row].key == key)
                return columns_held(edition, row, catalog_->unit_types())[column_index(column)];
    return true; // unknown part: assume it could hold the column, so no split
}

} // namespace statform::core
