// Validate's marks in the document: a cell style for errors and one for
// warnings, and a comment with the message. Only its own marks are ever
// removed: the style a cell had before is recorded and given back, and a
// comment the user wrote on the same cell is kept.
#pragma once

#include "core/findings.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace statform::uno {

struct MarkOutcome {
    std::size_t cells_marked = 0;
    std::vector<std::string> sheets_not_marked; // protected with a password
};

// Removes the marks of an earlier Validate. Call inside a DocumentChange.
void clear_validation_marks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Marks the cells of the error and warning findings. Call inside a DocumentChange.
MarkOutcome mark_findings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const std::vector<core::Finding>& findings);

inline constexpr const char* error_mark_style = "StatForm Error";
inline constexpr const char* warning_mark_style = "StatForm Warning";

} // namespace statform::uno
