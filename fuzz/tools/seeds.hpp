// The seed inputs the fuzz_make_seeds tool writes from the shipped data
// (make_seeds.sh copies the JSON files themselves). One function per target.
#pragma once

#include <filesystem>
#include <string_view>

namespace statform::fuzz::seeds {

// fuzz_table_locator: every shipped edition filled in as units fill it.
void write_workbooks(const std::filesystem::path& dir);
// fuzz_vi_number: what clerks type in quantity cells, and numbers with units.
void write_numbers(const std::filesystem::path& dir);
// fuzz_label_match: official labels paired with their retyped spellings.
void write_label_pairs(const std::filesystem::path& dir);

// Writes one seed file (the directory must exist).
void write_file(const std::filesystem::path& file, std::string_view bytes);

} // namespace statform::fuzz::seeds
