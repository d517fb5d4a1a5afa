// A sheet the template protected (without a password) is unprotected while
// StatForm changes it and protected again afterwards; a sheet protected with
// a password is left alone (usable() is false).
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace statform::uno {

class SheetUnlock {
  public:
    explicit SheetUnlock(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
    ~SheetUnlock();
    SheetUnlock(const SheetUnlock&) = delete;
    SheetUnlock& operator=(const SheetUnlock&) = delete;

    bool usable() const { return !locked_; }

  private:
    css::uno::Reference<css::util::XProtectable> protectable_;
    bool reprotect_ = false;
    bool locked_ = false;
};

} // namespace statform::uno
