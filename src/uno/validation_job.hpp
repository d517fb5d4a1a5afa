// "Validate": the document's sheets read in bulk, checked by the core rules,
// and the problems marked in the cells, as one undo step.
#pragma once

#include "core/rules/findings.hpp"
#include "core/rules/validation.hpp"
#include "uno/extension_context.hpp"
#include "uno/validation_marks.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace statform::uno {

struct DocumentValidation {
    core::ValidationReport report;
    MarkOutcome marks;
};

// `options.previous_year`: last year's report, to warn about large changes.
DocumentValidation
validate_document(ExtensionContext& extension,
                  const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  bool mark_cells, const core::ValidationOptions& options = {});

// Document property holding the URL of last year's report chosen with
// "Compare with last year's report…": later Validate runs compare with it.
inline constexpr char previous_report_property[] = "StatFormPreviousReport";

// Applies the report's safe fixes as one undo step ("1.200" typed as text
// becomes the number 1200, an empty group total gets its children's sum).
// A cell that now holds a formula or another value than the one validated is
// left alone. Returns how many cells were fixed.
std::size_t apply_safe_fixes(ExtensionContext& extension,
                             const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                             const core::ValidationReport& report);

// "3 lỗi, 2 cảnh báo" or the all-good sentence, in the UI language.
std::string validation_summary(const ExtensionContext& extension,
                               const core::ValidationReport& report);

} // namespace statform::uno
