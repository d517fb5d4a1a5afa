#include "uno/merge_progress.hpp"

#include "statform_version.hpp"
#include "uno/dialog_support.hpp"
#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XProgressBar.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <cppuhelper/implbase1.hxx>

namespace statform::uno {

namespace {

class CancelButton : public cppu::WeakImplHelper1<css::awt::XActionListener> {
  public:
    explicit CancelButton(std::shared_ptr<std::atomic<bool>> cancelled)
        : cancelled_(std::move(cancelled)) {}
    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override { *cancelled_ = true; }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

  private:
    std::shared_ptr<std::atomic<bool>> cancelled_;
};

} // namespace

MergeProgressWindow::MergeProgressWindow(ExtensionContext& extension,
                                         const css::uno::Reference<css::frame::XFrame>& frame,
                                         std::size_t files)
    : cancelled_(std::make_shared<std::atomic<bool>>(false)), extension_(extension), files_(files) {
    try {
        dialog_ = create_dialog(extension, frame, "MergeProgress.xdl");
        dialog_->setTitle(to_ou(extension.text("merge.progress")));
        set_label(dialog_, "btnCancel", extension.text("dialog.cancel"));
        css::uno::Reference<css::awt::XProgressBar>(control(dialog_, "barProgress"),
                                                    css::uno::UNO_QUERY_THROW)
            ->setRange(0, static_cast<sal_Int32>(files));
        css::uno::Reference<css::awt::XButton>(control(dialog_, "btnCancel"),
                                               css::uno::UNO_QUERY_THROW)
            ->addActionListener(new CancelButton(cancelled_));
        css::uno::Reference<css::awt::XWindow>(dialog_, css::uno::UNO_QUERY_THROW)
            ->setVisible(true);
    } catch (const css::uno::Exception& e) {
        // Without the window the merge still runs; it just cannot be cancelled.
        log()->warn("merge progress window: {}", to_utf8(e.Message));
        dialog_.clear();
    }
}

MergeProgressWindow::~MergeProgressWindow() {
    try {
        if (dialog_.is())
            css::uno::Reference<css::lang::XComponent>(dialog_, css::uno::UNO_QUERY_THROW)
                ->dispose();
    } catch (const css::uno::Exception&) {
    }
}

bool MergeProgressWindow::update(std::size_t index, const std::string& file) {
    if (dialog_.is()) {
        try {
            set_label(dialog_, "lblFile",
                      extension_.text("merge.progress-file", {{"i", std::to_string(index + 1)},
                                                              {"n", std::to_string(files_)},
                                                              {"file", file}}));
            css::uno::Reference<css::awt::XProgressBar>(control(dialog_, "barProgress"),
                                                        css::uno::UNO_QUERY_THROW)
                ->setValue(static_cast<sal_Int32>(index));
        } catch (const css::uno::Exception& e) {
            log()->warn("merge progress window: {}", to_utf8(e.Message));
        }
    }
    return !cancelled();
}

bool MergeProgressWindow::cancelled() const {
    return *cancelled_;
}

} // namespace statform::uno
