#include "uno/template_dialog.hpp"

#include "core/drafting/template_draft_defaults.hpp"
#include "core/drafting/template_draft_report.hpp"
#include "core/drafting/template_draft_units.hpp"
#include "uno/dialog_support.hpp"
#include "uno/logging.hpp"
#include "uno/template_maker.hpp"
#include "uno/uno_text.hpp"
#include "uno/user_message.hpp"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <cppuhelper/implbase3.hxx>
#include <rtl/ref.hxx>

#include <array>
#include <map>

namespace statform::uno {
namespace {

constexpr std::array<const char*, 2> levels{"province", "district"};

class MakeTemplateController
    : public cppu::WeakImplHelper3<css::awt::XActionListener, css::awt::XItemListener,
                                   css::awt::XTextListener> {
  public:
    MakeTemplateController(ExtensionContext& extension,
                           const css::uno::Reference<css::frame::XFrame>& frame,
                           const css::uno::Reference<css::awt::XDialog>& dialog,
                           const core::Sheet& sheet, core::DraftRequest request)
        : extension_(extension), frame_(frame), dialog_(dialog), sheet_(sheet),
          request_(std::move(request)) {}

    void start() {
        text_field("txtId")->setText(to_ou(request_.id));
        text_field("txtYear")->setText(to_ou(std::to_string(request_.year)));
        text_field("txtTitle")->setText(to_ou(request_.title));
        text_field("txtTheme")->setText(to_ou(request_.theme));
        const auto level = list("lstLevel");
        for (std::size_t i = 0; i < levels.size(); ++i) {
            level->addItem(to_ou(extension_.text(std::string("level.") + levels[i])),
                           static_cast<sal_Int16>(i));
            if (request_.level == levels[i])
                level->selectItemPos(static_cast<sal_Int16>(i), true);
        }
        if (level->getSelectedItemPos() < 0)
            level->selectItemPos(0, true);
        redraft();
        for (const char* name : {"txtId", "txtYear", "txtTitle", "txtTheme"})
            text_field(name)->addTextListener(this);
        for (const char* name : {"lstLevel", "lstRows", "lstKey", "lstUnits", "lstUnitIs"})
            list(name)->addItemListener(this);
        const auto save = control_as<css::awt::XButton>(dialog_, "btnSave");
        save->setActionCommand("save");
        save->addActionListener(this);
    }

    const std::optional<core::SaveOutcome>& saved() const { return saved_; }

    // The save button.
    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override {
        guarded([&] { save(); });
    }
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
        if (filling_)
            return;
        guarded([&] {
            const css::uno::Reference<css::awt::XListBox> source(event.Source, css::uno::UNO_QUERY);
            if (source == list("lstRows"))
                show_keys_of_selected_row();
            else if (source == list("lstKey"))
                choose_key();
            else if (source == list("lstUnits"))
                show_answer_of_selected_unit();
            else if (source == list("lstUnitIs"))
                answer_unit();
            else
                redraft();
        });
    }
    void SAL_CALL textChanged(const css::awt::TextEvent&) override {
        guarded([&] { redraft(); });
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

  private:
    template <typename Action> void guarded(Action action) {
        try {
            action();
        } catch (const css::uno::Exception& e) {
            log()->warn("make-template dialog: {}", to_utf8(e.Message));
        } catch (const std::exception& e) {
            log()->warn("make-template dialog: {}", e.what());
        }
    }

    css::uno::Reference<css::awt::XTextComponent> text_field(const char* name) const {
        return control_as<css::awt::XTextComponent>(dialog_, name);
    }
    css::uno::Reference<css::awt::XListBox> list(const char* name) const {
        return control_as<css::awt::XListBox>(dialog_, name);
    }
    // Programmatic selection notifies the item listeners too: the changes the
    // dialog makes itself are not the person's choices.
    void fill(const css::uno::Reference<css::awt::XListBox>& box,
              const std::vector<std::string>& items, sal_Int16 selected) {
        const bool was_filling = filling_;
        filling_ = true;
        box->removeItems(0, box->getItemCount());
        for (std::size_t i = 0; i < items.size(); ++i)
            box->addItem(to_ou(items[i]), static_cast<sal_Int16>(i));
        if (selected >= 0 && selected < static_cast<sal_Int16>(items.size()))
            box->selectItemPos(selected, true);
        filling_ = was_filling;
    }

    // The id, year, title and level as typed now.
    void read_fields() {
        request_.id = to_utf8(text_field("txtId")->getText());
        request_.title = to_utf8(text_field("txtTitle")->getText());
        request_.theme = to_utf8(text_field("txtTheme")->getText());
        request_.year = core::edition_year(to_utf8(text_field("txtYear")->getText())).value_or(0);
        const sal_Int16 level = list("lstLevel")->getSelectedItemPos();
        request_.level = level >= 0 ? levels[static_cast<std::size_t>(level)] : "";
    }

    // What the id and year fields say that cannot be saved; empty when fine.
    std::string field_problems() const {
        std::string problems;
        const bool id_ok = core::is_edition_id(request_.id);
        if (!id_ok)
            problems += extension_.text("dialog.template.bad-id");
        if (request_.year == 0)
            problems +=
                (problems.empty() ? "" : "\n") + extension_.text("dialog.template.bad-year");
        return problems;
    }

    void redraft() {
        read_fields();
        request_.unit_answers.clear();
        for (const auto& [typed, answer] : answers_)
            request_.unit_answers.push_back(answer);
        draft_ = draft_template(extension_, sheet_, request_);
        for (const std::string& unit : core::unknown_units(draft_))
            if (std::find(asked_units_.begin(), asked_units_.end(), unit) == asked_units_.end())
                asked_units_.push_back(unit);
        show_draft();
    }

    void show_draft() {
        set_label(
            dialog_, "lblSummary",
            core::draft_summary_line(draft_, extension_.draft_phrases(), extension_.language()));
        std::vector<std::string> rows;
        for (std::size_t r = 0; r < draft_.preview.rows.size(); ++r)
            rows.push_back(
                core::draft_row_line(draft_, r, extension_.draft_phrases(), extension_.language()));
        const sal_Int16 selected = list("lstRows")->getSelectedItemPos();
        fill(list("lstRows"), rows, selected >= 0 ? selected : 0);
        show_keys_of_selected_row();
        const sal_Int16 unit = list("lstUnits")->getSelectedItemPos();
        fill(list("lstUnits"), asked_units_, unit >= 0 ? unit : 0);
        show_answer_of_selected_unit();
        for (const char* name : {"lstUnits", "lstUnitIs"}) // only when there is something to ask
            css::uno::Reference<css::awt::XWindow>(control(dialog_, name),
                                                   css::uno::UNO_QUERY_THROW)
                ->setEnable(!asked_units_.empty());
        const std::string fields = field_problems();
        const std::string problems = problems_text(draft_);
        const std::string said =
            !fields.empty() || !problems.empty()
                ? fields + (fields.empty() || problems.empty() ? "" : "\n") + problems
                : extension_.text("dialog.template.ready");
        text_field("txtProblems")->setText(to_ou(said));
        css::uno::Reference<css::awt::XWindow>(control(dialog_, "btnSave"),
                                               css::uno::UNO_QUERY_THROW)
            ->setEnable(draft_.ok() && fields.empty());
    }

    std::optional<std::size_t> selected_row() const {
        const sal_Int16 selected = list("lstRows")->getSelectedItemPos();
        if (selected < 0 || static_cast<std::size_t>(selected) >= draft_.keys.size())
            return std::nullopt;
        return static_cast<std::size_t>(selected);
    }

    // The known keys the selected row could take, its own one selected; last, a new key.
    void show_keys_of_selected_row() {
        const auto row = selected_row();
        std::vector<std::string> items;
        sal_Int16 selected = -1;
        if (row) {
            for (const core::KeyCandidate& candidate : draft_.key_candidates[*row]) {
                if (candidate.key == draft_.keys[*row].key)
                    selected = static_cast<sal_Int16>(items.size());
                items.push_back(core::key_candidate_line(candidate, extension_.draft_phrases(),
                                                         extension_.language()));
            }
            if (selected < 0)
                selected = static_cast<sal_Int16>(items.size());
            items.push_back(extension_.text("dialog.template.new-key"));
        }
        fill(list("lstKey"), items, selected);
    }

    void choose_key() {
        const auto row = selected_row();
        const sal_Int16 choice = list("lstKey")->getSelectedItemPos();
        if (!row || choice < 0)
            return;
        const auto& candidates = draft_.key_candidates[*row];
        const auto index = static_cast<std::size_t>(choice);
        request_.chosen_keys[draft_.label_cells[*row].a1()] =
            index < candidates.size() ? candidates[index].key : std::string();
        redraft();
    }

    // The answers a unit may get: not answered yet, a new unit of each kind,
    // then each known unit type.
    std::vector<std::string> unit_choices() const {
        std::vector<std::string> items{extension_.text("dialog.template.unit-unanswered")};
        for (const core::draft::NewUnitKind& kind : core::draft::kNewUnitKinds)
            items.push_back(extension_.text("dialog.template.unit-" + std::string(kind.name)));
        for (const core::UnitType& unit : extension_.templates().unit_types().all())
            items.push_back(
                extension_.text("dialog.template.unit-same-as", {{"unit", unit.label_vi}}));
        return items;
    }

    void show_answer_of_selected_unit() {
        const sal_Int16 unit = list("lstUnits")->getSelectedItemPos();
        sal_Int16 selected = 0;
        if (unit >= 0 && static_cast<std::size_t>(unit) < asked_units_.size()) {
            const auto answer = answers_.find(asked_units_[static_cast<std::size_t>(unit)]);
            if (answer != answers_.end())
                selected = choice_of(answer->second);
        }
        fill(list("lstUnitIs"), asked_units_.empty() ? std::vector<std::string>{} : unit_choices(),
             selected);
    }

    sal_Int16 choice_of(const core::UnitAnswer& answer) const {
        const auto& known = extension_.templates().unit_types().all();
        if (!answer.same_as.empty()) {
            for (std::size_t u = 0; u < known.size(); ++u)
                if (known[u].id == answer.same_as)
                    return static_cast<sal_Int16>(1 + core::draft::kNewUnitKinds.size() + u);
            return 0;
        }
        for (std::size_t c = 0; c < core::draft::kNewUnitKinds.size(); ++c) {
            const core::draft::NewUnitKind& each = core::draft::kNewUnitKinds[c];
            if (each.kind == answer.kind && each.count_column == answer.count_column &&
                each.people_column == answer.people_column)
                return static_cast<sal_Int16>(1 + c);
        }
        return 0;
    }

    void answer_unit() {
        const sal_Int16 unit = list("lstUnits")->getSelectedItemPos();
        const sal_Int16 choice = list("lstUnitIs")->getSelectedItemPos();
        if (unit < 0 || static_cast<std::size_t>(unit) >= asked_units_.size() || choice < 0)
            return;
        const std::string& typed = asked_units_[static_cast<std::size_t>(unit)];
        const auto index = static_cast<std::size_t>(choice);
        const auto& known = extension_.templates().unit_types().all();
        if (index == 0) {
            answers_.erase(typed);
        } else if (index <= core::draft::kNewUnitKinds.size()) {
            answers_[typed] =
                core::draft::new_unit_answer(typed, core::draft::kNewUnitKinds[index - 1]);
        } else if (index - 1 - core::draft::kNewUnitKinds.size() < known.size()) {
            answers_[typed] = {typed, known[index - 1 - core::draft::kNewUnitKinds.size()].id};
        }
        redraft();
    }

    // Saves; a template of the same id (or file) is replaced only when the
    // person says so.
    void save() {
        redraft();
        if (!draft_.ok() || !field_problems().empty())
            return;
        core::SaveOutcome outcome = save_template(extension_, draft_, false);
        if (outcome.what == "id-exists" || outcome.what == "file-exists") {
            if (!ask_yes_no(extension_.component_context(), frame_,
                            extension_.text("command.MakeTemplate"),
                            outcome.message + "\n\n" + extension_.text("dialog.template.replace")))
                return;
            outcome = save_template(extension_, draft_, true);
        }
        if (!outcome.saved) {
            text_field("txtProblems")->setText(to_ou(outcome.message));
            return;
        }
        saved_ = outcome;
        dialog_->endExecute();
    }

    ExtensionContext& extension_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XDialog> dialog_;
    const core::Sheet& sheet_;
    core::DraftRequest request_;
    core::TemplateDraft draft_;
    std::vector<std::string> asked_units_;            // every unit asked about, in order
    std::map<std::string, core::UnitAnswer> answers_; // by unit as typed
    std::optional<core::SaveOutcome> saved_;
    bool filling_ = false; // the dialog is filling a list itself
};

void label_dialog(ExtensionContext& extension,
                  const css::uno::Reference<css::awt::XDialog>& dialog) {
    dialog->setTitle(to_ou(extension.text("command.MakeTemplate")));
    label_controls(dialog, extension,
                   {{"lblId", "dialog.template.id"},
                    {"lblYear", "dialog.template.year"},
                    {"lblLevel", "dialog.template.level"},
                    {"lblTitle", "dialog.template.title"},
                    {"lblTheme", "dialog.template.theme"},
                    {"lblKey", "dialog.template.key"},
                    {"lblUnits", "dialog.template.units"},
                    {"lblUnitIs", "dialog.template.unit-is"},
                    {"btnSave", "dialog.template.save"},
                    {"btnCancel", "dialog.cancel"}});
}

} // namespace

std::optional<core::SaveOutcome>
run_make_template_dialog(ExtensionContext& extension,
                         const css::uno::Reference<css::frame::XFrame>& frame,
                         const core::Sheet& sheet, const core::DraftRequest& suggested) {
    const auto dialog = create_dialog(extension, frame, "MakeTemplate.xdl");
    label_dialog(extension, dialog);
    rtl::Reference<MakeTemplateController> controller(
        new MakeTemplateController(extension, frame, dialog, sheet, suggested));
    controller->start();
    dialog->execute();
    auto saved = controller->saved();
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return saved;
}

} // namespace statform::uno
