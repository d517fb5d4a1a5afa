#include "uno/statform_service.hpp"

#include "core/merge/merge_messages.hpp"
#include "sheets/report_document.hpp"
#include "statform_version.hpp"
#include "uno/entry_guard.hpp"
#include "uno/extension_context.hpp"
#include "uno/merge_into_document.hpp"
#include "uno/report_files.hpp"
#include "uno/template_insert.hpp"
#include "uno/validation_job.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <cppuhelper/supportsservice.hxx>

namespace statform::uno {
namespace {

org::statform::TemplateInfo to_template_info(const core::Edition& edition) {
    org::statform::TemplateInfo info;
    info.Id = to_ou(edition.id);
    info.Year = edition.year;
    info.Title = to_ou(edition.title);
    info.Level = to_ou(edition.level);
    info.Authority = to_ou(edition.authority +
                           (edition.document_number.empty() ? "" : ", " + edition.document_number));
    info.Theme = to_ou(edition.theme);
    info.RowCount = static_cast<sal_Int32>(edition.rows.size());
    return info;
}

org::statform::Finding to_finding(const core::Finding& finding) {
    org::statform::Finding out;
    out.RuleCode = to_ou(finding.rule);
    out.Severity = to_ou(std::string(core::severity_name(finding.severity)));
    out.Sheet = to_ou(finding.sheet);
    out.Cell = to_ou(finding.cell ? finding.cell->a1() : "");
    out.RowCode = to_ou(finding.row_code);
    out.RowLabel = to_ou(finding.row_label);
    out.Value = to_ou(finding.value_seen);
    out.Message = to_ou(finding.message);
    return out;
}

org::statform::ValidationResult to_validation_result(const core::ValidationReport& report) {
    org::statform::ValidationResult result;
    result.EditionId = to_ou(report.table.edition_id);
    result.Confidence = report.table.confidence;
    result.Sheet = to_ou(report.table.sheet);
    result.ErrorCount = static_cast<sal_Int32>(report.count(core::Severity::Error));
    result.WarningCount = static_cast<sal_Int32>(report.count(core::Severity::Warning));
    std::vector<org::statform::Finding> findings;
    for (const auto& finding : report.findings)
        findings.push_back(to_finding(finding));
    result.Findings = to_sequence(findings);
    return result;
}

org::statform::MergeResult to_merge_result(ExtensionContext& extension,
                                           const MergeOutcome& outcome) {
    std::vector<std::string> unused;
    const auto phrases =
        core::StringTable::load(extension.root() / "dialogs" / "merge-messages.json", unused);
    org::statform::MergeResult result;
    result.EditionId = to_ou(outcome.result.target_edition_id);
    result.SummarySheet = to_ou(outcome.summary_sheet);
    std::vector<org::statform::RowTotal> totals;
    for (const auto& row : outcome.result.rows) {
        org::statform::RowTotal total;
        total.Code = to_ou(row.code);
        total.Key = to_ou(row.key);
        total.Label = to_ou(row.label);
        total.Unit = to_ou(row.unit_text);
        total.HasCount = row.total.count.has_value();
        total.Count = row.total.count.value_or(0);
        total.HasPeople = row.total.people.has_value();
        total.People = row.total.people.value_or(0);
        total.UnitsReporting = static_cast<sal_Int32>(row.units_reporting);
        totals.push_back(total);
    }
    result.Totals = to_sequence(totals);
    std::vector<org::statform::SourceStatus> sources;
    for (const auto& source : outcome.result.sources) {
        org::statform::SourceStatus status;
        status.Url = to_ou(source.source);
        status.UnitName = to_ou(source.unit_name);
        status.EditionId = to_ou(source.edition_id);
        status.Status = to_ou(std::string(core::source_status_name(source.status)));
        status.Reason =
            to_ou(source.skip_reason ? core::format_merge_finding(*source.skip_reason, phrases,
                                                                  extension.language())
                                     : "");
        status.ErrorCount = static_cast<sal_Int32>(source.error_count);
        status.WarningCount = static_cast<sal_Int32>(source.all_warnings());
        sources.push_back(status);
    }
    result.Sources = to_sequence(sources);
    std::vector<org::statform::Finding> findings;
    for (const auto& source : outcome.validation)
        for (const auto& finding : source.findings) {
            auto out = to_finding(finding);
            out.File = to_ou(source.source);
            findings.push_back(out);
        }
    for (const auto& finding : outcome.result.findings) {
        org::statform::Finding out;
        out.RuleCode = to_ou(finding.rule);
        out.Severity = to_ou(std::string(core::severity_name(finding.severity)));
        out.File = to_ou(finding.source);
        out.Message = to_ou(core::format_merge_finding(finding, phrases, extension.language()));
        findings.push_back(out);
    }
    result.Findings = to_sequence(findings);
    return result;
}

} // namespace

StatFormService::StatFormService(const css::uno::Reference<css::uno::XComponentContext>& context)
    : context_(context) {}

rtl::OUString StatFormService::getVersion() {
    return to_ou(version);
}

css::uno::Sequence<org::statform::TemplateInfo> StatFormService::listTemplates() {
    return guard_entry("listTemplates", [&] {
        std::vector<org::statform::TemplateInfo> infos;
        for (const auto& edition : ExtensionContext::get(context_)->templates().editions())
            infos.push_back(to_template_info(edition));
        return to_sequence(infos);
    });
}

org::statform::InsertResult StatFormService::insertTemplate(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
    const rtl::OUString& template_id, const css::uno::Sequence<css::beans::NamedValue>& options) {
    return guard_entry("insertTemplate", [&] {
        auto choice = insert_choice_from(
            [&](const char* name) {
                const auto value = find_option<rtl::OUString>(options, name);
                return value ? std::optional<std::string>(to_utf8(*value)) : std::nullopt;
            },
            [&](const char* name) { return find_option<bool>(options, name); });
        choice.template_id = to_utf8(template_id);
        return insert_template(*ExtensionContext::get(context_), document, choice);
    });
}

org::statform::ValidationResult
StatFormService::validate(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const css::uno::Sequence<css::beans::NamedValue>& options) {
    return guard_entry("validate", [&] {
        if (!document.is())
            throw css::lang::IllegalArgumentException("validate: no document given", nullptr, 0);
        const bool mark = find_option<bool>(options, "MarkCells").value_or(true);
        const auto extension = ExtensionContext::get(context_);
        core::ValidationOptions validation_options;
        if (const auto previous = find_option<rtl::OUString>(options, "PreviousUrl")) {
            std::string problem;
            validation_options.previous_year =
                read_comparison_file(*extension, to_utf8(*previous), problem);
            if (!validation_options.previous_year)
                throw css::lang::IllegalArgumentException(to_ou(problem), nullptr, 1);
        }
        const auto validation = validate_document(*extension, document, mark, validation_options);
        return to_validation_result(validation.report);
    });
}

org::statform::MergeResult
StatFormService::merge(const css::uno::Sequence<rtl::OUString>& file_urls,
                       const css::uno::Reference<css::sheet::XSpreadsheetDocument>& target,
                       const css::uno::Sequence<css::beans::NamedValue>& options) {
    return guard_entry("merge", [&] {
        if (!target.is())
            throw css::lang::IllegalArgumentException("merge: no target document given", nullptr,
                                                      1);
        MergeRequest request;
        for (const auto& url : file_urls)
            request.files.emplace_back(to_utf8(url));
        request.template_id =
            to_utf8(find_option<rtl::OUString>(options, "TemplateId").value_or(""));
        request.unit_name = to_utf8(find_option<rtl::OUString>(options, "UnitName").value_or(""));
        request.place = to_utf8(find_option<rtl::OUString>(options, "Place").value_or(""));
        request.level = to_utf8(find_option<rtl::OUString>(options, "Level").value_or(""));
        request.governing_body =
            to_utf8(find_option<rtl::OUString>(options, "GoverningBody").value_or(""));
        request.previous_file =
            to_utf8(find_option<rtl::OUString>(options, "PreviousUrl").value_or(""));
        request.narrative_file =
            to_utf8(find_option<rtl::OUString>(options, "NarrativeUrl").value_or(""));
        if (!request.narrative_file.empty() &&
            !sheets::report_filter_for(path_of(request.narrative_file)))
            throw css::lang::IllegalArgumentException(
                "merge: NarrativeUrl must end in .odt or .docx", nullptr, 2);
        if (const auto expected =
                find_option<css::uno::Sequence<rtl::OUString>>(options, "ExpectedUnits"))
            for (const auto& unit : *expected)
                request.expected_units.push_back(to_utf8(unit));
        const auto extension = ExtensionContext::get(context_);
        return to_merge_result(*extension,
                               merge_into_document(*extension, request, target, nullptr));
    });
}

rtl::OUString StatFormService::getImplementationName() {
    return rtl::OUString::createFromAscii(implementation_name);
}

sal_Bool StatFormService::supportsService(const rtl::OUString& name) {
    return cppu::supportsService(this, name);
}

css::uno::Sequence<rtl::OUString> StatFormService::getSupportedServiceNames() {
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = rtl::OUString::createFromAscii(service_name);
    return names;
}

} // namespace statform::uno
