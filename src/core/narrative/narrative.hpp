// The narrative report ("Báo cáo kết quả tổ chức Tuần lễ …") that writes
// itself from a merged summary: the parts that follow from the numbers, in
// administrative Vietnamese (or English on request), laid out along the
// target edition's outline ("đề cương", Phụ lục I), with clearly marked
// places for what only a person can say.
//
// Pure core: no UNO, no files. Two writers render the result: rows of
// wrapped text under the summary table in Calc (narrative_lines()), and a
// Writer .odt/.docx report in the layout of Nghị định 30/2020 (the heading
// block, title, sections, "Nơi nhận:" and the signature block below).
//
// Every number in the text is traceable: a NarrativeRun of kind Number
// points into NarrativeDocument::numbers, which says where the value comes
// from (a row total and column, a unit's value, a share or a change computed
// from two other numbers, a count of units or files, a date of the edition).
// Wording lives in dialogs/narrative.json ({"key": {"vi": …, "en": …}}), so
// it can be improved without touching this code. Same inputs, same text.
#pragma once

#include "core/merge/merge.hpp"
#include "core/rules/findings.hpp"
#include "core/templates/quantity_column.hpp"
#include "core/templates/template_model.hpp"
#include "core/values/string_table.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace statform::core {

// ------------------------------------------------------------- numbers --

// Where a number of the text comes from. `part` and `whole` index
// NarrativeDocument::numbers (both declared, printed or not).
enum class NumberOrigin {
    RowTotal,          // MergeResult::find_row(row_key)->total[column]
    RowsSum,           // sum of total[column] over the merged rows `row_keys` that have one
                       // (the people of a group whose own row has no "Người" column)
    UnitValue,         // MergeResult::units[unit_index].values[row of row_key][column]
    PreviousValue,     // previous summary: ReportedValues::find(row_key)->[column]
    PreviousRowsSum,   // previous summary: sum of [column] over `row_keys` that have one
    Share,             // 100 × numbers[part] / numbers[whole]                     (percent)
    Change,            // 100 × |numbers[part] − numbers[whole]| / numbers[whole]  (percent);
                       // part = now, whole = before, `decrease` gives the direction
    Difference,        // numbers[part] − numbers[whole]
    UnitsMerged,       // MergeResult::units.size()
    UnitsExpected,     // distinct names on NarrativeInput::expected_units
    UnitsMissing,      // MergeResult::missing_units.size()
    UnitsUnexpected,   // "unexpected-unit" findings of the merge
    UnitsListed,       // how many unit names the text lists before "and N others" (a setting)
    SourcesGiven,      // MergeResult::sources.size()
    SourcesSkipped,    // sources whose status is Skipped
    SourcesWithErrors, // merged sources whose error_count > 0
    ErrorsTotal,       // sum of error_count over merged sources
    SourceErrors,      // MergeResult::sources[source_index].error_count
    SourceWarnings,    // sources[source_index].all_warnings(): its validation and merge warnings
    WarningsTotal,     // sum of SourceWarnings over the merged sources
    MergeFindings,     // MergeResult::count(severity)
    EditionYear,       // Edition::year
    EditionDate,       // Edition::<field> ("week_start", "week_end", "document_date")
    PreviousYear,      // ReportedValues::year of the previous summary
    ReportDate,        // NarrativeOptions::report_date, `field` "day", "month" or "year"
};

struct NarrativeNumber {
    NumberOrigin origin = NumberOrigin::RowTotal;
    double value = 0.0; // exact, before rounding for print
    std::string text;   // as printed: "1.230", "26,7%", "02/10/2023" (vi) / "1,230", "26.7%" (en)

    std::string row_key;               // RowTotal, UnitValue, PreviousValue
    std::vector<std::string> row_keys; // RowsSum, PreviousRowsSum
    std::optional<QuantityColumn> column;
    std::optional<std::size_t> unit_index; // UnitValue: into MergeResult::units
    std::optional<std::size_t>
        source_index; // SourceErrors/SourceWarnings: into MergeResult::sources
    std::optional<std::size_t> part, whole; // Share, Change, Difference
    std::optional<Severity> severity;       // MergeFindings
    std::string field;                      // EditionDate, ReportDate
    bool decrease = false;                  // Change
};

// "classes.life_skills/count", "share of #3 in #1", ... for logs and tests.
std::string describe_number(const NarrativeNumber& number);

// ---------------------------------------------------------------- text --

enum class RunKind {
    Text,        // StatForm's own words
    Number,      // a declared number: `number` indexes NarrativeDocument::numbers
    Name,        // quoted input, not StatForm's words: unit and file names, a theme, a
                 // document number, an official label, a message of the merge. May hold
                 // digits ("Trường Tiểu học số 1") that are not figures of the summary.
    Placeholder, // "[Nêu …]", "…": for the author to replace; writers may highlight it
};

struct NarrativeRun {
    RunKind kind = RunKind::Text;
    std::string text;
    std::optional<std::size_t> number; // Number runs
    bool operator==(const NarrativeRun&) const = default;
};

// A line or paragraph of text as runs; text() is what a reader sees.
struct NarrativeText {
    std::vector<NarrativeRun> runs;

    std::string text() const;
    bool empty() const;
    bool is_placeholder() const; // every visible run is a placeholder
};

enum class ParagraphKind {
    Body,        // a paragraph (first-line indent)
    Bullet,      // printed after "- "
    Placeholder, // a whole paragraph the author writes: "[Nêu những ưu điểm …]"
};

struct NarrativeParagraph {
    ParagraphKind kind = ParagraphKind::Body;
    NarrativeText text;
    // The top-level row (group) of the summary the paragraph is about, e.g.
    // "classes"; empty for other paragraphs. Lets a writer place it.
    std::string row_key;
};

// One item of the outline: "I." section (level 0), "1." item (level 1) or
// "-" bullet (level 2), with what StatForm wrote under it.
struct NarrativeSection {
    std::string number; // "I", "1", "-" as printed; empty for the opening part
    int level = 0;
    NarrativeText heading; // without the number; empty for the opening part
    bool from_outline = true; // false for what StatForm adds (the opening, "Chất lượng số liệu")
    std::vector<NarrativeParagraph> paragraphs; // printed under the heading, before subsections
    std::vector<NarrativeSection> subsections;
};

// "I. ", "1. ", "- ": the number as the outline prints it before a heading.
std::string outline_prefix(const NarrativeSection& section);

// ------------------------------------------------------------ document --

struct NarrativeDocument {
    Language language = Language::Vietnamese;
    std::string edition_id;

    // Heading block (Nghị định 30/2020/NĐ-CP): on the left the issuing body
    // (`governing_body` above, may be empty) and the reporting unit, both in
    // capitals, then the reference "Số: …/BC-…"; on the right the national
    // name, the motto and the italic place/date line.
    NarrativeText governing_body;
    NarrativeText reporting_unit;
    NarrativeText reference;
    NarrativeText national_name;
    NarrativeText motto;
    NarrativeText place_date;

    NarrativeText title;    // "BÁO CÁO", bold, centred
    NarrativeText subtitle; // "Kết quả tổ chức Tuần lễ …", bold, centred; may be empty

    // The body: first the unnumbered opening part, then the outline's
    // sections ("I.", "II.", …) with the items StatForm added flagged.
    std::vector<NarrativeSection> sections;

    // Footer: "Nơi nhận:" (bold italic) and its lines ("- UBND tỉnh;"
    // without the dash, 11 pt) on the left; on the right the signer's title
    // ("THỦ TRƯỞNG"), the note "(Ký tên, đóng dấu)" and the name.
    NarrativeText recipients_heading;
    std::vector<NarrativeText> recipients;
    NarrativeText signer_title;
    NarrativeText signer_note;
    NarrativeText signer_name;

    std::vector<NarrativeNumber> numbers; // every number of every text above
};

// ---------------------------------------------------------------- input --

enum class ReportScope {
    Units,    // "Các đơn vị đã tổ chức …" (any level)
    District, // "Toàn huyện đã tổ chức …"
    Province, // "Toàn tỉnh đã tổ chức …"
};

struct CalendarDate {
    int year = 0;
    int month = 0; // 1..12
    int day = 0;   // 1..31
};

struct NarrativeInput {
    const Edition* target = nullptr;     // the edition merged into (required)
    const MergeResult* merged = nullptr; // required; rows in `target` order
    // The list given to MergeOptions::expected_units, if any: with it the
    // coverage reads "N/M đơn vị đã gửi báo cáo" and names the missing ones.
    std::vector<std::string> expected_units;
    // An earlier summary to compare with, matched by row key across editions:
    // a validation's ReportedValues, or reported_values_of(earlier merge, its
    // edition). `previous_edition` (optional) is its edition, which tells
    // where the participants of a group are totalled ("Tổng số người tham gia").
    const ReportedValues* previous = nullptr;
    const Edition* previous_edition = nullptr;
    // dialogs/merge-messages.json, to say why a file was skipped (optional).
    const StringTable* merge_phrases = nullptr;
};

struct NarrativeOptions {
    Language language = Language::Vietnamese;
    ReportScope scope = ReportScope::Units;
    // Who reports ("Phòng Giáo dục và Đào tạo huyện Tuần Giáo") and its
    // governing body ("Ủy ban nhân dân huyện Tuần Giáo"), as written in
    // running text; the heading block prints them in capitals. An empty
    // reporting unit becomes a placeholder.
    std::string reporting_unit;
    std::string governing_body;
    std::string document_number;             // "125" of "Số: 125/BC-PGDĐT"; empty → "…"
    std::string unit_code;                   // "PGDĐT"; empty → "…"
    std::string place;                       // "Tuần Giáo" of the date line; empty → "…"
    std::optional<CalendarDate> report_date; // empty → "ngày … tháng … năm <edition year>"
    std::vector<std::string> recipients; // "Nơi nhận:" lines; empty → a placeholder and "Lưu: VT."
    std::string signer_title;            // empty → "THỦ TRƯỞNG"
    std::string signer_name;             // empty → a placeholder
    std::size_t max_listed_units = 30; // longer lists end with "và N đơn vị khác"
};

// The report for `input` in options.language, worded from `phrases`
// (dialogs/narrative.json). Missing phrases show their key, never nothing.
NarrativeDocument write_narrative(const NarrativeInput& input, const StringTable& phrases,
                                  const NarrativeOptions& options = {});

// ----------------------------------------------------------- rendering --

// One line of the report as the Calc writer prints it: one wrapped row each.
struct NarrativeLine {
    enum class Kind { Title, Heading, Paragraph, Bullet, Placeholder };
    Kind kind = Kind::Paragraph;
    int level = 0;    // outline level of the heading, or of the section a paragraph is in
    std::string text; // headings with their number ("I. …", "1. …", "- …"), bullets with "- "
    std::string row_key;
};

// The title and subtitle, then the body in reading order.
std::vector<NarrativeLine> narrative_lines(const NarrativeDocument& document);

// The whole report as plain text (heading block, body, footer), one
// paragraph per line: for the CLI, logs and tests.
std::string narrative_plain_text(const NarrativeDocument& document);

} // namespace statform::core
