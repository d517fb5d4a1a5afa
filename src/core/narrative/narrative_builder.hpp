// Internal to the narrative (narrative*.cpp): the shared toolbox of the
// section builders. It expands phrases of dialogs/narrative.json into runs,
// declares every number it prints, spells numbers, dates and nouns in the
// report's language, and knows the target edition's rows and groups.
#pragma once

#include "core/narrative/narrative.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace statform::core::narrative {

// Placeholder name → its value, for phrase().
using Args = std::vector<std::pair<std::string, NarrativeText>>;

NarrativeText plain(std::string text);
NarrativeText quoted(std::string text);  // a Name run: input quoted as is
NarrativeText to_fill(std::string text); // a Placeholder run
void append(NarrativeText& to, const NarrativeText& more);
void append_text(NarrativeText& to, std::string_view more);
// Upper-cases the first letter of the first visible run (a sentence start).
void capitalize(NarrativeText& text);

// Vietnamese-aware case changes (precomposed NFC letters and đ/Đ).
std::string uppercase_first(std::string_view utf8);
std::string lowercase_first(std::string_view utf8);
std::string uppercase_all(std::string_view utf8);

// "Bồi dưỡng thường xuyên cho giáo viên (các cấp)" → "bồi dưỡng thường
// xuyên cho giáo viên": a label as words inside a sentence (first letter
// lowered unless it starts an abbreviation, a trailing "(…)" dropped).
std::string label_in_sentence(std::string_view label);

// The text of a label or heading as it should read: the corrected reading
// when the edition records one.
std::string corrected_label(const TemplateRow& row);
std::string edition_text(const Edition& edition, const std::string& field,
                         const std::string& official);

class Writer {
  public:
    Writer(const NarrativeInput& input, const StringTable& phrases, const NarrativeOptions& options,
           std::vector<NarrativeNumber>& numbers);

    Language language() const { return options_.language; }
    bool english() const { return options_.language == Language::English; }
    const NarrativeOptions& options() const { return *options_ptr_; }
    const NarrativeInput& input() const { return *input_; }
    const Edition& edition() const { return *input_->target; }
    const MergeResult& merged() const { return *input_->merged; }

    // ---- phrases
    bool has(std::string_view key) const { return phrases_->contains(key); }
    std::string word(std::string_view key) const;
    // `key` + ".one" when n is 1 and that phrase exists, else `key` + ".other"
    // when it exists, else `key`: English agreement ("1 unit has", "2 units have").
    std::string counted(std::string_view key, double n) const;
    // A phrase whose "{name}" placeholders take the runs of `args`.
    NarrativeText phrase(std::string_view key, const Args& args = {}) const;
    // phrase() as a sentence: first letter upper-cased.
    NarrativeText sentence(std::string_view key, const Args& args = {}) const;
    // A noun agreeing with n: phrases may hold "singular|plural" (English).
    std::string noun_for(std::string_view key, double n) const;
    // "A, B và C" / "A, B and C".
    NarrativeText join(const std::vector<NarrativeText>& items) const;
    // "A; B; C": for items that hold commas themselves (official labels).
    NarrativeText join_long(const std::vector<NarrativeText>& items) const;
    // Sentences of one paragraph, separated by a space.
    static NarrativeText paragraph(const std::vector<NarrativeText>& sentences);

    // ---- numbers: each declare_* records the number and returns its index
    std::size_t declare(NarrativeNumber number);
    NarrativeText number(std::size_t index) const;
    double value(std::size_t index) const { return numbers_->at(index).value; }
    std::size_t row_total(const MergedRow& row, QuantityColumn column);
    std::size_t unit_value(std::size_t unit_index, const MergedRow& row, QuantityColumn column);
    std::size_t share(std::size_t part, std::size_t whole);
    std::size_t change(std::size_t now, std::size_t before);
    std::size_t difference(std::size_t minuend, std::size_t subtrahend);
    std::size_t counter(NumberOrigin origin, double value);
    // "1.230 lớp" / "1 class": a declared number and its noun.
    NarrativeText counted_noun(std::size_t index, std::string_view noun_key) const;
    // The same with the noun of a row's unit type in `column`.
    NarrativeText amount(std::size_t index, const MergedRow& row, QuantityColumn column) const;

    std::string format_count(double value) const;            // "1.234.567,5" / "1,234,567.5"
    std::string format_percent(double value) const;          // "12,5%" / "12.5%"
    std::string format_iso_date(std::string_view iso) const; // "02/10/2023" / "2 October 2023"

    // ---- rows of the summary
    const MergedRow* row(std::string_view key) const { return merged().find_row(key); }
    const TemplateRow& template_row(const MergedRow& row) const;
    std::vector<const MergedRow*> children(std::string_view group_key) const;
    // The row's words inside a sentence: the edition's label (vi) or the
    // phrase "row.<key>" (en, else the Vietnamese label in quotes).
    NarrativeText row_name(const MergedRow& row) const;
    // Unit-type words: the phrase "<prefix>.<unit type>.<column>" agreeing
    // with n, or "<prefix>.generic.<column>".
    std::string unit_word(std::string_view prefix, const MergedRow& row, QuantityColumn column,
                          double n) const;
    // The subject of "… đã tổ chức": "Toàn huyện", "Các đơn vị", ...
    NarrativeText scope() const;
    // A unit's name in a list; a file name for a unit that gave none.
    NarrativeText unit_label(const MergedUnit& unit) const;

  private:
    const NarrativeInput* input_;
    const StringTable* phrases_;
    NarrativeOptions options_;
    const NarrativeOptions* options_ptr_;
    std::vector<NarrativeNumber>* numbers_;
    std::map<std::string, std::vector<std::size_t>, std::less<>>
        children_; // group key → merged rows
};

// ---- builders of the parts, one file each

// "A, B và C", or "A, B, … và N đơn vị khác" past options.max_listed_units;
// `all_names` is the declared count of all of them.
NarrativeText limited_list(Writer& writer, std::vector<NarrativeText> names, std::size_t all_names);

// Opening part: a prompt for the directive implemented, the week, the coverage.
NarrativeSection opening_section(Writer& writer);
// "Kết quả đạt được": one paragraph per top-level group of the edition's
// rows (consecutive single rows share one), in row order.
std::vector<NarrativeParagraph> result_paragraphs(Writer& writer);
// One figure of a paragraph that can be compared with the previous summary.
struct Measure {
    std::size_t now;                   // declared number of this summary
    std::optional<std::size_t> before; // declared number of the previous one, if it has it
    std::string name_key;              // phrase of the measure's name ("số lớp")
};
// The previous summary's figure of `row` in `column`, declared; absent
// without a previous summary or when it has no such figure.
std::optional<std::size_t> previous_value(Writer& writer, const MergedRow& row,
                                          QuantityColumn column);
// "So với năm 2022, số lớp tăng 12,5% (từ 40 lên 45), …": empty when no
// measure has a previous figure.
std::optional<NarrativeText> comparison_sentence(Writer& writer,
                                                 const std::vector<Measure>& measures);
// The people of a group: its own "Người" figure, else its "Tổng số người
// tham gia" row, else the sum of its children's people. Absent when no one
// reported any. previous_group_people: the same in the previous summary.
std::optional<std::size_t> group_people(Writer& writer, const MergedRow& group);
std::optional<std::size_t> previous_group_people(Writer& writer, const MergedRow& group);
// "Chất lượng số liệu": files skipped and why, findings, units to check.
NarrativeSection quality_section(Writer& writer, std::string number);
// The outline with the result paragraphs placed and prompts for the rest.
std::vector<NarrativeSection> outline_sections(Writer& writer,
                                               std::vector<NarrativeParagraph> results);
// Heading block and footer of the document.
void frame_document(Writer& writer, NarrativeDocument& document);

} // namespace statform::core::narrative
