#include "core/templates/sheet_content.hpp"

namespace statform::core {

std::string shortened(std::string text) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++characters > max_cell_text) {
            text.resize(i);
            return text + "…";
        }
    return text;
}

SheetContent sheet_content_of(const FormLayout& layout, std::string name) {
    SheetContent content;
    content.name = std::move(name);
    for (std::size_t r = 0; r < layout.rows; ++r)
        for (std::size_t c = 0; c < FormColumnCount; ++c)
            content.at(layout.origin_row + r, layout.origin_col + c) = layout.at(r, c);
    content.merges = layout.merges;
    content.column_widths = layout.column_widths;
    content.fixed_row_heights = layout.fixed_row_heights;
    content.print_title_rows = layout.header;
    return content;
}

} // namespace statform::core
