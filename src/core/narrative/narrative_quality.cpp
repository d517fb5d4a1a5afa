// "Chất lượng số liệu": what a reader of the report should know about the
// figures — files skipped and why, errors left out, what the merge noted,
// which units' figures need checking and which parts nobody reported.
#include "core/narrative/narrative_builder.hpp"

#include "core/merge/merge_messages.hpp"

#include <algorithm>
#include <filesystem>
#include <variant>

namespace statform::core::narrative {
namespace {

NarrativeText source_label(const Writer& writer, const SourceSummary& source) {
    MergedUnit unit;
    unit.unit_name = source.unit_name;
    unit.source = source.source;
    return writer.unit_label(unit);
}

std::string file_name(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

// The merge's finding with every file named by its base name: the report is
// read away from the aggregator's disk, where "/home/…/BC_X.xlsx" means
// nothing and "BC_X.xlsx" is what the unit sent.
MergeFinding with_file_names(MergeFinding finding, const MergeResult& summary) {
    // Longest paths first, so that no path is cut inside a longer one.
    std::vector<std::string> paths;
    for (const SourceSummary& source : summary.sources)
        if (!source.source.empty() && file_name(source.source) != source.source)
            paths.push_back(source.source);
    std::stable_sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
        return a.size() > b.size();
    });
    for (MessageArg& arg : finding.args) {
        auto* text = std::get_if<std::string>(&arg.value);
        if (text == nullptr)
            continue;
        for (const std::string& path : paths) {
            const std::string name = file_name(path);
            for (std::size_t at = text->find(path); at != std::string::npos;
                 at = text->find(path, at + name.size()))
                text->replace(at, path.size(), name);
        }
    }
    return finding;
}

// "Đã nhận 13 tệp báo cáo; tổng hợp 12 tệp, bỏ qua 1 tệp:" and one bullet
// per skipped file saying why.
std::vector<NarrativeParagraph> sources_paragraphs(Writer& writer) {
    const MergeResult& summary = writer.merged();
    std::vector<NarrativeParagraph> paragraphs;
    if (summary.sources.empty())
        return paragraphs;
    std::vector<const SourceSummary*> skipped;
    for (const SourceSummary& source : summary.sources)
        if (source.status == SourceStatus::Skipped)
            skipped.push_back(&source);
    const std::size_t given =
        writer.counter(NumberOrigin::SourcesGiven, static_cast<double>(summary.sources.size()));
    const Args given_args = {{"given", writer.number(given)},
                             {"files", plain(writer.noun_for("noun.file", writer.value(given)))}};
    if (skipped.empty()) {
        paragraphs.push_back(
            {ParagraphKind::Body,
             writer.sentence(writer.counted("quality.sources.all", writer.value(given)),
                             given_args),
             {}});
        return paragraphs;
    }
    const std::size_t dropped =
        writer.counter(NumberOrigin::SourcesSkipped, static_cast<double>(skipped.size()));
    const std::size_t used = writer.difference(given, dropped);
    Args args = given_args;
    args.push_back({"merged", writer.number(used)});
    args.push_back({"skipped", writer.number(dropped)});
    args.push_back({"skipped_files", plain(writer.noun_for("noun.file", writer.value(dropped)))});
    paragraphs.push_back({ParagraphKind::Body, writer.sentence("quality.sources", args), {}});
    for (const SourceSummary* source : skipped) {
        NarrativeText why;
        if (writer.input().merge_phrases != nullptr && source->skip_reason)
            // The merge's own message, in the report's language: quoted as is.
            why = quoted(format_merge_finding(with_file_names(*source->skip_reason, summary),
                                              *writer.input().merge_phrases, writer.language()));
        else
            why = writer.sentence("quality.skipped-file",
                                  {{"file", quoted(file_name(source->source))}});
        paragraphs.push_back({ParagraphKind::Bullet, std::move(why), {}});
    }
    return paragraphs;
}

std::optional<NarrativeText> errors_sentence(Writer& writer) {
    std::size_t files = 0;
    double errors = 0;
    for (const SourceSummary& source : writer.merged().sources) {
        if (source.status == SourceStatus::Skipped || source.error_count == 0)
            continue;
        ++files;
        errors += static_cast<double>(source.error_count);
    }
    if (files == 0)
        return std::nullopt;
    const std::size_t file_count =
        writer.counter(NumberOrigin::SourcesWithErrors, static_cast<double>(files));
    const std::size_t error_count = writer.counter(NumberOrigin::ErrorsTotal, errors);
    return writer.sentence(
        writer.counted("quality.errors", writer.value(file_count)),
        {{"files", writer.number(file_count)},
         {"files_noun", plain(writer.noun_for("noun.file", writer.value(file_count)))},
         {"errors", writer.number(error_count)},
         {"errors_noun", plain(writer.noun_for("noun.error", errors))}});
}

// "Các tệp được tổng hợp có tổng cộng 7 cảnh báo cần xem lại": the warnings
// of the merged files, from their validation and from the merge, i.e. the
// sum of the per-unit counts that follow. Warnings about files left out
// (duplicates) or units that sent nothing are said where those are.
std::optional<NarrativeText> warnings_sentence(Writer& writer) {
    const MergeResult& summary = writer.merged();
    double warnings = 0;
    for (const SourceSummary& source : summary.sources)
        if (source.status != SourceStatus::Skipped)
            warnings += static_cast<double>(source.all_warnings());
    if (warnings == 0)
        return std::nullopt;
    const std::size_t count = writer.counter(NumberOrigin::WarningsTotal, warnings);
    return writer.sentence(writer.counted("quality.findings.warnings", warnings),
                           {{"warnings", writer.number(count)},
                            {"warnings_noun", plain(writer.noun_for("noun.warning", warnings))}});
}

// "Khi tổng hợp có 1 ghi chú cần lưu ý.": the merge's notes.
std::optional<NarrativeText> notes_sentence(Writer& writer) {
    const double notes = static_cast<double>(writer.merged().count(Severity::Info));
    if (notes == 0)
        return std::nullopt;
    NarrativeNumber number;
    number.origin = NumberOrigin::MergeFindings;
    number.severity = Severity::Info;
    number.value = notes;
    const std::size_t count = writer.declare(std::move(number));
    return writer.sentence(writer.counted("quality.findings.notes", notes),
                           {{"notes", writer.number(count)},
                            {"notes_noun", plain(writer.noun_for("noun.note", notes))}});
}

// "Số liệu của các đơn vị sau cần được kiểm tra lại: A (1 lỗi), B (2 cảnh báo)."
std::optional<NarrativeText> units_to_check(Writer& writer) {
    const MergeResult& summary = writer.merged();
    std::vector<NarrativeText> items;
    for (std::size_t s = 0; s < summary.sources.size(); ++s) {
        const SourceSummary& source = summary.sources[s];
        if (source.status == SourceStatus::Skipped)
            continue;
        const double errors = static_cast<double>(source.error_count);
        const double warnings = static_cast<double>(source.all_warnings());
        if (errors == 0 && warnings == 0)
            continue;
        std::vector<NarrativeText> counts;
        const auto add = [&](NumberOrigin origin, double value, const char* noun) {
            NarrativeNumber number;
            number.origin = origin;
            number.source_index = s;
            number.value = value;
            const std::size_t index = writer.declare(std::move(number));
            counts.push_back(writer.counted_noun(index, noun));
        };
        if (errors > 0)
            add(NumberOrigin::SourceErrors, errors, "noun.error");
        if (warnings > 0)
            add(NumberOrigin::SourceWarnings, warnings, "noun.warning");
        items.push_back(writer.phrase("quality.unit-item", {{"unit", source_label(writer, source)},
                                                            {"counts", writer.join(counts)}}));
    }
    if (items.empty())
        return std::nullopt;
    return writer.sentence("quality.check-units", {{"list", writer.join(items)}});
}

// Top-level parts of the form that no unit filled in at all.
std::optional<NarrativeText> not_reported(Writer& writer) {
    std::vector<NarrativeText> names;
    for (const MergedRow& row : writer.merged().rows) {
        const TemplateRow& template_row = writer.template_row(row);
        if (!template_row.parent_key.empty())
            continue;
        // "Các nội dung khác (nếu có)": optional by nature, its absence says nothing.
        if (!row.is_group && row.unit_type_id.empty())
            continue;
        bool any = row.total.any();
        for (const MergedRow* child : writer.children(row.key))
            any = any || child->total.any();
        if (!any)
            names.push_back(writer.row_name(row));
    }
    if (names.empty() || writer.merged().units.empty())
        return std::nullopt;
    return writer.sentence("quality.not-reported", {{"list", writer.join_long(names)}});
}

} // namespace

NarrativeSection quality_section(Writer& writer, std::string number) {
    NarrativeSection section;
    section.number = std::move(number);
    section.level = 1;
    section.from_outline = false;
    section.heading = writer.phrase("quality.heading");
    section.paragraphs = sources_paragraphs(writer);

    std::vector<NarrativeText> sentences;
    for (auto sentence : {errors_sentence(writer), warnings_sentence(writer),
                          units_to_check(writer), notes_sentence(writer)})
        if (sentence)
            sentences.push_back(std::move(*sentence));
    if (sentences.empty() && !writer.merged().units.empty())
        sentences.push_back(writer.sentence("quality.clean"));
    if (auto missing = not_reported(writer))
        sentences.push_back(std::move(*missing));
    if (!sentences.empty())
        section.paragraphs.push_back({ParagraphKind::Body, Writer::paragraph(sentences), {}});
    return section;
}

} // namespace statform::core::narrative
