// Drafting a template: the table, its rows and codes, the units, and the
// problems that stop a draft. Keys: template_draft_keys.cpp; groups:
// template_draft_groups.cpp.
#include "core/drafting/template_draft.hpp"

#include "core/drafting/template_draft_groups.hpp"
#include "core/drafting/template_draft_keys.hpp"
#include "core/drafting/template_draft_units.hpp"
#include "core/locate/locator_columns.hpp"
#include "core/locate/locator_header.hpp"
#include "core/locate/locator_sheet.hpp"
#include "core/values/text_normalize.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

namespace statform::core {
namespace {

using Values = std::vector<std::pair<std::string, std::string>>;

// One row of the table as typed, with where it is.
struct SheetRow {
    std::size_t grid_row = 0;
    draft::TypedRow typed;
    std::vector<std::string> code_parts; // "1.10" -> {"1", "10"}; empty without a code
};

// A printed text as the template keeps it: lines of a wrapped cell joined
// with single spaces, letters in NFC form (what the parser expects).
std::string as_printed(std::string_view text) {
    return text::to_nfc_vietnamese(text::collapse_whitespace(text));
}

std::string cell_text(const Grid& grid, std::size_t row, std::optional<std::size_t> col) {
    if (!col || row >= grid.rows() || *col >= grid.cols())
        return {};
    const Cell& cell = grid.at(row, *col);
    return cell.kind == CellKind::Text ? as_printed(cell.text) : std::string{};
}

// "1.10" -> {"1", "10"}, "2." -> {"2"}; nullopt when it is not dotted numbers.
std::optional<std::vector<std::string>> code_parts(std::string code) {
    if (code.ends_with('.'))
        code.pop_back();
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = code.find('.', start);
        std::string part = code.substr(start, dot == std::string::npos ? dot : dot - start);
        if (part.empty() || part.find_first_not_of("0123456789") != std::string::npos)
            return std::nullopt;
        parts.push_back(std::move(part));
        if (dot == std::string::npos)
            return parts;
        start = dot + 1;
    }
}

// No small letter in it, and some capital ones ("MẪU TỔNG HỢP" but not "Mẫu 01").
bool in_capitals(const std::string& text) {
    return std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           text::lowercase_vietnamese(text) != text;
}

std::string joined(const std::vector<std::string>& parts, std::size_t count) {
    std::string code;
    for (std::size_t i = 0; i < count; ++i)
        code += (i ? "." : "") + parts[i];
    return code;
}

class Drafter {
  public:
    Drafter(const Grid& grid, const TemplateCatalog& catalog, const StringTable& phrases,
            const DraftRequest& request)
        : grid_(grid), sheet_(grid), catalog_(catalog), phrases_(phrases), request_(request),
          units_(draft::apply_unit_answers(catalog.unit_types(), request.unit_answers)) {}

    TemplateDraft run();

  private:
    bool find_table();
    void read_header_texts(Edition& edition) const;
    std::string title_above_table() const;
    void read_rows();
    std::vector<std::optional<std::size_t>> parents();
    std::vector<std::optional<std::string>>
    chosen_keys(std::vector<std::optional<draft::KnownRow>>& known);
    void check_keys_unique();
    void keep_used_unit_types(const Edition& edition);
    void read_units(Edition& edition, const std::vector<std::optional<draft::KnownRow>>& known,
                    const std::vector<DraftKey>& keys);

    CellRef cell(std::size_t grid_row, std::size_t grid_col) const {
        return {grid_.origin_row + grid_row, grid_.origin_col + grid_col};
    }
    void problem(std::string what, std::optional<CellRef> at, Values values = {},
                 std::string typed = {}) {
        values.emplace_back("sheet", request_.sheet_name);
        if (at)
            values.emplace_back("cell", at->a1());
        std::string message = phrases_.format("draft." + what, request_.language, values);
        draft_.problems.push_back({std::move(what), at, std::move(message), std::move(typed)});
    }

    const Grid& grid_;
    const locator::SheetText sheet_;
    const TemplateCatalog& catalog_;
    const StringTable& phrases_;
    const DraftRequest& request_;
    const draft::AnsweredUnits units_;
    std::optional<locator::Header> header_;
    TableColumns columns_;
    std::vector<SheetRow> rows_;
    TemplateDraft draft_;
};

// The table is where Validate finds it: the header locator, with the columns
// completed from the data as the locator does.
// A header is needed (its texts go into the template); the label column may
// be found from the labels below it, as the 2020 form prints no label header.
bool Drafter::find_table() {
    header_ = locator::find_header(sheet_);
    const locator::KnownTexts known = locator::collect_known_texts(catalog_.editions());
    const std::optional<std::size_t> label_column =
        !header_         ? std::nullopt
        : header_->label ? header_->label
                         : locator::guess_label_column(sheet_, header_->last_row + 1, known);
    if (!label_column) {
        problem("no-table", std::nullopt);
        return false;
    }
    columns_ =
        locator::complete_columns(sheet_, header_->last_row + 1, *label_column, header_, known);
    if (!columns_.unit || !columns_.count || !columns_.people) {
        problem("no-columns", cell(header_->first_row, *label_column));
        return false;
    }
    return true;
}

// Each header text as printed: "Số lượng" on the first header row above the
// quantity columns, "Số lớp/số cuộc thi" and "Người" on the last one; the
// others in whichever header row holds them (merged down both rows).
void Drafter::read_header_texts(Edition& edition) const {
    const auto text_in = [&](std::optional<std::size_t> col, bool last_row_first) {
        std::string text;
        for (std::size_t r = header_->first_row; r <= header_->last_row && text.empty(); ++r)
            text = cell_text(grid_, last_row_first ? header_->last_row + header_->first_row - r : r,
                             col);
        return text;
    };
    edition.code_header = text_in(columns_.code, false);
    edition.label_header = text_in(columns_.label, false);
    edition.unit_header = text_in(columns_.unit, false);
    edition.note_header = text_in(columns_.note, false);
    edition.count_header = text_in(columns_.count, true);
    edition.people_header = text_in(columns_.people, true);
    if (header_->first_row < header_->last_row) {
        const std::string above = cell_text(grid_, header_->first_row, columns_.count);
        if (above != edition.count_header)
            edition.quantity_header = above;
    }
}

// The form's title, as printed above the table: the longest text there in
// capitals ("TỔNG HỢP SỐ LIỆU …"), else the longest text there.
std::string Drafter::title_above_table() const {
    std::string longest, longest_capitals;
    for (std::size_t r = 0; r < header_->first_row; ++r)
        for (std::size_t c = 0; c < grid_.cols(); ++c) {
            const std::string text = cell_text(grid_, r, c);
            if (text.size() > longest.size())
                longest = text;
            if (text.size() > longest_capitals.size() && in_capitals(text))
                longest_capitals = text;
        }
    return longest_capitals.empty() ? longest : longest_capitals;
}

// The rows from under the header to the first blank row. Each needs a label;
// a code must be dotted numbers, not used before.
void Drafter::read_rows() {
    const std::size_t first = header_->last_row + 1;
    std::map<std::string, std::size_t> row_of_code;
    for (const locator::RowView& view : locator::read_rows(sheet_, columns_, first, grid_.rows())) {
        const bool blank =
            view.label_norm.empty() && view.code.empty() && !view.has_unit && !view.has_quantity;
        if (view.is_numbering || (blank && rows_.empty()))
            continue;
        if (blank)
            break;
        SheetRow row;
        row.grid_row = view.grid_row;
        row.typed.code = as_printed(view.code_text);
        row.typed.label = as_printed(view.label);
        row.typed.unit_text = cell_text(grid_, view.grid_row, columns_.unit);
        if (row.typed.label.empty())
            problem("empty-label", cell(view.grid_row, columns_.label), {{"code", row.typed.code}});
        if (!row.typed.code.empty()) {
            const CellRef code_cell = cell(view.grid_row, columns_.code.value_or(columns_.label));
            if (const auto parts = code_parts(row.typed.code)) {
                row.code_parts = *parts;
                const std::string canonical = joined(*parts, parts->size());
                if (const auto [earlier, fresh] = row_of_code.emplace(canonical, view.grid_row);
                    !fresh)
                    problem("duplicate-code", code_cell,
                            {{"code", row.typed.code},
                             {"first_cell",
                              cell(earlier->second, code_cell.col - grid_.origin_col).a1()}});
            } else {
                problem("bad-code", code_cell, {{"code", row.typed.code}});
            }
        }
        rows_.push_back(std::move(row));
    }
    if (rows_.empty())
        problem("no-rows", cell(header_->last_row, columns_.label));
}

// Each row's group, from the codes: 1.1 belongs to 1. A row without a code
// belongs with the numbered row above it: under 1.4 it is one of 1.4's
// siblings (2023 "Học nghề cho lao động nông thôn"); under a top-level row
// it is that row's child (2022 prints no numbers under "1").
std::vector<std::optional<std::size_t>> Drafter::parents() {
    std::vector<std::optional<std::size_t>> parent(rows_.size());
    std::map<std::string, std::size_t> row_of_code;
    std::optional<std::size_t> last_numbered;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const std::vector<std::string>& parts = rows_[r].code_parts;
        if (parts.empty()) {
            if (last_numbered)
                parent[r] = rows_[*last_numbered].code_parts.size() == 1 ? last_numbered
                                                                         : parent[*last_numbered];
            continue;
        }
        row_of_code.emplace(joined(parts, parts.size()), r);
        last_numbered = r;
        if (parts.size() == 1)
            continue;
        const std::string parent_code = joined(parts, parts.size() - 1);
        if (const auto found = row_of_code.find(parent_code); found != row_of_code.end())
            parent[r] = found->second;
        else
            problem("skipped-level",
                    cell(rows_[r].grid_row, columns_.code.value_or(columns_.label)),
                    {{"code", rows_[r].typed.code}, {"parent", parent_code}});
    }
    return parent;
}

// Every printed unit must be a spelling of the catalogue. A row printed
// without one is a group (its unit comes from its children), or a row the
// known editions also print without one ("Các nội dung khác (nếu có)",
// "Tổng số người tham gia, trong đó:"), which keeps their unit type.
void Drafter::read_units(Edition& edition, const std::vector<std::optional<draft::KnownRow>>& known,
                         const std::vector<DraftKey>& keys) {
    const UnitTypeCatalog& unit_types = units_.catalog;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        TemplateRow& row = edition.rows[r];
        const CellRef unit_cell = cell(rows_[r].grid_row, *columns_.unit);
        if (!row.unit_text.empty()) {
            if (const UnitType* unit = unit_types.find_by_spelling(row.unit_text))
                row.unit_type_id = unit->id;
            else
                problem("unknown-unit", unit_cell, {{"unit", row.unit_text}, {"label", row.label}},
                        row.unit_text);
            continue;
        }
        const bool has_children =
            std::any_of(edition.rows.begin(), edition.rows.end(),
                        [&](const TemplateRow& other) { return other.parent_key == row.key; });
        if (has_children)
            continue;
        if (keys[r].reused && known[r]->template_row().unit_text.empty())
            row.unit_type_id = known[r]->template_row().unit_type_id;
        else
            problem("unit-blank", unit_cell, {{"label", row.label}});
    }
}

// The keys the person chose (DraftRequest::chosen_keys), per row; a row given
// a known key takes what it says from the known row of that key. A key no
// edition has is a problem.
std::vector<std::optional<std::string>>
Drafter::chosen_keys(std::vector<std::optional<draft::KnownRow>>& known) {
    std::vector<std::optional<std::string>> chosen(rows_.size());
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const CellRef label_cell = cell(rows_[r].grid_row, columns_.label);
        const auto found = request_.chosen_keys.find(label_cell.a1());
        if (found == request_.chosen_keys.end())
            continue;
        if (found->second.empty()) {
            chosen[r] = "";
            continue;
        }
        const auto with_key =
            draft::known_row_with_key(rows_[r].typed, catalog_.editions(), found->second);
        if (!with_key) {
            problem("unknown-key", label_cell,
                    {{"key", found->second}, {"label", rows_[r].typed.label}});
            continue;
        }
        known[r] = with_key;
        chosen[r] = found->second;
    }
    return chosen;
}

// Two rows may not share a key (only the person's choices can make them).
void Drafter::check_keys_unique() {
    std::map<std::string, std::size_t> row_of_key;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const auto [first, fresh] = row_of_key.emplace(draft_.keys[r].key, r);
        if (!fresh)
            problem("duplicate-key", cell(rows_[r].grid_row, columns_.label),
                    {{"key", draft_.keys[r].key},
                     {"first_cell", cell(rows_[first->second].grid_row, columns_.label).a1()}});
    }
}

// Only the answered unit types some row uses are saved with the template.
void Drafter::keep_used_unit_types(const Edition& edition) {
    for (const UnitType& unit : units_.changed)
        if (std::any_of(edition.rows.begin(), edition.rows.end(),
                        [&](const TemplateRow& row) { return row.unit_type_id == unit.id; }))
            draft_.unit_types_to_save.push_back(unit);
}

TemplateDraft Drafter::run() {
    draft_.unit_types = units_.catalog;
    if (request_.title.empty())
        problem("no-title", std::nullopt);
    if (!find_table())
        return std::move(draft_);
    draft_.title_guess = title_above_table();
    read_rows();
    const std::vector<std::optional<std::size_t>> parent = parents();

    std::vector<draft::TypedRow> typed;
    for (const SheetRow& row : rows_)
        typed.push_back(row.typed);
    const std::vector<Edition>& editions = catalog_.editions();
    const std::optional<std::size_t> closest = draft::closest_edition(typed, editions);
    auto known = draft::closest_known_rows(typed, editions, closest);
    const auto chosen = chosen_keys(known);
    draft_.keys = draft::assign_keys(typed, known, chosen, parent, editions);
    check_keys_unique();
    for (const draft::TypedRow& row : typed)
        draft_.key_candidates.push_back(draft::key_candidates(row, editions, kDraftKeyCandidates));
    if (closest)
        draft_.closest_edition = editions[*closest].id;

    Edition edition;
    edition.id = request_.id;
    edition.year = request_.year;
    edition.title = request_.title;
    edition.theme = request_.theme;
    if (closest)
        carry_report_outline(edition, editions[*closest]);
    edition.level = !request_.level.empty() ? request_.level
                    : closest               ? editions[*closest].level
                                            : "province";
    read_header_texts(edition);
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        TemplateRow row;
        row.code = rows_[r].typed.code;
        row.label = rows_[r].typed.label;
        row.unit_text = rows_[r].typed.unit_text;
        row.key = draft_.keys[r].key;
        row.parent_key = parent[r] ? draft_.keys[*parent[r]].key : std::string{};
        if (draft_.keys[r].reused) {
            // What the known row says beyond its text carries over with its key.
            const TemplateRow& same = known[r]->template_row();
            if (same.label == row.label)
                row.corrected_label = same.corrected_label;
            row.combines = same.combines;
            if (!same.total_of.empty() && same.total_of == same.parent_key)
                row.total_of = row.parent_key;
        }
        edition.rows.push_back(std::move(row));
        draft_.label_cells.push_back(cell(rows_[r].grid_row, columns_.label));
    }
    read_units(edition, known, draft_.keys);
    draft::settle_groups(edition, units_.catalog);
    draft::settle_group_shares(edition);
    keep_used_unit_types(edition);
    draft_.sheet = request_.sheet_name;
    draft_.preview = edition;
    if (draft_.problems.empty())
        draft_.edition = std::move(edition);
    return std::move(draft_);
}

// `text` with the year `from` (as a whole number) written as `to`.
std::string with_year(std::string text, int from, int to) {
    const std::string old_year = std::to_string(from), new_year = std::to_string(to);
    for (std::size_t at = text.find(old_year); at != std::string::npos;
         at = text.find(old_year, at + new_year.size())) {
        const bool alone = (at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1]))) &&
                           (at + old_year.size() == text.size() ||
                            !std::isdigit(static_cast<unsigned char>(text[at + old_year.size()])));
        if (alone)
            text.replace(at, old_year.size(), new_year);
    }
    return text;
}

} // namespace

void carry_report_outline(Edition& edition, const Edition& closest) {
    const auto this_year = [&](const std::string& text) {
        return with_year(text, closest.year, edition.year);
    };
    edition.outline = closest.outline;
    for (OutlineItem& item : edition.outline) {
        item.heading = this_year(item.heading);
        item.prompt = this_year(item.prompt);
        item.corrected_heading = this_year(item.corrected_heading);
        item.corrected_prompt = this_year(item.corrected_prompt);
    }
    edition.outline_appendix = closest.outline_appendix;
    edition.outline_title = this_year(closest.outline_title);
    edition.report_title = closest.report_title;
    edition.report_subtitle = this_year(closest.report_subtitle);
    edition.appendix = closest.appendix;
}

TemplateDraft draft_edition_from_grid(const Grid& grid, const TemplateCatalog& catalog,
                                      const StringTable& phrases, const DraftRequest& request) {
    return Drafter(grid, catalog, phrases, request).run();
}

} // namespace statform::core
