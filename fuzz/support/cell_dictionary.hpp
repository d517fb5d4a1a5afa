// The texts a real report's cells hold, for the workbook decoder: every row
// label, code, unit spelling and header of the shipped editions, plus what
// clerks type in quantity cells. Random bytes alone almost never spell a
// label the locator recognises; picking from these lets the fuzzer build
// tables that get deep into matching and validation.
#pragma once

#include <string>
#include <vector>

namespace statform::fuzz {

struct CellDictionary {
    std::vector<std::string> labels;  // row labels, official and corrected
    std::vector<std::string> codes;   // "1", "1.1", "I", "(3)" ...
    std::vector<std::string> units;   // printed units and every catalogue spelling
    std::vector<std::string> headers; // table headers, titles, column numbers
    std::vector<std::string> values;  // quantity cells as typed: "1.200", "12 lớp", "KPS" ...
    std::vector<std::string> errors;  // formula error spellings: "#DIV/0!", "Err:502" ...
};

// Built once from the shipped catalogue; every list is non-empty, sorted
// and without duplicates, so an index means the same text on every run.
const CellDictionary& cell_dictionary();

// The quantity-cell texts alone (no catalogue needed): also the seeds of
// the number target.
const std::vector<std::string>& typical_value_texts();

} // namespace statform::fuzz
