// While a merge runs in front of a person: a small window (not modal) with
// the file being read, a progress bar and a Cancel button, alongside the
// status bar's progress. Between files the office handles its events, so it
// repaints and the button answers.
#pragma once

#include "uno/extension_context.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <atomic>
#include <memory>
#include <string>

namespace statform::uno {

class MergeProgressWindow {
  public:
    MergeProgressWindow(ExtensionContext& extension,
                        const css::uno::Reference<css::frame::XFrame>& frame, std::size_t files);
    ~MergeProgressWindow();
    MergeProgressWindow(const MergeProgressWindow&) = delete;
    MergeProgressWindow& operator=(const MergeProgressWindow&) = delete;

    // Shows file `index` of the merge; false once the person pressed Cancel.
    bool update(std::size_t index, const std::string& file);
    bool cancelled() const;

  private:
    std::shared_ptr<std::atomic<bool>> cancelled_; // set by the Cancel button
    ExtensionContext& extension_;
    css::uno::Reference<css::awt::XDialog> dialog_;
    std::size_t files_;
};

} // namespace statform::uno
