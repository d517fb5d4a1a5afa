// "Insert statistics template": puts an edition of the official form into a
// spreadsheet document as one undo step, and records which edition it is so
// Validate and Merge recognise the sheet at once.
#pragma once

#include "uno/extension_context.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/statform/InsertResult.hpp>

#include <functional>
#include <optional>
#include <string>

namespace statform::uno {

struct InsertChoice {
    std::string template_id; // empty: the newest edition
    std::string unit_name;
    std::string level;           // "school", "district", "province" (recorded with the document)
    std::string place;           // for the date line
    bool at_cursor = false;      // false: a new sheet
    std::string sheet_name;      // new sheet's name; empty: "Thống kê HTSĐ <year>"
    std::optional<bool> protect; // default: protect a new sheet, not the user's own sheet
};

// Reads the choices from named arguments (UNO options or dispatch arguments):
// TemplateId, UnitName, Level, Place, Target ("new-sheet"/"cursor"), SheetName, Protect.
InsertChoice
insert_choice_from(const std::function<std::optional<std::string>(const char*)>& text_argument,
                   const std::function<std::optional<bool>(const char*)>& flag_argument);

// Throws css::lang::IllegalArgumentException for an unknown edition or a bad target.
org::statform::InsertResult
insert_template(ExtensionContext& extension,
                const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const InsertChoice& choice);

// The sheet-local name that records the edition of an inserted table
// ("StatForm_htsd_2023" for "htsd-2023"): names allow no "-".
std::string edition_range_name(const std::string& edition_id);

} // namespace statform::uno
