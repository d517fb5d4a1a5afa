#include "core/templates/json_fields.hpp"

#include <boost/json/value.hpp>

#include <algorithm>
#include <cmath>

namespace statform::core::json_load {

std::string index_path(const std::string& base, std::size_t index) {
    return base + "[" + std::to_string(index) + "]";
}

std::string member_path(const std::string& base, std::string_view member) {
    return base.empty() ? std::string(member) : base + "." + std::string(member);
}

void ProblemSink::error(const std::string& json_path, std::string message) {
    problems_.push_back({file_, json_path, std::move(message), false});
    has_errors_ = true;
}

void ProblemSink::warning(const std::string& json_path, std::string message) {
    problems_.push_back({file_, json_path, std::move(message), true});
}

std::string_view describe_kind(const boost::json::value& value) {
    switch (value.kind()) {
    case boost::json::kind::null:
        return "null";
    case boost::json::kind::bool_:
        return "true/false";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_:
        return "a number";
    case boost::json::kind::string:
        return "a text in quotes";
    case boost::json::kind::array:
        return "a list [...]";
    case boost::json::kind::object:
        return "an object {...}";
    }
    return "an unknown value";
}

const boost::json::value* FieldReader::find(std::string_view name) const {
    return object_.if_contains(boost::json::string_view(name.data(), name.size()));
}

void FieldReader::wrong_type(std::string_view name, std::string_view expected) {
    sink_.error(path_of(name), "must be " + std::string(expected) + ", but is " +
                                   std::string(describe_kind(*find(name))));
}

std::string FieldReader::required_string(std::string_view name, bool allow_empty) {
    if (!find(name)) {
        sink_.error(path_of(name), "missing required field \"" + std::string(name) + "\"");
        return {};
    }
    std::string value = optional_string(name);
    const bool blank =
        std::all_of(value.begin(), value.end(), [](char c) { return c == ' ' || c == '\t'; });
    if (!allow_empty && blank && find(name)->is_string())
        sink_.error(path_of(name), "must not be empty");
    return value;
}

std::string FieldReader::optional_string(std::string_view name) {
    const boost::json::value* value = find(name);
    if (!value)
        return {};
    if (!value->is_string()) {
        wrong_type(name, "a text in quotes");
        return {};
    }
    return std::string(value->get_string());
}

std::optional<std::int64_t> FieldReader::required_integer(std::string_view name) {
    if (!find(name)) {
        sink_.error(path_of(name), "missing required field \"" + std::string(name) + "\"");
        return std::nullopt;
    }
    return optional_integer(name);
}

std::optional<std::int64_t> FieldReader::optional_integer(std::string_view name) {
    const boost::json::value* value = find(name);
    if (!value)
        return std::nullopt;
    if (value->is_int64())
        return value->get_int64();
    if (value->is_uint64() && value->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
        return static_cast<std::int64_t>(value->get_uint64());
    if (value->is_double() && std::floor(value->get_double()) == value->get_double() &&
        std::fabs(value->get_double()) < 1e15)
        return static_cast<std::int64_t>(value->get_double());
    wrong_type(name, "a whole number");
    return std::nullopt;
}

std::optional<bool> FieldReader::optional_bool(std::string_view name) {
    const boost::json::value* value = find(name);
    if (!value)
        return std::nullopt;
    if (!value->is_bool()) {
        wrong_type(name, "true or false (without quotes)");
        return std::nullopt;
    }
    return value->get_bool();
}

std::optional<double> FieldReader::required_number(std::string_view name) {
    const boost::json::value* value = find(name);
    if (!value) {
        sink_.error(path_of(name), "missing required field \"" + std::string(name) + "\"");
        return std::nullopt;
    }
    if (!value->is_number()) {
        wrong_type(name, "a number (without quotes)");
        return std::nullopt;
    }
    return value->to_number<double>();
}

const boost::json::array* FieldReader::required_array(std::string_view name) {
    if (!find(name)) {
        sink_.error(path_of(name), "missing required field \"" + std::string(name) + "\"");
        return nullptr;
    }
    return optional_array(name);
}

const boost::json::array* FieldReader::optional_array(std::string_view name) {
    const boost::json::value* value = find(name);
    if (!value)
        return nullptr;
    if (!value->is_array()) {
        wrong_type(name, "a list [...]");
        return nullptr;
    }
    return &value->get_array();
}

const boost::json::object* FieldReader::required_object(std::string_view name) {
    if (!find(name)) {
        sink_.error(path_of(name), "missing required field \"" + std::string(name) + "\"");
        return nullptr;
    }
    return optional_object(name);
}

const boost::json::object* FieldReader::optional_object(std::string_view name) {
    const boost::json::value* value = find(name);
    if (!value)
        return nullptr;
    if (!value->is_object()) {
        wrong_type(name, "an object {...}");
        return nullptr;
    }
    return &value->get_object();
}

std::vector<std::string> FieldReader::optional_string_list(std::string_view name) {
    std::vector<std::string> list;
    const boost::json::array* array = optional_array(name);
    if (!array)
        return list;
    const std::string base = path_of(name);
    for (std::size_t i = 0; i < array->size(); ++i) {
        const boost::json::value& element = (*array)[i];
        if (element.is_string())
            list.emplace_back(element.get_string());
        else
            sink_.error(index_path(base, i),
                        "must be a text in quotes, but is " + std::string(describe_kind(element)));
    }
    return list;
}

void FieldReader::warn_unknown_members(std::initializer_list<std::string_view> known) {
    for (const auto& member : object_) {
        const std::string_view name(member.key().data(), member.key().size());
        if (name.starts_with('_') || name.starts_with('$'))
            continue;
        if (std::find(known.begin(), known.end(), name) == known.end())
            sink_.warning(path_of(name), "unknown field \"" + std::string(name) +
                                             "\" is ignored (misspelt? see templates/README.md)");
    }
}

void check_format_version(FieldReader& root) {
    if (const auto version = root.optional_integer("format_version");
        version && *version != kFormatVersion)
        root.sink().error("format_version", "format_version " + std::to_string(*version) +
                                                " is not supported by this StatForm (it reads " +
                                                std::to_string(kFormatVersion) + ")");
}

} // namespace statform::core::json_load
