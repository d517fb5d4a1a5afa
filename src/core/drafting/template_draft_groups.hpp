// Drafting a template, the groups: which rows are groups, which add up
// their children, and the unit type a group without a printed unit takes.
#pragma once

#include "core/templates/template_model.hpp"
#include "core/templates/unit_types.hpp"

namespace statform::core::draft {

// Sets is_group, sums_children and (for a summing group with no printed
// unit) unit_type_id of every row, from the rows' parent_key and units. The
// rule, read off the shipped editions: a group sums its children when they
// all count the same thing as it does ("Lớp" over "Lớp/người", "Số cuộc"
// over "Số cuộc" and "Số cuộc/người", "đồng" over "đồng"); a group over
// different things (Tập thể / Cá nhân / Quyển; Huyện / Trường) is a heading.
// A "Tổng số người tham gia" row (total_of) is not one of the summed rows.
void settle_groups(Edition& edition, const UnitTypeCatalog& unit_types);

// "either" for a row printed without a number among numbered rows of its
// group, as the parser reads a file that does not say (edition_parser.cpp).
void settle_group_shares(Edition& edition);

} // namespace statform::core::draft
