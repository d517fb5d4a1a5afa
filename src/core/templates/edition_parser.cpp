#include "core/templates/edition_parser.hpp"

#include "core/templates/json_document.hpp"
#include "core/templates/json_fields.hpp"
#include "core/values/text_normalize.hpp"

#include <algorithm>
#include <map>

namespace statform::core {
namespace {

using json_load::FieldReader;
using json_load::index_path;
using json_load::ProblemSink;

bool is_key_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// "classes.literacy": lowercase words of a-z, 0-9 and "_", joined by ".".
bool is_valid_row_key(std::string_view key) {
    if (key.empty() || key.front() == '.' || key.back() == '.')
        return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (key[i] == '.') {
            if (key[i + 1] == '.')
                return false;
        } else if (!is_key_word_char(key[i])) {
            return false;
        }
    }
    return true;
}

// "htsd-2024", "htsd-2024-district": lowercase letters, digits and "-".
bool is_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "" or "yyyy-mm-dd", or "yyyy-mm" when the printed date leaves the day blank.
bool is_valid_date(std::string_view date) {
    if (date.empty())
        return true;
    if (date.size() != 7 && date.size() != 10)
        return false;
    if (!is_digits(date.substr(0, 4)) || date[4] != '-' || !is_digits(date.substr(5, 2)))
        return false;
    const int month = (date[5] - '0') * 10 + (date[6] - '0');
    if (month < 1 || month > 12)
        return false;
    if (date.size() == 7)
        return true;
    if (date[7] != '-' || !is_digits(date.substr(8, 2)))
        return false;
    const int day = (date[8] - '0') * 10 + (date[9] - '0');
    return day >= 1 && day <= 31;
}

// Official texts are compared letter for letter with what users type, so a
// stray space or a decomposed letter would make them differ invisibly.
void check_printed_text(const std::string& text, const std::string& path, ProblemSink& sink) {
    if (text.empty())
        return;
    if (text::collapse_whitespace(text) != text)
        sink.warning(path, "has spaces at the start or end, a double space or a line break; "
                           "the official text has single spaces");
    if (text::to_nfc_vietnamese(text) != text)
        sink.warning(path, "contains letters written as base letter + combining accent; save "
                           "the file in Unicode NFC (precomposed) form");
}

std::string in_quotes(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

void check_date(FieldReader& fields, std::string_view name, std::string& into) {
    into = fields.optional_string(name);
    if (!is_valid_date(into))
        fields.sink().error(fields.path_of(name),
                            in_quotes(into) + " is not a date; write yyyy-mm-dd (e.g. 2024-10-01), "
                                              "or yyyy-mm when the form leaves the day blank");
}

// Fields of Edition that are plain texts, with their JSON names. Used to
// read them and to check the names in "corrections".
struct TextField {
    std::string_view name;
    std::string Edition::*member;
    bool required;
};

constexpr TextField kTextFields[] = {
    {"title", &Edition::title, true},
    {"count_header", &Edition::count_header, true},
    {"people_header", &Edition::people_header, true},
    {"appendix", &Edition::appendix, false},
    {"authority", &Edition::authority, false},
    {"document_number", &Edition::document_number, false},
    {"theme", &Edition::theme, false},
    {"province", &Edition::province, false},
    {"district", &Edition::district, false},
    {"based_on", &Edition::based_on, false},
    {"source", &Edition::source, false},
    {"subtitle", &Edition::subtitle, false},
    {"code_header", &Edition::code_header, false},
    {"label_header", &Edition::label_header, false},
    {"unit_header", &Edition::unit_header, false},
    {"quantity_header", &Edition::quantity_header, false},
    {"note_header", &Edition::note_header, false},
    {"outline_appendix", &Edition::outline_appendix, false},
    {"outline_title", &Edition::outline_title, false},
    {"outline_note", &Edition::outline_note, false},
    {"report_title", &Edition::report_title, false},
    {"report_subtitle", &Edition::report_subtitle, false},
};

void read_header(FieldReader& root, Edition& edition) {
    ProblemSink& sink = root.sink();

    edition.id = root.required_string("id");
    if (!edition.id.empty() && !is_edition_id(edition.id))
        sink.error("id", in_quotes(edition.id) + " is not a valid edition id: use lowercase "
                                                 "letters a-z, digits and \"-\" (e.g. htsd-2024)");
    if (const auto year = root.required_integer("year")) {
        if (*year < kFirstEditionYear || *year > kLastEditionYear)
            sink.error("year", std::to_string(*year) + " is not a plausible year (" +
                                   std::to_string(kFirstEditionYear) + "-" +
                                   std::to_string(kLastEditionYear) + ")");
        else
            edition.year = static_cast<int>(*year);
    }
    edition.level = root.required_string("level");
    if (!edition.level.empty() && edition.level != "province" && edition.level != "district")
        sink.error("level", in_quotes(edition.level) + " is not a level; use \"province\" (filled "
                                                       "by a province or its departments) or "
                                                       "\"district\"");
    for (const TextField& field : kTextFields) {
        edition.*field.member =
            field.required ? root.required_string(field.name) : root.optional_string(field.name);
        check_printed_text(edition.*field.member, std::string(field.name), sink);
    }
    check_date(root, "document_date", edition.document_date);
    check_date(root, "week_start", edition.week_start);
    check_date(root, "week_end", edition.week_end);
    check_date(root, "deadline", edition.deadline);
    if (!edition.week_start.empty() && !edition.week_end.empty() &&
        edition.week_end < edition.week_start)
        sink.error("week_end", "the week ends (" + edition.week_end + ") before it starts (" +
                                   edition.week_start + ")");
}

void read_corrections(FieldReader& root, Edition& edition) {
    const boost::json::object* corrections = root.optional_object("corrections");
    if (!corrections)
        return;
    for (const auto& member : *corrections) {
        const std::string name(member.key());
        const std::string path = json_load::member_path("corrections", name);
        if (name.starts_with('_') || name.starts_with('$'))
            continue;
        const auto field = std::find_if(std::begin(kTextFields), std::end(kTextFields),
                                        [&](const TextField& f) { return f.name == name; });
        if (field == std::end(kTextFields)) {
            root.sink().error(path, in_quotes(name) + " is not a text field of the edition; "
                                                      "corrections of a row go in its "
                                                      "\"corrected_label\"");
            continue;
        }
        if (!member.value().is_string()) {
            root.sink().error(path, "must be a text in quotes");
            continue;
        }
        edition.corrections[name] = std::string(member.value().get_string());
        if (edition.corrections[name] == edition.*field->member)
            root.sink().warning(path, "is the same as the official text; nothing is corrected");
    }
}

void read_outline(FieldReader& root, Edition& edition) {
    const boost::json::array* outline = root.optional_array("outline");
    for (std::size_t i = 0; outline && i < outline->size(); ++i) {
        const std::string path = index_path("outline", i);
        const boost::json::value& element = (*outline)[i];
        if (!element.is_object()) {
            root.sink().error(path, "must be an object {...}, but is " +
                                        std::string(json_load::describe_kind(element)));
            continue;
        }
        FieldReader fields(element.get_object(), path, root.sink());
        OutlineItem item;
        item.number = fields.optional_string("number");
        item.heading = fields.required_string("heading");
        if (const auto level = fields.required_integer("level")) {
            if (*level < 0 || *level > 2)
                root.sink().error(fields.path_of("level"),
                                  "must be 0 (roman section), 1 (numbered item) or 2 (bullet)");
            else
                item.level = static_cast<int>(*level);
        }
        item.prompt = fields.optional_string("prompt");
        item.corrected_heading = fields.optional_string("corrected_heading");
        item.corrected_prompt = fields.optional_string("corrected_prompt");
        check_printed_text(item.heading, fields.path_of("heading"), root.sink());
        check_printed_text(item.prompt, fields.path_of("prompt"), root.sink());
        fields.warn_unknown_members(
            {"number", "heading", "level", "prompt", "corrected_heading", "corrected_prompt"});
        edition.outline.push_back(std::move(item));
    }
}

std::string known_unit_type_ids(const UnitTypeCatalog& unit_types) {
    std::string list;
    for (const UnitType& unit : unit_types.all())
        list += (list.empty() ? "" : ", ") + unit.id;
    return list;
}

// Fills row.unit_type_id from unit_type and/or unit_text, which must agree.
void resolve_unit(FieldReader& fields, const UnitTypeCatalog& unit_types, TemplateRow& row) {
    ProblemSink& sink = fields.sink();
    const UnitType* printed = nullptr;
    if (!row.unit_text.empty()) {
        printed = unit_types.find_by_spelling(row.unit_text);
        if (!printed)
            sink.error(fields.path_of("unit_text"),
                       "unknown unit " + in_quotes(row.unit_text) +
                           ": add this spelling to the \"spellings\" of the right unit type in "
                           "unit-types.json, or correct it");
    }
    if (!row.unit_type_id.empty()) {
        const UnitType* declared = unit_types.find_by_id(row.unit_type_id);
        if (!declared)
            sink.error(fields.path_of("unit_type"),
                       "unknown unit type " + in_quotes(row.unit_type_id) +
                           " (known: " + known_unit_type_ids(unit_types) + ")");
        else if (printed && printed != declared)
            sink.error(fields.path_of("unit_type"),
                       in_quotes(row.unit_type_id) + " does not match unit_text " +
                           in_quotes(row.unit_text) + ", which is unit type " +
                           in_quotes(printed->id));
    } else if (printed) {
        row.unit_type_id = printed->id;
    }
}

// "in_group_total": "yes" | "no" | "either". An unset field is settled in
// check_row_structure(), once the row's siblings are known.
std::optional<GroupShare> parse_group_share(std::string_view text) {
    for (const auto& [share, spelling] : kGroupShareSpellings)
        if (text == spelling)
            return share;
    return std::nullopt;
}

void read_group_share(FieldReader& fields, TemplateRow& row) {
    const std::string text = fields.optional_string("in_group_total");
    if (text.empty())
        return;
    if (const auto share = parse_group_share(text))
        row.in_group_total = *share;
    else
        fields.sink().error(fields.path_of("in_group_total"),
                            in_quotes(text) + " must be \"yes\", \"no\" or \"either\"");
}

TemplateRow read_row(FieldReader& fields, const UnitTypeCatalog& unit_types) {
    ProblemSink& sink = fields.sink();
    TemplateRow row;
    row.code = fields.optional_string("code");
    row.label = fields.required_string("label");
    row.unit_text = fields.optional_string("unit_text");
    row.unit_type_id = fields.optional_string("unit_type");
    row.key = fields.required_string("key");
    if (!row.key.empty() && !is_valid_row_key(row.key))
        sink.error(fields.path_of("key"),
                   in_quotes(row.key) +
                       " is not a valid key: lowercase words of a-z, 0-9 and \"_\" "
                       "joined by \".\" (e.g. classes.literacy)");
    row.parent_key = fields.optional_string("parent_key");
    row.corrected_label = fields.optional_string("corrected_label");
    row.combines = fields.optional_string_list("combines");
    row.total_of = fields.optional_string("total_of");
    for (std::size_t i = 0; i < row.combines.size(); ++i)
        if (!is_valid_row_key(row.combines[i]) || row.combines[i] == row.key)
            sink.error(index_path(fields.path_of("combines"), i),
                       in_quotes(row.combines[i]) + " must be the key of another row");
    if (!row.corrected_label.empty() && row.corrected_label == row.label)
        sink.warning(fields.path_of("corrected_label"),
                     "is the same as the label; nothing is corrected");
    read_group_share(fields, row);
    check_printed_text(row.code, fields.path_of("code"), sink);
    check_printed_text(row.label, fields.path_of("label"), sink);
    check_printed_text(row.unit_text, fields.path_of("unit_text"), sink);
    resolve_unit(fields, unit_types, row);
    return row;
}

// A row the form prints without a number among numbered rows of its group
// (2023 "Học nghề cho lao động nông thôn" between 1.4 and 1.5): nothing on the
// form says whether the group's total includes it.
bool reads_either_way(const Edition& edition, const TemplateRow& row) {
    if (!row.code.empty() || row.parent_key.empty() || !row.total_of.empty())
        return false;
    return std::any_of(edition.rows.begin(), edition.rows.end(), [&](const TemplateRow& sibling) {
        return sibling.parent_key == row.parent_key && !sibling.code.empty();
    });
}

// Checks that need all rows: unique keys and codes, parents above their
// children, and the group flags against the actual children.
void check_row_structure(const boost::json::array& json_rows, Edition& edition,
                         const std::vector<std::size_t>& json_index, ProblemSink& sink) {
    std::map<std::string, std::size_t, std::less<>> row_by_key;
    std::map<std::string, std::size_t, std::less<>> row_by_code;
    std::map<std::string, std::size_t, std::less<>> children_count;
    for (std::size_t r = 0; r < edition.rows.size(); ++r) {
        const TemplateRow& row = edition.rows[r];
        const std::string path = index_path("rows", json_index[r]);
        if (!row.parent_key.empty()) {
            if (row.parent_key == row.key)
                sink.error(path + ".parent_key", "a row cannot be its own parent");
            else if (!row_by_key.contains(row.parent_key))
                sink.error(path + ".parent_key",
                           "parent_key " + in_quotes(row.parent_key) +
                               " is not the key of any row above this one (a group row "
                               "must come before its children)");
            else
                ++children_count[row.parent_key];
        }
        if (!row.key.empty() && !row_by_key.emplace(row.key, json_index[r]).second)
            sink.error(path + ".key", "duplicate key " + in_quotes(row.key) + ", already used by " +
                                          index_path("rows", row_by_key[row.key]));
        if (!row.code.empty() && !row_by_code.emplace(row.code, json_index[r]).second)
            sink.error(path + ".code", "duplicate code " + in_quotes(row.code) +
                                           ", already used by " +
                                           index_path("rows", row_by_code[row.code]));
    }
    for (std::size_t r = 0; r < edition.rows.size(); ++r) {
        TemplateRow& row = edition.rows[r];
        const std::string path = index_path("rows", json_index[r]);
        const bool has_children = children_count.contains(row.key);
        const auto* json_row = json_rows[json_index[r]].if_object();
        if (json_row && json_row->contains("is_group") && row.is_group != has_children)
            sink.error(path + ".is_group",
                       row.is_group ? "is_group is true but no row has this row's key as "
                                      "parent_key"
                                    : "is_group is false but rows below name this row as their "
                                      "parent_key");
        row.is_group = has_children;
        if (row.sums_children && !row.is_group)
            sink.error(path + ".sums_children", "sums_children needs a group row (with children)");
        if (row.sums_children && row.unit_type_id.empty())
            sink.error(path + ".sums_children",
                       "a row that sums its children needs a unit_type saying which "
                       "quantity adds up");
        const bool share_given = json_row && json_row->contains("in_group_total");
        if (!share_given && reads_either_way(edition, row))
            row.in_group_total = GroupShare::Either;
        if (share_given && row.parent_key.empty())
            sink.error(path + ".in_group_total", "only a row with a parent_key is in a group");
        if (!row.total_of.empty() && !children_count.contains(row.total_of))
            sink.error(path + ".total_of",
                       "total_of " + in_quotes(row.total_of) + " is not the key of a group row");
    }
}

void read_rows(FieldReader& root, const UnitTypeCatalog& unit_types, Edition& edition) {
    const boost::json::array* rows = root.required_array("rows");
    if (!rows)
        return;
    if (rows->empty())
        root.sink().error("rows", "the table has no rows");
    std::vector<std::size_t> json_index; // edition.rows[r] came from rows[json_index[r]]
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const std::string path = index_path("rows", i);
        const boost::json::value& element = (*rows)[i];
        if (!element.is_object()) {
            root.sink().error(path, "must be an object {...}, but is " +
                                        std::string(json_load::describe_kind(element)));
            continue;
        }
        FieldReader fields(element.get_object(), path, root.sink());
        TemplateRow row = read_row(fields, unit_types);
        row.is_group = fields.optional_bool("is_group").value_or(false);
        row.sums_children = fields.optional_bool("sums_children").value_or(false);
        fields.warn_unknown_members({"code", "label", "unit_text", "unit_type", "key", "parent_key",
                                     "is_group", "sums_children", "corrected_label", "combines",
                                     "total_of", "in_group_total"});
        edition.rows.push_back(std::move(row));
        json_index.push_back(i);
    }
    check_row_structure(*rows, edition, json_index, root.sink());
}

} // namespace

std::optional<Edition> parse_edition(std::string_view json_text, const std::string& file_name,
                                     const UnitTypeCatalog& unit_types,
                                     std::vector<LoadProblem>& problems) {
    return json_load::read_json_file<Edition>(
        json_text, file_name, problems,
        [&](FieldReader& root, const boost::json::object& document) {
            Edition edition;
            read_header(root, edition);
            read_corrections(root, edition);
            read_outline(root, edition);
            read_rows(root, unit_types, edition);

            std::vector<std::string_view> known{
                "format_version", "id",         "year",     "level",
                "document_date",  "week_start", "week_end", "deadline",
                "corrections",    "outline",    "rows"};
            for (const TextField& field : kTextFields)
                known.push_back(field.name);
            for (const auto& member : document) {
                const std::string_view name(member.key().data(), member.key().size());
                if (!name.starts_with('_') && !name.starts_with('$') &&
                    std::find(known.begin(), known.end(), name) == known.end())
                    root.sink().warning(std::string(name),
                                        "unknown field " + in_quotes(name) +
                                            " is ignored (misspelt? see templates/README.md)");
            }
            return edition;
        });
}

bool is_edition_id(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

const TemplateRow* find_row_by_key(const Edition& edition, std::string_view key) {
    for (const TemplateRow& row : edition.rows)
        if (row.key == key)
            return &row;
    return nullptr;
}

} // namespace statform::core
