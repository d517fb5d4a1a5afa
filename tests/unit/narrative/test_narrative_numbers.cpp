// Every number of the generated report is a value of the summary: the
// numbers are extracted from the TEXT (the way a reader sees it, in vi and
// en notation), matched with the declared numbers, and each declared number
// is recomputed here from the summary, the edition or the options, and
// spelled again independently of the narrative's code.
#include "test_narrative_support.hpp"

#include "core/merge/merge_from_validation.hpp"
#include "core/merge/unit_identity.hpp"
#include "core/rules/validation.hpp"
#include "io/read_workbook.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <regex>
#include <set>
#include <sstream>

namespace statform::narrative_test {
namespace {

// ---- spelling numbers again, without the code under test

std::string grouped(long long integer, char separator) {
    std::string digits = std::to_string(integer);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

std::string spelled(double value, int decimals, Language language) {
    const bool vi = language == Language::Vietnamese;
    std::ostringstream fixed;
    fixed << std::fixed << std::setprecision(decimals) << std::fabs(value);
    std::string text = fixed.str();
    std::string fraction;
    if (const std::size_t dot = text.find('.'); dot != std::string::npos) {
        fraction = text.substr(dot + 1);
        text.erase(dot);
    }
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    std::string out = (value < 0 ? "-" : "") + grouped(std::stoll(text), vi ? '.' : ',');
    if (!fraction.empty())
        out += (vi ? "," : ".") + fraction;
    return out;
}

std::string spelled_date(const std::string& iso, Language language) {
    static const char* months[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
    const int month = std::stoi(iso.substr(5, 2));
    if (language == Language::English)
        return std::to_string(std::stoi(iso.substr(8, 2))) + " " + months[month - 1] + " " +
               iso.substr(0, 4);
    return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

// ---- what the report was written from

struct Inputs {
    const MergeResult* summary = nullptr;
    const Edition* edition = nullptr;
    NarrativeInput input;
    NarrativeOptions options;
};

std::optional<double> in(const QuantityPair& pair, QuantityColumn column) {
    return pair[column];
}

std::optional<double> in(const RowValues& row, QuantityColumn column) {
    return column == QuantityColumn::Count ? row.count : row.people;
}

std::size_t row_index(const Edition& edition, const std::string& key) {
    for (std::size_t i = 0; i < edition.rows.size(); ++i)
        if (edition.rows[i].key == key)
            return i;
    ADD_FAILURE() << "no row " << key;
    return 0;
}

// The value a declared number must have, from its origin alone.
double expected_value(const NarrativeNumber& number, const NarrativeDocument& document,
                      const Inputs& inputs) {
    const MergeResult& summary = *inputs.summary;
    const auto declared = [&](const std::optional<std::size_t>& index) {
        EXPECT_TRUE(index.has_value());
        EXPECT_LT(*index, document.numbers.size());
        return document.numbers.at(*index).value;
    };
    const auto merged_value = [&](const std::string& key) {
        const MergedRow* row = summary.find_row(key);
        EXPECT_NE(row, nullptr) << key;
        const std::optional<double> value = in(row->total, *number.column);
        EXPECT_TRUE(value.has_value()) << key << " was not reported";
        return value.value_or(NAN);
    };
    const auto previous_value = [&](const std::string& key) {
        const RowValues* row = inputs.input.previous->find(key);
        EXPECT_NE(row, nullptr) << key;
        const std::optional<double> value = in(*row, *number.column);
        EXPECT_TRUE(value.has_value()) << key;
        return value.value_or(NAN);
    };
    switch (number.origin) {
    case NumberOrigin::RowTotal:
        return merged_value(number.row_key);
    case NumberOrigin::RowsSum: {
        double sum = 0;
        for (const std::string& key : number.row_keys)
            sum += merged_value(key);
        return sum;
    }
    case NumberOrigin::UnitValue: {
        const MergedUnit& unit = summary.units.at(*number.unit_index);
        const std::optional<double> value =
            in(unit.values.at(row_index(*inputs.edition, number.row_key)), *number.column);
        EXPECT_TRUE(value.has_value());
        return value.value_or(NAN);
    }
    case NumberOrigin::PreviousValue:
        return previous_value(number.row_key);
    case NumberOrigin::PreviousRowsSum: {
        double sum = 0;
        for (const std::string& key : number.row_keys)
            sum += previous_value(key);
        return sum;
    }
    case NumberOrigin::Share:
        return 100.0 * declared(number.part) / declared(number.whole);
    case NumberOrigin::Change: {
        const double now = declared(number.part), before = declared(number.whole);
        EXPECT_EQ(number.decrease, now < before);
        return 100.0 * std::fabs(now - before) / before;
    }
    case NumberOrigin::Difference:
        return declared(number.part) - declared(number.whole);
    case NumberOrigin::UnitsMerged:
        return static_cast<double>(summary.units.size());
    case NumberOrigin::UnitsExpected: {
        std::set<std::string> names;
        for (const std::string& name : inputs.input.expected_units)
            if (!normalize_unit_name(name).empty())
                names.insert(normalize_unit_name(name));
        return static_cast<double>(names.size());
    }
    case NumberOrigin::UnitsMissing:
        return static_cast<double>(summary.missing_units.size());
    case NumberOrigin::UnitsUnexpected: {
        double count = 0;
        for (const MergeFinding& finding : summary.findings)
            count += finding.rule == "unexpected-unit" ? 1 : 0;
        return count;
    }
    case NumberOrigin::UnitsListed:
        return static_cast<double>(inputs.options.max_listed_units);
    case NumberOrigin::SourcesGiven:
        return static_cast<double>(summary.sources.size());
    case NumberOrigin::SourcesSkipped: {
        double count = 0;
        for (const SourceSummary& source : summary.sources)
            count += source.status == SourceStatus::Skipped ? 1 : 0;
        return count;
    }
    case NumberOrigin::SourcesWithErrors:
    case NumberOrigin::ErrorsTotal: {
        double files = 0, errors = 0;
        for (const SourceSummary& source : summary.sources) {
            if (source.status == SourceStatus::Skipped)
                continue;
            files += source.error_count > 0 ? 1 : 0;
            errors += static_cast<double>(source.error_count);
        }
        return number.origin == NumberOrigin::ErrorsTotal ? errors : files;
    }
    case NumberOrigin::SourceErrors:
        return static_cast<double>(summary.sources.at(*number.source_index).error_count);
    case NumberOrigin::SourceWarnings: {
        const SourceSummary& source = summary.sources.at(*number.source_index);
        double count = static_cast<double>(source.warning_count);
        for (const MergeFinding& finding : summary.findings)
            count += finding.severity == Severity::Warning && finding.source == source.source;
        return count;
    }
    case NumberOrigin::WarningsTotal: {
        double count = 0;
        for (const SourceSummary& source : summary.sources) {
            if (source.status == SourceStatus::Skipped)
                continue;
            count += static_cast<double>(source.warning_count);
            for (const MergeFinding& finding : summary.findings)
                count += finding.severity == Severity::Warning && finding.source == source.source;
        }
        return count;
    }
    case NumberOrigin::MergeFindings:
        return static_cast<double>(summary.count(*number.severity));
    case NumberOrigin::EditionYear:
        return inputs.edition->year;
    case NumberOrigin::EditionDate: {
        const std::string iso = number.field == "week_start" ? inputs.edition->week_start
                                : number.field == "week_end" ? inputs.edition->week_end
                                                             : inputs.edition->document_date;
        EXPECT_EQ(number.text, spelled_date(iso, document.language));
        return std::stod(iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2));
    }
    case NumberOrigin::PreviousYear:
        return inputs.input.previous->year;
    case NumberOrigin::ReportDate: {
        const CalendarDate& date = *inputs.options.report_date;
        if (number.field == "date")
            return date.year * 10000.0 + date.month * 100 + date.day;
        return number.field == "day" ? date.day : number.field == "month" ? date.month : date.year;
    }
    }
    return NAN;
}

// How the number must be printed, given its value.
std::string expected_text(const NarrativeNumber& number, Language language) {
    switch (number.origin) {
    case NumberOrigin::Share:
    case NumberOrigin::Change:
        return spelled(number.value, 1, language) + "%";
    case NumberOrigin::EditionYear:
    case NumberOrigin::PreviousYear:
        return std::to_string(static_cast<int>(number.value));
    case NumberOrigin::EditionDate:
        return number.text; // checked against the edition's date above
    case NumberOrigin::ReportDate: {
        if (number.field == "date") {
            const long long v = static_cast<long long>(number.value);
            std::ostringstream iso;
            iso << v / 10000 << "-" << std::setw(2) << std::setfill('0') << v / 100 % 100 << "-"
                << std::setw(2) << std::setfill('0') << v % 100;
            return spelled_date(iso.str(), language);
        }
        const int value = static_cast<int>(number.value);
        const bool zero =
            language == Language::Vietnamese &&
            ((number.field == "day" && value < 10) || (number.field == "month" && value <= 2));
        return (zero ? "0" : "") + std::to_string(value);
    }
    default:
        return spelled(number.value, 2, language);
    }
}

// ---- reading numbers out of the text

std::vector<const NarrativeText*> every_text(const NarrativeDocument& document) {
    std::vector<const NarrativeText*> texts = {
        &document.governing_body, &document.reporting_unit, &document.reference,
        &document.national_name,  &document.motto,          &document.place_date,
        &document.title,          &document.subtitle,       &document.recipients_heading,
        &document.signer_title,   &document.signer_note,    &document.signer_name};
    for (const NarrativeText& recipient : document.recipients)
        texts.push_back(&recipient);
    std::vector<const NarrativeSection*> sections;
    for (const NarrativeSection& section : document.sections)
        sections.push_back(&section);
    while (!sections.empty()) {
        const NarrativeSection* section = sections.back();
        sections.pop_back();
        texts.push_back(&section->heading);
        for (const NarrativeParagraph& paragraph : section->paragraphs)
            texts.push_back(&paragraph.text);
        for (const NarrativeSection& sub : section->subsections)
            sections.push_back(&sub);
    }
    return texts;
}

// The numbers a reader finds in StatForm's own words: quoted names and
// placeholders ("Trường Tiểu học số 1", "[… năm 2020 …]") are not its words.
std::vector<std::string> numbers_read(const NarrativeText& text, Language language) {
    std::string words;
    for (const NarrativeRun& run : text.runs)
        words += run.kind == RunKind::Name || run.kind == RunKind::Placeholder ? " ¦ " : run.text;
    static const std::regex vi_pattern(
        R"(\d{2}/\d{2}/\d{4}|\d{1,3}(?:\.\d{3})+(?:,\d+)?%?|\d+(?:,\d+)?%?)");
    static const std::regex en_pattern(
        R"(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?)");
    const std::regex& pattern = language == Language::English ? en_pattern : vi_pattern;
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(words.begin(), words.end(), pattern);
         it != std::sregex_iterator(); ++it)
        found.push_back(it->str());
    return found;
}

void check_traceable(const NarrativeDocument& document, const Inputs& inputs) {
    std::size_t numbers_seen = 0;
    for (const NarrativeText* text : every_text(document)) {
        std::vector<std::string> declared;
        for (const NarrativeRun& run : text->runs) {
            if (run.kind == RunKind::Text)
                EXPECT_EQ(run.text.find_first_of("0123456789"), std::string::npos)
                    << "a figure in StatForm's words, not declared: " << run.text;
            if (run.kind != RunKind::Number)
                continue;
            ASSERT_TRUE(run.number.has_value());
            ASSERT_LT(*run.number, document.numbers.size());
            EXPECT_EQ(document.numbers[*run.number].text, run.text);
            declared.push_back(run.text);
        }
        // What a reader extracts from the text is exactly the declared numbers.
        EXPECT_EQ(numbers_read(*text, document.language), declared) << text->text();
        numbers_seen += declared.size();
    }
    EXPECT_GT(numbers_seen, 0u);
    for (std::size_t i = 0; i < document.numbers.size(); ++i) {
        const NarrativeNumber& number = document.numbers[i];
        SCOPED_TRACE("#" + std::to_string(i) + " " + describe_number(number) + " = " + number.text);
        EXPECT_NEAR(number.value, expected_value(number, document, inputs), 1e-9);
        EXPECT_EQ(number.text, expected_text(number, document.language));
    }
}

// "Các tệp được tổng hợp có tổng cộng N cảnh báo": N is the sum of the
// per-unit warnings listed after it, so a reader can add them up.
void check_warnings_add_up(const NarrativeDocument& document) {
    std::optional<double> total;
    double listed = 0;
    for (const NarrativeNumber& number : document.numbers) {
        if (number.origin == NumberOrigin::WarningsTotal)
            total = number.value;
        if (number.origin == NumberOrigin::SourceWarnings)
            listed += number.value;
    }
    ASSERT_TRUE(total.has_value());
    EXPECT_GT(*total, 0.0);
    EXPECT_EQ(*total, listed);
}

Inputs district_inputs(const MergeResult& summary, const ReportedValues* previous) {
    Inputs inputs;
    inputs.summary = &summary;
    inputs.edition = &edition(summary.target_edition_id);
    inputs.input.expected_units = district_expected_units();
    inputs.input.previous = previous;
    inputs.input.previous_edition = previous ? &edition(previous->edition_id) : nullptr;
    inputs.options.scope = ReportScope::District;
    inputs.options.reporting_unit = "Phòng Giáo dục và Đào tạo huyện Tuần Giáo";
    inputs.options.place = "Tuần Giáo";
    inputs.options.report_date = CalendarDate{2023, 2, 5};
    return inputs;
}

TEST(NarrativeNumbers, EveryNumberOfTheDistrictReportIsTheSummarysInBothLanguages) {
    const MergeResult summary = district_summary();
    const MergeResult before = district_summary_2022();
    const ReportedValues previous = reported_values_of(before, edition("htsd-2022"));
    const Inputs inputs = district_inputs(summary, &previous);
    for (Language language : {Language::Vietnamese, Language::English}) {
        SCOPED_TRACE(std::string(language_code(language)));
        const NarrativeDocument document = narrate(summary, language, inputs.input, inputs.options);
        check_traceable(document, inputs);
    }
}

TEST(NarrativeNumbers, HoldForEveryEditionAsTargetAndForShortLists) {
    for (const char* id : {"htsd-2023", "htsd-2022", "htsd-2020-district"}) {
        const MergeResult summary = merge_reports(catalog(), edition(id), district_reports());
        Inputs inputs;
        inputs.summary = &summary;
        inputs.edition = &edition(id);
        inputs.options.max_listed_units = 2; // "… và 4 đơn vị khác"
        for (Language language : {Language::Vietnamese, Language::English}) {
            SCOPED_TRACE(std::string(id) + " " + std::string(language_code(language)));
            const NarrativeDocument document =
                narrate(summary, language, inputs.input, inputs.options);
            check_traceable(document, inputs);
        }
    }
}

TEST(NarrativeNumbers, TheReaderFindsNumbersInBothNotations) {
    NarrativeText text;
    text.runs = {{RunKind::Text, "Có ", {}},           {RunKind::Number, "1.234.567", 0},
                 {RunKind::Text, " đồng, chiếm ", {}}, {RunKind::Number, "12,5%", 1},
                 {RunKind::Text, " của ", {}},         {RunKind::Name, "Trường Tiểu học số 1", {}},
                 {RunKind::Text, " từ ngày ", {}},     {RunKind::Number, "02/10/2023", 2}};
    EXPECT_EQ(numbers_read(text, Language::Vietnamese),
              (std::vector<std::string>{"1.234.567", "12,5%", "02/10/2023"}));
    text.runs[1].text = "1,234,567";
    text.runs[3].text = "12.5%";
    text.runs[7].text = "2 October 2023";
    EXPECT_EQ(numbers_read(text, Language::English),
              (std::vector<std::string>{"1,234,567", "12.5%", "2 October 2023"}));
}

TEST(NarrativeNumbers, SameInputsGiveTheSameText) {
    const MergeResult summary = district_summary();
    const Inputs inputs = district_inputs(summary, nullptr);
    for (Language language : {Language::Vietnamese, Language::English}) {
        const std::string first =
            narrative_plain_text(narrate(summary, language, inputs.input, inputs.options));
        const std::string again = narrative_plain_text(
            narrate(district_summary(), language, inputs.input, inputs.options));
        EXPECT_EQ(first, again);
    }
}

TEST(NarrativeNumbers, NoPhraseKeyOrPlaceholderLeaksIntoTheText) {
    const MergeResult summary = district_summary();
    const MergeResult before = district_summary_2022();
    const ReportedValues previous = reported_values_of(before, edition("htsd-2022"));
    const Inputs inputs = district_inputs(summary, &previous);
    for (Language language : {Language::Vietnamese, Language::English}) {
        const std::string text =
            narrative_plain_text(narrate(summary, language, inputs.input, inputs.options));
        EXPECT_EQ(text.find('{'), std::string::npos) << text;
        EXPECT_EQ(text.find('|'), std::string::npos) << text;
        for (const char* key_start : {"group.", "item.", "clause.", "noun.", "measure.", "prompt.",
                                      "quality.", "coverage.", "frame.", "top-unit", "breakdown."})
            EXPECT_EQ(text.find(key_start), std::string::npos) << key_start << "\n" << text;
    }
}

const StringTable& sample_findings_phrases() {
    return test_data::phrases("findings.json");
}

// The bundled samples (.ods and .xlsx, read with liborcus as merge reads
// them; the .xls ones need the office and are left to the integration
// tests): every number of their report is one of the summary's, whichever
// edition they are merged into, and with an earlier summary to compare with.
TEST(NarrativeNumbers, HoldOnTheBundledSamples) {
    std::vector<UnitReport> reports;
    const std::filesystem::path samples = std::filesystem::path(STATFORM_SOURCE_DIR) / "samples";
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(samples))
        if (entry.path().extension() == ".ods" || entry.path().extension() == ".xlsx")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        const auto read = statform::io::read_workbook(file);
        ASSERT_TRUE(read.ok()) << read.message;
        auto validation = validate_workbook(*read.workbook, catalog(), sample_findings_phrases(),
                                            Language::Vietnamese);
        validation.source = file.string();
        reports.push_back(unit_report_from_validation(validation, file.stem().string()));
    }
    ASSERT_GE(reports.size(), 9u);
    // "Last year": the first four samples merged into the 2022 form.
    const MergeResult earlier =
        merge_reports(catalog(), edition("htsd-2022"),
                      std::vector<UnitReport>(reports.begin(), reports.begin() + 4));
    const ReportedValues previous = reported_values_of(earlier, edition("htsd-2022"));
    for (const char* target : {"htsd-2023", "htsd-2022", "htsd-2020-district"}) {
        const MergeResult summary = merge_reports(catalog(), edition(target), reports);
        for (const ReportedValues* compared :
             {static_cast<const ReportedValues*>(nullptr), &previous}) {
            Inputs inputs;
            inputs.summary = &summary;
            inputs.edition = &edition(target);
            inputs.input.previous = compared;
            inputs.input.previous_edition = compared ? &edition("htsd-2022") : nullptr;
            inputs.options.scope = ReportScope::District;
            for (Language language : {Language::Vietnamese, Language::English}) {
                SCOPED_TRACE(std::string(target) + (compared ? " compared " : " ") +
                             std::string(language_code(language)));
                const NarrativeDocument document =
                    narrate(summary, language, inputs.input, inputs.options);
                check_traceable(document, inputs);
                check_warnings_add_up(document);
            }
        }
    }
}

TEST(NarrativeNumbers, TheWarningsOfTheDistrictAddUp) {
    const MergeResult summary = district_summary();
    const Inputs inputs = district_inputs(summary, nullptr);
    for (Language language : {Language::Vietnamese, Language::English})
        check_warnings_add_up(narrate(summary, language, inputs.input, inputs.options));
}

} // namespace
} // namespace statform::narrative_test
