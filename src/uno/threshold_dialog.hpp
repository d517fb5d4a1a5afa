// "Validation limits…": the plausibility thresholds of unit-types.json in a
// dialog, so that office staff never edit JSON to change them.
#pragma once

#include "uno/extension_context.hpp"

#include <com/sun/star/frame/XFrame.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace statform::uno {

// The limits the person set, by threshold name, after OK; nullopt when the
// dialog was cancelled. A field that is not a number of 0 or more is named
// in a message and the dialog shown again.
std::optional<std::map<std::string, double, std::less<>>>
ask_thresholds(ExtensionContext& extension, const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace statform::uno
