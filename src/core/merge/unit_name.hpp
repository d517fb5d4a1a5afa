// Which unit sent a report. Forms carry the unit's name in their title block
// (top left, above the table: "Trường THCS Quài Tở", "UBND huyện Tuần Giáo");
// hand-made reports often carry it nowhere but in the file name.
#pragma once

#include "core/values/grid.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace statform::core {

// The unit's name from the rows above the table's first row in `sheet`; the
// file name (without extension, '_' read as spaces) when the title block has
// none. `table_first_row` is a grid row of that sheet.
std::string find_unit_name(const Grid& sheet, std::size_t table_first_row,
                           const std::string& file_name);

// The unit's name as the title block writes it; nothing when it has none.
std::optional<std::string> unit_name_in_sheet(const Grid& sheet, std::size_t table_first_row);

// The expected unit a report's name (or file name) refers to, the way a
// clerk reads "TH Chieng Sinh - bao cao.xlsx" as "Trường Tiểu học Chiềng
// Sinh": case, diacritics and common abbreviations (TH, THCS, MN, …) do not
// matter, every distinctive word of the expected name must appear, and the
// kind of school must agree. Nothing when no expected unit, or more than one,
// fits.
std::optional<std::string> match_expected_unit(const std::string& name,
                                               const std::vector<std::string>& expected);

// The unit a report comes from, as merge names it: the title block's name,
// else the file's (`named_in_sheet` false: the merge warns); spelled as the
// list of expected units spells it when it clearly is one of them, by that
// name or by the file name.
struct ReportUnit {
    std::string name;
    bool named_in_sheet = false;
};
ReportUnit unit_of_report(const Grid& sheet, std::size_t table_first_row,
                          const std::filesystem::path& file,
                          const std::vector<std::string>& expected);

} // namespace statform::core
