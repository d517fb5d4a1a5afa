// The frame of an administrative report (Nghị định 30/2020/NĐ-CP, as the
// outlines of the seeds print it): the heading block, the title, "Nơi
// nhận:" and the signature block. What the caller did not give becomes a
// placeholder the author fills in.
#include "core/narrative/narrative_builder.hpp"

namespace statform::core::narrative {
namespace {

NarrativeText given_or_blank(const std::string& given) {
    return given.empty() ? to_fill("…") : quoted(given);
}

std::size_t date_part(Writer& writer, const char* field, int value, bool leading_zero) {
    NarrativeNumber number;
    number.origin = NumberOrigin::ReportDate;
    number.field = field;
    number.value = value;
    number.text = (leading_zero ? "0" : "") + std::to_string(value);
    return writer.declare(std::move(number));
}

std::size_t edition_year(Writer& writer) {
    NarrativeNumber year;
    year.origin = NumberOrigin::EditionYear;
    year.value = writer.edition().year;
    return writer.declare(std::move(year));
}

// "Tuần Giáo, ngày 05 tháng 02 năm 2024": the date line writes a day below
// 10 and the months 1 and 2 with a leading zero.
NarrativeText place_date(Writer& writer) {
    const NarrativeOptions& options = writer.options();
    const NarrativeText place = given_or_blank(options.place);
    if (!options.report_date)
        return writer.phrase("frame.date.blank", {{"place", place},
                                                  {"blank", to_fill("…")},
                                                  {"year", writer.number(edition_year(writer))}});
    const CalendarDate& date = *options.report_date;
    if (writer.english()) { // one date, "5 February 2023", as a reader reads it
        NarrativeNumber whole;
        whole.origin = NumberOrigin::ReportDate;
        whole.field = "date";
        whole.value = date.year * 10000.0 + date.month * 100.0 + date.day;
        whole.text = std::to_string(date.day) + " " +
                     writer.word("month." + std::to_string(date.month)) + " " +
                     std::to_string(date.year);
        return writer.phrase("frame.date",
                             {{"place", place}, {"date", writer.number(writer.declare(whole))}});
    }
    const std::size_t day = date_part(writer, "day", date.day, date.day < 10);
    const std::size_t month = date_part(writer, "month", date.month, date.month <= 2);
    const std::size_t year = date_part(writer, "year", date.year, false);
    return writer.phrase("frame.date", {{"place", place},
                                        {"day", writer.number(day)},
                                        {"month", writer.number(month)},
                                        {"year", writer.number(year)}});
}

} // namespace

void frame_document(Writer& writer, NarrativeDocument& document) {
    const NarrativeOptions& options = writer.options();
    const Edition& edition = writer.edition();
    if (!options.governing_body.empty())
        document.governing_body = quoted(uppercase_all(options.governing_body));
    document.reporting_unit = options.reporting_unit.empty()
                                  ? to_fill(writer.word("fill.reporting-unit-heading"))
                                  : quoted(uppercase_all(options.reporting_unit));
    document.reference =
        writer.phrase("frame.reference", {{"number", given_or_blank(options.document_number)},
                                          {"code", given_or_blank(options.unit_code)}});
    document.national_name = plain(writer.word("frame.national-name"));
    document.motto = plain(writer.word("frame.motto"));
    document.place_date = place_date(writer);

    // The edition prints its own title in Vietnamese; English has its own words.
    const std::string title = edition_text(edition, "report_title", edition.report_title);
    const std::string subtitle = edition_text(edition, "report_subtitle", edition.report_subtitle);
    const auto year = [&] { return Args{{"year", writer.number(edition_year(writer))}}; };
    if (writer.english() || title.empty()) {
        document.title = writer.phrase("frame.title");
        document.subtitle = writer.phrase("frame.subtitle", year());
    } else {
        document.title = quoted(title);
        if (!subtitle.empty())
            document.subtitle = quoted(subtitle);
    }

    document.recipients_heading = plain(writer.word("frame.recipients"));
    if (options.recipients.empty()) {
        document.recipients.push_back(to_fill(writer.word("fill.recipient")));
        document.recipients.push_back(plain(writer.word("frame.archive")));
    } else {
        for (const std::string& recipient : options.recipients)
            document.recipients.push_back(quoted(recipient));
    }
    document.signer_title = options.signer_title.empty() ? plain(writer.word("frame.signer"))
                                                         : quoted(options.signer_title);
    document.signer_note = plain(writer.word("frame.signer-note"));
    document.signer_name = options.signer_name.empty() ? to_fill(writer.word("fill.signer-name"))
                                                       : quoted(options.signer_name);
}

} // namespace statform::core::narrative
