// Seeds of fuzz_table_locator: each shipped edition filled in as units fill
// it, in the workbook encoding of support/workbook_codec.hpp. Without them
// the fuzzer would need a long time to assemble a header and forty
// recognisable rows by chance.
#include "support/cell_dictionary.hpp"
#include "support/shipped_data.hpp"
#include "support/workbook_codec.hpp"
#include "tools/seeds.hpp"

#include <string>

namespace statform::fuzz::seeds {
namespace {

const core::UnitTypeCatalog& unit_types() {
    return shipped_catalog().unit_types();
}

// How one seed fills its table.
struct Filling {
    Variant labels = Variant::AsIs;
    bool header = true;
    bool values_as_text = false; // "1.200", "12 lớp" ... instead of numbers
    bool previous_year = false;
    bool english = false;
    bool notes_sheet_first = false; // the table on the second sheet
    bool locate_only = false;       // the target checks the locator instead of validating
    // Every row_step-th row of the edition: a partial table is several times
    // quicker to locate, so the fuzzer gets more runs out of its seconds.
    std::size_t row_step = 1;
};

void write_table(WorkbookWriter& out, std::size_t edition_index, const Filling& filling) {
    const core::Edition& edition = shipped_catalog().editions()[edition_index];
    const auto& values = cell_dictionary().values;
    const std::size_t rows = (edition.rows.size() + filling.row_step - 1) / filling.row_step;
    out.begin_sheet(std::min<std::size_t>(rows + 3, 60), 6, 4);
    out.text(DictList::Headers, 0); // a title line above the table
    out.next_row();
    out.next_row();
    if (filling.header) {
        out.header_row(edition_index, filling.labels);
        out.next_row();
    }
    for (std::size_t i = 0; i < edition.rows.size(); i += filling.row_step) {
        out.template_row(edition_index, i, filling.labels);
        const core::UnitType* unit = unit_types().find_by_id(edition.rows[i].unit_type_id);
        const bool count = unit && unit->uses_count_column;
        const bool people = unit && unit->uses_people_column;
        for (const bool filled : {count, people}) {
            if (!filled)
                out.skip(1);
            else if (filling.values_as_text)
                out.text(DictList::Values, i % values.size());
            else
                out.number(static_cast<double>(3 * i + 1) * (people ? 10 : 1));
        }
        out.next_row();
    }
    out.end_sheet();
}

void write_notes_sheet(WorkbookWriter& out) {
    out.begin_sheet(4, 3);
    for (std::size_t i = 0; i < 6; ++i)
        out.text(DictList::Labels, i * 7);
    out.end_sheet();
}

void write_previous_year(WorkbookWriter& out, std::size_t edition_index) {
    const core::Edition& edition = shipped_catalog().editions()[edition_index];
    out.previous_year(edition_index);
    for (std::size_t i = 0; i < edition.rows.size(); ++i)
        out.previous_row(static_cast<double>(i + 1),
                         i % 3 == 0 ? std::nullopt : std::optional<double>(40.0 * i));
}

std::vector<std::uint8_t> seed(std::size_t edition_index, const Filling& filling) {
    WorkbookWriter out;
    out.begin(filling.english, filling.previous_year, filling.notes_sheet_first ? 2 : 1,
              filling.locate_only);
    if (filling.notes_sheet_first)
        write_notes_sheet(out);
    write_table(out, edition_index, filling);
    if (filling.previous_year)
        write_previous_year(out, edition_index);
    return out.bytes();
}

} // namespace

void write_workbooks(const std::filesystem::path& dir) {
    const std::vector<std::pair<std::string, Filling>> fillings = {
        {"exact", {}},
        {"folded-no-header", {.labels = Variant::Folded, .header = false, .row_step = 3}},
        {"capitals-as-text", {.labels = Variant::Capitals, .values_as_text = true, .row_step = 4}},
        {"line-breaks-last-year",
         {.labels = Variant::LineBreak, .previous_year = true, .english = true, .row_step = 3}},
        {"second-sheet", {.notes_sheet_first = true, .row_step = 5}},
        {"located", {.labels = Variant::Folded, .locate_only = true, .row_step = 4}},
    };
    const auto& editions = shipped_catalog().editions();
    for (std::size_t e = 0; e < editions.size(); ++e)
        for (const auto& [name, filling] : fillings) {
            const auto bytes = seed(e, filling);
            write_file(dir / (editions[e].id + "-" + name + ".bin"),
                       std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
        }
}

} // namespace statform::fuzz::seeds
