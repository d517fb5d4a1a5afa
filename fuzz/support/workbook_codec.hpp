// How fuzz_table_locator turns its input bytes into a Workbook (and how
// tools/workbook_seeds.cpp writes seeds in the same encoding).
//
// The input is read front to back; once it runs out every further byte
// reads as 0, so any byte string decodes to some workbook.
//
//   input  := flags sheet-count sheet* [previous-year]
//   flags       bit 0: English messages; bit 1: a previous-year block follows
//               the sheets; bit 2: locate the table only, without validating
//   sheet-count 1 + b % 3
//   sheet  := name rows cols origin-row(2 bytes) origin-col op* END
//             rows = b % 61, cols = b % 11 (a sheet may be empty)
//   op     := one byte: low 3 bits the kind, high 5 bits its parameter p
//
// The ops write cells at a cursor that moves left to right, top to bottom:
//   Skip        p + 1 empty cells
//   Number      a numeric cell (see decode_number in the .cpp)
//   DictText    a real text: list p % 5 (labels, codes, units, headers,
//               values), then a 2-byte index, spelt in variant p / 5 (see
//               Variant; Typo, Cut and Decorated read one more byte)
//   RawText     p bytes of the input as text (p = 31: length in the next byte)
//   ErrorCell   a formula error ("#DIV/0!" ...)
//   TemplateRow code, label and unit of row `b` of edition p % 4 (label in
//               variant p / 4 % 7); the quantity cells are the next ops
//   HeaderRow   the six column headers of edition p % 4, in variant p / 4 % 7
//   Control     p = 0 end of sheet; 1 start of the next row (nothing when at
//               the start of one); 2 a merged range (4 bytes); 3.. start of
//               the next row, then skip (p - 3) cells
//
//   previous-year := edition-byte, then per row of that edition one byte
//                    (bit 0 count given, bit 1 people given) and the numbers
#pragma once

#include "core/rules/findings.hpp"
#include "core/templates/template_model.hpp"
#include "core/values/grid.hpp"
#include "core/values/string_table.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace statform::fuzz {

enum class Op : std::uint8_t {
    Skip = 0,
    Number = 1,
    DictText = 2,
    RawText = 3,
    ErrorCell = 4,
    TemplateRow = 5,
    HeaderRow = 6,
    Control = 7,
};

enum class Control : std::uint8_t { EndSheet = 0, NextRow = 1, Merge = 2, Indent = 3 };

enum class DictList : std::uint8_t { Labels = 0, Codes = 1, Units = 2, Headers = 3, Values = 4 };

// How a dictionary text is spelt in the cell: how units retype the form.
enum class Variant : std::uint8_t {
    AsIs = 0,
    Folded = 1,    // without diacritics, lower case (normalize_label)
    Capitals = 2,  // ASCII letters upper-cased
    LineBreak = 3, // a space turned into a line break
    // The variants below read one more byte from the input.
    Typo = 4,      // two bytes swapped (may break a UTF-8 sequence)
    Cut = 5,       // cut after some bytes (may split a UTF-8 sequence)
    Decorated = 6, // bullet in front, colon behind, stray spaces, or raw bytes behind
};
inline constexpr unsigned kVariantCount = 7;

struct DecodedInput {
    core::Workbook workbook;
    core::Language language = core::Language::Vietnamese;
    std::optional<core::ReportedValues> previous_year;
    bool locate_only = false;
};

// `editions`: the catalogue's editions that TemplateRow/HeaderRow ops copy.
DecodedInput decode_workbook(const std::uint8_t* data, std::size_t size,
                             const std::vector<core::Edition>& editions);

// Writes inputs in the encoding above, for seeds.
class WorkbookWriter {
  public:
    void byte(std::uint8_t value) { bytes_.push_back(value); }
    void op(Op kind, unsigned parameter) {
        byte(static_cast<std::uint8_t>(static_cast<unsigned>(kind) | (parameter % 32) << 3));
    }
    void begin(bool english, bool previous_year, std::size_t sheets, bool locate_only = false);
    void begin_sheet(std::size_t rows, std::size_t cols, std::size_t origin_row = 0);
    void end_sheet() { op(Op::Control, static_cast<unsigned>(Control::EndSheet)); }
    void next_row() { op(Op::Control, static_cast<unsigned>(Control::NextRow)); }
    void skip(std::size_t cells);
    void number(double value);
    // Seeds use the variants that read no further byte (AsIs .. LineBreak).
    void text(DictList list, std::size_t index, Variant variant = Variant::AsIs);
    void template_row(std::size_t edition, std::size_t row, Variant variant = Variant::AsIs);
    void header_row(std::size_t edition, Variant variant = Variant::AsIs);
    // Previous-year block: the edition, then per row what to give.
    void previous_year(std::size_t edition) { byte(static_cast<std::uint8_t>(edition)); }
    void previous_row(std::optional<double> count, std::optional<double> people);

    const std::vector<std::uint8_t>& bytes() const { return bytes_; }

  private:
    std::vector<std::uint8_t> bytes_;
};

} // namespace statform::fuzz
