#include "uno/user_message.hpp"

#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>

#include <optional>

namespace statform::uno {

namespace {

// The box's answer, or nullopt when there is no window to show it on.
std::optional<sal_Int16> run_box(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const css::uno::Reference<css::frame::XFrame>& frame,
                                 css::awt::MessageBoxType type, sal_Int32 buttons,
                                 const std::string& title, const std::string& text) {
    try {
        if (!frame.is())
            return std::nullopt;
        css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(),
                                                          css::uno::UNO_QUERY);
        if (!parent.is())
            return std::nullopt;
        css::uno::Reference<css::awt::XMessageBoxFactory> factory(
            css::awt::Toolkit::create(context), css::uno::UNO_QUERY_THROW);
        const auto box =
            factory->createMessageBox(parent, type, buttons, to_ou(title), to_ou(text));
        return box->execute();
    } catch (const css::uno::Exception& e) {
        log()->warn("cannot show a message box: {}", to_utf8(e.Message));
    }
    return std::nullopt;
}

} // namespace

void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                  const std::string& title, const std::string& text) {
    const auto type = kind == MessageKind::Error     ? css::awt::MessageBoxType_ERRORBOX
                      : kind == MessageKind::Warning ? css::awt::MessageBoxType_WARNINGBOX
                                                     : css::awt::MessageBoxType_INFOBOX;
    run_box(context, frame, type, css::awt::MessageBoxButtons::BUTTONS_OK, title, text);
}

bool ask_yes_no(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                const std::string& text) {
    const auto answer = run_box(context, frame, css::awt::MessageBoxType_QUERYBOX,
                                css::awt::MessageBoxButtons::BUTTONS_YES_NO |
                                    css::awt::MessageBoxButtons::DEFAULT_BUTTON_NO,
                                title, text);
    return answer && *answer == css::awt::MessageBoxResults::YES;
}

} // namespace statform::uno
