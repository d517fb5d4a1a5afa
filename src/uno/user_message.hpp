// Tells the person at the screen something, in a message box on the frame's
// window. Does nothing without a window (headless, macros) or when the caller
// asked for silence; it never throws.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace statform::uno {

enum class MessageKind { Info, Warning, Error };

void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                  const std::string& title, const std::string& text);

// A yes/no question; false (the safe answer) without a window or on failure.
bool ask_yes_no(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                const std::string& text);

} // namespace statform::uno
