// The official statistics form ("Mẫu tổng hợp số liệu") of one edition, as
// data. Loaded from extension/templates/*.json by template_catalog.
#pragma once

#include "core/values/quantity_kind.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace statform::core {

// Whether a child row's figures are part of its group's total. The official
// form does not always say: 2023 prints "Học nghề cho lao động nông thôn"
// without a number between 1.4 and 1.5, and offices add it into row 1 or
// read it as a part of 1.4, both in good faith.
enum class GroupShare {
    Counted,    // part of the group's total (every row the form numbers under it)
    NotCounted, // shown under the group, not added into it (an office's own reading)
    Either,     // the form can be read both ways: a total with it or without it is right
};

// How template files spell a GroupShare (a row's "in_group_total"), for the
// parser and the writer alike.
inline constexpr std::array<std::pair<GroupShare, std::string_view>, 3> kGroupShareSpellings = {{
    {GroupShare::Counted, "yes"},
    {GroupShare::NotCounted, "no"},
    {GroupShare::Either, "either"},
}};

struct UnitType {
    std::string id;                  // e.g. "class_people"
    std::string label_vi;            // canonical Vietnamese label, e.g. "Lớp/người"
    std::string label_en;            // e.g. "classes/people"
    bool uses_count_column = false;  // "Số lớp/số cuộc thi"
    bool uses_people_column = false; // "Người"
    QuantityKind kind = QuantityKind::Count;
    std::vector<std::string> spellings; // every spelling seen in the seeds
    // Names of entries of the catalogue's "thresholds" that apply to values of
    // this unit type (e.g. "max_people_per_class" for "Lớp/người").
    std::vector<std::string> thresholds;
};

struct TemplateRow {
    std::string code;           // as printed ("1.1"), empty where the form prints none
    std::string label;          // exact official text
    std::string unit_text;      // unit as printed in this edition ("Lớp/người"), may be empty
    std::string unit_type_id;   // catalogue id; empty for a heading row without a unit
    std::string key;            // stable semantic key shared across editions
    std::string parent_key;     // key of the group row it belongs to, empty at top level
    bool is_group = false;      // has children; its value is (or should be) their sum
    bool sums_children = false; // group value is the sum of its children (same unit)
    // The official text has an obvious typo: this is the corrected reading.
    // `label` keeps the official text; empty when there is nothing to correct.
    std::string corrected_label;
    // This row covers, in one line, the rows with these keys of other editions
    // (2020 "Số tập thể, cá nhân tặng sách" = "book_donation.collectives" +
    // "book_donation.individuals"), so a merge across editions can map it.
    std::vector<std::string> combines;
    // Key of the group whose children's "Người" values this row totals: the
    // "Tổng số người tham gia, trong đó:" row; empty for other rows.
    std::string total_of;
    // Whether it adds into its parent group's total (JSON "in_group_total":
    // "yes", "no", "either"). Unset in the file: "either" for a row the form
    // prints without a number among numbered rows of its group, else "yes".
    GroupShare in_group_total = GroupShare::Counted;

    bool operator==(const TemplateRow&) const = default;
};

struct OutlineItem {
    std::string number;            // "I", "1", "-" as printed
    std::string heading;           // exact text
    int level = 0;                 // 0 = roman section, 1 = numbered item, 2 = bullet
    std::string prompt;            // bracketed guidance printed under it, if any
    std::string corrected_heading; // typo-corrected heading, when the official one has a typo
    std::string corrected_prompt;  // typo-corrected prompt, likewise

    bool operator==(const OutlineItem&) const = default;
};

struct Edition {
    std::string id; // e.g. "htsd-2023-laichau"
    int year = 0;
    std::string level;     // "province" or "district": who fills this edition
    std::string title;     // form title as printed
    std::string appendix;  // "Phụ lục II"
    std::string authority; // issuing authority
    std::string document_number;
    std::string document_date; // ISO yyyy-mm-dd
    std::string theme;
    std::string week_start, week_end; // ISO dates
    std::string deadline;             // ISO date
    std::string count_header;         // "Số lớp/số cuộc thi"
    std::string people_header;        // "Người"
    std::vector<OutlineItem> outline;
    std::vector<TemplateRow> rows;

    // Where the edition comes from.
    std::string province;    // "Lai Châu"
    std::string district;    // "Tuần Giáo" for a district edition, else empty
    std::string based_on;    // the higher-level document it implements, as printed
    std::string source;      // which seed / document it was transcribed from
    std::string source_file; // the .json file it was loaded from (set by the loader)

    // The statistics table, as printed.
    std::string subtitle;        // line under the title: "(Kèm theo ...)"
    std::string code_header;     // "TT" / "STT"
    std::string label_header;    // "Nội dung các hoạt động" / "Các hoạt động"
    std::string unit_header;     // "Đơn vị"
    std::string quantity_header; // "Số lượng", spanning the count and people columns
    std::string note_header;     // "Ghi chú"

    // The narrative report and its outline ("đề cương"), as printed.
    std::string outline_appendix; // "Phụ lục I"
    std::string outline_title;    // "ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ TỔ CHỨC ..."
    std::string outline_note;     // "(Kèm theo Kế hoạch số: ...)"
    std::string report_title;     // title the report itself carries: "BÁO CÁO"
    std::string report_subtitle;  // "Kết quả tổ chức Tuần lễ ..."

    // Typo corrections of the edition-level texts above: field name (e.g.
    // "outline_title") -> corrected text. The fields keep the official text.
    std::map<std::string, std::string> corrections;

    // Every field, source_file included (clear it to compare the contents).
    bool operator==(const Edition&) const = default;
};

} // namespace statform::core
