#include "core/templates/unit_types_writer.hpp"

#include "core/templates/json_text.hpp"

namespace statform::core {
namespace {

using json_text::ObjectText;

std::string unit_type_json(const UnitType& unit) {
    ObjectText fields;
    fields.text("id", unit.id);
    fields.text("label_vi", unit.label_vi);
    fields.text("label_en", unit.label_en);
    std::vector<std::string> columns;
    if (unit.uses_count_column)
        columns.emplace_back("count");
    if (unit.uses_people_column)
        columns.emplace_back("people");
    fields.add("columns", json_text::string_list(columns));
    fields.text("kind", quantity_kind_name(unit.kind));
    fields.add("spellings", json_text::string_list(unit.spellings));
    if (!unit.thresholds.empty())
        fields.add("thresholds", json_text::string_list(unit.thresholds));
    return fields.on_lines("    ");
}

} // namespace

std::string write_unit_types_json(const Thresholds& thresholds,
                                  const std::vector<UnitType>& unit_types) {
    ObjectText file;
    file.text("_comment", "Unit types and validation limits of this templates folder, over "
                          "StatForm's own (extension/templates/unit-types.json). Written by "
                          "StatForm (\"Make a template from this table\", \"Validation "
                          "limits\").");
    file.number("format_version", 1);
    ObjectText limits;
    for (const auto& [name, value] : thresholds.values)
        limits.decimal(name, value);
    file.add("thresholds", limits.on_lines("  "));
    std::vector<std::string> units;
    for (const UnitType& unit : unit_types)
        units.push_back(unit_type_json(unit));
    file.add("unit_types", units.empty() ? "[]" : json_text::array_on_lines(units, "  "));
    return file.on_lines("") + "\n";
}

} // namespace statform::core
