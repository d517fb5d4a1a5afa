#include "core/templates/form_layout.hpp"

#include "core/templates/row_columns.hpp"

#include <algorithm>

namespace statform::core {
namespace {

// Column widths (1/100 mm) that fit the official text at Times New Roman 13
// on A4 portrait with the administrative margins; labels wrap.
constexpr int code_width = 1300, label_width = 8600, unit_width = 2700, count_width = 2600,
              people_width = 2300, note_width = 2300;

constexpr std::size_t title_block_rows =
    8; // unit/heading ×3, blank, appendix, title, subtitle, blank

std::string column_letters(std::size_t col) {
    std::string letters;
    for (std::size_t n = col + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

// The sum of the given sheet rows of one column, left empty while none of
// them is filled: an empty total means "not reported", which is not 0.
// Contiguous runs become ranges, so a reviewer reads the formula at a glance:
// =IF(COUNT(D12:D14;D16)=0;"";SUM(D12:D14;D16))
std::string sum_formula(const std::vector<std::size_t>& rows, std::size_t col) {
    std::string cells;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        if (i > 0)
            cells += ";";
        cells += cell_name(rows[i], col);
        if (j > i)
            cells += ":" + cell_name(rows[j], col);
        i = j + 1;
    }
    return "=IF(COUNT(" + cells + ")=0;\"\";SUM(" + cells + "))";
}

// Height of a row holding `text` wrapped over the whole form's width in bold
// 13 pt capitals: about 60 characters a line, 6.2 mm a line.
int wrapped_title_height(const std::string& text) {
    std::size_t characters = 0;
    for (unsigned char byte : text)
        characters += (byte & 0xC0) != 0x80; // count UTF-8 characters, not bytes
    const std::size_t lines = std::max<std::size_t>(1, (characters + 59) / 60);
    return static_cast<int>(lines) * 620 + 100;
}

std::string date_line(const Edition& edition, const InsertRequest& request) {
    const std::string place = request.place.empty() ? "……………" : request.place;
    return place + ", ngày …… tháng …… năm " + std::to_string(edition.year);
}

// The quantity cells a row of the inserted form offers: the columns the form
// shows for it (row_columns.hpp), so a summing group sums every column its
// children fill. A row without a unit ("Các nội dung khác") is described in
// words, in the note column.
RowColumns form_columns(const Edition& edition, std::size_t r, const UnitTypeCatalog& unit_types) {
    if (unit_types.find_by_id(edition.rows[r].unit_type_id) == nullptr)
        return {false, false};
    return shown_columns(edition, r, unit_types);
}

} // namespace

std::string cell_name(std::size_t row, std::size_t col) {
    return column_letters(col) + std::to_string(row + 1);
}

FormLayout build_form_layout(const Edition& edition, const UnitTypeCatalog& unit_types,
                             const InsertRequest& request) {
    FormLayout layout;
    layout.origin_row = request.origin_row;
    layout.origin_col = request.origin_col;
    layout.rows = title_block_rows + 2 + edition.rows.size();
    layout.cells.assign(layout.rows, std::vector<LayoutCell>(FormColumnCount));
    layout.column_widths = {code_width,  label_width,  unit_width,
                            count_width, people_width, note_width};
    const std::size_t r0 = request.origin_row, c0 = request.origin_col;
    auto put = [&](std::size_t row, std::size_t col, CellRole role, std::string text) {
        layout.cells[row][col] = {role, std::move(text), {}, {}};
    };
    auto merge = [&](std::size_t row, std::size_t col, std::size_t last_row, std::size_t last_col) {
        layout.merges.push_back({r0 + row, c0 + col, r0 + last_row, c0 + last_col});
    };

    // Title block, as on Vietnamese administrative forms: the unit name over
    // the code and label columns; the national heading, motto and date line
    // over the other four, which are wide enough for them.
    put(0, CodeColumn, CellRole::UnitName,
        request.unit_name.empty() ? "TÊN ĐƠN VỊ" : request.unit_name);
    merge(0, CodeColumn, 1, LabelColumn);
    put(0, UnitColumn, CellRole::NationalHeading, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    merge(0, UnitColumn, 0, NoteColumn);
    put(1, UnitColumn, CellRole::Motto, "Độc lập - Tự do - Hạnh phúc");
    merge(1, UnitColumn, 1, NoteColumn);
    put(2, UnitColumn, CellRole::DateLine, date_line(edition, request));
    merge(2, UnitColumn, 2, NoteColumn);
    if (!edition.appendix.empty()) {
        put(4, CodeColumn, CellRole::Appendix, edition.appendix);
        merge(4, CodeColumn, 4, NoteColumn);
    }
    put(5, CodeColumn, CellRole::Title, edition.title);
    merge(5, CodeColumn, 5, NoteColumn);
    layout.fixed_row_heights.emplace_back(r0 + 5, wrapped_title_height(edition.title));
    if (!edition.subtitle.empty()) {
        put(6, CodeColumn, CellRole::Subtitle, edition.subtitle);
        merge(6, CodeColumn, 6, NoteColumn);
    }

    // Two-row header: "Số lượng" over the two quantity columns.
    const std::size_t h = title_block_rows;
    put(h, CodeColumn, CellRole::Header, edition.code_header);
    put(h, LabelColumn, CellRole::Header, edition.label_header);
    put(h, UnitColumn, CellRole::Header, edition.unit_header);
    put(h, CountColumn, CellRole::Header, edition.quantity_header);
    put(h, NoteColumn, CellRole::Header, edition.note_header);
    put(h + 1, CountColumn, CellRole::Header, edition.count_header);
    put(h + 1, PeopleColumn, CellRole::Header, edition.people_header);
    for (std::size_t col : {std::size_t(CodeColumn), std::size_t(LabelColumn),
                            std::size_t(UnitColumn), std::size_t(NoteColumn)}) {
        put(h + 1, col, CellRole::Header, "");
        merge(h, col, h + 1, col);
    }
    put(h, PeopleColumn, CellRole::Header, "");
    merge(h, CountColumn, h, PeopleColumn);
    layout.header = {r0 + h, c0, r0 + h + 1, c0 + NoteColumn};

    // One sheet row per template row.
    const std::size_t first = h + 2;
    // group key -> sheet rows its total adds up
    const auto summed_sheet_rows = [&](const std::string& group_key) {
        std::vector<std::size_t> sheet_rows;
        for (std::size_t child : summed_children(edition, group_key))
            sheet_rows.push_back(r0 + first + child);
        return sheet_rows;
    };
    for (std::size_t i = 0; i < edition.rows.size(); ++i) {
        const TemplateRow& row = edition.rows[i];
        const std::size_t block_row = first + i;
        const RowColumns columns = form_columns(edition, i, unit_types);
        const bool uses_count = columns[column_index(QuantityColumn::Count)];
        const bool uses_people = columns[column_index(QuantityColumn::People)];
        RowPlacement placement{i, r0 + block_row, false, false, false, false};

        put(block_row, CodeColumn, CellRole::Code, row.code);
        put(block_row, LabelColumn, row.is_group ? CellRole::GroupLabel : CellRole::Label,
            row.label);
        put(block_row, UnitColumn, CellRole::Unit, row.unit_text);
        put(block_row, NoteColumn, CellRole::Note, "");

        // Which quantity cells are typed, summed, or unused.
        std::vector<std::size_t> summed_rows;
        if (row.is_group && row.sums_children)
            summed_rows = summed_sheet_rows(row.key);
        else if (!row.total_of.empty())
            summed_rows = summed_sheet_rows(row.total_of);
        for (const auto& [col, uses] :
             {std::pair{CountColumn, uses_count}, std::pair{PeopleColumn, uses_people}}) {
            const bool is_count = col == CountColumn;
            const bool sums = uses && !summed_rows.empty();
            if (sums)
                layout.cells[block_row][col] = {
                    CellRole::Sum, {}, sum_formula(summed_rows, c0 + col), {}};
            else
                put(block_row, col, uses ? CellRole::Input : CellRole::Unused, "");
            (is_count ? placement.count_sum : placement.people_sum) = sums;
            (is_count ? placement.count_input : placement.people_input) = uses && !sums;
        }
        // A row with no unit at all that is not a heading ("Các nội dung
        // khác") is described in words: the note column is its input.
        layout.placements.push_back(placement);
    }
    layout.table = {r0 + h, c0, r0 + layout.rows - 1, c0 + NoteColumn};
    return layout;
}

std::vector<LayoutRange> column_runs(std::vector<LayoutRange> cells) {
    std::sort(cells.begin(), cells.end(), [](const LayoutRange& a, const LayoutRange& b) {
        return std::tie(a.first_col, a.first_row) < std::tie(b.first_col, b.first_row);
    });
    std::vector<LayoutRange> runs;
    for (const LayoutRange& cell : cells) {
        if (!runs.empty() && runs.back().first_col == cell.first_col &&
            runs.back().last_col == cell.last_col && cell.first_row <= runs.back().last_row + 1) {
            runs.back().last_row = std::max(runs.back().last_row, cell.last_row);
            continue;
        }
        runs.push_back(cell);
    }
    return runs;
}

} // namespace statform::core
