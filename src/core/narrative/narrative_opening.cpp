// The opening part of the report: a prompt for the directive being
// implemented, the week (name, year, theme, dates from the edition) and which units the
// figures come from ("12/13 đơn vị đã gửi báo cáo; còn 1 đơn vị chưa gửi: …").
#include "core/narrative/narrative_builder.hpp"

#include "core/merge/unit_identity.hpp"

#include <set>

namespace statform::core::narrative {
namespace {

std::size_t edition_year(Writer& writer) {
    NarrativeNumber year;
    year.origin = NumberOrigin::EditionYear;
    year.value = writer.edition().year;
    return writer.declare(std::move(year));
}

// A date of the edition ("week_start", …) as a declared number whose value
// is yyyymmdd; absent when the edition has no complete date there.
std::optional<std::size_t> edition_date(Writer& writer, const std::string& field,
                                        const std::string& iso) {
    const std::string spelled = writer.format_iso_date(iso);
    if (spelled.empty())
        return std::nullopt;
    NarrativeNumber date;
    date.origin = NumberOrigin::EditionDate;
    date.field = field;
    date.text = spelled;
    date.value = std::stod(iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2));
    return writer.declare(std::move(date));
}

NarrativeText reporter(const Writer& writer) {
    if (!writer.options().reporting_unit.empty())
        return quoted(writer.options().reporting_unit);
    return to_fill(writer.word("fill.reporting-unit"));
}

// "Thực hiện [văn bản chỉ đạo của cấp trên: …] về việc tổ chức Tuần lễ …":
// the directive a unit implements is its own superior's (a district office
// answers its province, not the province whose plan the form was taken
// from), so the author names it; the edition's document is only the
// template's source.
NarrativeText based_on(Writer& writer) {
    return writer.sentence("opening.based-on",
                           {{"document", to_fill(writer.word("fill.directive"))},
                            {"year", writer.number(edition_year(writer))},
                            {"reporter", reporter(writer)}});
}

NarrativeText week(Writer& writer) {
    const Edition& edition = writer.edition();
    const std::string theme = edition_text(edition, "theme", edition.theme);
    Args args = {{"year", writer.number(edition_year(writer))}, {"theme", quoted(theme)}};
    const auto start = edition_date(writer, "week_start", edition.week_start);
    const auto end = start ? edition_date(writer, "week_end", edition.week_end) : std::nullopt;
    std::string key = "opening.week";
    if (start && end) {
        args.push_back({"start", writer.number(*start)});
        args.push_back({"end", writer.number(*end)});
    } else {
        key += ".no-dates";
    }
    if (theme.empty())
        key += ".no-theme";
    return writer.sentence(key, args);
}

} // namespace

NarrativeText limited_list(Writer& writer, std::vector<NarrativeText> names,
                           std::size_t all_names) {
    const std::size_t limit = std::max<std::size_t>(writer.options().max_listed_units, 1);
    if (names.size() <= limit)
        return writer.join(names);
    names.resize(limit);
    const std::size_t listed =
        writer.counter(NumberOrigin::UnitsListed, static_cast<double>(limit));
    const std::size_t rest = writer.difference(all_names, listed);
    names.push_back(writer.phrase(writer.counted("list.others", writer.value(rest)),
                                  {{"count", writer.number(rest)}}));
    return writer.join(names);
}

namespace {

NarrativeText coverage(Writer& writer) {
    const MergeResult& summary = writer.merged();
    std::set<std::string> expected_names;
    for (const std::string& name : writer.input().expected_units)
        if (std::string folded = normalize_unit_name(name); !folded.empty())
            expected_names.insert(folded);

    if (expected_names.empty()) {
        if (summary.units.empty())
            return writer.sentence("coverage.none");
        const std::size_t merged =
            writer.counter(NumberOrigin::UnitsMerged, static_cast<double>(summary.units.size()));
        std::vector<NarrativeText> names;
        for (const MergedUnit& unit : summary.units)
            names.push_back(writer.unit_label(unit));
        return writer.sentence(writer.counted("coverage.units", writer.value(merged)),
                               {{"count", writer.number(merged)},
                                {"list", limited_list(writer, std::move(names), merged)}});
    }

    std::vector<NarrativeText> sentences;
    const std::size_t expected =
        writer.counter(NumberOrigin::UnitsExpected, static_cast<double>(expected_names.size()));
    if (summary.missing_units.empty()) {
        sentences.push_back(
            writer.sentence("coverage.expected.all", {{"expected", writer.number(expected)}}));
    } else {
        const std::size_t missing = writer.counter(
            NumberOrigin::UnitsMissing, static_cast<double>(summary.missing_units.size()));
        const std::size_t reported = writer.difference(expected, missing);
        std::vector<NarrativeText> names;
        for (const std::string& name : summary.missing_units)
            names.push_back(quoted(name));
        sentences.push_back(
            writer.sentence(writer.counted("coverage.expected", writer.value(missing)),
                            {{"reported", writer.number(reported)},
                             {"expected", writer.number(expected)},
                             {"missing", writer.number(missing)},
                             {"list", limited_list(writer, std::move(names), missing)}}));
    }

    std::vector<NarrativeText> unexpected;
    for (const MergeFinding& finding : summary.findings) {
        if (finding.rule != "unexpected-unit")
            continue;
        MergedUnit unit;
        unit.unit_name = finding.unit_name;
        unit.source = finding.source;
        unexpected.push_back(writer.unit_label(unit));
    }
    if (!unexpected.empty()) {
        const std::size_t count =
            writer.counter(NumberOrigin::UnitsUnexpected, static_cast<double>(unexpected.size()));
        sentences.push_back(
            writer.sentence(writer.counted("coverage.unexpected", writer.value(count)),
                            {{"count", writer.number(count)},
                             {"list", limited_list(writer, std::move(unexpected), count)}}));
    }
    return Writer::paragraph(sentences);
}

} // namespace

NarrativeSection opening_section(Writer& writer) {
    NarrativeSection opening;
    opening.from_outline = false;
    for (NarrativeText text : {based_on(writer), week(writer), coverage(writer)})
        opening.paragraphs.push_back({ParagraphKind::Body, std::move(text), {}});
    return opening;
}

} // namespace statform::core::narrative
