#include "support/workbook_codec.hpp"

#include "core/values/label_fold.hpp"
#include "support/cell_dictionary.hpp"

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>

namespace statform::fuzz {
namespace {

using core::Cell;

// Reads the input front to back; past its end every byte is 0.
class ByteReader {
  public:
    ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    bool empty() const { return pos_ >= size_; }
    std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
    std::uint16_t u16() {
        const std::uint16_t low = byte();
        return static_cast<std::uint16_t>(low | byte() << 8);
    }
    std::string text(std::size_t length) {
        const std::size_t available = std::min(length, size_ - std::min(pos_, size_));
        std::string result(reinterpret_cast<const char*>(data_ + pos_), available);
        pos_ += available;
        return result;
    }

  private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

// Numbers that matter to the rules: zero and its sign, fractions of a class,
// round money amounts, then values no reader should produce but a file can
// hold (1E300 typed in a cell, NaN or infinities from a broken file).
constexpr std::array<double, 8> kCommonNumbers = {0.0, -1.0, -0.0, 0.5, 2.5, 1e6, 2.5e6, 1e15};
const std::array<double, 8> kExtremeNumbers = {
    std::numeric_limits<double>::quiet_NaN(),
    std::numeric_limits<double>::infinity(),
    -std::numeric_limits<double>::infinity(),
    std::numeric_limits<double>::max(),
    1e300,
    -1e300,
    9.3e18, // just above the largest 64-bit integer
    std::numeric_limits<double>::denorm_min(),
};

//   p < 16   p * 100 + next byte (the small counts of real reports)
//   16..23   kCommonNumbers[p - 16]
//   24..27   kExtremeNumbers[(p - 24) * 2 + next byte % 2]
//   28..31   the next 8 bytes as a double
double decode_number(unsigned p, ByteReader& in) {
    if (p < 16)
        return p * 100.0 + in.byte();
    if (p < 24)
        return kCommonNumbers[p - 16];
    if (p < 28)
        return kExtremeNumbers[(p - 24) * 2 + in.byte() % 2];
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
        bits |= std::uint64_t{in.byte()} << (8 * i);
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

std::string ascii_upper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
}

std::string spelt(const std::string& text, unsigned variant, ByteReader& in) {
    switch (static_cast<Variant>(variant % kVariantCount)) {
    case Variant::AsIs:
        return text;
    case Variant::Folded:
        return core::normalize_label(text);
    case Variant::Capitals:
        return ascii_upper(text);
    case Variant::LineBreak: {
        std::string broken = text;
        if (const auto space = broken.find(' ', broken.size() / 2); space != std::string::npos)
            broken[space] = '\n';
        return broken;
    }
    case Variant::Typo: {
        std::string typo = text;
        const std::size_t at = in.byte();
        if (typo.size() >= 2)
            std::swap(typo[at % (typo.size() - 1)], typo[at % (typo.size() - 1) + 1]);
        return typo;
    }
    case Variant::Cut:
        return text.substr(0, in.byte() % (text.size() + 1));
    case Variant::Decorated: {
        const unsigned style = in.byte();
        switch (style % 4) {
        case 0:
            return "- " + text;
        case 1:
            return text + ":";
        case 2:
            return "  " + text + " \xC2\xA0";
        default:
            return text + in.text(style / 4 % 16);
        }
    }
    }
    return text;
}

const std::vector<std::string>& dictionary_list(unsigned list) {
    const CellDictionary& d = cell_dictionary();
    switch (static_cast<DictList>(list % 5)) {
    case DictList::Labels:
        return d.labels;
    case DictList::Codes:
        return d.codes;
    case DictList::Units:
        return d.units;
    case DictList::Headers:
        return d.headers;
    case DictList::Values:
        break;
    }
    return d.values;
}

// Sheet names as users and office versions write them, a duplicate, and one
// longer than any office allows (names are only repeated in messages).
std::string sheet_name(std::uint8_t b) {
    static const std::array<std::string, 8> names = {
        "Sheet1",     "Biểu mẫu", "Tổng hợp",     "",
        "Phụ lục II", "Sheet1",   "'Số liệu'!$A", std::string(300, 'x')};
    return names[b % names.size()];
}

bool all_digits(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

// Writes cells left to right, top to bottom; cells past the grid are dropped
// (the ops still consume their bytes, so the rest of the input keeps its meaning).
class Cursor {
  public:
    explicit Cursor(core::Grid& grid) : grid_(grid) {}

    void put(Cell cell) {
        if (row_ < grid_.rows() && col_ < grid_.cols())
            grid_.at(row_, col_) = std::move(cell);
        skip(1);
    }
    void skip(std::size_t cells) {
        if (grid_.cols() == 0)
            return;
        col_ += cells;
        row_ += col_ / grid_.cols();
        col_ %= grid_.cols();
    }
    // To the start of the next row; nothing when already at the start of one,
    // so a writer can end every row with it.
    void next_row() {
        if (col_ != 0) {
            ++row_;
            col_ = 0;
        }
    }

  private:
    core::Grid& grid_;
    std::size_t row_ = 0, col_ = 0;
};

core::MergedRange merged_range(const core::Grid& grid, ByteReader& in) {
    core::MergedRange range;
    range.first_row = in.byte() % grid.rows();
    range.first_col = in.byte() % grid.cols();
    range.last_row = range.first_row + in.byte() % (grid.rows() - range.first_row);
    range.last_col = range.first_col + in.byte() % (grid.cols() - range.first_col);
    return range;
}

void template_row(const core::Edition& edition, unsigned variant, Cursor& cursor, ByteReader& in) {
    if (edition.rows.empty())
        return;
    const core::TemplateRow& row = edition.rows[in.byte() % edition.rows.size()];
    // A retyped table holds its codes as numbers, as Calc stores a typed "3".
    if (variant % kVariantCount != 0 && all_digits(row.code))
        cursor.put(Cell::of_number(std::stod(row.code)));
    else
        cursor.put(row.code.empty() ? Cell::empty() : Cell::of_text(row.code));
    cursor.put(Cell::of_text(spelt(row.label, variant, in)));
    cursor.put(row.unit_text.empty() ? Cell::empty() : Cell::of_text(row.unit_text));
}

void header_row(const core::Edition& edition, unsigned variant, Cursor& cursor, ByteReader& in) {
    for (const std::string* header :
         {&edition.code_header, &edition.label_header, &edition.unit_header, &edition.count_header,
          &edition.people_header, &edition.note_header})
        cursor.put(Cell::of_text(spelt(*header, variant, in)));
}

core::Sheet decode_sheet(ByteReader& in, const std::vector<core::Edition>& editions) {
    core::Sheet sheet;
    sheet.name = sheet_name(in.byte());
    const std::size_t rows = in.byte() % 61;
    const std::size_t cols = in.byte() % 11;
    sheet.grid = core::Grid(rows, cols);
    sheet.grid.origin_row = in.u16();
    sheet.grid.origin_col = in.byte();
    Cursor cursor(sheet.grid);
    while (!in.empty()) {
        const std::uint8_t op = in.byte();
        const unsigned p = op >> 3;
        switch (static_cast<Op>(op & 7)) {
        case Op::Skip:
            cursor.skip(p + 1);
            break;
        case Op::Number:
            cursor.put(Cell::of_number(decode_number(p, in)));
            break;
        case Op::DictText: {
            const auto& list = dictionary_list(p % 5);
            const std::string& text = list[in.u16() % list.size()];
            cursor.put(Cell::of_text(spelt(text, p / 5, in)));
            break;
        }
        case Op::RawText:
            cursor.put(Cell::of_text(in.text(p == 31 ? in.byte() : p)));
            break;
        case Op::ErrorCell: {
            const auto& errors = cell_dictionary().errors;
            cursor.put(Cell::of_error(errors[p % errors.size()]));
            break;
        }
        case Op::TemplateRow:
            if (!editions.empty())
                template_row(editions[p % 4 % editions.size()], p / 4, cursor, in);
            break;
        case Op::HeaderRow:
            if (!editions.empty())
                header_row(editions[p % 4 % editions.size()], p / 4, cursor, in);
            break;
        case Op::Control:
            if (p == static_cast<unsigned>(Control::EndSheet))
                return sheet;
            if (p == static_cast<unsigned>(Control::Merge)) {
                if (rows > 0 && cols > 0)
                    sheet.grid.merged.push_back(merged_range(sheet.grid, in));
                break;
            }
            cursor.next_row();
            if (p >= static_cast<unsigned>(Control::Indent))
                cursor.skip(p - static_cast<unsigned>(Control::Indent));
            break;
        }
    }
    return sheet;
}

core::ReportedValues decode_previous_year(ByteReader& in,
                                          const std::vector<core::Edition>& editions) {
    const core::Edition& edition = editions[in.byte() % editions.size()];
    core::ReportedValues values;
    values.edition_id = edition.id;
    values.year = edition.year - 1;
    values.source = "previous.ods";
    for (std::size_t i = 0; i < edition.rows.size(); ++i) {
        core::RowValues row;
        row.template_row = i;
        row.key = edition.rows[i].key;
        row.code = edition.rows[i].code;
        const std::uint8_t given = in.byte();
        row.in_sheet = given != 0;
        if (given & 1)
            row.count = decode_number(in.byte() % 32, in);
        if (given & 2)
            row.people = decode_number(in.byte() % 32, in);
        values.rows.push_back(std::move(row));
    }
    return values;
}

} // namespace

DecodedInput decode_workbook(const std::uint8_t* data, std::size_t size,
                             const std::vector<core::Edition>& editions) {
    ByteReader in(data, size);
    DecodedInput decoded;
    const std::uint8_t flags = in.byte();
    decoded.language = (flags & 1) ? core::Language::English : core::Language::Vietnamese;
    decoded.locate_only = (flags & 4) != 0;
    decoded.workbook.source = "fuzz.ods";
    const std::size_t sheets = 1 + in.byte() % 3;
    for (std::size_t i = 0; i < sheets; ++i)
        decoded.workbook.sheets.push_back(decode_sheet(in, editions));
    if ((flags & 2) && !editions.empty())
        decoded.previous_year = decode_previous_year(in, editions);
    return decoded;
}

// ---------------------------------------------------------------------------
// The writer mirrors the decoder above.

void WorkbookWriter::begin(bool english, bool previous_year, std::size_t sheets, bool locate_only) {
    byte(static_cast<std::uint8_t>((english ? 1 : 0) | (previous_year ? 2 : 0) |
                                   (locate_only ? 4 : 0)));
    byte(static_cast<std::uint8_t>(sheets - 1));
}

void WorkbookWriter::begin_sheet(std::size_t rows, std::size_t cols, std::size_t origin_row) {
    byte(0); // "Sheet1"
    byte(static_cast<std::uint8_t>(rows));
    byte(static_cast<std::uint8_t>(cols));
    byte(static_cast<std::uint8_t>(origin_row & 0xFF));
    byte(static_cast<std::uint8_t>(origin_row >> 8 & 0xFF));
    byte(0);
}

void WorkbookWriter::skip(std::size_t cells) {
    for (; cells > 32; cells -= 32)
        op(Op::Skip, 31);
    if (cells > 0)
        op(Op::Skip, static_cast<unsigned>(cells - 1));
}

void WorkbookWriter::number(double value) {
    if (value >= 0 && value < 1600 && value == std::floor(value) && !std::signbit(value)) {
        const auto whole = static_cast<unsigned>(value);
        op(Op::Number, whole / 100);
        byte(static_cast<std::uint8_t>(whole % 100));
        return;
    }
    for (std::size_t i = 0; i < kCommonNumbers.size(); ++i)
        if (std::memcmp(&kCommonNumbers[i], &value, sizeof value) == 0) {
            op(Op::Number, static_cast<unsigned>(16 + i));
            return;
        }
    op(Op::Number, 28);
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof value);
    for (int i = 0; i < 8; ++i)
        byte(static_cast<std::uint8_t>(bits >> (8 * i)));
}

void WorkbookWriter::text(DictList list, std::size_t index, Variant variant) {
    op(Op::DictText, static_cast<unsigned>(list) + 5 * static_cast<unsigned>(variant));
    byte(static_cast<std::uint8_t>(index & 0xFF));
    byte(static_cast<std::uint8_t>(index >> 8 & 0xFF));
}

void WorkbookWriter::template_row(std::size_t edition, std::size_t row, Variant variant) {
    op(Op::TemplateRow, static_cast<unsigned>(edition + 4 * static_cast<unsigned>(variant)));
    byte(static_cast<std::uint8_t>(row));
}

void WorkbookWriter::header_row(std::size_t edition, Variant variant) {
    op(Op::HeaderRow, static_cast<unsigned>(edition + 4 * static_cast<unsigned>(variant)));
}

void WorkbookWriter::previous_row(std::optional<double> count, std::optional<double> people) {
    byte(static_cast<std::uint8_t>((count ? 1 : 0) | (people ? 2 : 0) | 4));
    for (const auto& value : {count, people})
        if (value) {
            // The same number encoding as a Number op, without the op's kind bits.
            const std::size_t at = bytes_.size();
            number(*value);
            bytes_[at] = static_cast<std::uint8_t>(bytes_[at] >> 3);
        }
}

} // namespace statform::fuzz
