// Seeds of the text targets, from the same dictionary the workbook decoder
// uses, so they follow the shipped templates.
#include "core/values/label_fold.hpp"
#include "support/cell_dictionary.hpp"
#include "tools/seeds.hpp"

#include <string>

namespace statform::fuzz::seeds {
namespace {

std::string name(const char* prefix, std::size_t index) {
    return std::string(prefix) + "-" + std::to_string(index) + ".txt";
}

// fuzz_label_match splits its input in two halves: pad the shorter text with
// spaces (normalize_label drops them) so that each half is one label.
std::string pair(std::string a, std::string b) {
    const std::size_t half = std::max(a.size(), b.size());
    a.resize(half, ' ');
    b.resize(half, ' ');
    return a + b;
}

} // namespace

void write_numbers(const std::filesystem::path& dir) {
    const CellDictionary& dictionary = cell_dictionary();
    for (std::size_t i = 0; i < dictionary.values.size(); ++i)
        write_file(dir / name("value", i), dictionary.values[i]);
    // A number followed by each printed unit: "12 Lớp/người", "3 đồng" ...
    for (std::size_t i = 0; i < dictionary.units.size(); ++i)
        write_file(dir / name("with-unit", i), "1.200 " + dictionary.units[i]);
    for (std::size_t i = 0; i < dictionary.errors.size(); ++i)
        write_file(dir / name("error", i), dictionary.errors[i]);
}

void write_label_pairs(const std::filesystem::path& dir) {
    const CellDictionary& dictionary = cell_dictionary();
    const auto& labels = dictionary.labels;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        // How units retype a label: without diacritics, and with a typo.
        write_file(dir / name("folded", i), pair(labels[i], core::normalize_label(labels[i])));
        std::string typo = core::normalize_label(labels[i]);
        if (typo.size() > 4)
            typo.erase(typo.size() / 2, 1);
        write_file(dir / name("typo", i), pair(labels[i], typo));
        // Neighbouring labels, which must not be taken for each other.
        write_file(dir / name("neighbour", i), pair(labels[i], labels[(i + 1) % labels.size()]));
    }
    for (std::size_t i = 0; i < dictionary.headers.size(); ++i)
        write_file(dir / name("header", i),
                   pair(dictionary.headers[i], core::normalize_label(dictionary.headers[i])));
}

} // namespace statform::fuzz::seeds
