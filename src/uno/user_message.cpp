#include "uno/user_message.hpp"

#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>

namespace statform::uno {

void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                  const std::string& title, const std::string& text) {
    try {
        if (!frame.is())
            return;
        css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(),
                                                          css::uno::UNO_QUERY);
        if (!parent.is())
            return;
        css::uno::Reference<css::awt::XMessageBoxFactory> factory(
            css::awt::Toolkit::create(context), css::uno::UNO_QUERY_THROW);
        const auto type = kind == MessageKind::Error     ? css::awt::MessageBoxType_ERRORBOX
                          : kind == MessageKind::Warning ? css::awt::MessageBoxType_WARNINGBOX
                                                         : css::awt::MessageBoxType_INFOBOX;
        const auto box = factory->createMessageBox(
            parent, type, css::awt::MessageBoxButtons::BUTTONS_OK, to_ou(title), to_ou(text));
        box->execute();
    } catch (const css::uno::Exception& e) {
        log()->warn("cannot show a message box: {}", to_utf8(e.Message));
    }
}

} // namespace statform::uno
