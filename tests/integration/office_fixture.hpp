// The integration tests' office: started once for the whole run with the
// freshly built statform.oxt installed in a private profile, and helpers to
// drive it the way a user or a macro would.
#pragma once

#include "core/templates/template_catalog.hpp"
#include "office/office_session.hpp"
#include "office/uno_bootstrap.hpp"

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/statform/XStatForm.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace statform::test {

// What a menu command answered through the dispatch framework.
struct DispatchOutcome {
    bool finished = false;  // the handler reported a result
    bool succeeded = false; // DispatchResultState::SUCCESS
    std::string message;    // the Result text
};

class OfficeEnvironment : public ::testing::Environment {
  public:
    void SetUp() override;
    void TearDown() override;
    static office::OfficeSession& session();
};

// A new, hidden Calc document; closed by the caller with close_document().
css::uno::Reference<css::sheet::XSpreadsheetDocument> new_calc_document();
// A new, hidden Writer document.
css::uno::Reference<css::lang::XComponent> new_writer_document();
// Opens a file hidden, read-only, macros never run.
css::uno::Reference<css::lang::XComponent> load_hidden(const std::filesystem::path& file);
void close_document(const css::uno::Reference<css::uno::XInterface>& document);

// Dispatches "org.statform:<command>" on the document's frame with the given
// arguments (Silent=true is always added: no message box in tests).
DispatchOutcome dispatch(const css::uno::Reference<css::uno::XInterface>& document,
                         const std::string& command,
                         const std::vector<std::pair<std::string, css::uno::Any>>& arguments = {});

// The StatForm service created in the office, as a macro would.
css::uno::Reference<org::statform::XStatForm> statform_service();

// Cell values of a range ("A1:F20") of the named sheet, via getDataArray.
std::vector<std::vector<css::uno::Any>>
read_range(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
           const std::string& sheet, const std::string& range);

std::string utf8(const rtl::OUString& text);
rtl::OUString ou(const std::string& text);

// The shipped template catalogue, as the tests compute expectations from it.
const core::TemplateCatalog& shipped_templates();

// The built statform CLI, and a folder for files a test makes.
std::filesystem::path statform_cli();

// The document's first sheet, and a text typed into one of its cells.
css::uno::Reference<css::sheet::XSpreadsheet>
first_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
void put_text(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
              sal_Int32 row, const std::string& text);

// Stores a copy of `document` in scratch_dir() / name with the office filter
// `filter` ("calc8", "Calc MS Excel 2007 XML", "MS Excel 97"); the document
// itself stays as it is.
std::filesystem::path save_as(const css::uno::Reference<css::uno::XInterface>& document,
                              const std::string& name, const std::string& filter);
std::filesystem::path scratch_dir();
// Creates dialogs/<file> from the installed extension (not executed: that
// would wait for a person) and checks it has every control named.
void expect_dialog_with_controls(const std::string& file, const std::vector<std::string>& names);

// The user templates folder of the office under test ($STATFORM_TEMPLATES_DIR).
std::filesystem::path user_templates_folder();

} // namespace statform::test
