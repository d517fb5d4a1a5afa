#include "uno/merge_into_document.hpp"

#include "core/merge/merge_messages.hpp"
#include "core/summary/summary_sheets.hpp"
#include "sheets/document_grid.hpp"
#include "sheets/merge_job.hpp"
#include "sheets/report_document.hpp"
#include "sheets/safe_open.hpp"
#include "uno/logging.hpp"
#include "uno/merge_progress.hpp"
#include "uno/report_files.hpp"
#include "uno/result_sheets.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XReschedule.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <chrono>

namespace statform::uno {
std::vector<std::filesystem::path> source_files(const std::vector<std::string>& urls_or_paths) {
    std::vector<std::filesystem::path> files;
    for (const auto& given : urls_or_paths) {
        const auto path = path_of(given);
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::filesystem::path> found;
        for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
            std::string extension = entry.path().extension().string();
            std::transform(extension.begin(), extension.end(), extension.begin(),
                           [](unsigned char c) { return std::tolower(c); });
            const std::string name = entry.path().filename().string();
            if (entry.is_regular_file(error) && name[0] != '.' &&
                (extension == ".ods" || extension == ".xlsx" || extension == ".xls"))
                found.push_back(entry.path());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

MergeOutcome
merge_into_document(ExtensionContext& extension, const MergeRequest& request,
                    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& target,
                    const css::uno::Reference<css::frame::XFrame>& frame) {
    const auto started = std::chrono::steady_clock::now();
    const auto& catalog = extension.templates();
    const core::Edition* edition =
        request.template_id.empty() ? catalog.newest() : catalog.find(request.template_id);
    if (!edition)
        throw css::lang::IllegalArgumentException(
            to_ou(extension.text("insert.unknown-template",
                                 {{"id", request.template_id}, {"known", ""}})),
            nullptr, 0);
    const auto files =
        source_files(std::vector<std::string>(request.files.begin(), request.files.end()));

    // Progress in the status bar; the office repaints and answers meanwhile.
    css::uno::Reference<css::task::XStatusIndicator> indicator;
    if (frame.is())
        if (css::uno::Reference<css::task::XStatusIndicatorFactory> factory{frame,
                                                                            css::uno::UNO_QUERY};
            factory.is())
            indicator = factory->createStatusIndicator();
    if (indicator.is())
        indicator->start(to_ou(extension.text("merge.progress")),
                         static_cast<sal_Int32>(files.size()));
    css::uno::Reference<css::awt::XReschedule> reschedule(
        css::awt::Toolkit::create(extension.component_context()), css::uno::UNO_QUERY);
    // A person at the screen can stop the merge (macros and the CLI cannot be asked).
    std::unique_ptr<MergeProgressWindow> window;
    if (frame.is() && request.cancellable)
        window = std::make_unique<MergeProgressWindow>(extension, frame, files.size());
    auto progress = [&](std::size_t index, std::size_t count, const std::string& file) {
        if (indicator.is()) {
            indicator->setText(to_ou(extension.text(
                "merge.progress-file",
                {{"i", std::to_string(index + 1)}, {"n", std::to_string(count)}, {"file", file}})));
            indicator->setValue(static_cast<sal_Int32>(index));
        }
        if (reschedule.is())
            reschedule->reschedule();
        return window ? window->update(index, file) : true;
    };
    const sheets::MergeSettings settings{catalog,
                                         *edition,
                                         extension.findings_phrases(),
                                         extension.language(),
                                         request.expected_units,
                                         2};
    const auto run = sheets::run_merge(
        files, settings,
        [&](const std::filesystem::path& file, io::ReadProblem& problem) {
            return read_through_office(extension, file, problem.message);
        },
        progress);
    if (indicator.is())
        indicator->end();
    window.reset();
    for (const core::SourceSummary& source : run.result.sources)
        if (!source.detail.empty())
            log()->info("merge skipped {}: {}", source.source, source.detail);
    if (run.cancelled) {
        MergeOutcome cancelled;
        cancelled.cancelled = true;
        cancelled.message = extension.text("merge.cancelled");
        return cancelled;
    }

    // The earlier summary the narrative compares with: a file that cannot
    // be used is said in the outcome; the merge itself goes on.
    std::optional<sheets::PreviousSummary> previous;
    std::string previous_problem;
    if (!request.previous_file.empty())
        if (auto values =
                read_comparison_file(extension, request.previous_file, previous_problem)) {
            previous = sheets::PreviousSummary{std::move(*values), nullptr};
            previous->edition = catalog.find(previous->values.edition_id);
        }

    std::vector<std::string> unused;
    const auto merge_phrases =
        core::StringTable::load(extension.root() / "dialogs" / "merge-messages.json", unused);
    const auto narrative_phrases =
        core::StringTable::load(extension.root() / "dialogs" / "narrative.json", unused);
    const auto results = sheets::build_results(
        run, settings, {extension.strings(), merge_phrases, narrative_phrases},
        {request.unit_name, request.place, request.level, request.governing_body},
        previous ? &*previous : nullptr);
    const auto& sheets_content = results.sheets;
    MergeOutcome outcome;
    {
        const auto written = write_sheets_as_one_undo_step(
            extension.component_context(), target,
            {&sheets_content.summary, &sheets_content.breakdown, &sheets_content.sources},
            extension.text("merge.undo-title"));
        outcome.summary_sheet = to_utf8(
            css::uno::Reference<css::container::XNamed>(written.front(), css::uno::UNO_QUERY_THROW)
                ->getName());
    }
    outcome.result = run.result;
    outcome.validation = run.validation;
    outcome.message =
        extension.text("merge.done", {{"merged", std::to_string(run.result.units.size())},
                                      {"given", std::to_string(files.size())},
                                      {"out", outcome.summary_sheet}});
    if (!previous_problem.empty())
        outcome.message += "\n" + previous_problem;
    const auto desktop = css::frame::Desktop::create(extension.component_context());
    if (!request.narrative_file.empty()) {
        const auto report = path_of(request.narrative_file);
        sheets::write_report_document(desktop, results.narrative, report);
        outcome.message +=
            "\n" + extension.text("merge.report-written", {{"file", report.string()}});
    }
    if (request.open_narrative)
        sheets::open_report_document(desktop, results.narrative);
    log()->info("merged {} of {} files in {} ms", run.result.units.size(), files.size(),
                std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::steady_clock::now() - started)
                    .count());
    return outcome;
}

} // namespace statform::uno
