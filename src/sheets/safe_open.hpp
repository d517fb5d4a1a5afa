// Opening a stranger's workbook in the office, the only safe way: hidden,
// read-only, macros never executed, links never updated, and no interaction
// handler, so a password or repair question fails the file instead of
// waiting for an answer nobody will give. Read with one bulk call per sheet
// and closed at once. (Read-only does not stop API edits: StatForm never
// stores a source.)
#pragma once

#include "core/values/grid.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace statform::sheets {

struct OfficeRead {
    std::optional<core::Workbook> workbook;
    bool not_a_spreadsheet = false;   // it opened, but as something else (a text document, …)
    bool password_or_damaged = false; // the office gave up without saying why: a password or damage
    std::string detail;               // why it could not be opened (the office's words), else empty
};

OfficeRead read_source_through_office(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                                      const std::filesystem::path& file);

css::beans::PropertyValue property(const char* name, const css::uno::Any& value);

} // namespace statform::sheets
