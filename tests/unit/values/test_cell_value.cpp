#include "core/values/cell_value.hpp"
#include "core/values/vi_number.hpp"

#include <gtest/gtest.h>

#include <cmath>

using statform::core::Cell;
using statform::core::CellValue;
using statform::core::format_vi_number;
using statform::core::NumberSyntax;
using statform::core::parse_vi_number;
using statform::core::QuantityKind;
using statform::core::read_cell_value;
using statform::core::read_quantity_text;
using statform::core::ValueStatus;

namespace {

CellValue text(std::string_view typed, QuantityKind kind = QuantityKind::Count) {
    return read_quantity_text(typed, kind);
}

void expect_value(const CellValue& v, ValueStatus status, double value) {
    EXPECT_EQ(v.status, status) << to_string(v.status) << ": " << v.reason;
    EXPECT_DOUBLE_EQ(v.value, value) << v.reason;
}

} // namespace

// --- cell kinds -------------------------------------------------------------

TEST(CellValue, EmptyCellIsMissingNotZero) {
    const CellValue v = read_cell_value(Cell::empty());
    EXPECT_EQ(v.status, ValueStatus::Missing);
    EXPECT_FALSE(v.has_value());
    EXPECT_FALSE(v.is_warning());
    EXPECT_FALSE(v.is_error());
}

TEST(CellValue, SpacesOnlyAreMissing) {
    EXPECT_EQ(text("   ").status, ValueStatus::Missing);
    EXPECT_EQ(text("\xC2\xA0 \t\n").status, ValueStatus::Missing);
    EXPECT_EQ(read_cell_value(Cell::of_text(" ")).status, ValueStatus::Missing);
}

TEST(CellValue, NumberCell) {
    expect_value(read_cell_value(Cell::of_number(12)), ValueStatus::Number, 12);
    expect_value(read_cell_value(Cell::of_number(0)), ValueStatus::Number, 0);
    expect_value(read_cell_value(Cell::of_number(-3)), ValueStatus::Number, -3);
    EXPECT_TRUE(read_cell_value(Cell::of_number(5)).reason.empty());
}

TEST(CellValue, FormulaErrors) {
    for (const char* spelling : {"#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#N/A", "Err:502"}) {
        const CellValue v = read_cell_value(Cell::of_error(spelling));
        EXPECT_EQ(v.status, ValueStatus::FormulaError) << spelling;
        EXPECT_TRUE(v.is_error());
        EXPECT_NE(v.reason.find(spelling), std::string::npos);
    }
}

TEST(CellValue, FormulaErrorPastedAsText) {
    EXPECT_EQ(text("#DIV/0!").status, ValueStatus::FormulaError);
    EXPECT_EQ(text(" #VALUE! ").status, ValueStatus::FormulaError);
    EXPECT_EQ(text("#N/A").status, ValueStatus::FormulaError);
    EXPECT_EQ(text("Err:502").status, ValueStatus::FormulaError);
    EXPECT_EQ(text("#abc").status, ValueStatus::Unparseable);
}

// --- explicit zero ----------------------------------------------------------

TEST(CellValue, ExplicitZeroWords) {
    for (const char* typed :
         {"không phát sinh", "Không phát sinh", "KHÔNG PHÁT SINH", "khong phat sinh",
          "Không phát sinh.", "  không  phát   sinh ", "không", "Không", "KPS", "không có",
          // decomposed diacritics: o + U+0302 + U+0301, a + U+0301
          "kho\xCC\x82\xCC\x81ng pha\xCC\x81t sinh"}) {
        const CellValue v = text(typed);
        EXPECT_EQ(v.status, ValueStatus::ExplicitZero) << typed << ": " << v.reason;
        EXPECT_DOUBLE_EQ(v.value, 0.0);
        EXPECT_TRUE(v.has_value());
        EXPECT_FALSE(v.is_warning());
    }
}

TEST(CellValue, DashesAreExplicitZero) {
    for (const char* typed : {"-", " - ", "--", "–", "—", "\xC2\xA0-\xC2\xA0"})
        EXPECT_EQ(text(typed).status, ValueStatus::ExplicitZero) << typed;
}

TEST(CellValue, ZeroTypedAsTextIsExplicitZero) {
    for (const char* typed : {"0", " 0 ", "00", "0,0", "'0"})
        expect_value(text(typed), ValueStatus::ExplicitZero, 0);
}

// --- numbers as text ----------------------------------------------------------

TEST(CellValue, NumberAsTextWarnsWithValue) {
    const CellValue v = text("12");
    expect_value(v, ValueStatus::NumberAsText, 12);
    EXPECT_TRUE(v.is_warning());
    EXPECT_NE(v.reason.find("number stored as text"), std::string::npos);
    EXPECT_NE(v.reason.find("12"), std::string::npos);
}

TEST(CellValue, DotFollowedByThreeDigitsGroupsThousands) {
    expect_value(text("1.200"), ValueStatus::NumberAsText, 1200);
    expect_value(text("2.500.000"), ValueStatus::NumberAsText, 2500000);
    expect_value(text("80.000"), ValueStatus::NumberAsText, 80000);
    expect_value(text("1.234.567,5"), ValueStatus::NumberAsText, 1234567.5);
    EXPECT_NE(text("2.500.000").reason.find("2.500.000"), std::string::npos);
}

TEST(CellValue, SurroundingSpacesAndNbspIgnored) {
    expect_value(text("  1.200\xC2\xA0"), ValueStatus::NumberAsText, 1200);
    expect_value(text("\t35\n"), ValueStatus::NumberAsText, 35);
}

TEST(CellValue, SpaceGroupedThousands) {
    expect_value(text("1 200"), ValueStatus::NumberAsText, 1200);
    expect_value(text("2\xC2\xA0"
                      "500\xC2\xA0"
                      "000"),
                 ValueStatus::NumberAsText, 2500000);
    EXPECT_EQ(text("3 4").status, ValueStatus::Unparseable);
}

TEST(CellValue, CommaDecimal) {
    expect_value(text("2,5"), ValueStatus::NumberAsText, 2.5);
    expect_value(text("2,50"), ValueStatus::NumberAsText, 2.5);
    expect_value(text("1,2345"), ValueStatus::NumberAsText, 1.2345);
    expect_value(text("0,500"), ValueStatus::NumberAsText, 0.5); // not a thousands reading
    expect_value(text("1.200,500"), ValueStatus::NumberAsText, 1200.5);
}

// "1,200": Vietnamese reads 1,2, English software writes 1200 this way; a
// count is never 1,2 and money never 1,2 đồng, so either reading would be a
// guess that may be off a thousandfold. Refused with both readings shown.
TEST(CellValue, CommaFollowedByThreeDigitsIsAmbiguous) {
    for (const char* typed : {"1,200", "12,500", "-1,200"}) {
        const CellValue v = text(typed);
        EXPECT_EQ(v.status, ValueStatus::Unparseable) << typed;
        EXPECT_NE(v.reason.find("ambiguous"), std::string::npos) << v.reason;
    }
    EXPECT_NE(text("1,200").reason.find("1200 or 1,2"), std::string::npos) << text("1,200").reason;
    EXPECT_NE(text("5,000").reason.find("5000 or 5"), std::string::npos);
}

TEST(CellValue, DotWithoutThreeDigitsIsRefused) {
    // A dot is the thousands separator; "1.5" is neither 15 nor clearly 1,5.
    for (const char* typed : {"1.5", "1.20", "1.2345", "12.00", "0.500"})
        EXPECT_EQ(text(typed).status, ValueStatus::Unparseable) << typed;
}

TEST(CellValue, NegativeNumbersParse) {
    expect_value(text("-5"), ValueStatus::NumberAsText, -5);
    expect_value(text("-1.200"), ValueStatus::NumberAsText, -1200);
    expect_value(text("\xE2\x88\x92"
                      "7"),
                 ValueStatus::NumberAsText, -7); // U+2212 minus
    expect_value(text("+8"), ValueStatus::NumberAsText, 8);
}

TEST(CellValue, LeadingApostropheIsTheTextMarker) {
    expect_value(text("'1.200"), ValueStatus::NumberAsText, 1200);
}

// --- numbers with a unit ------------------------------------------------------

TEST(CellValue, NumberWithUnit) {
    const CellValue classes = text("12 lớp");
    expect_value(classes, ValueStatus::NumberWithUnit, 12);
    EXPECT_EQ(classes.unit_text, "lớp");
    EXPECT_TRUE(classes.is_warning());

    expect_value(text("1.200 người"), ValueStatus::NumberWithUnit, 1200);
    expect_value(text("2.500.000 đ", QuantityKind::Money), ValueStatus::NumberWithUnit, 2500000);
    expect_value(text("2.500.000 đồng", QuantityKind::Money), ValueStatus::NumberWithUnit, 2500000);
    expect_value(text("2.500.000đ", QuantityKind::Money), ValueStatus::NumberWithUnit, 2500000);
    expect_value(text("2.500.000 VNĐ", QuantityKind::Money), ValueStatus::NumberWithUnit, 2500000);
    expect_value(text("2.500.000 ₫", QuantityKind::Money), ValueStatus::NumberWithUnit, 2500000);
    expect_value(text("3 cuộc thi"), ValueStatus::NumberWithUnit, 3);
    expect_value(text("15 tin, bài"), ValueStatus::NumberWithUnit, 15);
    expect_value(text("7 LƯỢT NGƯỜI"), ValueStatus::NumberWithUnit, 7);
    expect_value(text("0 lớp"), ValueStatus::NumberWithUnit, 0);
    EXPECT_NE(text("12 lớp").reason.find("12"), std::string::npos);
}

TEST(CellValue, UnknownWordsAfterTheNumberAreRefused) {
    EXPECT_EQ(text("12 abc").status, ValueStatus::Unparseable);
    EXPECT_EQ(text("50%").status, ValueStatus::Unparseable);
    EXPECT_EQ(text("12 lớp 300 người").status, ValueStatus::Unparseable);
    EXPECT_EQ(text("khoảng 50").status, ValueStatus::Unparseable); // "about 50" is no count
}

// --- scale words: money only ---------------------------------------------------

TEST(CellValue, ScaleWordsInMoneyCells) {
    expect_value(text("2,5 triệu", QuantityKind::Money), ValueStatus::NumberWithUnit, 2500000);
    expect_value(text("3 nghìn", QuantityKind::Money), ValueStatus::NumberWithUnit, 3000);
    expect_value(text("3 ngàn đồng", QuantityKind::Money), ValueStatus::NumberWithUnit, 3000);
    expect_value(text("1,2 tỷ", QuantityKind::Money), ValueStatus::NumberWithUnit, 1200000000);
    expect_value(text("1,1 triệu đồng", QuantityKind::Money), ValueStatus::NumberWithUnit,
                 1100000); // exact, not 1100000.0000000002
    expect_value(text("15 tr", QuantityKind::Money), ValueStatus::NumberWithUnit, 15000000);
    expect_value(text("2,5trđ", QuantityKind::Money), ValueStatus::NumberWithUnit, 2500000);
    const CellValue v = text("2,5 triệu", QuantityKind::Money);
    EXPECT_NE(v.reason.find("2.500.000"), std::string::npos) << v.reason;
}

TEST(CellValue, ScaleWordsRefusedOutsideMoney) {
    EXPECT_EQ(text("3 nghìn").status, ValueStatus::Unparseable);
    EXPECT_EQ(text("2 triệu", QuantityKind::People).status, ValueStatus::Unparseable);
    EXPECT_EQ(text("2,5 triệu người", QuantityKind::Money).status, ValueStatus::Unparseable);
}

// --- not numbers --------------------------------------------------------------

TEST(CellValue, Unparseable) {
    for (const char* typed : {"mười", "abc", "1,2,3", "1,234,567", "1,234.5", "x", "(5)", "?"}) {
        const CellValue v = text(typed);
        EXPECT_EQ(v.status, ValueStatus::Unparseable) << typed;
        EXPECT_TRUE(v.is_error());
        EXPECT_FALSE(v.has_value());
        EXPECT_FALSE(v.reason.empty());
    }
}

// --- the number grammar and formatting on their own ------------------------------

TEST(ViNumber, Grammar) {
    EXPECT_EQ(parse_vi_number("1.234.567").value, 1234567);
    EXPECT_EQ(parse_vi_number("1234567").value, 1234567);
    EXPECT_EQ(parse_vi_number("12,5").value, 12.5);
    EXPECT_EQ(parse_vi_number("1,200").syntax, NumberSyntax::Ambiguous);
    EXPECT_EQ(parse_vi_number("1.2").syntax, NumberSyntax::Invalid);
    EXPECT_EQ(parse_vi_number("1.200 000").syntax, NumberSyntax::Invalid);
    EXPECT_EQ(parse_vi_number("1234.567").syntax, NumberSyntax::Invalid);
    EXPECT_EQ(parse_vi_number("").syntax, NumberSyntax::Invalid);
    EXPECT_EQ(parse_vi_number("-").syntax, NumberSyntax::Invalid);
    EXPECT_EQ(parse_vi_number("12,").syntax, NumberSyntax::Invalid);
    EXPECT_EQ(parse_vi_number("-0").value, 0.0);
    EXPECT_FALSE(std::signbit(parse_vi_number("-0").value));
}

TEST(ViNumber, Format) {
    EXPECT_EQ(format_vi_number(1234567), "1.234.567");
    EXPECT_EQ(format_vi_number(12.5), "12,5");
    EXPECT_EQ(format_vi_number(0), "0");
    EXPECT_EQ(format_vi_number(-0.0), "0");
    EXPECT_EQ(format_vi_number(999), "999");
    EXPECT_EQ(format_vi_number(1000), "1.000");
    EXPECT_EQ(format_vi_number(-2500000), "-2.500.000");
    EXPECT_EQ(format_vi_number(1.005, 2), "1"); // 1.005 is 1.00499… in binary
    EXPECT_EQ(format_vi_number(2.456, 2), "2,46");
    EXPECT_EQ(format_vi_number(2.456, 0), "2");
    EXPECT_EQ(format_vi_number(1234.5678, 3), "1.234,568");
    EXPECT_EQ(format_vi_number(-0.001, 2), "0");
}
