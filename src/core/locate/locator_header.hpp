// Table locator, step 1: the header. Finds the row (or the two or three rows)
// holding "TT", "Nội dung các hoạt động", "Đơn vị", "Số lượng",
// "Số lớp/số cuộc thi", "Người", "Ghi chú", and says which column is which.
#pragma once

#include "core/locate/locator_sheet.hpp"

#include <optional>
#include <string_view>

namespace statform::core::locator {

enum class HeaderRole { None, Code, Label, Unit, Quantity, Count, People, Note };

// The role a header cell's normalised text announces, tolerating typos in
// the longer phrases. "Số lượng" is Quantity: the merged cell above the
// count and people columns.
HeaderRole classify_header_text(std::string_view normalized);

struct Header {
    std::size_t first_row = 0, last_row = 0;
    std::optional<std::size_t> code, label, unit, count, people, note;
    std::size_t label_width = 1;   // columns the label header cell is merged across
    int roles_found = 0;           // columns placed
    int explicit_roles = 0;        // header texts recognised, "Số lượng" included
    bool quantity_guessed = false; // count/people placed under "Số lượng" by position
};

// The best header of the sheet, or nothing when no row looks like one. A
// header needs at least two roles, one of them label, quantity, count or
// people; it may spread over up to three rows (a merged "Số lượng" above
// "Số lớp/số cuộc thi" and "Người", or a text broken across cells).
std::optional<Header> find_header(const SheetText& sheet);

} // namespace statform::core::locator
