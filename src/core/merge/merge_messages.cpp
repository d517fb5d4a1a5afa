#include "core/merge/merge_messages.hpp"

#include "core/values/vi_number.hpp"

#include <utility>

namespace statform::core {
namespace {

std::string spell(const MessageArg& arg, const StringTable& phrases, Language language) {
    if (const auto* text = std::get_if<std::string>(&arg.value))
        return *text;
    if (const auto* number = std::get_if<double>(&arg.value))
        return format_merge_number(*number, language);
    if (const auto* row = std::get_if<RowRef>(&arg.value)) {
        if (row->code.empty())
            return phrases.format("row-title.no-code", language, {{"label", row->label}});
        return phrases.format("row-title", language, {{"code", row->code}, {"label", row->label}});
    }
    const QuantityColumn column = std::get<QuantityColumn>(arg.value);
    return phrases.get(column == QuantityColumn::Count ? "column.count" : "column.people",
                       language);
}

} // namespace

std::string format_merge_number(double value, Language language) {
    std::string spelled = format_vi_number(value, 6);
    if (language == Language::Vietnamese)
        return spelled;
    // English notation is the Vietnamese one with the two marks swapped.
    for (char& c : spelled)
        c = c == '.' ? ',' : c == ',' ? '.' : c;
    return spelled;
}

std::string format_merge_message(std::string_view key, const std::vector<MessageArg>& args,
                                 const StringTable& phrases, Language language) {
    std::vector<std::pair<std::string, std::string>> values;
    values.reserve(args.size());
    for (const MessageArg& arg : args)
        values.emplace_back(arg.name, spell(arg, phrases, language));
    return phrases.format(key, language, values);
}

std::string format_merge_finding(const MergeFinding& finding, const StringTable& phrases,
                                 Language language) {
    return format_merge_message(finding.message_key, finding.args, phrases, language);
}

std::string_view source_status_name(SourceStatus status) {
    switch (status) {
    case SourceStatus::Merged:
        return "merged";
    case SourceStatus::MergedWithWarnings:
        return "merged-with-warnings";
    case SourceStatus::Skipped:
        return "skipped";
    }
    return "skipped";
}

std::string format_source_status(SourceStatus status, const StringTable& phrases,
                                 Language language) {
    return phrases.get("status." + std::string(source_status_name(status)), language);
}

} // namespace statform::core
