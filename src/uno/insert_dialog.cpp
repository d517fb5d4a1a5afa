#include "uno/insert_dialog.hpp"

#include "statform_version.hpp"
#include "uno/dialog_support.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialogProvider2.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XRadioButton.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include <array>
#include <cppuhelper/implbase1.hxx>

namespace statform::uno {
namespace {

constexpr std::array<const char*, 3> levels{"school", "district", "province"};

std::string edition_entry(const core::Edition& edition) {
    return std::to_string(edition.year) + " – " + edition.authority +
           (edition.district.empty() ? "" : " (" + edition.district + ")");
}

void show_edition_info(ExtensionContext& extension,
                       const css::uno::Reference<css::awt::XDialog>& dialog,
                       const core::Edition& edition) {
    set_label(dialog, "lblEditionInfo",
              extension.text("dialog.insert.edition-info", {{"authority", edition.authority},
                                                            {"document", edition.document_number},
                                                            {"theme", edition.theme}}));
}

// Choosing another edition shows that edition's authority, document and theme.
class EditionInfoFollowsChoice : public cppu::WeakImplHelper1<css::awt::XItemListener> {
  public:
    EditionInfoFollowsChoice(ExtensionContext& extension,
                             const css::uno::Reference<css::awt::XDialog>& dialog)
        : extension_(extension), dialog_(dialog) {}

    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
        try {
            const auto& editions = extension_.templates().editions();
            if (event.Selected >= 0 && static_cast<std::size_t>(event.Selected) < editions.size())
                show_edition_info(extension_, dialog_,
                                  editions[static_cast<std::size_t>(event.Selected)]);
        } catch (const css::uno::Exception&) {
            // The dialog is closing: nothing to show.
        } catch (const std::exception&) {
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override { dialog_.clear(); }

  private:
    ExtensionContext& extension_;
    css::uno::Reference<css::awt::XDialog> dialog_;
};

} // namespace

css::uno::Reference<css::awt::XDialog>
create_insert_dialog(ExtensionContext& extension,
                     const css::uno::Reference<css::frame::XFrame>& frame,
                     const InsertChoice& defaults) {
    const auto dialog = create_dialog(extension, frame, "InsertTemplate.xdl");

    dialog->setTitle(to_ou(extension.text("dialog.insert.title")));
    label_controls(dialog, extension,
                   {{"lblEdition", "dialog.insert.edition"},
                    {"lblUnit", "dialog.insert.unit"},
                    {"lblLevel", "dialog.insert.level"},
                    {"lblPlace", "dialog.insert.place"},
                    {"optNewSheet", "dialog.insert.new-sheet"},
                    {"optCursor", "dialog.insert.cursor"},
                    {"btnOk", "dialog.ok"},
                    {"btnCancel", "dialog.cancel"}});
    css::uno::Reference<css::beans::XPropertySet>(control(dialog, "boxTarget")->getModel(),
                                                  css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("Label", css::uno::Any(to_ou(extension.text("dialog.insert.target"))));

    const auto& editions = extension.templates().editions(); // newest first: preselected
    const auto edition_list = control_as<css::awt::XListBox>(dialog, "lstEdition");
    sal_Int16 selected = 0;
    for (std::size_t i = 0; i < editions.size(); ++i) {
        edition_list->addItem(to_ou(edition_entry(editions[i])), static_cast<sal_Int16>(i));
        if (editions[i].id == defaults.template_id)
            selected = static_cast<sal_Int16>(i);
    }
    if (!editions.empty()) {
        edition_list->selectItemPos(selected, true);
        show_edition_info(extension, dialog, editions[static_cast<std::size_t>(selected)]);
        edition_list->addItemListener(new EditionInfoFollowsChoice(extension, dialog));
    }
    const auto level_list = control_as<css::awt::XListBox>(dialog, "lstLevel");
    sal_Int16 level_selected = 0;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        level_list->addItem(to_ou(extension.text(std::string("level.") + levels[i])),
                            static_cast<sal_Int16>(i));
        if (defaults.level == levels[i])
            level_selected = static_cast<sal_Int16>(i);
    }
    level_list->selectItemPos(level_selected, true);
    control_as<css::awt::XTextComponent>(dialog, "txtUnit")->setText(to_ou(defaults.unit_name));
    control_as<css::awt::XTextComponent>(dialog, "txtPlace")->setText(to_ou(defaults.place));
    control_as<css::awt::XRadioButton>(dialog, defaults.at_cursor ? "optCursor" : "optNewSheet")
        ->setState(true);
    return dialog;
}

std::optional<InsertChoice> ask_insert_choice(ExtensionContext& extension,
                                              const css::uno::Reference<css::frame::XFrame>& frame,
                                              const InsertChoice& defaults) {
    const auto dialog = create_insert_dialog(extension, frame, defaults);
    if (dialog->execute() != 1)
        return std::nullopt;
    InsertChoice choice = defaults;
    const auto& editions = extension.templates().editions();
    const sal_Int16 edition =
        control_as<css::awt::XListBox>(dialog, "lstEdition")->getSelectedItemPos();
    if (edition >= 0 && static_cast<std::size_t>(edition) < editions.size())
        choice.template_id = editions[static_cast<std::size_t>(edition)].id;
    const sal_Int16 level =
        control_as<css::awt::XListBox>(dialog, "lstLevel")->getSelectedItemPos();
    if (level >= 0 && static_cast<std::size_t>(level) < levels.size())
        choice.level = levels[static_cast<std::size_t>(level)];
    choice.unit_name = to_utf8(control_as<css::awt::XTextComponent>(dialog, "txtUnit")->getText());
    choice.place = to_utf8(control_as<css::awt::XTextComponent>(dialog, "txtPlace")->getText());
    choice.at_cursor = control_as<css::awt::XRadioButton>(dialog, "optCursor")->getState();
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return choice;
}

} // namespace statform::uno
