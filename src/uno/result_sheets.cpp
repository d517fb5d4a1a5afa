#include "uno/result_sheets.hpp"

#include "core/summary/summary_sheets.hpp"
#include "sheets/sheet_writer.hpp"
#include "uno/document_change.hpp"
#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/UndoFailedException.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <algorithm>

namespace statform::uno {
namespace {

css::uno::Reference<css::sheet::XSpreadsheetDocument>
hidden_document_without_undo(const css::uno::Reference<css::uno::XComponentContext>& context) {
    css::uno::Reference<css::frame::XComponentLoader> loader(css::frame::Desktop::create(context),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0].Name = "Hidden";
    args.getArray()[0].Value <<= true;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document(
        loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, args),
        css::uno::UNO_QUERY_THROW);
    // A new document nobody will undo in: nothing of its history is lost.
    css::uno::Reference<css::beans::XPropertySet>(document, css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("IsUndoEnabled", css::uno::Any(false));
    return document;
}

void close_now(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    try {
        css::uno::Reference<css::util::XCloseable>(document, css::uno::UNO_QUERY_THROW)
            ->close(true);
    } catch (const css::uno::Exception& e) {
        log()->warn("closing the hidden copy of the result sheets: {}", to_utf8(e.Message));
    }
}

// Closes a document once the office is back in its main loop.
class CloseLater : public cppu::WeakImplHelper1<css::awt::XCallback> {
  public:
    explicit CloseLater(css::uno::Reference<css::sheet::XSpreadsheetDocument> document)
        : document_(std::move(document)) {}
    void SAL_CALL notify(const css::uno::Any&) override { close_now(document_); }

  private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
};

// XUndoManager::lock() holds off one change only: Calc turns its undo
// manager on again inside the first change it makes (ScDocument::EnableUndo
// restores "as it was" by switching the manager on). So each change that
// must not be recorded gets a lock of its own.
class OneChangeUnrecorded {
  public:
    explicit OneChangeUnrecorded(css::uno::Reference<css::document::XUndoManager> undo)
        : undo_(std::move(undo)) {
        undo_->lock();
    }
    ~OneChangeUnrecorded() {
        try {
            undo_->unlock();
        } catch (const css::uno::Exception& e) {
            log()->error("unlocking the undo manager: {}", to_utf8(e.Message));
        }
    }
    OneChangeUnrecorded(const OneChangeUnrecorded&) = delete;
    OneChangeUnrecorded& operator=(const OneChangeUnrecorded&) = delete;

  private:
    css::uno::Reference<css::document::XUndoManager> undo_;
};

void remove_unrecorded(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       const std::vector<std::string>& names) {
    const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                          document, css::uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    const auto sheets = document->getSheets();
    for (auto name = names.rbegin(); name != names.rend(); ++name)
        if (sheets->hasByName(to_ou(*name))) {
            // A removal recorded now, while the undo manager undoes the step
            // holding this action, would clear the redo stack that step has
            // just been put on, and with it the step itself.
            const OneChangeUnrecorded unrecorded(undo);
            sheets->removeByName(to_ou(*name));
        }
}

void import_sheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& target,
                   const css::uno::Reference<css::sheet::XSpreadsheetDocument>& source,
                   const std::vector<std::string>& names, sal_Int32 first_position) {
    css::uno::Reference<css::sheet::XSpreadsheets2> sheets(target->getSheets(),
                                                           css::uno::UNO_QUERY_THROW);
    for (std::size_t i = 0; i < names.size(); ++i)
        sheets->importSheet(source, to_ou(names[i]), first_position + static_cast<sal_Int32>(i));
}

// The undo action for sheets copied in with importSheet (which Calc does not
// record): undo removes them, redo copies them in again from the hidden
// document they were written in, which it keeps until the office drops the
// action. In the undo step it comes before Calc's own actions for what was
// set on the copies afterwards, so Calc undoes those first and redoes them
// after.
class SheetsCopiedIn : public cppu::WeakImplHelper1<css::document::XUndoAction> {
  public:
    SheetsCopiedIn(css::uno::Reference<css::uno::XComponentContext> context,
                   const css::uno::Reference<css::sheet::XSpreadsheetDocument>& target,
                   css::uno::Reference<css::sheet::XSpreadsheetDocument> source,
                   std::vector<std::string> names, sal_Int32 first_position, rtl::OUString title)
        : context_(std::move(context)), target_(target), source_(std::move(source)),
          names_(std::move(names)), first_position_(first_position), title_(std::move(title)) {}

    ~SheetsCopiedIn() override {
        // The office drops the action from inside its undo manager (a new
        // change cleared the redo stack, the document is closing): the copy
        // is closed afterwards, not in the middle of that.
        try {
            css::awt::AsyncCallback::create(context_)->addCallback(new CloseLater(source_),
                                                                   css::uno::Any());
        } catch (...) {
            // The office is going away: it closes the hidden document itself.
        }
    }

    rtl::OUString SAL_CALL getTitle() override { return title_; }

    void SAL_CALL undo() override { remove_unrecorded(target(), names_); }

    void SAL_CALL redo() override {
        const auto document = target();
        try {
            import_sheets(document, source_, names_, first_position_);
        } catch (const css::uno::Exception& e) {
            remove_unrecorded(document, names_);
            throw css::document::UndoFailedException(e.Message, nullptr, css::uno::Any(e));
        }
    }

  private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> target() const {
        css::uno::Reference<css::sheet::XSpreadsheetDocument> document(target_.get(),
                                                                       css::uno::UNO_QUERY);
        if (!document.is())
            throw css::document::UndoFailedException("the document is gone", nullptr,
                                                     css::uno::Any());
        return document;
    }

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> target_; // it owns this action
    css::uno::Reference<css::sheet::XSpreadsheetDocument> source_;
    std::vector<std::string> names_;
    sal_Int32 first_position_;
    rtl::OUString title_;
};

// The hidden document's own first sheet must not take a result sheet's name.
void rename_first_sheet_away_from(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
    const std::vector<std::string>& names) {
    std::string spare = "StatForm";
    while (std::find(names.begin(), names.end(), spare) != names.end())
        spare += "_";
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNamed>(sheets->getByIndex(0), css::uno::UNO_QUERY_THROW)
        ->setName(to_ou(spare));
}

} // namespace

std::vector<css::uno::Reference<css::sheet::XSpreadsheet>>
write_sheets_as_one_undo_step(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& target,
                              const std::vector<const core::SheetContent*>& contents,
                              const std::string& undo_title) {
    std::vector<std::string> wanted;
    for (const auto* content : contents)
        wanted.push_back(content->name);
    const auto names = sheets::new_sheet_names(target, wanted);
    auto copies = sheets::named_as_new_sheets(contents, names);
    std::vector<core::SheetContent> across; // formulas that name one of the sheets
    for (core::SheetContent& copy : copies)
        across.push_back(core::take_formulas_referring_to(copy, names));

    const auto source = hidden_document_without_undo(context);
    try {
        rename_first_sheet_away_from(source, names);
        std::vector<const core::SheetContent*> written;
        for (const auto& copy : copies)
            written.push_back(&copy);
        sheets::write_new_sheets(source, written);
        // Kept for redo until the office drops the undo action; unmodified,
        // so quitting the office does not ask to save it.
        css::uno::Reference<css::util::XModifiable>(source, css::uno::UNO_QUERY_THROW)
            ->setModified(false);
    } catch (...) {
        close_now(source);
        throw;
    }

    const DocumentChange change(target, undo_title);
    const auto all = target->getSheets();
    const sal_Int32 first_position =
        css::uno::Reference<css::container::XIndexAccess>(all, css::uno::UNO_QUERY_THROW)
            ->getCount();
    try {
        import_sheets(target, source, names, first_position);
    } catch (...) {
        remove_unrecorded(target, names);
        close_now(source);
        throw;
    }
    change.undo_manager()->addUndoAction(
        new SheetsCopiedIn(context, target, source, names, first_position, to_ou(undo_title)));
    std::vector<css::uno::Reference<css::sheet::XSpreadsheet>> sheets;
    for (std::size_t i = 0; i < names.size(); ++i) {
        sheets.emplace_back(all->getByName(to_ou(names[i])), css::uno::UNO_QUERY_THROW);
        sheets::apply_print_setup(target, sheets.back(), copies[i]);
        sheets::write_formula_cells(sheets.back(), across[i]);
    }
    return sheets;
}

} // namespace statform::uno
