// What the form's structure says about each row, in one place for every
// reader of the form (the inserted form, Validate, Merge): which quantity
// columns a row fills, and which rows a group's total adds up.
#pragma once

#include "core/templates/quantity_column.hpp"
#include "core/templates/template_model.hpp"
#include "core/templates/unit_types.hpp"

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace statform::core {

// By column_index(): whether the row holds a figure in that column.
using RowColumns = std::array<bool, 2>;

// The columns row `row` of `edition` fills:
//   a row with a unit type: the columns of its unit ("Lớp/người": both);
//   a row without one that is no group ("Các nội dung khác"): both;
//   a group without a unit (a heading: row 4 "Phát động…", row 9): none;
//   "Tổng số người tham gia, trong đó:": "Người";
//   a summing group: its own unit's columns and every column its children
//     fill. "1. Các lớp bồi dưỡng" prints "Lớp", but its children are
//     "Lớp/người": an office writes the people of all classes on it too.
RowColumns row_columns(const Edition& edition, std::size_t row, const UnitTypeCatalog& unit_types);

// The columns in which the form shows a row's figures: row_columns(), except
// that a summing group leaves a column its own unit does not print to a
// "Tổng số người tham gia" row when the form has one for it (2020/2022 row 1
// prints "lớp" and gives the people of all classes a row of their own). The
// inserted form's live sums and the merged summary follow this; Validate
// accepts a people total typed on such a group row too (row_columns).
RowColumns shown_columns(const Edition& edition, std::size_t row,
                         const UnitTypeCatalog& unit_types);

// Whether `child` adds into its group's total in the reading the form
// prints (GroupShare::Either rows count, as the inserted form's SUM adds
// them; Validate also accepts a total without them).
bool counts_in_group_total(const TemplateRow& child);

// The rows (indices into edition.rows, in form order) whose figures make up
// the total of group `group_key`: its children, except "Tổng số người tham
// gia" rows (totals themselves) and children the template does not count in
// it.
std::vector<std::size_t> summed_children(const Edition& edition, std::string_view group_key);

// A row "Tổng số người tham gia" totals `column` of the children of group
// `group_key`: the form gives that total a row of its own.
bool total_row_carries(const Edition& edition, std::string_view group_key, QuantityColumn column);

} // namespace statform::core
