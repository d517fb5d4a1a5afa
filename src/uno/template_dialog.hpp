// The dialog of "Make a template from this table": what StatForm read from
// the sheet (rows, groups, the columns each row fills, where each row's key
// comes from), the id, year, title and level of the new edition, a question
// for each unit the catalogue does not know, a choice of key for any row,
// and the problems that stop saving, each naming its cell.
#pragma once

#include "core/drafting/template_draft.hpp"
#include "core/drafting/template_folder.hpp"
#include "uno/extension_context.hpp"

#include <com/sun/star/frame/XFrame.hpp>

#include <optional>

namespace statform::uno {

// Shows the dialog for `sheet`, starting from `suggested`; the saved
// template, or nullopt when the person cancelled.
std::optional<core::SaveOutcome>
run_make_template_dialog(ExtensionContext& extension,
                         const css::uno::Reference<css::frame::XFrame>& frame,
                         const core::Sheet& sheet, const core::DraftRequest& suggested);

} // namespace statform::uno
