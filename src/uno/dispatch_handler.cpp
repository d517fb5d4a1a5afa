#include "uno/dispatch_handler.hpp"

#include "core/drafting/template_draft_units.hpp"
#include "core/drafting/template_folder.hpp"
#include "statform_version.hpp"
#include "uno/document_change.hpp"
#include "uno/document_properties.hpp"
#include "uno/extension_context.hpp"
#include "uno/findings_dialog.hpp"
#include "uno/insert_dialog.hpp"
#include "uno/logging.hpp"
#include "uno/merge_dialog.hpp"
#include "uno/merge_into_document.hpp"
#include "uno/report_files.hpp"
#include "uno/template_dialog.hpp"
#include "uno/template_insert.hpp"
#include "uno/template_maker.hpp"
#include "uno/threshold_dialog.hpp"
#include "uno/uno_text.hpp"
#include "uno/user_message.hpp"
#include "uno/validation_job.hpp"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <array>
#include <atomic>
#include <string_view>

namespace statform::uno {
namespace {

struct Outcome {
    sal_Int16 state = css::frame::DispatchResultState::SUCCESS;
    std::string message;
};

// What a command handler gets to work with.
struct CommandCall {
    ExtensionContext& extension;
    css::uno::Reference<css::frame::XFrame> frame;
    const css::uno::Sequence<css::beans::PropertyValue>& arguments;
    bool interactive; // a person is at the screen: dialogs may be shown
};

css::uno::Reference<css::sheet::XSpreadsheetDocument> calc_document(const CommandCall& call) {
    const auto controller = call.frame.is() ? call.frame->getController() : nullptr;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document(
        controller.is() ? controller->getModel() : nullptr, css::uno::UNO_QUERY);
    if (!document.is())
        throw css::lang::IllegalArgumentException(to_ou(call.extension.text("error.not-calc")),
                                                  nullptr, 0);
    return document;
}

// A template file dropped into a templates folder that does not load is
// said to the person once per office session (the IT person who added next
// year's edition sees why it is missing), with each file, place and fault.
void tell_template_problems_once(CommandCall& call) {
    static std::atomic<bool> told = false;
    const auto& problems = call.extension.template_problems();
    if (problems.empty() || !call.interactive || told.exchange(true))
        return;
    std::string list;
    for (const auto& problem : problems)
        list += "\n• " + problem.describe();
    show_message(call.extension.component_context(), call.frame, MessageKind::Warning,
                 call.extension.text("dialog.insert.title"),
                 call.extension.text("templates.problems", {{"problems", list}}));
}

Outcome insert_template_command(CommandCall& call) {
    const auto document = calc_document(call);
    tell_template_problems_once(call);
    auto choice = insert_choice_from(
        [&](const char* name) {
            const auto value = find_property<rtl::OUString>(call.arguments, name);
            return value ? std::optional<std::string>(to_utf8(*value)) : std::nullopt;
        },
        [&](const char* name) { return find_property<bool>(call.arguments, name); });
    const bool chosen_by_arguments =
        find_property<rtl::OUString>(call.arguments, "TemplateId").has_value();
    if (call.interactive && !chosen_by_arguments) {
        auto asked = ask_insert_choice(call.extension, call.frame, choice);
        if (!asked)
            return {css::frame::DispatchResultState::DONTKNOW,
                    call.extension.text("command.cancelled")};
        choice = *asked;
    }
    const auto result = insert_template(call.extension, document, choice);
    return {css::frame::DispatchResultState::SUCCESS,
            call.extension.text("insert.done", {{"id", to_utf8(result.TemplateId)},
                                                {"sheet", to_utf8(result.SheetName)}})};
}

// Last year's report read for comparison; `note` says with which file, or
// why it could not be used.
core::ValidationOptions compared_with(const CommandCall& call, const std::string& previous,
                                      std::string& note) {
    core::ValidationOptions options;
    std::string problem;
    options.previous_year = read_comparison_file(call.extension, previous, problem);
    note = options.previous_year
               ? call.extension.text("previous.compared",
                                     {{"file", path_of(previous).filename().string()},
                                      {"edition", options.previous_year->edition_id}})
               : problem;
    return options;
}

// Last year's report to compare with: the "PreviousUrl" argument, else the
// one remembered in the document by "Compare with last year's report…".
// A remembered file that can no longer be read is said, not fatal.
core::ValidationOptions
validation_options(const CommandCall& call,
                   const css::uno::Reference<css::uno::XInterface>& document, std::string& note) {
    std::string previous = to_utf8(
        find_property<rtl::OUString>(call.arguments, "PreviousUrl").value_or(rtl::OUString()));
    if (previous.empty())
        previous = document_property(document, previous_report_property);
    return previous.empty() ? core::ValidationOptions{} : compared_with(call, previous, note);
}

// Fixes what is safe and validates again, as one undo step: one Ctrl+Z
// gives back the document as it was before the fixes.
DocumentValidation
fix_and_validate_again(CommandCall& call,
                       const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       const DocumentValidation& validation, const core::ValidationOptions& options,
                       std::string& note) {
    DocumentChange change(document, call.extension.text("validate.fix-undo-title"));
    const auto fixed = apply_safe_fixes(call.extension, document, validation.report);
    note = call.extension.text("validate.fixed", {{"count", std::to_string(fixed)}});
    return validate_document(call.extension, document, true, options);
}

// Validates with `options`, marks the cells and, for a person, opens the
// findings dialog; its fix button applies the safe fixes and validates
// again. ApplyFixes=true (tests, macros) applies them without asking.
// `note` (may be empty) comes first in what is said.
Outcome validate_and_report(CommandCall& call,
                            const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                            const core::ValidationOptions& options, std::string note) {
    auto validation = validate_document(call.extension, document, true, options);
    if (find_property<bool>(call.arguments, "ApplyFixes").value_or(false))
        validation = fix_and_validate_again(call, document, validation, options, note);
    while (call.interactive) {
        if (validation.report.findings.empty()) {
            show_message(call.extension.component_context(), call.frame, MessageKind::Info,
                         call.extension.text("dialog.findings.title"),
                         validation.report.table.summary + "\n" +
                             validation_summary(call.extension, validation.report));
            break;
        }
        if (show_findings(call.extension, call.frame, validation.report, note) !=
            FindingsChoice::ApplyFixes)
            break;
        validation = fix_and_validate_again(call, document, validation, options, note);
    }
    std::string message =
        (note.empty() ? "" : note + " ") + validation_summary(call.extension, validation.report);
    if (validation.marks.cells_over_limit > 0)
        message += " " + call.extension.text(
                             "validate.over-mark-limit",
                             {{"marked", std::to_string(validation.marks.cells_marked)},
                              {"more", std::to_string(validation.marks.cells_over_limit)}});
    if (!validation.marks.sheets_not_marked.empty()) {
        std::string sheets;
        for (const auto& sheet : validation.marks.sheets_not_marked)
            sheets += (sheets.empty() ? "«" : ", «") + sheet + "»";
        message += " " + call.extension.text("validate.not-marked", {{"sheets", sheets}});
    }
    return {css::frame::DispatchResultState::SUCCESS, message};
}

// Validate; "PreviousUrl" (or the file the document remembers) is last
// year's report to compare with.
Outcome validate_command(CommandCall& call) {
    const auto document = calc_document(call);
    std::string compared;
    const core::ValidationOptions options = validation_options(call, document, compared);
    return validate_and_report(call, document, options, compared);
}

// "Compare with last year's report…": the person picks last year's report
// of the same unit (or "PreviousUrl" names it); the document remembers it
// and Validate runs, now warning about large changes row by row.
Outcome compare_with_last_year_command(CommandCall& call) {
    const auto document = calc_document(call);
    auto previous = find_property<rtl::OUString>(call.arguments, "PreviousUrl");
    if (!previous && call.interactive)
        if (const auto picked = pick_one_file(call.extension, "previous.pick-title", "merge.filter",
                                              "*.ods;*.xlsx;*.xls"))
            previous = to_ou(*picked);
    if (!previous)
        return {css::frame::DispatchResultState::DONTKNOW,
                call.extension.text("command.cancelled")};
    std::string compared;
    const core::ValidationOptions options = compared_with(call, to_utf8(*previous), compared);
    if (!options.previous_year) // `compared` says why
        throw css::lang::IllegalArgumentException(to_ou(compared), nullptr, 0);
    set_document_property(document, previous_report_property, to_utf8(*previous));
    return validate_and_report(call, document, options, compared);
}

// Merge asks for the report files (unless given as the "Files" argument),
// merges them into a new document ("Target" = "current": into this one, as
// one undo step) and says what it did.
Outcome merge_command(CommandCall& call) {
    MergeRequest request;
    bool into_current =
        to_utf8(find_property<rtl::OUString>(call.arguments, "Target").value_or("new")) ==
        "current";
    if (const auto files =
            find_property<css::uno::Sequence<rtl::OUString>>(call.arguments, "Files")) {
        for (const auto& file : *files)
            request.files.emplace_back(to_utf8(file));
        request.template_id =
            to_utf8(find_property<rtl::OUString>(call.arguments, "TemplateId").value_or(""));
        request.unit_name =
            to_utf8(find_property<rtl::OUString>(call.arguments, "UnitName").value_or(""));
        request.previous_file =
            to_utf8(find_property<rtl::OUString>(call.arguments, "PreviousUrl").value_or(""));
        request.narrative_file =
            to_utf8(find_property<rtl::OUString>(call.arguments, "NarrativeUrl").value_or(""));
        request.open_narrative =
            find_property<bool>(call.arguments, "OpenNarrative").value_or(false);
        if (const auto expected =
                find_property<css::uno::Sequence<rtl::OUString>>(call.arguments, "ExpectedUnits"))
            for (const auto& unit : *expected)
                request.expected_units.push_back(to_utf8(unit));
    } else if (call.interactive) {
        if (auto choice = ask_merge_choice(call.extension, call.frame)) {
            request = std::move(choice->request);
            into_current = choice->into_current_document;
        }
    }
    if (request.files.empty())
        return {css::frame::DispatchResultState::DONTKNOW,
                call.extension.text("command.cancelled")};
    request.cancellable = call.interactive;
    const auto target = into_current ? calc_document(call) : new_result_document(call.extension);
    const auto outcome = merge_into_document(call.extension, request, target, call.frame);
    if (outcome.cancelled) {
        if (!into_current)
            css::uno::Reference<css::util::XCloseable>(target, css::uno::UNO_QUERY_THROW)
                ->close(true);
        return {css::frame::DispatchResultState::DONTKNOW, outcome.message};
    }
    if (!into_current)
        remove_first_blank_sheet(target);
    std::string message = outcome.message;
    for (const auto& unit : outcome.result.missing_units)
        message += "\n" + call.extension.text("merge.missing-unit", {{"unit", unit}});
    if (call.interactive)
        show_message(call.extension.component_context(), call.frame, MessageKind::Info,
                     call.extension.text("command.Merge"), message);
    return {css::frame::DispatchResultState::SUCCESS, message};
}

// The new edition as the arguments describe it (TemplateId, Year, Title,
// Theme, Level, UnitTypes: "TYPED=ID" or "TYPED=new:count|people|count-people|money",
// Keys: "CELL=KEY"), over what StatForm proposes for the sheet.
core::DraftRequest template_request_from(const CommandCall& call, core::DraftRequest request) {
    const auto text = [&](const char* name) -> std::optional<std::string> {
        const auto value = find_property<rtl::OUString>(call.arguments, name);
        return value ? std::optional<std::string>(to_utf8(*value)) : std::nullopt;
    };
    request.id = text("TemplateId").value_or(request.id);
    request.title = text("Title").value_or(request.title);
    request.theme = text("Theme").value_or(request.theme);
    request.level = text("Level").value_or(request.level);
    if (const auto year = find_property<sal_Int32>(call.arguments, "Year"))
        request.year = *year;
    const auto list = [&](const char* name) {
        std::vector<std::string> values;
        if (const auto given =
                find_property<css::uno::Sequence<rtl::OUString>>(call.arguments, name))
            for (const auto& value : *given)
                values.push_back(to_utf8(value));
        return values;
    };
    for (const std::string& answer : list("UnitTypes")) {
        const auto parsed =
            core::draft::parse_unit_answer(answer, call.extension.templates().unit_types());
        if (!parsed)
            throw css::lang::IllegalArgumentException(
                to_ou(call.extension.text("make-template.bad-answer", {{"answer", answer}})),
                nullptr, 0);
        request.unit_answers.push_back(*parsed);
    }
    for (const std::string& choice : list("Keys"))
        if (const auto parsed = core::draft::parse_key_choice(choice))
            request.chosen_keys[parsed->first] = parsed->second;
    return request;
}

// "Make a template from this table…": the dialog for a person; with
// arguments (TemplateId, …; Replace=true to replace a template of the same
// id) it drafts and saves without asking.
Outcome make_template_command(CommandCall& call) {
    const auto document = calc_document(call);
    const core::Sheet sheet = current_sheet(document);
    const core::DraftRequest suggested = suggested_request(call.extension, sheet);
    std::optional<core::SaveOutcome> saved;
    if (call.interactive && !find_property<rtl::OUString>(call.arguments, "TemplateId")) {
        saved = run_make_template_dialog(call.extension, call.frame, sheet, suggested);
        if (!saved)
            return {css::frame::DispatchResultState::DONTKNOW,
                    call.extension.text("command.cancelled")};
    } else {
        const core::TemplateDraft draft =
            draft_template(call.extension, sheet, template_request_from(call, suggested));
        if (!draft.ok())
            return {
                css::frame::DispatchResultState::FAILURE,
                call.extension.text("make-template.not-saved",
                                    {{"sheet", sheet.name}, {"problems", problems_text(draft)}})};
        saved = save_template(call.extension, draft,
                              find_property<bool>(call.arguments, "Replace").value_or(false));
        if (!saved->saved)
            return {css::frame::DispatchResultState::FAILURE, saved->message};
    }
    const std::string done =
        call.extension.text("make-template.done", {{"id", saved->edition_id},
                                                   {"rows", std::to_string(saved->row_count)},
                                                   {"file", saved->template_file.string()}});
    if (call.interactive) // nothing in the document shows it: the person is told where it went
        show_message(call.extension.component_context(), call.frame, MessageKind::Info,
                     call.extension.text("command.MakeTemplate"), done);
    return {css::frame::DispatchResultState::SUCCESS, done};
}

// "Validation limits…": the dialog for a person; with arguments named as the
// thresholds (max_people_per_class=300.0, …) it saves those without asking.
// Written into the user templates folder's unit-types.json, and used from
// the next command on.
Outcome thresholds_command(CommandCall& call) {
    std::map<std::string, double, std::less<>> changed;
    for (const std::string_view name : core::kRequiredThresholds)
        if (const auto value = find_property<double>(call.arguments, std::string(name).c_str()))
            changed[std::string(name)] = *value;
    if (changed.empty() && call.interactive) {
        const auto asked = ask_thresholds(call.extension, call.frame);
        if (!asked)
            return {css::frame::DispatchResultState::DONTKNOW,
                    call.extension.text("command.cancelled")};
        changed = *asked;
    }
    if (changed.empty())
        return {css::frame::DispatchResultState::FAILURE,
                call.extension.text("thresholds.none-given")};
    std::string not_numbers;
    for (const auto& [name, value] : changed)
        if (!core::is_threshold_value(value))
            not_numbers += (not_numbers.empty() ? "«" : ", «") +
                           call.extension.text("threshold." + name) + "»";
    if (!not_numbers.empty())
        return {css::frame::DispatchResultState::FAILURE,
                call.extension.text("thresholds.bad-value", {{"names", not_numbers}})};
    const auto folder = core::user_templates_dir();
    const std::string file = (folder / "unit-types.json").string();
    std::string detail;
    if (folder.empty() ||
        !core::save_thresholds(folder, call.extension.templates(), changed, detail)) {
        log()->warn("validation limits not saved in {}: {}", file, detail);
        return {css::frame::DispatchResultState::FAILURE,
                call.extension.text("thresholds.not-saved",
                                    {{"file", folder.empty() ? "$STATFORM_TEMPLATES_DIR" : file}})};
    }
    log()->info("validation limits saved in {}", file);
    call.extension.reload_templates();
    const std::string done = call.extension.text("thresholds.saved", {{"file", file}});
    if (call.interactive)
        show_message(call.extension.component_context(), call.frame, MessageKind::Info,
                     call.extension.text("command.Thresholds"), done);
    return {css::frame::DispatchResultState::SUCCESS, done};
}

// The menu commands, by the path of their URL ("org.statform:Validate").
struct Command {
    std::string_view name;
    Outcome (*run)(CommandCall&);
};
constexpr std::array commands{
    Command{"InsertTemplate", insert_template_command},
    Command{"Validate", validate_command},
    Command{"CompareWithLastYear", compare_with_last_year_command},
    Command{"Merge", merge_command},
    Command{"MakeTemplate", make_template_command},
    Command{"Thresholds", thresholds_command},
};

const Command* find_command(const css::util::URL& url) {
    if (url.Protocol != rtl::OUString::createFromAscii(command_protocol))
        return nullptr;
    const std::string path = to_utf8(url.Path);
    for (const auto& command : commands)
        if (command.name == path)
            return &command;
    return nullptr;
}

void notify(const css::uno::Reference<css::frame::XDispatchResultListener>& listener,
            const css::uno::Reference<css::uno::XInterface>& source, const Outcome& outcome) {
    if (!listener.is())
        return;
    css::frame::DispatchResultEvent event;
    event.Source = source;
    event.State = outcome.state;
    event.Result <<= to_ou(outcome.message);
    listener->dispatchFinished(event);
}

} // namespace

DispatchHandler::DispatchHandler(const css::uno::Reference<css::uno::XComponentContext>& context)
    : context_(context) {}

void DispatchHandler::initialize(const css::uno::Sequence<css::uno::Any>& arguments) {
    for (const auto& argument : arguments)
        if (css::uno::Reference<css::frame::XFrame> frame; argument >>= frame)
            frame_ = frame;
}

css::uno::Reference<css::frame::XDispatch>
DispatchHandler::queryDispatch(const css::util::URL& url, const rtl::OUString&, sal_Int32) {
    return find_command(url) ? this : nullptr;
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> DispatchHandler::queryDispatches(
    const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) {
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    auto* out = dispatches.getArray();
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

void DispatchHandler::dispatch(const css::util::URL& url,
                               const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    dispatchWithNotification(url, arguments, nullptr);
}

void DispatchHandler::dispatchWithNotification(
    const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
    const css::uno::Reference<css::frame::XDispatchResultListener>& listener) {
    // Nothing may escape into the office's dispatch loop: every failure is
    // logged, shown to the user and reported to the listener.
    Outcome outcome;
    const bool silent = find_property<bool>(arguments, "Silent").value_or(false);
    std::string title = "StatForm";
    try {
        const auto extension = ExtensionContext::get(context_);
        title = extension->text("app.name");
        const Command* command = find_command(url);
        log()->info("dispatch {}", to_utf8(url.Complete));
        if (!command) {
            outcome = {css::frame::DispatchResultState::FAILURE,
                       extension->text("command.unknown", {{"command", to_utf8(url.Complete)}})};
        } else {
            CommandCall call{*extension, frame_, arguments, !silent};
            outcome = command->run(call);
        }
        // Success shows itself in the document; anything else is said.
        if (!silent && outcome.state == css::frame::DispatchResultState::FAILURE)
            show_message(context_, frame_, MessageKind::Warning, title, outcome.message);
    } catch (const css::uno::Exception& e) {
        log()->error("dispatch {}: {}", to_utf8(url.Complete), to_utf8(e.Message));
        outcome = {css::frame::DispatchResultState::FAILURE, to_utf8(e.Message)};
        if (!silent)
            show_message(context_, frame_, MessageKind::Error, title, outcome.message);
    } catch (const std::exception& e) {
        log()->error("dispatch {}: {}", to_utf8(url.Complete), e.what());
        outcome = {css::frame::DispatchResultState::FAILURE, e.what()};
        if (!silent)
            show_message(context_, frame_, MessageKind::Error, title, outcome.message);
    } catch (...) {
        log()->error("dispatch {}: unknown exception", to_utf8(url.Complete));
        outcome = {css::frame::DispatchResultState::FAILURE, "StatForm: unexpected error"};
    }
    try {
        notify(listener, static_cast<cppu::OWeakObject*>(this), outcome);
    } catch (...) {
        log()->warn("dispatch listener failed");
    }
}

void DispatchHandler::addStatusListener(
    const css::uno::Reference<css::frame::XStatusListener>& listener, const css::util::URL& url) {
    if (!listener.is())
        return;
    // The commands are always available in a spreadsheet.
    css::frame::FeatureStateEvent state;
    state.Source = static_cast<cppu::OWeakObject*>(this);
    state.FeatureURL = url;
    state.IsEnabled = find_command(url) != nullptr;
    try {
        listener->statusChanged(state);
    } catch (const css::uno::Exception& e) {
        log()->warn("status listener failed: {}", to_utf8(e.Message));
    }
}

void DispatchHandler::removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                           const css::util::URL&) {}

rtl::OUString DispatchHandler::getImplementationName() {
    return rtl::OUString::createFromAscii(implementation_name);
}

sal_Bool DispatchHandler::supportsService(const rtl::OUString& name) {
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> DispatchHandler::getSupportedServiceNames() {
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

} // namespace statform::uno
