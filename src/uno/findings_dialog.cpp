#include "uno/findings_dialog.hpp"

#include "statform_version.hpp"
#include "uno/dialog_support.hpp"
#include "uno/logging.hpp"
#include "uno/uno_text.hpp"
#include "uno/validation_job.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <cppuhelper/implbase1.hxx>

namespace statform::uno {
namespace {

std::string finding_line(const ExtensionContext& extension, const core::Finding& finding) {
    std::string line =
        "[" + extension.text("severity." + std::string(core::severity_name(finding.severity))) +
        "] ";
    if (finding.cell)
        line += finding.cell->a1() + " · ";
    if (!finding.row_code.empty())
        line += finding.row_code + " · ";
    return line + finding.message;
}

constexpr std::size_t kMaxListedFindings = 2000;

// Selecting a finding shows its whole message under the list and selects
// its cell in the document behind the dialog.
class GoToFinding : public cppu::WeakImplHelper1<css::awt::XItemListener> {
  public:
    GoToFinding(const css::uno::Reference<css::frame::XFrame>& frame,
                const std::vector<core::Finding>& findings,
                const css::uno::Reference<css::beans::XPropertySet>& detail_label)
        : frame_(frame), findings_(findings), detail_label_(detail_label) {}

    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
        try {
            const auto index = static_cast<std::size_t>(event.Selected);
            if (index >= findings_.size() || index >= kMaxListedFindings)
                return; // the "… and N more" line
            const auto& finding = findings_[index];
            detail_label_->setPropertyValue(
                "Label", css::uno::Any(to_ou(
                             (finding.cell ? finding.sheet + "." + finding.cell->a1() + ": " : "") +
                             (finding.row_label.empty() ? "" : "«" + finding.row_label + "» — ") +
                             finding.message)));
            if (!finding.cell || !frame_.is())
                return;
            css::uno::Reference<css::sheet::XSpreadsheetView> view(frame_->getController(),
                                                                   css::uno::UNO_QUERY_THROW);
            css::uno::Reference<css::sheet::XSpreadsheetDocument> document(
                frame_->getController()->getModel(), css::uno::UNO_QUERY_THROW);
            if (!document->getSheets()->hasByName(to_ou(finding.sheet)))
                return;
            css::uno::Reference<css::sheet::XSpreadsheet> sheet(
                document->getSheets()->getByName(to_ou(finding.sheet)), css::uno::UNO_QUERY_THROW);
            view->setActiveSheet(sheet);
            css::uno::Reference<css::view::XSelectionSupplier>(view, css::uno::UNO_QUERY_THROW)
                ->select(css::uno::Any(
                    sheet->getCellByPosition(static_cast<sal_Int32>(finding.cell->col),
                                             static_cast<sal_Int32>(finding.cell->row))));
        } catch (const css::uno::Exception& e) {
            log()->warn("going to a finding's cell: {}", to_utf8(e.Message));
        } catch (const std::exception& e) {
            log()->warn("going to a finding's cell: {}", e.what());
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

  private:
    css::uno::Reference<css::frame::XFrame> frame_;
    std::vector<core::Finding> findings_;
    css::uno::Reference<css::beans::XPropertySet> detail_label_;
};

} // namespace

css::uno::Reference<css::awt::XDialog>
create_findings_dialog(ExtensionContext& extension,
                       const css::uno::Reference<css::frame::XFrame>& frame,
                       const core::ValidationReport& report, const std::string& note) {
    const auto dialog = create_dialog(extension, frame, "Findings.xdl");
    dialog->setTitle(to_ou(extension.text("dialog.findings.title")));
    set_label(dialog, "lblRecognition", report.table.summary);
    set_label(dialog, "lblSummary",
              (note.empty() ? "" : note + " ") + validation_summary(extension, report));
    set_label(dialog, "lblHint", extension.text("dialog.findings.hint"));
    set_label(
        dialog, "btnFix",
        extension.text("dialog.findings.fix", {{"count", std::to_string(report.fixes.size())}}));
    set_label(dialog, "btnClose", extension.text("dialog.findings.close"));
    css::uno::Reference<css::awt::XWindow>(control(dialog, "btnFix"), css::uno::UNO_QUERY_THROW)
        ->setEnable(!report.fixes.empty());
    css::uno::Reference<css::awt::XListBox> list(control(dialog, "lstFindings"),
                                                 css::uno::UNO_QUERY_THROW);
    // A list box counts its entries in 16 bits, and nobody reads 50,000
    // lines: the first kMaxListedFindings are listed, then how many more.
    const std::size_t listed = std::min(report.findings.size(), kMaxListedFindings);
    css::uno::Sequence<rtl::OUString> lines(
        static_cast<sal_Int32>(listed + (report.findings.size() > listed ? 1 : 0)));
    for (std::size_t i = 0; i < listed; ++i)
        lines.getArray()[i] = to_ou(finding_line(extension, report.findings[i]));
    if (report.findings.size() > listed)
        lines.getArray()[listed] = to_ou(extension.text(
            "dialog.findings.more", {{"count", std::to_string(report.findings.size() - listed)}}));
    list->addItems(lines, 0);
    list->addItemListener(
        new GoToFinding(frame, report.findings,
                        css::uno::Reference<css::beans::XPropertySet>(
                            control(dialog, "lblDetail")->getModel(), css::uno::UNO_QUERY_THROW)));
    return dialog;
}

FindingsChoice show_findings(ExtensionContext& extension,
                             const css::uno::Reference<css::frame::XFrame>& frame,
                             const core::ValidationReport& report, const std::string& note) {
    const auto dialog = create_findings_dialog(extension, frame, report, note);
    const bool fix = dialog->execute() == 1;
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return fix ? FindingsChoice::ApplyFixes : FindingsChoice::Close;
}

} // namespace statform::uno
