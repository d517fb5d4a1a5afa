// Every number the narrative prints is declared here first, with where it
// comes from, and spelled in the report's language: a test can then find
// each number of the text in the summary.
#include "core/narrative/narrative_builder.hpp"

#include "core/values/vi_number.hpp"

#include <charconv>
#include <cmath>

namespace statform::core {
namespace {

std::string column_name(const std::optional<QuantityColumn>& column) {
    if (!column)
        return "?";
    return *column == QuantityColumn::Count ? "count" : "people";
}

std::string index_name(const std::optional<std::size_t>& index) {
    return index ? "#" + std::to_string(*index) : "#?";
}

std::string joined(const std::vector<std::string>& keys) {
    std::string out;
    for (const std::string& key : keys)
        out += (out.empty() ? "" : "+") + key;
    return out;
}

} // namespace

std::string describe_number(const NarrativeNumber& number) {
    switch (number.origin) {
    case NumberOrigin::RowTotal:
        return number.row_key + "/" + column_name(number.column);
    case NumberOrigin::RowsSum:
        return "sum of " + joined(number.row_keys) + "/" + column_name(number.column);
    case NumberOrigin::UnitValue:
        return "unit " + index_name(number.unit_index) + " " + number.row_key + "/" +
               column_name(number.column);
    case NumberOrigin::PreviousValue:
        return "previous " + number.row_key + "/" + column_name(number.column);
    case NumberOrigin::PreviousRowsSum:
        return "previous sum of " + joined(number.row_keys) + "/" + column_name(number.column);
    case NumberOrigin::Share:
        return "share of " + index_name(number.part) + " in " + index_name(number.whole);
    case NumberOrigin::Change:
        return std::string(number.decrease ? "decrease" : "increase") + " from " +
               index_name(number.whole) + " to " + index_name(number.part);
    case NumberOrigin::Difference:
        return index_name(number.part) + " minus " + index_name(number.whole);
    case NumberOrigin::UnitsMerged:
        return "count of merged units";
    case NumberOrigin::UnitsExpected:
        return "count of expected units";
    case NumberOrigin::UnitsMissing:
        return "count of missing units";
    case NumberOrigin::UnitsUnexpected:
        return "count of units not on the expected list";
    case NumberOrigin::UnitsListed:
        return "count of units listed by name";
    case NumberOrigin::SourcesGiven:
        return "count of files given";
    case NumberOrigin::SourcesSkipped:
        return "count of files skipped";
    case NumberOrigin::SourcesWithErrors:
        return "count of merged files with errors";
    case NumberOrigin::ErrorsTotal:
        return "errors in merged files";
    case NumberOrigin::SourceErrors:
        return "errors of source " + index_name(number.source_index);
    case NumberOrigin::SourceWarnings:
        return "warnings of source " + index_name(number.source_index);
    case NumberOrigin::WarningsTotal:
        return "warnings of merged sources";
    case NumberOrigin::MergeFindings:
        return std::string("merge findings of severity ") +
               std::string(number.severity ? severity_name(*number.severity) : "?");
    case NumberOrigin::EditionYear:
        return "edition year";
    case NumberOrigin::EditionDate:
        return "edition " + number.field;
    case NumberOrigin::PreviousYear:
        return "previous year";
    case NumberOrigin::ReportDate:
        return "report date " + number.field;
    }
    return "?";
}

namespace narrative {

std::string Writer::format_count(double value) const {
    std::string spelled = format_vi_number(value, 2);
    if (english()) // English notation is the Vietnamese one with the marks swapped
        for (char& c : spelled)
            c = c == '.' ? ',' : c == ',' ? '.' : c;
    return spelled;
}

std::string Writer::format_percent(double value) const {
    // One decimal is what such reports print ("chiếm 26,7%").
    std::string spelled = format_vi_number(value, 1);
    if (english())
        for (char& c : spelled)
            c = c == '.' ? ',' : c == ',' ? '.' : c;
    return spelled + "%";
}

std::string Writer::format_iso_date(std::string_view iso) const {
    int year = 0, month = 0, day = 0;
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return {};
    const auto read = [&](std::size_t at, std::size_t length, int& into) {
        const char* first = iso.data() + at;
        const auto [end, error] = std::from_chars(first, first + length, into);
        return error == std::errc{} && end == first + length;
    };
    if (!read(0, 4, year) || !read(5, 2, month) || !read(8, 2, day) || month < 1 || month > 12 ||
        day < 1 || day > 31)
        return {};
    if (english()) // "2 October 2023": dd/mm reads as mm/dd to many English readers
        return std::to_string(day) + " " + word("month." + std::to_string(month)) + " " +
               std::to_string(year);
    const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return two(day) + "/" + two(month) + "/" + std::to_string(year);
}

std::size_t Writer::declare(NarrativeNumber number) {
    if (number.text.empty()) {
        switch (number.origin) {
        case NumberOrigin::Share:
        case NumberOrigin::Change:
            number.text = format_percent(number.value);
            break;
        case NumberOrigin::EditionYear:
        case NumberOrigin::PreviousYear: // a year is never grouped: 2023, not 2.023
            number.text = std::to_string(static_cast<long long>(number.value));
            break;
        default:
            number.text = format_count(number.value);
            break;
        }
    }
    numbers_->push_back(std::move(number));
    return numbers_->size() - 1;
}

NarrativeText Writer::number(std::size_t index) const {
    return NarrativeText{{NarrativeRun{RunKind::Number, numbers_->at(index).text, index}}};
}

std::size_t Writer::row_total(const MergedRow& row, QuantityColumn column) {
    NarrativeNumber number;
    number.origin = NumberOrigin::RowTotal;
    number.value = row.total[column].value_or(0.0);
    number.row_key = row.key;
    number.column = column;
    return declare(std::move(number));
}

std::size_t Writer::unit_value(std::size_t unit_index, const MergedRow& row,
                               QuantityColumn column) {
    NarrativeNumber number;
    number.origin = NumberOrigin::UnitValue;
    number.value = merged().units.at(unit_index).values.at(row.template_row)[column].value_or(0.0);
    number.row_key = row.key;
    number.column = column;
    number.unit_index = unit_index;
    return declare(std::move(number));
}

std::size_t Writer::share(std::size_t part, std::size_t whole) {
    NarrativeNumber number;
    number.origin = NumberOrigin::Share;
    number.value = 100.0 * value(part) / value(whole);
    number.part = part;
    number.whole = whole;
    return declare(std::move(number));
}

std::size_t Writer::change(std::size_t now, std::size_t before) {
    NarrativeNumber number;
    number.origin = NumberOrigin::Change;
    number.value = 100.0 * std::fabs(value(now) - value(before)) / value(before);
    number.decrease = value(now) < value(before);
    number.part = now;
    number.whole = before;
    return declare(std::move(number));
}

std::size_t Writer::difference(std::size_t minuend, std::size_t subtrahend) {
    NarrativeNumber number;
    number.origin = NumberOrigin::Difference;
    number.value = value(minuend) - value(subtrahend);
    number.part = minuend;
    number.whole = subtrahend;
    return declare(std::move(number));
}

std::size_t Writer::counter(NumberOrigin origin, double count) {
    NarrativeNumber number;
    number.origin = origin;
    number.value = count;
    return declare(std::move(number));
}

NarrativeText Writer::counted_noun(std::size_t index, std::string_view noun_key) const {
    NarrativeText out = number(index);
    const std::string noun = noun_for(noun_key, value(index));
    if (!noun.empty())
        append_text(out, " " + noun);
    return out;
}

NarrativeText Writer::amount(std::size_t index, const MergedRow& row, QuantityColumn column) const {
    NarrativeText out = number(index);
    const std::string noun = unit_word("noun", row, column, value(index));
    if (!noun.empty())
        append_text(out, " " + noun);
    return out;
}

} // namespace narrative
} // namespace statform::core
