// Validate's findings dialog (dialogs/Findings.xdl): what was recognised,
// "3 lỗi, 2 cảnh báo", every finding sorted by position; selecting one goes
// to its cell; a button applies the safe fixes.
#pragma once

#include "core/rules/findings.hpp"
#include "uno/extension_context.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <string>

namespace statform::uno {

enum class FindingsChoice { Close, ApplyFixes };

// Shows the dialog (modal) over `frame`; `note` is a line shown above the
// summary (e.g. "Đã tự động sửa 3 ô."), may be empty.
FindingsChoice show_findings(ExtensionContext& extension,
                             const css::uno::Reference<css::frame::XFrame>& frame,
                             const core::ValidationReport& report, const std::string& note);

// The dialog filled but not shown (tests).
css::uno::Reference<css::awt::XDialog>
create_findings_dialog(ExtensionContext& extension,
                       const css::uno::Reference<css::frame::XFrame>& frame,
                       const core::ValidationReport& report, const std::string& note);

} // namespace statform::uno
