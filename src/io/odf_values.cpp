#include "io/odf_values.hpp"

#include <charconv>
#include <chrono>
#include <cmath>

namespace statform::io {

namespace {

// Reads an unsigned decimal integer of 1..max_digits digits.
std::optional<int> take_int(std::string_view& text, std::size_t max_digits) {
    std::size_t n = 0;
    while (n < text.size() && n < max_digits && text[n] >= '0' && text[n] <= '9')
        ++n;
    if (n == 0)
        return std::nullopt;
    int value = 0;
    std::from_chars(text.data(), text.data() + n, value);
    text.remove_prefix(n);
    return value;
}

bool take_char(std::string_view& text, char c) {
    if (text.empty() || text.front() != c)
        return false;
    text.remove_prefix(1);
    return true;
}

// A decimal number with optional fraction ("30", "15.5").
std::optional<double> take_decimal(std::string_view& text) {
    std::size_t n = 0;
    while (n < text.size() && ((text[n] >= '0' && text[n] <= '9') || text[n] == '.'))
        ++n;
    if (n == 0)
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + n, value);
    if (error != std::errc{} || end != text.data() + n)
        return std::nullopt;
    text.remove_prefix(n);
    return value;
}

constexpr auto kNullDate = std::chrono::sys_days{std::chrono::year{1899} / 12 / 30};

} // namespace

std::optional<double> parse_odf_number(std::string_view text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parse_odf_date(std::string_view text) {
    const bool negative = take_char(text, '-');
    const auto year = take_int(text, 6);
    if (!year || !take_char(text, '-'))
        return std::nullopt;
    const auto month = take_int(text, 2);
    if (!month || !take_char(text, '-'))
        return std::nullopt;
    const auto day = take_int(text, 2);
    if (!day)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{negative ? -*year : *year},
                                           std::chrono::month{static_cast<unsigned>(*month)},
                                           std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok())
        return std::nullopt;
    double serial = static_cast<double>((std::chrono::sys_days{date} - kNullDate).count());
    if (take_char(text, 'T')) {
        const auto hours = take_int(text, 2);
        if (!hours || !take_char(text, ':'))
            return std::nullopt;
        const auto minutes = take_int(text, 2);
        if (!minutes)
            return std::nullopt;
        double seconds = 0;
        if (take_char(text, ':')) {
            const auto s = take_decimal(text);
            if (!s)
                return std::nullopt;
            seconds = *s;
        }
        serial += (*hours * 3600.0 + *minutes * 60.0 + seconds) / 86400.0;
    }
    // A time-zone suffix ("Z", "+07:00") is ignored, as Calc does.
    if (!text.empty() && text.front() != 'Z' && text.front() != '+' && text.front() != '-')
        return std::nullopt;
    return serial;
}

std::optional<double> parse_odf_duration(std::string_view text) {
    const bool negative = take_char(text, '-');
    if (!take_char(text, 'P'))
        return std::nullopt;
    double days = 0;
    bool in_time = false, any = false;
    while (!text.empty()) {
        if (take_char(text, 'T')) {
            in_time = true;
            continue;
        }
        const auto amount = take_decimal(text);
        if (!amount || text.empty())
            return std::nullopt;
        const char unit = text.front();
        text.remove_prefix(1);
        any = true;
        if (!in_time && unit == 'D')
            days += *amount;
        else if (in_time && unit == 'H')
            days += *amount / 24.0;
        else if (in_time && unit == 'M')
            days += *amount / 1440.0;
        else if (in_time && unit == 'S')
            days += *amount / 86400.0;
        else
            return std::nullopt; // years and months have no fixed length in days
    }
    if (!any)
        return std::nullopt;
    return negative ? -days : days;
}

} // namespace statform::io
