#include "uno/report_files.hpp"

#include "core/merge/merge_from_validation.hpp"
#include "io/read_workbook.hpp"
#include "sheets/safe_open.hpp"
#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>

namespace statform::uno {

std::vector<std::string> pick_report_files(ExtensionContext& extension,
                                           const css::uno::Reference<css::frame::XFrame>&) {
    const auto picker = css::ui::dialogs::FilePicker::createWithMode(
        extension.component_context(), css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(to_ou(extension.text("merge.pick-files")));
    picker->setMultiSelectionMode(true);
    css::uno::Reference<css::ui::dialogs::XFilterManager> filters(picker, css::uno::UNO_QUERY);
    if (filters.is()) {
        filters->appendFilter(to_ou(extension.text("merge.filter")), "*.ods;*.xlsx;*.xls");
        filters->setCurrentFilter(to_ou(extension.text("merge.filter")));
    }
    std::vector<std::string> files;
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return files;
    for (const auto& url : picker->getSelectedFiles())
        files.push_back(to_utf8(url));
    return files;
}

std::optional<std::string> pick_one_file(ExtensionContext& extension, const std::string& title_key,
                                         const std::string& filter_key,
                                         const std::string& pattern) {
    const auto picker = css::ui::dialogs::FilePicker::createWithMode(
        extension.component_context(), css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(to_ou(extension.text(title_key)));
    css::uno::Reference<css::ui::dialogs::XFilterManager> filters(picker, css::uno::UNO_QUERY);
    if (filters.is()) {
        filters->appendFilter(to_ou(extension.text(filter_key)), to_ou(pattern));
        filters->setCurrentFilter(to_ou(extension.text(filter_key)));
    }
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return std::nullopt;
    const auto chosen = picker->getSelectedFiles();
    if (chosen.getLength() == 0)
        return std::nullopt;
    return to_utf8(chosen[0]);
}

std::filesystem::path path_of(const std::string& url_or_path) {
    if (url_or_path.rfind("file:", 0) != 0)
        return url_or_path;
    rtl::OUString path;
    osl::FileBase::getSystemPathFromFileURL(to_ou(url_or_path), path);
    return to_utf8(path);
}

std::optional<core::Workbook> read_through_office(ExtensionContext& extension,
                                                  const std::filesystem::path& file,
                                                  std::string& problem) {
    auto read = sheets::read_source_through_office(
        css::frame::Desktop::create(extension.component_context()), file);
    if (read.not_a_spreadsheet)
        problem = extension.text("merge.not-a-spreadsheet", {{"file", file.string()}});
    else if (read.password_or_damaged)
        problem = extension.text("merge.password-or-damaged", {{"file", file.string()}});
    else if (!read.workbook)
        problem = extension.text("merge.cannot-open", {{"file", file.string()}});
    if (!read.workbook && !read.detail.empty())
        log()->info("reading {} through the office: {}", file.string(), read.detail);
    return std::move(read.workbook);
}

std::optional<core::Workbook> read_report_file(ExtensionContext& extension,
                                               const std::filesystem::path& file,
                                               std::string& problem) {
    io::ReadResult read = io::read_workbook(file);
    if (read.ok())
        return std::move(read.workbook);
    if (read.failure == io::ReadFailure::UnsupportedFormat)
        return read_through_office(extension, file, problem);
    problem = extension.language() == core::Language::Vietnamese ? read.message_vi : read.message;
    if (!read.detail.empty())
        log()->info("reading {}: {}", file.string(), read.detail);
    return std::nullopt;
}

std::optional<core::ReportedValues> read_comparison_file(ExtensionContext& extension,
                                                         const std::string& url_or_path,
                                                         std::string& problem) {
    const std::filesystem::path file = path_of(url_or_path);
    std::string reason;
    const auto workbook = read_report_file(extension, file, reason);
    if (!workbook) {
        problem =
            extension.text("previous.unreadable", {{"file", file.string()}, {"reason", reason}});
        return std::nullopt;
    }
    auto values =
        core::comparison_values(*workbook, extension.templates(), extension.findings_phrases());
    if (!values)
        problem = extension.text("previous.no-table", {{"file", file.string()}});
    return values;
}

css::uno::Reference<css::sheet::XSpreadsheetDocument>
new_result_document(ExtensionContext& extension) {
    css::uno::Reference<css::frame::XComponentLoader> loader(
        css::frame::Desktop::create(extension.component_context()), css::uno::UNO_QUERY_THROW);
    return {loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, {}),
            css::uno::UNO_QUERY_THROW};
}

void remove_first_blank_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    if (sheets->getCount() < 2)
        return;
    css::uno::Reference<css::sheet::XCellRangesQuery> first(sheets->getByIndex(0),
                                                            css::uno::UNO_QUERY_THROW);
    const sal_Int16 anything = css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING |
                               css::sheet::CellFlags::FORMULA;
    if (css::uno::Reference<css::container::XIndexAccess>(first->queryContentCells(anything),
                                                          css::uno::UNO_QUERY_THROW)
            ->getCount() > 0)
        return;
    document->getSheets()->removeByName(
        css::uno::Reference<css::container::XNamed>(first, css::uno::UNO_QUERY_THROW)->getName());
}

} // namespace statform::uno
