#include "uno/dialog_support.hpp"

#include "statform_version.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

namespace statform::uno {

css::uno::Reference<css::awt::XDialog>
create_dialog(ExtensionContext& extension, const css::uno::Reference<css::frame::XFrame>& frame,
              const char* file) {
    const auto& context = extension.component_context();
    css::uno::Reference<css::awt::XDialogProvider2> provider(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.DialogProvider2",
                                                                context),
        css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::NamedValue> arguments;
    if (frame.is()) {
        arguments.realloc(1);
        arguments.getArray()[0] =
            css::beans::NamedValue("ParentWindow", css::uno::Any(frame->getContainerWindow()));
    }
    const rtl::OUString url = "vnd.sun.star.extension://" +
                              rtl::OUString::createFromAscii(extension_identifier) + "/dialogs/" +
                              rtl::OUString::createFromAscii(file);
    return provider->createDialogWithArguments(url, arguments);
}

css::uno::Reference<css::awt::XControl>
control(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name) {
    return css::uno::Reference<css::awt::XControlContainer>(dialog, css::uno::UNO_QUERY_THROW)
        ->getControl(rtl::OUString::createFromAscii(name));
}

void set_label(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name,
               const std::string& text) {
    css::uno::Reference<css::beans::XPropertySet>(control(dialog, name)->getModel(),
                                                  css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("Label", css::uno::Any(to_ou(text)));
}

void label_controls(const css::uno::Reference<css::awt::XDialog>& dialog,
                    const ExtensionContext& extension,
                    std::initializer_list<std::pair<const char*, const char*>> phrases) {
    for (const auto& [name, key] : phrases)
        set_label(dialog, name, extension.text(key));
}

} // namespace statform::uno
