// Converts OpenDocument attribute values into the numbers Calc itself keeps:
// dates as days since 1899-12-30 (Calc's default null date), times and
// durations as fractions of a day.
#pragma once

#include <optional>
#include <string_view>

namespace statform::io {

// "2024-10-01" or "2024-10-01T06:00:00[.fff]" -> 45566 / 45566.25.
std::optional<double> parse_odf_date(std::string_view text);

// ISO 8601 duration as ODF writes times: "PT12H30M00S", "PT36H", "P1DT2H",
// "-PT1H" -> fraction of a day (0.5208333...).
std::optional<double> parse_odf_duration(std::string_view text);

// xsd:double as in office:value ("12", "-2.5", "1E-3").
std::optional<double> parse_odf_number(std::string_view text);

} // namespace statform::io
