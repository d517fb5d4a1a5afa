#include "core/templates/row_columns.hpp"

#include <algorithm>

namespace statform::core {
namespace {

RowColumns unit_columns(const UnitType& unit) {
    return {unit.uses_count_column, unit.uses_people_column};
}

RowColumns columns_of(const Edition& edition, std::size_t r, const UnitTypeCatalog& unit_types,
                      std::size_t depth) {
    const TemplateRow& row = edition.rows[r];
    // "Tổng số người tham gia" totals people, whatever unit it prints.
    if (!row.total_of.empty())
        return {false, true};
    const UnitType* unit = unit_types.find_by_id(row.unit_type_id);
    if (unit == nullptr)
        return {!row.is_group, !row.is_group};
    RowColumns columns = unit_columns(*unit);
    // depth guards a malformed file whose groups name each other.
    if (!row.is_group || !row.sums_children || depth > edition.rows.size())
        return columns;
    for (std::size_t child = 0; child < edition.rows.size(); ++child) {
        const TemplateRow& candidate = edition.rows[child];
        if (candidate.parent_key != row.key || !candidate.total_of.empty())
            continue;
        const RowColumns of_child = columns_of(edition, child, unit_types, depth + 1);
        for (std::size_t c = 0; c < columns.size(); ++c)
            columns[c] = columns[c] || of_child[c];
    }
    return columns;
}

} // namespace

RowColumns row_columns(const Edition& edition, std::size_t row, const UnitTypeCatalog& unit_types) {
    return columns_of(edition, row, unit_types, 0);
}

RowColumns shown_columns(const Edition& edition, std::size_t r, const UnitTypeCatalog& unit_types) {
    const TemplateRow& row = edition.rows[r];
    RowColumns columns = row_columns(edition, r, unit_types);
    const UnitType* unit = unit_types.find_by_id(row.unit_type_id);
    if (!row.is_group || !row.sums_children || unit == nullptr)
        return columns;
    const RowColumns printed = unit_columns(*unit);
    for (QuantityColumn column : kQuantityColumns) {
        const std::size_t c = column_index(column);
        if (!printed[c] && total_row_carries(edition, row.key, column))
            columns[c] = false;
    }
    return columns;
}

bool counts_in_group_total(const TemplateRow& child) {
    return child.total_of.empty() && child.in_group_total != GroupShare::NotCounted;
}

std::vector<std::size_t> summed_children(const Edition& edition, std::string_view group_key) {
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < edition.rows.size(); ++r)
        if (edition.rows[r].parent_key == group_key && counts_in_group_total(edition.rows[r]))
            rows.push_back(r);
    return rows;
}

bool total_row_carries(const Edition& edition, std::string_view group_key, QuantityColumn column) {
    // "Tổng số người tham gia" totals people, whatever unit it prints.
    return column == QuantityColumn::People &&
           std::any_of(edition.rows.begin(), edition.rows.end(),
                       [&](const TemplateRow& row) { return row.total_of == group_key; });
}

} // namespace statform::core
