// Fuzz target: reading numbers the way Vietnamese clerks type them
// ("1.200", "12 lớp", "2,5 triệu", "không phát sinh"). Every quantity cell
// of every report goes through these functions.
//
// Besides not crashing, checks what cell_value.hpp promises: a value only
// when the status carries one.
#include "core/values/vi_number.hpp"
#include "core/values/cell_value.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace statform;

namespace {

void check(bool condition, const char* what, std::string_view text) {
    if (condition)
        return;
    std::fprintf(stderr, "contract broken: %s, for %zu bytes of text\n", what, text.size());
    std::abort();
}

void read_as(std::string_view text, core::QuantityKind kind) {
    const core::CellValue value = core::read_quantity_text(text, kind);
    check(value.has_value() || value.value == 0.0, "CellValue::value is not 0 without a value",
          text);
    if (value.has_value())
        core::format_vi_number(value.value); // how findings show what was read
    core::to_string(value.status);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const core::ParsedNumber parsed = core::parse_vi_number(text);
    if (parsed.syntax == core::NumberSyntax::Ok)
        for (int digits = 0; digits <= 3; ++digits)
            core::format_vi_number(parsed.value, digits);

    for (const auto kind :
         {core::QuantityKind::Count, core::QuantityKind::People, core::QuantityKind::Money})
        read_as(text, kind);
    core::read_cell_value(core::Cell::of_text(std::string(text)), core::QuantityKind::Money);
    core::read_cell_value(core::Cell::of_error(std::string(text)));
    return 0;
}
