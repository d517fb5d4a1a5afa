// Every StatForm action that changes a document runs inside one of these:
// one undo step with a title the user sees in Edit ▸ Undo, repaint and
// recalculation held until the end, both released on every path.
#pragma once

#include <com/sun/star/document/XActionLockable.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace statform::uno {

class DocumentChange {
  public:
    DocumentChange(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const std::string& undo_title);
    ~DocumentChange();
    DocumentChange(const DocumentChange&) = delete;
    DocumentChange& operator=(const DocumentChange&) = delete;

    // For an undo action of StatForm's own, added into this step.
    const css::uno::Reference<css::document::XUndoManager>& undo_manager() const { return undo_; }

  private:
    css::uno::Reference<css::document::XUndoManager> undo_;
    css::uno::Reference<css::frame::XModel> model_;
    css::uno::Reference<css::document::XActionLockable> lock_;
};

} // namespace statform::uno
