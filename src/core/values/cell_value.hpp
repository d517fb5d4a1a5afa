// What one cell of a quantity column ("Số lớp/số cuộc thi", "Người", money)
// says, read the way a Vietnamese clerk would type it.
//
// The distinction that matters most: an empty cell means "not reported",
// while "0", "-" or "không phát sinh" mean "reported, nothing happened".
// Everything that is readable but not a clean number ("1.200" typed as text,
// "12 lớp") yields the value plus a warning, so the user sees what was read;
// anything that is not clearly one number is an error, never a guess.
#pragma once

#include "core/values/grid.hpp"
#include "core/values/quantity_kind.hpp"

#include <string>
#include <string_view>

namespace statform::core {

enum class ValueStatus {
    Missing,        // empty (or only spaces): NOT reported; not the same as 0
    Number,         // a numeric cell
    ExplicitZero,   // "0" as text, "-", "không", "không phát sinh", "KPS": a reported 0
    NumberAsText,   // text that is one unambiguous number, "1.200" -> 1200 (warning)
    NumberWithUnit, // a number followed by a unit, "12 lớp", "2.500.000 đ" (warning)
    Unparseable,    // "mười", "abc", "1,2,3", "1,200" (ambiguous) (error)
    FormulaError,   // "#DIV/0!", "#VALUE!", "Err:502" ... (error)
};

struct CellValue {
    ValueStatus status = ValueStatus::Missing;
    double value = 0.0;    // the number read; 0 unless has_value()
    std::string reason;    // short English explanation; empty for Number and plain Missing
    std::string unit_text; // NumberWithUnit: the words after the number, trimmed, as typed

    // Number, ExplicitZero, NumberAsText and NumberWithUnit carry a value.
    bool has_value() const {
        return status == ValueStatus::Number || status == ValueStatus::ExplicitZero ||
               status == ValueStatus::NumberAsText || status == ValueStatus::NumberWithUnit;
    }
    // A number typed as text ("1.200", "12 lớp"): read, but the form's SUM
    // does not count it.
    bool typed_as_text() const {
        return status == ValueStatus::NumberAsText || status == ValueStatus::NumberWithUnit;
    }
    bool is_warning() const { return typed_as_text(); }
    bool is_error() const {
        return status == ValueStatus::Unparseable || status == ValueStatus::FormulaError;
    }
};

// Reads one cell. `kind` is the quantity the column measures: only Money
// accepts scale words ("2,5 triệu", "3 nghìn đồng", "1,2 tỷ"); a count or a
// number of people written "3 nghìn" is refused, because such cells should
// hold an exact count. Negative numbers are read (the rule layer flags them).
CellValue read_cell_value(const Cell& cell, QuantityKind kind = QuantityKind::Count);

// The same for a text as typed (what read_cell_value does for Text cells).
CellValue read_quantity_text(std::string_view text, QuantityKind kind = QuantityKind::Count);

// "Missing", "Number", ... for logs and tests.
const char* to_string(ValueStatus status);

} // namespace statform::core
