#include "uno/validation_job.hpp"

#include "core/rules/validation.hpp"
#include "sheets/document_grid.hpp"
#include "uno/document_change.hpp"
#include "uno/logging.hpp"
#include "uno/sheet_unlock.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <chrono>

namespace statform::uno {
namespace {

std::string document_name(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::uno::Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY);
    const std::string url = model.is() ? to_utf8(model->getURL()) : "";
    return url.empty() ? "(document)" : url;
}

} // namespace

DocumentValidation
validate_document(ExtensionContext& extension,
                  const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  bool mark_cells, const core::ValidationOptions& options) {
    // Each step's time goes to the log: where a large Validate spends it.
    using clock = std::chrono::steady_clock;
    const auto started = clock::now();
    const auto ms_since = [](clock::time_point since) {
        return std::chrono::duration_cast<std::chrono::milliseconds>(clock::now() - since).count();
    };
    DocumentValidation result;
    const core::Workbook workbook = sheets::read_document(document, document_name(document));
    const auto read_ms = ms_since(started);
    const auto validating = clock::now();
    result.report =
        core::validate_workbook(workbook, extension.templates(), extension.findings_phrases(),
                                extension.language(), options);
    result.report.source = workbook.source;
    const auto validate_ms = ms_since(validating);
    long long clear_ms = 0, mark_ms = 0;
    if (mark_cells) {
        DocumentChange change(document, extension.text("validate.undo-title"));
        const auto clearing = clock::now();
        clear_validation_marks(document);
        clear_ms = ms_since(clearing);
        const auto marking = clock::now();
        result.marks = mark_findings(document, result.report.findings);
        mark_ms = ms_since(marking);
    }
    log()->info("validated {}: {} findings, {} cells marked, {} ms (read {}, validate {}, "
                "clear marks {}, mark {})",
                workbook.source, result.report.findings.size(), result.marks.cells_marked,
                ms_since(started), read_ms, validate_ms, clear_ms, mark_ms);
    return result;
}

std::size_t apply_safe_fixes(ExtensionContext& extension,
                             const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                             const core::ValidationReport& report) {
    if (report.fixes.empty())
        return 0;
    std::size_t applied = 0;
    DocumentChange change(document, extension.text("validate.fix-undo-title"));
    const auto sheets = document->getSheets();
    for (const auto& fix : report.fixes) {
        if (!sheets->hasByName(to_ou(fix.sheet)))
            continue;
        css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(to_ou(fix.sheet)),
                                                            css::uno::UNO_QUERY_THROW);
        const auto cell = sheet->getCellByPosition(static_cast<sal_Int32>(fix.cell.col),
                                                   static_cast<sal_Int32>(fix.cell.row));
        const std::string now =
            to_utf8(css::uno::Reference<css::text::XTextRange>(cell, css::uno::UNO_QUERY_THROW)
                        ->getString());
        // Only what was validated is changed: not a formula, not a value typed since.
        if (cell->getType() == css::table::CellContentType_FORMULA || now != fix.old_text)
            continue;
        SheetUnlock unlock(sheet);
        if (!unlock.usable())
            continue;
        cell->setValue(fix.new_value);
        ++applied;
    }
    log()->info("applied {} of {} safe fixes", applied, report.fixes.size());
    return applied;
}

std::string validation_summary(const ExtensionContext& extension,
                               const core::ValidationReport& report) {
    const auto errors = report.count(core::Severity::Error),
               warnings = report.count(core::Severity::Warning);
    if (errors + warnings == 0)
        return extension.text("validate.all-good");
    return extension.text("validate.summary", {{"errors", std::to_string(errors)},
                                               {"warnings", std::to_string(warnings)}});
}

} // namespace statform::uno
