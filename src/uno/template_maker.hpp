// "Make a template from this table" in the office: the current sheet read
// into a grid, drafted by the core (core/template_draft), saved into the
// user's templates folder, where Insert, Validate and Merge find it at once.
#pragma once

#include "core/drafting/template_draft.hpp"
#include "core/drafting/template_folder.hpp"
#include "core/values/grid.hpp"
#include "uno/extension_context.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace statform::uno {

// The sheet the person is looking at (the first sheet of a document without a view).
core::Sheet current_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

core::TemplateDraft draft_template(ExtensionContext& extension, const core::Sheet& sheet,
                                   core::DraftRequest request);

// What StatForm proposes for `sheet` before the person says anything.
core::DraftRequest suggested_request(ExtensionContext& extension, const core::Sheet& sheet);

// Saves `draft` as <id>.json in the user's templates folder (unit types it
// needs in the folder's unit-types.json); the catalogue is read again, so
// the next command already offers the new edition.
core::SaveOutcome save_template(ExtensionContext& extension, const core::TemplateDraft& draft,
                                bool replace);

// Every problem of `draft`, one per line.
std::string problems_text(const core::TemplateDraft& draft);

} // namespace statform::uno
