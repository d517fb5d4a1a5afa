#include "uno/threshold_dialog.hpp"

#include "core/drafting/template_folder.hpp"
#include "core/values/vi_number.hpp"
#include "uno/dialog_support.hpp"
#include "uno/uno_text.hpp"
#include "uno/user_message.hpp"

#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <cmath>

namespace statform::uno {
namespace {

// Field i of the dialog holds core::kRequiredThresholds[i].
std::string field_name(const char* prefix, std::size_t index) {
    return prefix + std::to_string(index);
}

// Without thousands separators, so that it reads back the same in any language.
std::string shown(double value) {
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return core::format_vi_number(value, 4);
}

} // namespace

std::optional<std::map<std::string, double, std::less<>>>
ask_thresholds(ExtensionContext& extension, const css::uno::Reference<css::frame::XFrame>& frame) {
    const auto dialog = create_dialog(extension, frame, "Thresholds.xdl");
    const auto close = [&] {
        css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    };
    dialog->setTitle(to_ou(extension.text("command.Thresholds")));
    label_controls(dialog, extension,
                   {{"lblHint", "dialog.thresholds.hint"},
                    {"btnOk", "dialog.thresholds.save"},
                    {"btnCancel", "dialog.cancel"}});
    const core::Thresholds& current = extension.templates().unit_types().thresholds();
    const auto field = [&](std::size_t i) {
        return control_as<css::awt::XTextComponent>(dialog, field_name("txtT", i).c_str());
    };
    for (std::size_t i = 0; i < core::kRequiredThresholds.size(); ++i) {
        const std::string name(core::kRequiredThresholds[i]);
        set_label(dialog, field_name("lblT", i).c_str(), extension.text("threshold." + name));
        field(i)->setText(to_ou(shown(current.get(name).value_or(0))));
    }
    for (;;) {
        if (dialog->execute() != 1) {
            close();
            return std::nullopt;
        }
        std::map<std::string, double, std::less<>> chosen;
        std::string not_numbers;
        for (std::size_t i = 0; i < core::kRequiredThresholds.size(); ++i) {
            const std::string name(core::kRequiredThresholds[i]);
            if (const auto value = core::read_threshold(to_utf8(field(i)->getText())))
                chosen[name] = *value;
            else
                not_numbers +=
                    (not_numbers.empty() ? "«" : ", «") + extension.text("threshold." + name) + "»";
        }
        if (not_numbers.empty()) {
            close();
            return chosen;
        }
        show_message(extension.component_context(), frame, MessageKind::Error,
                     extension.text("command.Thresholds"),
                     extension.text("thresholds.bad-value", {{"names", not_numbers}}));
    }
}

} // namespace statform::uno
