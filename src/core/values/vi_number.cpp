#include "core/values/vi_number.hpp"

#include <charconv>
#include <cmath>
#include <vector>

namespace statform::core {
namespace {

bool all_digits(std::string_view text) {
    if (text.empty())
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

ParsedNumber refuse(NumberSyntax syntax, std::string problem) {
    ParsedNumber result;
    result.syntax = syntax;
    result.problem = std::move(problem);
    return result;
}

// Splits "2.500.000" into {"2", "500", "000"}.
std::vector<std::string_view> split_on(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

// The digits of an integer part, with its grouping checked; `problem` says
// what is wrong when the grouping is not Vietnamese.
struct IntegerPart {
    std::string digits;
    bool grouped = false;
    std::string problem;
};

IntegerPart read_integer_part(std::string_view text) {
    IntegerPart part;
    const bool has_dot = text.find('.') != std::string_view::npos;
    const bool has_space = text.find(' ') != std::string_view::npos;
    if (has_dot && has_space) {
        part.problem = "mixes dots and spaces as thousands separators";
        return part;
    }
    if (!has_dot && !has_space) {
        if (!all_digits(text))
            part.problem = "not a number";
        else
            part.digits = std::string(text);
        return part;
    }
    const auto groups = split_on(text, has_dot ? '.' : ' ');
    const std::string_view first = groups.front();
    if (!all_digits(first) || first.size() > 3) {
        part.problem = "bad first digit group";
        return part;
    }
    for (std::size_t i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3 || !all_digits(groups[i])) {
            part.problem = has_dot ? "a dot is the Vietnamese thousands separator and must be "
                                     "followed by three digits; write decimals with a comma (1,5)"
                                   : "digit groups separated by spaces must have three digits";
            return part;
        }
    }
    if (first == "0") {
        part.problem = "a grouped number cannot start with 0";
        return part;
    }
    part.grouped = true;
    for (auto g : groups)
        part.digits += g;
    return part;
}

} // namespace

ParsedNumber parse_vi_number(std::string_view text) {
    std::string_view body = text;
    bool negative = false;
    if (!body.empty() && (body.front() == '-' || body.front() == '+')) {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    if (body.empty())
        return refuse(NumberSyntax::Invalid, "no digits");

    const std::size_t comma = body.find(',');
    if (comma != std::string_view::npos && body.find(',', comma + 1) != std::string_view::npos)
        return refuse(NumberSyntax::Invalid,
                      "several commas: Vietnamese numbers group thousands with dots");
    const std::string_view int_text = body.substr(0, comma);
    const std::string_view frac_text =
        comma == std::string_view::npos ? std::string_view{} : body.substr(comma + 1);
    if (frac_text.find('.') != std::string_view::npos)
        return refuse(NumberSyntax::Invalid,
                      "a dot after the comma looks like English notation (1,234.5)");
    if (comma != std::string_view::npos && !all_digits(frac_text))
        return refuse(NumberSyntax::Invalid, "no digits after the decimal comma");

    IntegerPart integer = read_integer_part(int_text);
    if (!integer.problem.empty())
        return refuse(NumberSyntax::Invalid, integer.problem);

    // "1,200": Vietnamese reads 1,2; English software writes 1200 that way.
    // Counts and money are never fractional, so either reading is a mistake
    // somewhere: ask instead of guessing. "0,500" and "1.200,5" are clear.
    if (frac_text.size() == 3 && !integer.grouped && integer.digits.size() <= 3 &&
        integer.digits.find_first_not_of('0') != std::string::npos) {
        const std::size_t last_significant = frac_text.find_last_not_of('0');
        const std::string as_decimal =
            last_significant == std::string_view::npos
                ? integer.digits
                : integer.digits + "," + std::string(frac_text.substr(0, last_significant + 1));
        return refuse(NumberSyntax::Ambiguous,
                      "ambiguous: a comma followed by three digits may be an English thousands "
                      "separator; write " +
                          integer.digits + std::string(frac_text) + " or " + as_decimal);
    }

    ParsedNumber result;
    result.syntax = NumberSyntax::Ok;
    if (negative)
        result.canonical += '-';
    result.canonical += integer.digits;
    if (!frac_text.empty())
        result.canonical.append(".").append(frac_text);
    const char* begin = result.canonical.data();
    const char* end = begin + result.canonical.size();
    const auto [ptr, error] = std::from_chars(begin, end, result.value);
    if (error != std::errc{} || ptr != end)
        return refuse(NumberSyntax::Invalid, "number out of range");
    if (result.value == 0.0)
        result.value = 0.0; // no "-0" in reports
    return result;
}

std::string format_vi_number(double value, int max_fraction_digits) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value < 0 ? "-∞" : "∞";
    char buffer[400];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value,
                                            std::chars_format::fixed, max_fraction_digits);
    if (error != std::errc{})
        return "?";
    std::string_view plain(buffer, static_cast<std::size_t>(end - buffer));
    bool negative = false;
    if (!plain.empty() && plain.front() == '-') {
        negative = true;
        plain.remove_prefix(1);
    }
    const std::size_t dot = plain.find('.');
    const std::string_view int_digits = plain.substr(0, dot);
    std::string_view frac_digits =
        dot == std::string_view::npos ? std::string_view{} : plain.substr(dot + 1);
    while (!frac_digits.empty() && frac_digits.back() == '0')
        frac_digits.remove_suffix(1);

    std::string out;
    for (std::size_t i = 0; i < int_digits.size(); ++i) {
        if (i > 0 && (int_digits.size() - i) % 3 == 0)
            out += '.';
        out += int_digits[i];
    }
    if (!frac_digits.empty())
        out.append(",").append(frac_digits);
    if (negative && out != "0")
        out.insert(out.begin(), '-');
    return out;
}

} // namespace statform::core
