#include "uno/template_maker.hpp"

#include "core/drafting/template_draft_defaults.hpp"
#include "sheets/document_grid.hpp"
#include "uno/logging.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>

#include <chrono>

namespace statform::uno {

core::Sheet current_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::uno::Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY);
    css::uno::Reference<css::sheet::XSpreadsheetView> view(
        model.is() ? model->getCurrentController() : nullptr, css::uno::UNO_QUERY);
    css::uno::Reference<css::sheet::XSpreadsheet> sheet =
        view.is() ? view->getActiveSheet() : nullptr;
    if (!sheet.is()) {
        css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                                 css::uno::UNO_QUERY_THROW);
        sheet.set(sheets->getByIndex(0), css::uno::UNO_QUERY_THROW);
    }
    return sheets::read_sheet(sheet);
}

core::TemplateDraft draft_template(ExtensionContext& extension, const core::Sheet& sheet,
                                   core::DraftRequest request) {
    request.sheet_name = sheet.name;
    request.language = extension.language();
    return core::draft_edition_from_grid(sheet.grid, extension.templates(),
                                         extension.draft_phrases(), request);
}

core::DraftRequest suggested_request(ExtensionContext& extension, const core::Sheet& sheet) {
    const auto today = std::chrono::year_month_day(
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    const core::TemplateDraft first_look = draft_template(extension, sheet, {});
    core::DraftRequest request =
        core::suggested_request(first_look, extension.templates(), static_cast<int>(today.year()));
    request.sheet_name = sheet.name;
    return request;
}

core::SaveOutcome save_template(ExtensionContext& extension, const core::TemplateDraft& draft,
                                bool replace) {
    const auto folder = core::user_templates_dir();
    if (folder.empty()) // no home folder: nowhere StatForm would look
        return {false, "cannot-write",
                extension.draft_phrases().format("save.cannot-write", extension.language(),
                                                 {{"file", "$STATFORM_TEMPLATES_DIR"}}),
                "no user templates folder: neither STATFORM_TEMPLATES_DIR nor HOME is set"};
    const core::SaveOutcome saved =
        core::save_draft(draft, extension.templates(), extension.draft_phrases(),
                         {core::template_file_in(folder, draft), replace, extension.language()});
    if (saved.saved) {
        log()->info("template {} saved in {}", draft.edition->id, folder.string());
        extension.reload_templates();
    } else {
        log()->warn("template not saved ({}): {} {}", saved.what, saved.message, saved.detail);
    }
    return saved;
}

std::string problems_text(const core::TemplateDraft& draft) {
    std::string text;
    for (const core::DraftProblem& problem : draft.problems)
        text += (text.empty() ? "" : "\n") + problem.message;
    return text;
}

} // namespace statform::uno
