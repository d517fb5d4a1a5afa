// The "Insert statistics template" dialog (dialogs/InsertTemplate.xdl): the
// person picks the edition, names the unit, and says where to insert.
#pragma once

#include "uno/extension_context.hpp"
#include "uno/template_insert.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <optional>

namespace statform::uno {

// Shows the dialog filled from `defaults`; nothing when the person cancels.
std::optional<InsertChoice> ask_insert_choice(ExtensionContext& extension,
                                              const css::uno::Reference<css::frame::XFrame>& frame,
                                              const InsertChoice& defaults);

// The dialog, created and filled but not shown (for tests and for the above).
css::uno::Reference<css::awt::XDialog>
create_insert_dialog(ExtensionContext& extension,
                     const css::uno::Reference<css::frame::XFrame>& frame,
                     const InsertChoice& defaults);

} // namespace statform::uno
