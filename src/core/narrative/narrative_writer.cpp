// The narrative's toolbox: phrases into runs, nouns that agree with their
// number, and the edition's rows as the sentences name them.
#include "core/narrative/narrative_builder.hpp"
#include "core/values/text_normalize.hpp"

#include <filesystem>

namespace statform::core::narrative {

Writer::Writer(const NarrativeInput& input, const StringTable& phrases,
               const NarrativeOptions& options, std::vector<NarrativeNumber>& numbers)
    : input_(&input), phrases_(&phrases), options_(options), options_ptr_(&options_),
      numbers_(&numbers) {
    const MergeResult& summary = *input.merged;
    for (std::size_t i = 0; i < summary.rows.size(); ++i) {
        const TemplateRow& row = template_row(summary.rows[i]);
        // "Tổng số người tham gia, trong đó:" totals its siblings: not one of them.
        if (!row.parent_key.empty() && row.total_of.empty())
            children_[row.parent_key].push_back(i);
    }
}

std::string Writer::word(std::string_view key) const {
    return phrases_->get(key, options_.language);
}

std::string Writer::counted(std::string_view key, double n) const {
    const std::string one = std::string(key) + ".one";
    const std::string other = std::string(key) + ".other";
    if (n == 1.0 && has(one))
        return one;
    if (has(other))
        return other;
    return std::string(key);
}

NarrativeText Writer::phrase(std::string_view key, const Args& args) const {
    const std::string pattern = word(key);
    NarrativeText out;
    std::size_t at = 0;
    while (at < pattern.size()) {
        const std::size_t open = pattern.find('{', at);
        const std::size_t close =
            open == std::string::npos ? std::string::npos : pattern.find('}', open);
        if (close == std::string::npos) {
            append_text(out, std::string_view(pattern).substr(at));
            break;
        }
        append_text(out, std::string_view(pattern).substr(at, open - at));
        const std::string name = pattern.substr(open + 1, close - open - 1);
        bool found = false;
        for (const auto& [arg_name, value] : args) {
            if (arg_name == name) {
                append(out, value);
                found = true;
                break;
            }
        }
        if (!found) // visible, so a wrong phrase file is noticed
            append_text(out, std::string_view(pattern).substr(open, close - open + 1));
        at = close + 1;
    }
    return out;
}

NarrativeText Writer::sentence(std::string_view key, const Args& args) const {
    NarrativeText out = phrase(key, args);
    capitalize(out);
    return out;
}

std::string Writer::noun_for(std::string_view key, double n) const {
    const std::string forms = word(key);
    const std::size_t bar = forms.find('|');
    if (bar == std::string::npos)
        return forms;
    return n == 1.0 ? forms.substr(0, bar) : forms.substr(bar + 1);
}

NarrativeText Writer::join(const std::vector<NarrativeText>& items) const {
    NarrativeText out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            append_text(out, word(i + 1 == items.size() ? "list.last" : "list.comma"));
        append(out, items[i]);
    }
    return out;
}

NarrativeText Writer::join_long(const std::vector<NarrativeText>& items) const {
    NarrativeText out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            append_text(out, word("list.semicolon"));
        append(out, items[i]);
    }
    return out;
}

NarrativeText Writer::paragraph(const std::vector<NarrativeText>& sentences) {
    NarrativeText out;
    for (const NarrativeText& sentence : sentences) {
        if (sentence.empty())
            continue;
        if (!out.empty())
            append_text(out, " ");
        append(out, sentence);
    }
    return out;
}

const TemplateRow& Writer::template_row(const MergedRow& row) const {
    return edition().rows.at(row.template_row);
}

std::vector<const MergedRow*> Writer::children(std::string_view group_key) const {
    std::vector<const MergedRow*> rows;
    const auto found = children_.find(group_key);
    if (found != children_.end())
        for (std::size_t index : found->second)
            rows.push_back(&merged().rows[index]);
    return rows;
}

namespace {

// "Xã, phường" -> "xã, phường"; of "Nhóm/người", "nhóm" for the count
// column and "người" for the people column.
std::string printed_unit_word(std::string_view unit_text, QuantityColumn column) {
    const std::string unit = text::lowercase_vietnamese(text::collapse_whitespace(unit_text));
    const std::size_t slash = unit.find('/');
    if (slash == std::string::npos)
        return unit;
    const std::string part =
        column == QuantityColumn::Count ? unit.substr(0, slash) : unit.substr(slash + 1);
    return text::collapse_whitespace(part);
}

} // namespace

NarrativeText Writer::row_name(const MergedRow& row) const {
    const std::string label = corrected_label(template_row(row));
    if (!english())
        return quoted(label_in_sentence(label));
    const std::string key = "row." + row.key;
    if (has(key))
        return plain(word(key));
    // A row StatForm has no English words for: its official text, quoted.
    return quoted("“" + label_in_sentence(label) + "”");
}

std::string Writer::unit_word(std::string_view prefix, const MergedRow& row, QuantityColumn column,
                              double n) const {
    const std::string column_name = column == QuantityColumn::Count ? "count" : "people";
    // The row's own word first ("noun.activities.count": "hoạt động"), then
    // its unit type's ("noun.event_people.count": "cuộc").
    const std::string own = std::string(prefix) + "." + row.key + "." + column_name;
    if (has(own))
        return noun_for(own, n);
    const std::string specific = std::string(prefix) + "." + row.unit_type_id + "." + column_name;
    if (!row.unit_type_id.empty() && has(specific))
        return noun_for(specific, n);
    // A unit StatForm has no words for (one a person added with "Make a
    // template from this table"): the unit as the form prints it.
    if (std::string printed = printed_unit_word(template_row(row).unit_text, column);
        !printed.empty())
        return printed;
    return noun_for(std::string(prefix) + ".generic." + column_name, n);
}

NarrativeText Writer::scope() const {
    switch (options_.scope) {
    case ReportScope::District:
        return plain(word("scope.district"));
    case ReportScope::Province:
        return plain(word("scope.province"));
    case ReportScope::Units:
        break;
    }
    // "Các đơn vị đã tổ chức" reads wrong when one unit reported.
    return plain(word(merged().units.size() == 1 ? "scope.one-unit" : "scope.units"));
}

NarrativeText Writer::unit_label(const MergedUnit& unit) const {
    if (!unit.unit_name.empty())
        return quoted(unit.unit_name);
    const std::string file = std::filesystem::path(unit.source).filename().string();
    return phrase("unit.unnamed", {{"file", quoted(file.empty() ? unit.source : file)}});
}

} // namespace statform::core::narrative
