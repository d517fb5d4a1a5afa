// Fuzz target: the template JSON loader. A user may drop any file into the
// templates folder (extension/templates/README.md), so both parsers must
// reject garbage with a problem, never crash.
//
// Every input is read as an edition (against the shipped unit catalogue)
// and as a unit catalogue. An edition that loads is then searched for in a
// sheet that prints it, and a catalogue that loads is used to read a shipped
// edition: what a strange but valid file leads to downstream.
#include "core/locate/table_locator.hpp"
#include "core/templates/edition_parser.hpp"
#include "core/templates/unit_types.hpp"
#include "support/shipped_data.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

using namespace statform;

namespace {

// The edition printed as a plain table: header, then code, label, unit.
core::Grid printed(const core::Edition& edition) {
    core::Grid grid(edition.rows.size() + 1, 5);
    grid.at(0, 0) = core::Cell::of_text(edition.code_header);
    grid.at(0, 1) = core::Cell::of_text(edition.label_header);
    grid.at(0, 2) = core::Cell::of_text(edition.unit_header);
    grid.at(0, 3) = core::Cell::of_text(edition.count_header);
    grid.at(0, 4) = core::Cell::of_text(edition.people_header);
    for (std::size_t i = 0; i < edition.rows.size(); ++i) {
        grid.at(i + 1, 0) = core::Cell::of_text(edition.rows[i].code);
        grid.at(i + 1, 1) = core::Cell::of_text(edition.rows[i].label);
        grid.at(i + 1, 2) = core::Cell::of_text(edition.rows[i].unit_text);
    }
    return grid;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::shipped_catalog();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<core::LoadProblem> problems;

    const auto edition =
        core::parse_edition(text, "fuzz.json", fuzz::shipped_catalog().unit_types(), problems);
    // Editions of a thousand rows are valid but would make one run take
    // seconds; the locator's own speed is fuzz_table_locator's business.
    if (edition && edition->rows.size() <= 200)
        core::locate_table_in_sheet(printed(*edition), {*edition});

    const auto catalog = core::UnitTypeCatalog::parse(text, "fuzz-units.json", problems);
    if (catalog) {
        static const std::string shipped =
            fuzz::read_repository_file("extension/templates/htsd-2023.json");
        core::parse_edition(shipped, "htsd-2023.json", *catalog, problems);
    }
    for (const core::LoadProblem& problem : problems)
        problem.describe();
    return 0;
}
