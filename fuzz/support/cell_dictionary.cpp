#include "support/cell_dictionary.hpp"

#include "support/shipped_data.hpp"

#include <algorithm>

namespace statform::fuzz {
namespace {

void add(std::vector<std::string>& list, const std::string& text) {
    if (!text.empty())
        list.push_back(text);
}

void sort_unique(std::vector<std::string>& list) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

} // namespace

const std::vector<std::string>& typical_value_texts() {
    // Spellings seen in the units' reports (samples/, tests/data), and the
    // borderline cases vi_number.hpp describes.
    static const std::vector<std::string> values = {
        "0",
        "1",
        "12",
        "1.200",
        "2.500.000",
        "1 200",
        "12,5",
        "0,500",
        "1.200,500",
        "1,200",
        "1.5",
        "1,2,3",
        "-3",
        "+4",
        "-",
        "–",
        "không",
        "Không",
        "không phát sinh",
        "Không phát sinh",
        "KPS",
        "kps",
        "12 lớp",
        "3 cuộc",
        "45 người",
        "2,5 triệu",
        "3 nghìn đồng",
        "1,2 tỷ",
        "2.500.000 đ",
        "2.500.000đ",
        "500 nghìn",
        "10 ngàn",
        "1 triệu đồng",
        "mười",
        "abc",
        " 12 ",
        "12\n",
        "1\xC2\xA0"
        "200",
        "１２",
        "1e3",
        "0x10",
        "∞",
        "NaN",
        "1.234.567.890.123.456.789",
    };
    return values;
}

const CellDictionary& cell_dictionary() {
    static const CellDictionary dictionary = [] {
        CellDictionary d;
        const core::TemplateCatalog& catalog = shipped_catalog();
        for (const core::Edition& edition : catalog.editions()) {
            for (const core::TemplateRow& row : edition.rows) {
                add(d.labels, row.label);
                add(d.labels, row.corrected_label);
                add(d.codes, row.code);
                add(d.units, row.unit_text);
            }
            for (const std::string* header :
                 {&edition.code_header, &edition.label_header, &edition.unit_header,
                  &edition.quantity_header, &edition.count_header, &edition.people_header,
                  &edition.note_header, &edition.title, &edition.subtitle, &edition.appendix})
                add(d.headers, *header);
        }
        for (const core::UnitType& unit : catalog.unit_types().all()) {
            add(d.units, unit.label_vi);
            add(d.units, unit.label_en);
            for (const std::string& spelling : unit.spellings)
                add(d.units, spelling);
        }
        // Printed column numbers under a header, and codes of other styles.
        for (const char* text : {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "A", "B", "1", "2"})
            add(d.headers, text);
        for (const char* text : {"I", "II", "III", "a", "b", "1.1.1", "01", "1.", "-", "+"})
            add(d.codes, text);
        d.values = typical_value_texts();
        d.errors = {"#DIV/0!", "#VALUE!", "#REF!",   "#NAME?",  "#N/A", "#NUM!",
                    "#NULL!",  "Err:502", "Err:504", "Err:522", "###",  "#"};
        for (auto* list : {&d.labels, &d.codes, &d.units, &d.headers, &d.values, &d.errors})
            sort_unique(*list);
        return d;
    }();
    return dictionary;
}

} // namespace statform::fuzz
