// The official statistics form ("Mẫu tổng hợp số liệu") of one edition, as
// data. Loaded from extension/templates/*.json by template_catalog.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace statform::core {

// Which of the two quantity columns ("Số lớp/số cuộc thi", "Người") a unit
// type fills, and what its numbers measure.
enum class QuantityKind { Count, People, Money };

struct UnitType {
    std::string id;                     // e.g. "class_people"
    std::string label_vi;               // canonical Vietnamese label, e.g. "Lớp/người"
    std::string label_en;               // e.g. "classes/people"
    bool uses_count_column = false;     // "Số lớp/số cuộc thi"
    bool uses_people_column = false;    // "Người"
    QuantityKind kind = QuantityKind::Count;
    std::vector<std::string> spellings; // every spelling seen in the seeds
};

struct TemplateRow {
    std::string code;         // as printed ("1.1"), empty where the form prints none
    std::string label;        // exact official text
    std::string unit_text;    // unit as printed in this edition ("Lớp/người"), may be empty
    std::string unit_type_id; // catalogue id; empty for a heading row without a unit
    std::string key;          // stable semantic key shared across editions
    std::string parent_key;   // key of the group row it belongs to, empty at top level
    bool is_group = false;    // has children; its value is (or should be) their sum
    bool sums_children = false; // group value is the sum of its children (same unit)
};

struct OutlineItem {
    std::string number;  // "I", "1", "-" as printed
    std::string heading; // exact text
    int level = 0;       // 0 = roman section, 1 = numbered item, 2 = bullet
    std::string prompt;  // bracketed guidance printed under it, if any
};

struct Edition {
    std::string id;          // e.g. "htsd-2023-laichau"
    int year = 0;
    std::string level;       // "province" or "district": who fills this edition
    std::string title;       // form title as printed
    std::string appendix;    // "Phụ lục II"
    std::string authority;   // issuing authority
    std::string document_number;
    std::string document_date; // ISO yyyy-mm-dd
    std::string theme;
    std::string week_start, week_end; // ISO dates
    std::string deadline;             // ISO date
    std::string count_header;  // "Số lớp/số cuộc thi"
    std::string people_header; // "Người"
    std::vector<OutlineItem> outline;
    std::vector<TemplateRow> rows;
};

} // namespace statform::core
