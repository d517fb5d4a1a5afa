#include "office_fixture.hpp"

#include <com/sun/star/awt/XDialogProvider2.hpp>

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <cstdlib>
#include <memory>

namespace statform::test {
namespace {

std::unique_ptr<office::OfficeSession> the_session;

css::uno::Sequence<css::beans::PropertyValue>
properties(const std::vector<std::pair<std::string, css::uno::Any>>& items) {
    css::uno::Sequence<css::beans::PropertyValue> out(static_cast<sal_Int32>(items.size()));
    auto* raw = out.getArray();
    for (std::size_t i = 0; i < items.size(); ++i) {
        raw[i].Name = ou(items[i].first);
        raw[i].Value = items[i].second;
    }
    return out;
}

css::uno::Reference<css::lang::XComponent>
load(const std::string& url, const std::vector<std::pair<std::string, css::uno::Any>>& args) {
    css::uno::Reference<css::frame::XComponentLoader> loader(the_session->desktop(),
                                                             css::uno::UNO_QUERY_THROW);
    return loader->loadComponentFromURL(ou(url), "_blank", 0, properties(args));
}

} // namespace

std::string utf8(const rtl::OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}
rtl::OUString ou(const std::string& text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

void OfficeEnvironment::SetUp() {
    // The office reports in Vietnamese, as for most users.
    setenv("STATFORM_LANG", "vi", 1);
    // The user's templates folder is the tests' own, empty at the start: a
    // template saved by a test never reaches the real user's folder.
    std::filesystem::remove_all(user_templates_folder());
    std::filesystem::create_directories(user_templates_folder());
    setenv("STATFORM_TEMPLATES_DIR", user_templates_folder().c_str(), 1);
    the_session = office::OfficeSession::start(office::OfficeOptions::defaults());
}

void OfficeEnvironment::TearDown() {
    the_session.reset();
}

office::OfficeSession& OfficeEnvironment::session() {
    return *the_session;
}

css::uno::Reference<css::sheet::XSpreadsheetDocument> new_calc_document() {
    return {load("private:factory/scalc", {{"Hidden", css::uno::Any(true)}}),
            css::uno::UNO_QUERY_THROW};
}

css::uno::Reference<css::lang::XComponent> new_writer_document() {
    return load("private:factory/swriter", {{"Hidden", css::uno::Any(true)}});
}

css::uno::Reference<css::lang::XComponent> load_hidden(const std::filesystem::path& file) {
    return load(office::file_url(file),
                {{"Hidden", css::uno::Any(true)},
                 {"ReadOnly", css::uno::Any(true)},
                 {"MacroExecutionMode", css::uno::Any(sal_Int16(0))}, // NEVER_EXECUTE
                 {"UpdateDocMode", css::uno::Any(sal_Int16(0))}});    // NO_UPDATE
}

void close_document(const css::uno::Reference<css::uno::XInterface>& document) {
    css::uno::Reference<css::util::XCloseable> closeable(document, css::uno::UNO_QUERY);
    if (closeable.is())
        closeable->close(true);
}

DispatchOutcome dispatch(const css::uno::Reference<css::uno::XInterface>& document,
                         const std::string& command,
                         const std::vector<std::pair<std::string, css::uno::Any>>& arguments) {
    css::uno::Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::frame::XDispatchProvider> frame(
        model->getCurrentController()->getFrame(), css::uno::UNO_QUERY_THROW);
    auto all_arguments = arguments;
    all_arguments.emplace_back("Silent", css::uno::Any(true));
    const auto helper = css::frame::DispatchHelper::create(the_session->context());
    const css::uno::Any result = helper->executeDispatch(frame, ou("org.statform:" + command),
                                                         "_self", 0, properties(all_arguments));
    DispatchOutcome outcome;
    css::frame::DispatchResultEvent event;
    if (result >>= event) {
        outcome.finished = true;
        outcome.succeeded = event.State == css::frame::DispatchResultState::SUCCESS;
        rtl::OUString message;
        event.Result >>= message;
        outcome.message = utf8(message);
    }
    return outcome;
}

css::uno::Reference<org::statform::XStatForm> statform_service() {
    const auto& context = the_session->context();
    return {
        context->getServiceManager()->createInstanceWithContext("org.statform.StatForm", context),
        css::uno::UNO_QUERY_THROW};
}

std::vector<std::vector<css::uno::Any>>
read_range(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
           const std::string& sheet, const std::string& range) {
    css::uno::Reference<css::table::XCellRange> cells(document->getSheets()->getByName(ou(sheet)),
                                                      css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XCellRangeData> data(cells->getCellRangeByName(ou(range)),
                                                         css::uno::UNO_QUERY_THROW);
    std::vector<std::vector<css::uno::Any>> rows;
    for (const auto& row : data->getDataArray())
        rows.emplace_back(row.begin(), row.end());
    return rows;
}

const core::TemplateCatalog& shipped_templates() {
    static const core::TemplateCatalog loaded = [] {
        std::vector<core::LoadProblem> problems;
        return core::TemplateCatalog::load({STATFORM_SOURCE_DIR "/extension/templates"}, problems);
    }();
    return loaded;
}

std::filesystem::path statform_cli() {
    return STATFORM_CLI_PATH;
}

std::filesystem::path scratch_dir() {
    const auto dir = std::filesystem::path(STATFORM_TEST_SCRATCH_DIR);
    std::filesystem::create_directories(dir);
    return dir;
}

void expect_dialog_with_controls(const std::string& file, const std::vector<std::string>& names) {
    const auto& context = OfficeEnvironment::session().context();
    css::uno::Reference<css::awt::XDialogProvider2> provider(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.DialogProvider2",
                                                                context),
        css::uno::UNO_QUERY_THROW);
    const auto dialog = provider->createDialog(
        ou("vnd.sun.star.extension://org.statform.extension/dialogs/" + file));
    ASSERT_TRUE(dialog.is()) << file;
    css::uno::Reference<css::awt::XControlContainer> controls(dialog, css::uno::UNO_QUERY_THROW);
    for (const std::string& name : names)
        EXPECT_TRUE(controls->getControl(ou(name)).is()) << file << ": " << name;
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
}

std::filesystem::path user_templates_folder() {
    return scratch_dir() / "user-templates";
}

std::filesystem::path save_as(const css::uno::Reference<css::uno::XInterface>& document,
                              const std::string& name, const std::string& filter) {
    const auto file = scratch_dir() / name;
    std::filesystem::remove(file);
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0].Name = "FilterName";
    args.getArray()[0].Value <<= ou(filter);
    args.getArray()[1].Name = "Overwrite";
    args.getArray()[1].Value <<= true;
    css::uno::Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)
        ->storeToURL(ou(office::file_url(file)), args);
    return file;
}

css::uno::Reference<css::sheet::XSpreadsheet>
first_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    return {css::uno::Reference<css::container::XIndexAccess>(document->getSheets(),
                                                              css::uno::UNO_QUERY_THROW)
                ->getByIndex(0),
            css::uno::UNO_QUERY_THROW};
}

void put_text(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
              sal_Int32 row, const std::string& text) {
    css::uno::Reference<css::text::XTextRange>(sheet->getCellByPosition(col, row),
                                               css::uno::UNO_QUERY_THROW)
        ->setString(ou(text));
}

} // namespace statform::test

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new statform::test::OfficeEnvironment);
    return RUN_ALL_TESTS();
}
