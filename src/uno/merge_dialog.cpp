#include "uno/merge_dialog.hpp"

#include "core/locate/table_locator.hpp"
#include "core/merge/unit_name.hpp"
#include "sheets/merge_job.hpp"
#include "statform_version.hpp"
#include "uno/dialog_support.hpp"
#include "uno/logging.hpp"
#include "uno/report_files.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XRadioButton.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <map>

namespace statform::uno {
namespace {

// Keeps the list of files and answers the dialog's three list buttons.
class FileListController : public cppu::WeakImplHelper1<css::awt::XActionListener> {
  public:
    FileListController(ExtensionContext& extension,
                       const css::uno::Reference<css::awt::XDialog>& dialog)
        : extension_(extension), dialog_(dialog) {}

    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
        try {
            const std::string command = to_utf8(event.ActionCommand);
            if (command == "add-files")
                add(pick_report_files(extension_, nullptr));
            else if (command == "add-folder")
                add_folder();
            else if (command == "remove")
                remove_selected();
            else if (command == "pick-expected")
                pick_expected();
            else if (command == "pick-previous")
                pick_previous();
            refresh();
        } catch (const css::uno::Exception& e) {
            log()->warn("merge dialog: {}", to_utf8(e.Message));
        } catch (const std::exception& e) {
            log()->warn("merge dialog: {}", e.what());
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

    const std::vector<std::filesystem::path>& files() const { return files_; }
    const std::vector<std::string>& expected_units() const { return expected_units_; }
    const std::string& previous_file() const { return previous_file_; }

  private:
    void add(const std::vector<std::string>& urls_or_paths) {
        for (const auto& file : source_files(urls_or_paths))
            if (std::find(files_.begin(), files_.end(), file) == files_.end()) {
                files_.push_back(file);
                descriptions_[file] = describe_report_file(extension_, file);
            }
    }
    void add_folder() {
        const auto picker = css::ui::dialogs::FolderPicker::create(extension_.component_context());
        picker->setTitle(to_ou(extension_.text("merge.pick-folder")));
        if (picker->execute() == css::ui::dialogs::ExecutableDialogResults::OK)
            add({to_utf8(picker->getDirectory())});
    }
    // The list is read at once, so the person sees how many units it holds
    // (or that it holds none) before merging.
    void pick_expected() {
        const auto url = pick_one_file(extension_, "merge.pick-expected", "merge.expected-filter",
                                       "*.txt;*.ods;*.xlsx;*.xls");
        if (!url)
            return;
        const auto file = path_of(*url);
        expected_units_ = sheets::read_expected_units(file, [&](const auto& path) {
            std::string problem;
            return read_report_file(extension_, path, problem);
        });
        set_text("txtExpected",
                 expected_units_.empty()
                     ? extension_.text("merge.expected-empty", {{"file", file.filename().string()}})
                     : file.filename().string() + " — " +
                           extension_.text("dialog.merge.count-units",
                                           {{"count", std::to_string(expected_units_.size())}}));
    }
    void pick_previous() {
        const auto url =
            pick_one_file(extension_, "merge.pick-previous", "merge.filter", "*.ods;*.xlsx;*.xls");
        if (!url)
            return;
        previous_file_ = *url;
        set_text("txtPrevious", path_of(*url).filename().string());
    }
    void set_text(const char* field, const std::string& text) {
        control_as<css::awt::XTextComponent>(dialog_, field)->setText(to_ou(text));
    }
    void remove_selected() {
        auto selected = control_as<css::awt::XListBox>(dialog_, "lstFiles")->getSelectedItemsPos();
        std::vector<sal_Int16> positions(selected.begin(), selected.end());
        std::sort(positions.rbegin(), positions.rend());
        for (const auto position : positions)
            if (position >= 0 && static_cast<std::size_t>(position) < files_.size())
                files_.erase(files_.begin() + position);
    }
    void refresh() {
        const auto list = control_as<css::awt::XListBox>(dialog_, "lstFiles");
        list->removeItems(0, list->getItemCount());
        for (std::size_t i = 0; i < files_.size(); ++i)
            list->addItem(to_ou(descriptions_[files_[i]]), static_cast<sal_Int16>(i));
        set_label(
            dialog_, "lblCount",
            extension_.text("dialog.merge.count", {{"count", std::to_string(files_.size())}}));
        css::uno::Reference<css::awt::XWindow>(control(dialog_, "btnOk"), css::uno::UNO_QUERY_THROW)
            ->setEnable(!files_.empty());
    }

    ExtensionContext& extension_;
    css::uno::Reference<css::awt::XDialog> dialog_;
    std::vector<std::filesystem::path> files_;
    std::map<std::filesystem::path, std::string> descriptions_;
    std::vector<std::string> expected_units_;
    std::string previous_file_; // URL
};

void listen(const css::uno::Reference<css::awt::XDialog>& dialog, const char* button,
            const char* command, const css::uno::Reference<css::awt::XActionListener>& listener) {
    const auto control_button = control_as<css::awt::XButton>(dialog, button);
    control_button->setActionCommand(rtl::OUString::createFromAscii(command));
    control_button->addActionListener(listener);
}

} // namespace

std::string describe_report_file(ExtensionContext& extension, const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    // Read as the merge will read it (.xls through the office, hidden).
    std::string problem;
    const auto workbook = read_report_file(extension, file, problem);
    if (!workbook)
        return extension.text("dialog.merge.unreadable", {{"reason", problem}}) + " — " + name;
    const auto search = core::locate_statistics_table(*workbook, extension.templates().editions());
    if (!search.table.found())
        return extension.text("dialog.merge.no-table") + " — " + name;
    const auto& table = search.table;
    const auto& grid = workbook->sheets[table.sheet_index].grid;
    const std::string unit =
        core::unit_of_report(grid, table.header_first_row.value_or(table.first_row), file, {}).name;
    const auto* edition = extension.templates().find(table.edition_id);
    return unit + " — " + table.edition_id +
           (edition ? " (" + std::to_string(edition->year) + ")" : "") + " — " + name;
}

std::optional<MergeChoice> ask_merge_choice(ExtensionContext& extension,
                                            const css::uno::Reference<css::frame::XFrame>& frame) {
    const auto dialog = create_dialog(extension, frame, "Merge.xdl");
    dialog->setTitle(to_ou(extension.text("dialog.merge.title")));
    label_controls(dialog, extension,
                   {{"lblFiles", "dialog.merge.files"},
                    {"btnAddFiles", "dialog.merge.add-files"},
                    {"btnAddFolder", "dialog.merge.add-folder"},
                    {"btnRemove", "dialog.merge.remove"},
                    {"lblEdition", "dialog.merge.edition"},
                    {"lblUnit", "dialog.merge.unit"},
                    {"lblExpected", "dialog.merge.expected"},
                    {"lblPrevious", "dialog.merge.previous"},
                    {"btnExpected", "dialog.merge.choose"},
                    {"btnPrevious", "dialog.merge.choose"}});
    for (const char* field : {"txtExpected", "txtPrevious"})
        control_as<css::awt::XTextComponent>(dialog, field)
            ->setText(to_ou(extension.text("dialog.merge.optional")));
    label_controls(dialog, extension,
                   {{"chkOpenReport", "dialog.merge.open-report"},
                    {"optNewDocument", "dialog.merge.new-document"},
                    {"optCurrentDocument", "dialog.merge.current-document"},
                    {"btnOk", "dialog.merge.ok"},
                    {"btnCancel", "dialog.cancel"}});
    set_label(dialog, "lblCount", extension.text("dialog.merge.count", {{"count", "0"}}));
    css::uno::Reference<css::awt::XWindow>(control(dialog, "btnOk"), css::uno::UNO_QUERY_THROW)
        ->setEnable(false);
    const auto& editions = extension.templates().editions(); // newest first: the default target
    const auto edition_list = control_as<css::awt::XListBox>(dialog, "lstEdition");
    for (std::size_t i = 0; i < editions.size(); ++i)
        edition_list->addItem(
            to_ou(std::to_string(editions[i].year) + " – " + editions[i].authority),
            static_cast<sal_Int16>(i));
    edition_list->selectItemPos(0, true);

    rtl::Reference<FileListController> controller(new FileListController(extension, dialog));
    const css::uno::Reference<css::awt::XActionListener> listener(controller.get());
    listen(dialog, "btnAddFiles", "add-files", listener);
    listen(dialog, "btnAddFolder", "add-folder", listener);
    listen(dialog, "btnRemove", "remove", listener);
    listen(dialog, "btnExpected", "pick-expected", listener);
    listen(dialog, "btnPrevious", "pick-previous", listener);

    std::optional<MergeChoice> choice;
    if (dialog->execute() == 1 && !controller->files().empty()) {
        choice = MergeChoice{};
        choice->request.files = controller->files();
        const sal_Int16 edition = edition_list->getSelectedItemPos();
        if (edition >= 0 && static_cast<std::size_t>(edition) < editions.size())
            choice->request.template_id = editions[static_cast<std::size_t>(edition)].id;
        choice->request.unit_name =
            to_utf8(control_as<css::awt::XTextComponent>(dialog, "txtUnit")->getText());
        choice->request.expected_units = controller->expected_units();
        choice->request.previous_file = controller->previous_file();
        choice->request.open_narrative =
            control_as<css::awt::XCheckBox>(dialog, "chkOpenReport")->getState() == 1;
        choice->into_current_document =
            control_as<css::awt::XRadioButton>(dialog, "optCurrentDocument")->getState();
    }
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return choice;
}

} // namespace statform::uno
