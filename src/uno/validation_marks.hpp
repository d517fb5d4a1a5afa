// Validate's marks in the document: a cell style for errors and one for
// warnings, and a comment with the message. Only its own marks are ever
// removed: the style a cell had before is recorded and given back, and a
// comment the user wrote on the same cell is kept.
#pragma once

#include "core/rules/findings.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace statform::uno {

struct MarkOutcome {
    std::size_t cells_marked = 0;
    std::size_t cells_over_limit = 0;           // not marked: more than kMaxMarkedCells
    std::vector<std::string> sheets_not_marked; // protected with a password
};

// Marking is a style and a comment per cell, and a comment costs Calc 1.5 to
// 3 ms (its caption is made for undo), so 50,000 findings took many minutes.
// Beyond this many cells only the list in the dialog names them (errors are
// marked first). 200 is every cell a finding can be on in the largest
// official table (44 rows: label, count, people, unit), so a report in any
// edition is marked completely; more is only ever a sheet of added rows.
inline constexpr std::size_t kMaxMarkedCells = 200;

// Removes the marks of an earlier Validate. Call inside a DocumentChange.
void clear_validation_marks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Marks the cells of the error and warning findings. Call inside a DocumentChange.
MarkOutcome mark_findings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const std::vector<core::Finding>& findings);

inline constexpr const char* error_mark_style = "StatForm Error";
inline constexpr const char* warning_mark_style = "StatForm Warning";

} // namespace statform::uno
