// What every StatForm dialog needs: created from its .xdl in the installed
// extension with the frame's window as parent, and its controls reached by
// name. Labels come from dialogs/strings.json, set through these helpers.
#pragma once

#include "uno/extension_context.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <initializer_list>
#include <string>
#include <utility>

namespace statform::uno {

// dialogs/<file> of the installed extension, not shown yet.
css::uno::Reference<css::awt::XDialog>
create_dialog(ExtensionContext& extension, const css::uno::Reference<css::frame::XFrame>& frame,
              const char* file);

css::uno::Reference<css::awt::XControl>
control(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name);

template <typename Interface>
css::uno::Reference<Interface> control_as(const css::uno::Reference<css::awt::XDialog>& dialog,
                                          const char* name) {
    return {control(dialog, name), css::uno::UNO_QUERY_THROW};
}

// The visible text of a label, button, radio button or group box.
void set_label(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name,
               const std::string& text);

// Each control named first gets the UI phrase named second:
// label_controls(dialog, extension, {{"btnOk", "dialog.ok"}, ...}).
void label_controls(const css::uno::Reference<css::awt::XDialog>& dialog,
                    const ExtensionContext& extension,
                    std::initializer_list<std::pair<const char*, const char*>> phrases);

} // namespace statform::uno
