// Where each value of a report in one edition goes in another edition's
// form, decided once per pair of editions from the rows' semantic keys
// (TemplateRow::key), their `combines` lists, their groups and the columns
// their unit types use. No values here: merge.cpp applies the plan.
//
// Kinds of row, in both editions:
//   leaf     a row that holds its own figures ("1.1 Bồi dưỡng ...");
//   total    a group whose value is the sum of its children (sums_children:
//            "1. Các lớp bồi dưỡng", "10. Kinh phí") or a "Tổng số người tham
//            gia, trong đó:" row (total_of); in the target its value is
//            rebuilt from the rows below it, never read from the units;
//   heading  a group whose children measure different things ("4.", "7.",
//            "9. Khen thưởng ..."): it has no value.
//
// Decisions, per source row and quantity column:
//   1. A target row with the same key takes the value (a leaf directly, a
//      total as a figure "not itemised"), if its unit uses that column.
//   2. A source row that combines target rows (2020 "Số tập thể, cá nhân
//      tặng sách" → 4.1 + 4.2): a number cannot be split, so a column goes to
//      a part only when that part is the ONLY one of all the parts (looked up
//      in every edition) that uses the column: "Tập thể/cá nhân" puts the
//      collectives in the count column and the individuals in "Người", which
//      is exactly 4.1 (count) and 4.2 (people). Otherwise (2020 "Phổ cập giáo
//      dục (tiểu học, THCS)", both parts Lớp/người) the value counts in the
//      total of its group, not itemised, or nowhere when no total has it.
//   3. A source row that is one part of a target combined row (2022 4.1 and
//      4.2 → 2020 "Số tập thể, cá nhân tặng sách") is added into it.
//   4. A row without counterpart (2022 "Phổ cập giáo dục tiểu học" in 2023)
//      counts in the total of its group when the target has one for that
//      column, not itemised; otherwise it is not counted.
//   A source TOTAL's own figure follows the same rules but is used only when
//   the unit reported none of its children in that column (merge.cpp).
#pragma once

#include "core/templates/quantity_column.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/templates/template_model.hpp"

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core {

enum class RowRole { Leaf, Total, Heading };

// Why a value goes where it goes; drives the finding that tells the user.
enum class MappingReason {
    SameKey,           // same key in both editions
    SplitByColumn,     // combined source row, column owned by exactly one part
    IntoCombined,      // source row is a part of a target combined row
    CombinedUnsplit,   // combined source row that cannot be split
    NoCounterpart,     // key absent from the target (and no combined row covers it)
    ColumnNotInTarget, // the target row's unit does not use this column
    TargetIsHeading,   // the target row with the key is a heading: no value
};

struct ColumnDestination {
    // The target row whose value this column adds to; absent = not counted.
    // When the target row is a total, the value is "not itemised" there.
    std::optional<std::size_t> target_row;
    MappingReason reason = MappingReason::SameKey;
};

struct RowMapping {
    RowRole role = RowRole::Leaf;             // in the SOURCE edition
    std::array<ColumnDestination, 2> columns; // by QuantityColumn
    // For a source total: the source rows whose values make it up (its
    // children, or the children of the group a total_of row totals),
    // headings and totals below included, so that merge can tell a
    // group-only report.
    std::vector<std::size_t> summed_rows;
};

// Which rows of one edition are leaves, totals and headings, what each total
// sums, and which columns each row can hold.
class EditionShape {
  public:
    EditionShape(const Edition& edition, const UnitTypeCatalog& unit_types);

    const Edition& edition() const { return *edition_; }
    std::optional<std::size_t> find(std::string_view key) const;
    RowRole role(std::size_t row) const { return roles_[row]; }
    // Whether the row can hold a value in `column`: a leaf whose unit uses
    // it (a leaf without unit type takes both); a group total whose unit or
    // children use it (row_columns); a heading, none; a total_of row, only
    // "Người".
    bool holds(std::size_t row, QuantityColumn column) const;
    // The rows a total adds up (children of the group, not the total_of
    // rows among them); empty for other rows.
    const std::vector<std::size_t>& summed_rows(std::size_t row) const { return summed_[row]; }
    // The total that adds up `column` over the children of group `group_key`:
    // the group itself if it sums that column, else, for "Người", a total_of
    // row of that group. Absent when no row totals it.
    std::optional<std::size_t> total_for_group(std::string_view group_key,
                                               QuantityColumn column) const;

  private:
    const Edition* edition_;
    std::map<std::string, std::size_t, std::less<>> index_by_key_;
    std::vector<RowRole> roles_;
    std::vector<std::array<bool, 2>> holds_;
    std::vector<std::vector<std::size_t>> summed_;
};

// The plan for carrying a report of `source` into `target`.
class EditionMapping {
  public:
    // `catalog` resolves the unit types of parts of combined rows that the
    // target lacks; it must outlive the mapping, as must both editions.
    EditionMapping(const Edition& source, const Edition& target, const TemplateCatalog& catalog);

    const EditionShape& source() const { return source_; }
    const EditionShape& target() const { return target_; }
    const RowMapping& row(std::size_t source_row) const { return rows_[source_row]; }

  private:
    // Where a row goes in the target row of its own key; nullopt when the
    // target has no row of that key.
    std::optional<ColumnDestination> into_same_key(const TemplateRow& row,
                                                   QuantityColumn column) const;
    ColumnDestination map_leaf(const TemplateRow& row, QuantityColumn column) const;
    ColumnDestination map_total(const TemplateRow& row, QuantityColumn column) const;
    ColumnDestination map_combined(const TemplateRow& row, QuantityColumn column) const;
    ColumnDestination into_group_total(std::string_view group_key, QuantityColumn column,
                                       MappingReason reason) const;
    // Whether the row with `key` in any edition of the catalogue (the target
    // first) holds `column`; true when no edition has the key.
    bool part_holds(std::string_view key, QuantityColumn column) const;

    EditionShape source_;
    EditionShape target_;
    const TemplateCatalog* catalog_;
    std::map<std::string, std::size_t, std::less<>> combined_by_part_; // part key → target row
    std::vector<RowMapping> rows_;
};

} // namespace statform::core
