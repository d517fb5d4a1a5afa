#include "core/templates/json_text.hpp"

#include <boost/json.hpp>

#include <cmath>

namespace statform::core::json_text {

std::string quoted(std::string_view text) {
    return boost::json::serialize(boost::json::value(boost::json::string(text)));
}

std::string string_list(const std::vector<std::string>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + quoted(values[i]);
    return out + "]";
}

std::string array_on_lines(const std::vector<std::string>& elements, std::string_view indent) {
    std::string out = "[\n";
    for (std::size_t i = 0; i < elements.size(); ++i)
        out +=
            std::string(indent) + "  " + elements[i] + (i + 1 < elements.size() ? "," : "") + "\n";
    return out + std::string(indent) + "]";
}

void ObjectText::add(std::string_view name, std::string json_value) {
    members_.push_back(quoted(name) + ": " + std::move(json_value));
}

// Whole numbers are written as such ("200", not Boost's "2E2"), as a person would.
void ObjectText::decimal(std::string_view name, double value) {
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        number(name, static_cast<long long>(value));
    else
        add(name, boost::json::serialize(boost::json::value(value)));
}

std::string ObjectText::on_lines(std::string_view indent) const {
    std::string out = "{\n";
    for (std::size_t i = 0; i < members_.size(); ++i)
        out +=
            std::string(indent) + "  " + members_[i] + (i + 1 < members_.size() ? "," : "") + "\n";
    return out + std::string(indent) + "}";
}

std::string ObjectText::on_one_line() const {
    std::string out = "{";
    for (std::size_t i = 0; i < members_.size(); ++i)
        out += (i ? ", " : "") + members_[i];
    return out + "}";
}

} // namespace statform::core::json_text
