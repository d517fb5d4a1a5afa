#include "core/templates/unit_types.hpp"

#include "core/templates/json_document.hpp"
#include "core/templates/json_fields.hpp"
#include "core/values/label_fold.hpp"
#include "core/values/text_normalize.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <array>

namespace statform::core {

const std::array<std::string_view, 6> kRequiredThresholds{
    "max_people_per_class",       "max_people_per_event",      "min_money_value",
    "max_districts_per_province", "max_communes_per_district", "max_year_on_year_change_percent",
};
namespace {

using json_load::FieldReader;
using json_load::index_path;
using json_load::ProblemSink;

bool is_identifier(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::optional<QuantityKind> parse_kind(std::string_view name) {
    if (name == "count")
        return QuantityKind::Count;
    if (name == "people")
        return QuantityKind::People;
    if (name == "money")
        return QuantityKind::Money;
    return std::nullopt;
}

Thresholds read_thresholds(const boost::json::object& object, const std::string& path,
                           ProblemSink& sink) {
    Thresholds thresholds;
    for (const auto& member : object) {
        const std::string name(member.key());
        if (name.starts_with('_') || name.starts_with('$'))
            continue;
        if (!member.value().is_number()) {
            sink.error(json_load::member_path(path, name),
                       "must be a number (without quotes), but is " +
                           std::string(json_load::describe_kind(member.value())));
            continue;
        }
        const double value = member.value().to_number<double>();
        if (value < 0)
            sink.error(json_load::member_path(path, name), "must not be negative");
        thresholds.values[name] = value;
    }
    for (const std::string_view name : kRequiredThresholds)
        if (!thresholds.get(name))
            sink.error(json_load::member_path(path, name),
                       "missing required threshold \"" + std::string(name) + "\"");
    const auto value_of = [&](std::string_view name) { return thresholds.get(name).value_or(0); };
    thresholds.max_people_per_class = value_of("max_people_per_class");
    thresholds.max_people_per_event = value_of("max_people_per_event");
    thresholds.min_money_value = value_of("min_money_value");
    thresholds.max_districts_per_province = value_of("max_districts_per_province");
    thresholds.max_communes_per_district = value_of("max_communes_per_district");
    thresholds.max_year_on_year_change_percent = value_of("max_year_on_year_change_percent");
    return thresholds;
}

void read_columns(FieldReader& fields, UnitType& unit) {
    const boost::json::array* columns = fields.required_array("columns");
    if (!columns)
        return;
    const std::string path = fields.path_of("columns");
    if (columns->empty())
        fields.sink().error(path, "must name at least one column: \"count\" and/or \"people\"");
    for (std::size_t i = 0; i < columns->size(); ++i) {
        const boost::json::value& column = (*columns)[i];
        if (column.is_string() && column.get_string() == "count")
            unit.uses_count_column = true;
        else if (column.is_string() && column.get_string() == "people")
            unit.uses_people_column = true;
        else
            fields.sink().error(index_path(path, i),
                                "unknown column " + boost::json::serialize(column) +
                                    "; use \"count\" (Số lớp/số cuộc thi) or \"people\" (Người)");
    }
}

void check_kind_matches_columns(FieldReader& fields, const UnitType& unit) {
    const std::string path = fields.path_of("kind");
    if (unit.kind == QuantityKind::Money && (!unit.uses_count_column || unit.uses_people_column))
        fields.sink().error(path, "a money unit must use the \"count\" column only");
    if (unit.kind == QuantityKind::People && !unit.uses_people_column)
        fields.sink().error(path, "a people unit must use the \"people\" column");
    if (unit.kind == QuantityKind::Count && !unit.uses_count_column)
        fields.sink().error(path, "a count unit must use the \"count\" column");
}

std::optional<UnitType> read_unit_type(const boost::json::object& object, const std::string& path,
                                       const Thresholds& thresholds, ProblemSink& sink) {
    FieldReader fields(object, path, sink);
    UnitType unit;
    unit.id = fields.required_string("id");
    if (!unit.id.empty() && !is_identifier(unit.id))
        sink.error(fields.path_of("id"), "\"" + unit.id +
                                             "\" is not a valid id: use lowercase letters a-z, "
                                             "digits and \"_\" only");
    unit.label_vi = fields.required_string("label_vi");
    unit.label_en = fields.required_string("label_en");
    read_columns(fields, unit);
    const std::string kind_name = fields.required_string("kind");
    if (const auto kind = parse_kind(kind_name))
        unit.kind = *kind;
    else if (!kind_name.empty())
        sink.error(fields.path_of("kind"),
                   "unknown kind \"" + kind_name + "\"; use \"count\", \"people\" or \"money\"");
    check_kind_matches_columns(fields, unit);
    unit.spellings = fields.optional_string_list("spellings");
    unit.thresholds = fields.optional_string_list("thresholds");
    for (std::size_t i = 0; i < unit.thresholds.size(); ++i)
        if (!thresholds.get(unit.thresholds[i]))
            sink.error(index_path(fields.path_of("thresholds"), i),
                       "no threshold named \"" + unit.thresholds[i] +
                           "\" in the \"thresholds\" object");
    fields.warn_unknown_members(
        {"id", "label_vi", "label_en", "columns", "kind", "spellings", "thresholds"});
    return unit;
}

} // namespace

std::string_view quantity_kind_name(QuantityKind kind) {
    switch (kind) {
    case QuantityKind::Count:
        return "count";
    case QuantityKind::People:
        return "people";
    case QuantityKind::Money:
        return "money";
    }
    return "count";
}

std::optional<UnitTypeCatalog> UnitTypeCatalog::parse(std::string_view json_text,
                                                      const std::string& file_name,
                                                      std::vector<LoadProblem>& problems) {
    return json_load::read_json_file<UnitTypeCatalog>(
        json_text, file_name, problems, [](FieldReader& root, const boost::json::object&) {
            ProblemSink& sink = root.sink();
            UnitTypeCatalog catalog;
            if (const boost::json::object* thresholds = root.required_object("thresholds"))
                catalog.thresholds_ = read_thresholds(*thresholds, "thresholds", sink);

            const boost::json::array* unit_types = root.required_array("unit_types");
            for (std::size_t i = 0; unit_types && i < unit_types->size(); ++i) {
                const std::string path = index_path("unit_types", i);
                const boost::json::value& element = (*unit_types)[i];
                if (!element.is_object()) {
                    sink.error(path, "must be an object {...}, but is " +
                                         std::string(json_load::describe_kind(element)));
                    continue;
                }
                auto unit = read_unit_type(element.get_object(), path, catalog.thresholds_, sink);
                if (!unit)
                    continue;
                if (catalog.find_by_id(unit->id) && !unit->id.empty())
                    sink.error(path + ".id", "duplicate unit type id \"" + unit->id + "\"");

                // The canonical label is a spelling too; every spelling must lead to
                // exactly one unit type, or a printed unit would be ambiguous.
                std::vector<std::string> spellings = unit->spellings;
                spellings.insert(spellings.begin(), unit->label_vi);
                for (std::size_t s = 0; s < spellings.size(); ++s) {
                    const std::string spelling_path =
                        s == 0 ? path + ".label_vi" : index_path(path + ".spellings", s - 1);
                    const std::string key = text::unit_spelling_key(spellings[s]);
                    if (key.empty()) {
                        if (s > 0)
                            sink.error(spelling_path, "must not be empty");
                        continue;
                    }
                    const auto [where, inserted] =
                        catalog.index_by_spelling_key_.emplace(key, catalog.unit_types_.size());
                    if (!inserted && where->second != catalog.unit_types_.size())
                        sink.error(spelling_path, "spelling \"" + spellings[s] +
                                                      "\" already belongs to unit type \"" +
                                                      catalog.unit_types_[where->second].id + "\"");
                }
                catalog.unit_types_.push_back(std::move(*unit));
            }
            root.warn_unknown_members({"format_version", "thresholds", "unit_types"});
            return catalog;
        });
}

void UnitTypeCatalog::add_later(const UnitTypeCatalog& later, const std::string& later_file,
                                std::vector<LoadProblem>& problems) {
    thresholds_ = later.thresholds_;
    for (const UnitType& unit : later.unit_types_) {
        const auto known = std::find_if(unit_types_.begin(), unit_types_.end(),
                                        [&](const UnitType& u) { return u.id == unit.id; });
        if (known == unit_types_.end()) {
            unit_types_.push_back(unit);
            continue;
        }
        std::vector<std::string> spellings = unit.spellings;
        for (const std::string& old : known->spellings)
            if (std::find(spellings.begin(), spellings.end(), old) == spellings.end())
                spellings.push_back(old);
        if (known->label_vi != unit.label_vi &&
            std::find(spellings.begin(), spellings.end(), known->label_vi) == spellings.end())
            spellings.push_back(known->label_vi);
        *known = unit;
        known->spellings = std::move(spellings);
    }
    // Every spelling leads to one unit type; the later file decides.
    index_by_spelling_key_.clear();
    for (std::size_t u = 0; u < unit_types_.size(); ++u) {
        std::vector<std::string> spellings = unit_types_[u].spellings;
        spellings.insert(spellings.begin(), unit_types_[u].label_vi);
        for (const std::string& spelling : spellings) {
            const std::string key = text::unit_spelling_key(spelling);
            if (key.empty())
                continue;
            const auto [where, inserted] = index_by_spelling_key_.emplace(key, u);
            if (inserted || where->second == u)
                continue;
            const bool later_has_it = later.find_by_spelling(spelling) != nullptr &&
                                      later.find_by_spelling(spelling)->id == unit_types_[u].id;
            problems.push_back(
                {later_file, "",
                 "spelling \"" + spelling + "\" belongs to unit type \"" +
                     (later_has_it ? unit_types_[u].id : unit_types_[where->second].id) + "\" here",
                 true});
            if (later_has_it)
                where->second = u;
        }
    }
}

std::optional<UnitTypeCatalog> UnitTypeCatalog::load(const std::filesystem::path& file,
                                                     std::vector<LoadProblem>& problems) {
    const auto text = json_load::read_file(file, file.string(), problems);
    if (!text)
        return std::nullopt;
    return parse(*text, file.string(), problems);
}

const UnitType* UnitTypeCatalog::find_by_id(std::string_view id) const {
    for (const UnitType& unit : unit_types_)
        if (unit.id == id)
            return &unit;
    return nullptr;
}

const UnitType* UnitTypeCatalog::find_by_spelling(std::string_view printed) const {
    const auto found = index_by_spelling_key_.find(text::unit_spelling_key(printed));
    if (found != index_by_spelling_key_.end())
        return &unit_types_[found->second];
    // Typed on a keyboard without Vietnamese: compared folded, as labels are
    // (few unit types, few spellings, and only when the exact look-up fails).
    const std::string folded = normalize_label(printed);
    if (folded.empty())
        return nullptr;
    const UnitType* match = nullptr;
    for (const UnitType& unit : unit_types_) {
        const bool reads_the_same = normalize_label(unit.label_vi) == folded ||
                                    std::any_of(unit.spellings.begin(), unit.spellings.end(),
                                                [&](const std::string& spelling) {
                                                    return normalize_label(spelling) == folded;
                                                });
        if (!reads_the_same)
            continue;
        if (match != nullptr)
            return nullptr; // two unit types read the same without diacritics: ambiguous
        match = &unit;
    }
    return match;
}

} // namespace statform::core
