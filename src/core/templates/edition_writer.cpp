#include "core/templates/edition_writer.hpp"

#include "core/templates/json_text.hpp"

#include <string_view>
#include <vector>

namespace statform::core {
namespace {

using json_text::array_on_lines;
using json_text::ObjectText;
using json_text::string_list;

std::string_view group_share_name(GroupShare share) {
    for (const auto& [each, spelling] : kGroupShareSpellings)
        if (each == share)
            return spelling;
    return "yes";
}

std::string outline_item_json(const OutlineItem& item) {
    ObjectText fields;
    fields.text("number", item.number);
    fields.text("heading", item.heading);
    fields.number("level", item.level);
    fields.text_if_any("prompt", item.prompt);
    fields.text_if_any("corrected_heading", item.corrected_heading);
    fields.text_if_any("corrected_prompt", item.corrected_prompt);
    return fields.on_one_line();
}

std::string row_json(const TemplateRow& row) {
    ObjectText fields;
    fields.text("code", row.code);
    fields.text("label", row.label);
    fields.text_if_any("corrected_label", row.corrected_label);
    fields.text("unit_text", row.unit_text);
    fields.text("unit_type", row.unit_type_id);
    fields.text("key", row.key);
    fields.text("parent_key", row.parent_key);
    fields.flag("is_group", row.is_group);
    fields.flag("sums_children", row.sums_children);
    fields.text_if_any("total_of", row.total_of);
    if (!row.combines.empty())
        fields.add("combines", string_list(row.combines));
    if (row.in_group_total != GroupShare::Counted)
        fields.text("in_group_total", group_share_name(row.in_group_total));
    return fields.on_lines("    ");
}

} // namespace

std::string write_edition_json(const Edition& edition) {
    ObjectText file;
    file.number("format_version", 1);
    file.text("id", edition.id);
    file.number("year", edition.year);
    file.text("level", edition.level);
    // The order of the shipped files: where it comes from, the week, then
    // the table as printed, then the report.
    const std::pair<std::string_view, const std::string*> texts[] = {
        {"province", &edition.province},
        {"district", &edition.district},
        {"authority", &edition.authority},
        {"document_number", &edition.document_number},
        {"document_date", &edition.document_date},
        {"based_on", &edition.based_on},
        {"source", &edition.source},
        {"theme", &edition.theme},
        {"week_start", &edition.week_start},
        {"week_end", &edition.week_end},
        {"deadline", &edition.deadline},
        {"appendix", &edition.appendix},
        {"title", &edition.title},
        {"subtitle", &edition.subtitle},
        {"code_header", &edition.code_header},
        {"label_header", &edition.label_header},
        {"unit_header", &edition.unit_header},
        {"quantity_header", &edition.quantity_header},
        {"count_header", &edition.count_header},
        {"people_header", &edition.people_header},
        {"note_header", &edition.note_header},
        {"outline_appendix", &edition.outline_appendix},
        {"outline_title", &edition.outline_title},
        {"outline_note", &edition.outline_note},
        {"report_title", &edition.report_title},
        {"report_subtitle", &edition.report_subtitle},
    };
    for (const auto& [name, value] : texts)
        file.text(name, *value);
    if (!edition.corrections.empty()) {
        ObjectText corrections;
        for (const auto& [name, text] : edition.corrections)
            corrections.text(name, text);
        file.add("corrections", corrections.on_lines("  "));
    }
    if (!edition.outline.empty()) {
        std::vector<std::string> items;
        for (const OutlineItem& item : edition.outline)
            items.push_back(outline_item_json(item));
        file.add("outline", array_on_lines(items, "  "));
    }
    std::vector<std::string> rows;
    for (const TemplateRow& row : edition.rows)
        rows.push_back(row_json(row));
    file.add("rows", array_on_lines(rows, "  "));
    return file.on_lines("") + "\n";
}

} // namespace statform::core
