#include "uno/sheet_unlock.hpp"

#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

namespace statform::uno {

SheetUnlock::SheetUnlock(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
    : protectable_(sheet, css::uno::UNO_QUERY_THROW) {
    if (!protectable_->isProtected())
        return;
    try {
        protectable_->unprotect("");
        reprotect_ = true;
    } catch (const css::uno::Exception&) {
        locked_ = true; // a password we do not know
    }
}

SheetUnlock::~SheetUnlock() {
    try {
        if (reprotect_)
            protectable_->protect("");
    } catch (const css::uno::Exception& e) {
        log()->error("protecting a sheet again: {}", to_utf8(e.Message));
    }
}

} // namespace statform::uno
