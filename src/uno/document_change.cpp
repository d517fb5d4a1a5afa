#include "uno/document_change.hpp"

#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

namespace statform::uno {

DocumentChange::DocumentChange(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
    const std::string& undo_title)
    : undo_(css::uno::Reference<css::document::XUndoManagerSupplier>(document,
                                                                     css::uno::UNO_QUERY_THROW)
                ->getUndoManager()),
      model_(document, css::uno::UNO_QUERY), lock_(document, css::uno::UNO_QUERY) {
    // The undo context opens before the first change: a change made before it
    // would become an undo step of its own.
    undo_->enterUndoContext(to_ou(undo_title));
    if (model_.is())
        model_->lockControllers();
    if (lock_.is())
        lock_->addActionLock();
}

DocumentChange::~DocumentChange() {
    try {
        if (lock_.is())
            lock_->removeActionLock();
        if (model_.is())
            model_->unlockControllers();
        undo_->leaveUndoContext();
    } catch (const css::uno::Exception& e) {
        log()->error("closing an undo step: {}", to_utf8(e.Message));
    }
}

} // namespace statform::uno
