// Orchestrates the table locator: header -> columns -> rows -> the edition
// whose rows fit best -> the best sheet. The steps live in locator_*.cpp.
#include "core/locate/table_locator.hpp"

#include "core/locate/locator_alignment.hpp"
#include "core/locate/locator_columns.hpp"
#include "core/locate/locator_header.hpp"
#include "core/locate/locator_sheet.hpp"

#include <algorithm>
#include <cstdio>

namespace statform::core {
namespace {

using namespace locator;

// Below this many matched rows (or the whole template, if smaller) a sheet
// does not hold the table: two labels can match by chance.
constexpr std::size_t kMinMatchedRows = 3;
constexpr double kMinFoundScore = 0.3;
// A table recognised from its labels alone is slightly less certain.
constexpr double kNoHeaderFactor = 0.9;
// A finding names the template row it most resembles only above this.
constexpr double kClosestWorthNaming = 0.5;

struct PreparedEditions {
    KnownTexts known;
    std::vector<PreparedEdition> editions;
};

PreparedEditions prepare(const std::vector<Edition>& editions) {
    PreparedEditions prepared{collect_known_texts(editions), {}};
    for (const Edition& edition : editions)
        prepared.editions.push_back(prepare_edition(edition));
    share_label_index(prepared.editions);
    return prepared;
}

// Everything prepare() reads from the editions, as one text: the same text
// gives the same preparation.
std::string preparation_key(const std::vector<Edition>& editions) {
    std::string key;
    for (const Edition& edition : editions) {
        key += '\x1d';
        for (const TemplateRow& row : edition.rows)
            for (const std::string* field : {&row.code, &row.label, &row.corrected_label,
                                             &row.unit_text, &row.key, &row.parent_key})
                key.append(*field).push_back('\x1f');
        for (const TemplateRow& row : edition.rows)
            key.push_back(row.is_group ? '1' : '0');
    }
    return key;
}

// Preparing normalises every label of every edition, which cost as much as
// locating a table; a merge locates hundreds of tables against the same
// editions, so the last preparation is kept (per thread). Comparing the key
// costs a few microseconds; the edition pointers are bound to the caller's
// objects, which may be equal copies of the ones prepared.
const PreparedEditions& prepared_for(const std::vector<Edition>& editions) {
    thread_local std::string last_key;
    thread_local PreparedEditions last;
    std::string key = preparation_key(editions);
    if (key != last_key || last.editions.size() != editions.size()) {
        last = prepare(editions);
        last_key = std::move(key);
    }
    for (std::size_t e = 0; e < editions.size(); ++e)
        last.editions[e].edition = &editions[e];
    return last;
}

std::string format_score(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string sheet_row_number(const Grid& grid, std::size_t row) {
    return std::to_string(grid.origin_row + row + 1);
}

// "sheet 'Biểu 1'", or "the sheet" when it has no name.
std::string sheet_phrase(const std::string& name) {
    return name.empty() ? "the sheet" : "sheet '" + name + "'";
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// "1 unrecognised row", "2 unrecognised rows".
std::string counted(std::size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

bool is_blank_row(const RowView& row) {
    return row.label_norm.empty() && row.code.empty() && !row.has_unit && !row.has_quantity;
}

// Strong evidence of a table row outside the matched rows: a code or numbers
// ("THỦ TRƯỞNG ĐƠN VỊ" under the people column is no number).
bool is_strong_table_row(const RowView& row) {
    return !row.label_norm.empty() && !row.is_numbering && (!row.code.empty() || row.has_number);
}

UnmatchedRow make_finding(const RowView& row, const Alignment& alignment, std::size_t index) {
    UnmatchedRow finding;
    finding.grid_row = row.grid_row;
    finding.label = row.label;
    finding.code = row.code_text;
    if (alignment.closest_similarity[index] >= kClosestWorthNaming) {
        finding.closest_template_row = alignment.closest[index];
        finding.closest_similarity = alignment.closest_similarity[index];
    }
    return finding;
}

// Rows that belong to the table but matched nothing. Inside the matched
// span every non-empty row counts; above and below it only rows that look
// like table rows, so that a title block or a signature block is not
// reported. With a header, everything between it and the first match is
// inside the table.
std::vector<UnmatchedRow> find_unmatched(const std::vector<RowView>& rows,
                                         const Alignment& alignment, bool has_header) {
    std::vector<UnmatchedRow> findings;
    if (alignment.matches.empty())
        return findings;
    std::vector<bool> matched(rows.size(), false);
    std::size_t first = rows.size(), last = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool hit =
            std::any_of(alignment.matches.begin(), alignment.matches.end(),
                        [&](const RowMatch& m) { return m.grid_row == rows[i].grid_row; });
        if (!hit)
            continue;
        matched[i] = true;
        first = std::min(first, i);
        last = std::max(last, i);
    }

    std::vector<std::size_t> picked;
    if (has_header) {
        for (std::size_t i = 0; i < first; ++i)
            if (rows[i].looks_like_table_row())
                picked.push_back(i);
    } else {
        for (std::size_t i = first; i-- > 0;) {
            if (is_blank_row(rows[i]))
                continue;
            if (!is_strong_table_row(rows[i]))
                break;
            picked.push_back(i);
        }
    }
    for (std::size_t i = first + 1; i < last; ++i) {
        const RowView& row = rows[i];
        if (!matched[i] && !row.is_numbering && (!row.label_norm.empty() || row.has_quantity))
            picked.push_back(i);
    }
    for (std::size_t i = last + 1; i < rows.size(); ++i) {
        if (is_blank_row(rows[i]))
            continue;
        if (!is_strong_table_row(rows[i]))
            break;
        picked.push_back(i);
    }
    std::sort(picked.begin(), picked.end());
    for (std::size_t i : picked)
        findings.push_back(make_finding(rows[i], alignment, i));
    return findings;
}

struct EditionFit {
    std::size_t edition_index = 0;
    Alignment alignment;
    std::vector<UnmatchedRow> unmatched;
    double score = 0.0;
};

// F-measure of "the sheet's table rows are this edition's rows" (precision)
// and "this edition's rows are in the sheet" (recall), each weighted by
// label similarity; agreeing codes nudge it up, conflicting codes down.
double fit_score(const Alignment& alignment, std::size_t unmatched, std::size_t template_rows) {
    if (alignment.matches.empty() || template_rows == 0)
        return 0.0;
    const double weight = alignment.total_similarity;
    // Rows the unit added beyond as many as the form has do not make the
    // table less of this form: a form with 50,000 rows added under "Các nội
    // dung khác" is still the form (those rows are reported one by one),
    // while a sheet of mostly other rows still scores low.
    const std::size_t counted_unmatched = std::min(unmatched, template_rows);
    const double precision =
        weight / static_cast<double>(alignment.matches.size() + counted_unmatched);
    const double recall = weight / static_cast<double>(template_rows);
    double score = 2 * precision * recall / (precision + recall);
    const double matched = static_cast<double>(alignment.matches.size());
    score += 0.02 *
             (static_cast<double>(alignment.codes_same) -
              2.0 * static_cast<double>(alignment.codes_different)) /
             matched;
    return std::clamp(score, 0.0, 1.0);
}

EditionFit fit_edition(const std::vector<RowView>& rows,
                       const std::vector<LabelSimilarities>& similar,
                       const PreparedEditions& prepared, std::size_t index, bool has_header,
                       AlignmentScratch& scratch) {
    EditionFit fit;
    fit.edition_index = index;
    fit.alignment = align_rows(rows, similar, prepared.editions[index], scratch);
    fit.unmatched = find_unmatched(rows, fit.alignment, has_header);
    fit.score =
        fit_score(fit.alignment, fit.unmatched.size(), prepared.editions[index].rows.size());
    return fit;
}

std::string describe_found(const LocatedTable& table, const Grid& grid,
                           const std::vector<EditionFit>& fits, const PreparedEditions& prepared) {
    const std::size_t template_rows = prepared.editions[table.edition_index].rows.size();
    const auto approximate =
        std::count_if(table.matches.begin(), table.matches.end(),
                      [](const RowMatch& m) { return m.kind != MatchKind::Exact; });
    std::string text =
        capitalised(sheet_phrase(table.sheet_name)) + " holds the " + table.edition_id + " table (";
    text += table.header_first_row
                ? "header at row " + sheet_row_number(grid, *table.header_first_row)
                : "no header row; recognised by its labels";
    text += "; " + std::to_string(table.matches.size()) + " of " + std::to_string(template_rows) +
            " template rows found";
    if (approximate > 0)
        text += ", " + std::to_string(approximate) + " approximately";
    if (!table.missing_template_rows.empty())
        text += "; " + std::to_string(table.missing_template_rows.size()) + " missing";
    if (!table.unmatched_rows.empty())
        text += "; " + counted(table.unmatched_rows.size(), "unrecognised row");
    text += ")";
    if (fits.size() > 1)
        text += "; next best edition " + prepared.editions[fits[1].edition_index].edition->id +
                " scores " + format_score(fits[1].score) + " against " +
                format_score(fits[0].score);
    return text + ".";
}

// The edition "Insert statistics template" recorded in a sheet-local name:
// "StatForm_htsd_2023" for htsd-2023 (names allow no "-"), with "_2", "_3"
// when the form was inserted into the same sheet again.
std::optional<std::size_t> recorded_edition(const std::vector<std::string>& local_names,
                                            const PreparedEditions& prepared) {
    constexpr std::string_view prefix = "StatForm_";
    for (const std::string& name : local_names) {
        if (!name.starts_with(prefix))
            continue;
        const std::string_view recorded = std::string_view(name).substr(prefix.size());
        for (std::size_t e = 0; e < prepared.editions.size(); ++e) {
            std::string key = prepared.editions[e].edition->id;
            std::replace(key.begin(), key.end(), '-', '_');
            if (recorded == key)
                return e;
            if (recorded.starts_with(key + "_")) {
                const std::string_view number = recorded.substr(key.size() + 1);
                if (!number.empty() && std::all_of(number.begin(), number.end(),
                                                   [](char c) { return c >= '0' && c <= '9'; }))
                    return e;
            }
        }
    }
    return std::nullopt;
}

// How much lower than the best edition's score the recorded edition may
// score and still be taken: two editions whose rows read alike (next year's
// form copied from this year's) score alike, and the record tells them apart.
constexpr double kRecordedEditionMargin = 0.1;

LocatedTable locate_prepared(const Grid& grid, const PreparedEditions& prepared,
                             std::size_t sheet_index, const std::string& sheet_name,
                             std::optional<std::size_t> recorded = std::nullopt) {
    LocatedTable table;
    table.sheet_index = sheet_index;
    table.sheet_name = sheet_name;
    const std::string where = sheet_phrase(sheet_name);
    if (prepared.editions.empty()) {
        table.reason = "No statistics table can be recognised: no edition is known.";
        return table;
    }

    const SheetText sheet(grid);
    const std::optional<Header> header = find_header(sheet);
    if (header) {
        table.header_first_row = header->first_row;
        table.header_last_row = header->last_row;
    }
    const std::size_t first_data_row = header ? header->last_row + 1 : 0;
    const std::optional<std::size_t> label_column =
        header && header->label ? header->label
                                : guess_label_column(sheet, first_data_row, prepared.known);
    if (!label_column) {
        table.status = header ? TableStatus::UnknownEdition : TableStatus::NotFound;
        table.reason = header
                           ? "A table header at row " + sheet_row_number(grid, header->first_row) +
                                 " of " + where + " but no column of activity labels."
                           : "No statistics table found in " + where +
                                 ": no header (TT, Nội dung các hoạt động, Đơn vị, Số lượng) "
                                 "and no column of known activity labels.";
        return table;
    }
    table.columns = complete_columns(sheet, first_data_row, *label_column, header, prepared.known);
    const std::vector<RowView> rows = read_rows(sheet, table.columns, first_data_row, grid.rows());

    // The editions share one index of their labels (prepare()): each sheet
    // label is compared with them once, for all editions.
    const std::vector<LabelSimilarities> similar =
        compare_with_labels(rows, *prepared.editions.front().labels);
    std::vector<EditionFit> fits;
    AlignmentScratch scratch;
    for (std::size_t e = 0; e < prepared.editions.size(); ++e)
        fits.push_back(fit_edition(rows, similar, prepared, e, header.has_value(), scratch));
    std::stable_sort(fits.begin(), fits.end(),
                     [](const EditionFit& a, const EditionFit& b) { return a.score > b.score; });
    if (recorded) {
        const auto it = std::find_if(fits.begin(), fits.end(), [&](const EditionFit& fit) {
            return fit.edition_index == *recorded;
        });
        if (it != fits.begin() && it != fits.end() &&
            it->score >= fits.front().score - kRecordedEditionMargin) {
            std::rotate(fits.begin(), it, it + 1);
            table.edition_recorded = true;
        } else if (it == fits.begin()) {
            table.edition_recorded = true;
        }
    }
    for (const EditionFit& fit : fits)
        table.edition_scores.push_back({prepared.editions[fit.edition_index].edition->id, fit.score,
                                        fit.alignment.matches.size()});

    EditionFit& best = fits.front();
    const std::size_t template_rows = prepared.editions[best.edition_index].rows.size();
    if (best.alignment.matches.size() < std::min(kMinMatchedRows, template_rows) ||
        best.score < kMinFoundScore) {
        table.status = header ? TableStatus::UnknownEdition : TableStatus::NotFound;
        const std::string best_try = " (closest: " + table.edition_scores.front().edition_id +
                                     ", " + std::to_string(best.alignment.matches.size()) +
                                     " rows)";
        table.reason = header ? "A table header at row " +
                                    sheet_row_number(grid, header->first_row) + " of " + where +
                                    ", but its rows match no known edition" + best_try + "."
                              : "No statistics table found in " + where +
                                    ": too few rows resemble a known edition" + best_try + ".";
        return table;
    }

    table.status = TableStatus::Found;
    table.edition_index = best.edition_index;
    table.edition_id = prepared.editions[best.edition_index].edition->id;
    table.confidence = best.score * (header ? 1.0 : kNoHeaderFactor);
    table.matches = std::move(best.alignment.matches);
    table.unmatched_rows = std::move(best.unmatched);
    std::vector<bool> found(template_rows, false);
    for (const RowMatch& match : table.matches)
        found[match.template_row] = true;
    for (std::size_t j = 0; j < template_rows; ++j)
        if (!found[j])
            table.missing_template_rows.push_back(j);
    table.first_row = table.matches.front().grid_row;
    table.last_row = table.matches.back().grid_row;
    for (const UnmatchedRow& finding : table.unmatched_rows) {
        table.first_row = std::min(table.first_row, finding.grid_row);
        table.last_row = std::max(table.last_row, finding.grid_row);
    }
    table.reason = describe_found(table, grid, fits, prepared);
    if (table.edition_recorded)
        table.reason += " The sheet records this edition (inserted by StatForm).";
    return table;
}

int status_rank(TableStatus status) {
    switch (status) {
    case TableStatus::Found:
        return 2;
    case TableStatus::UnknownEdition:
        return 1;
    case TableStatus::NotFound:
        return 0;
    }
    return 0;
}

bool better(const LocatedTable& a, const LocatedTable& b) {
    if (status_rank(a.status) != status_rank(b.status))
        return status_rank(a.status) > status_rank(b.status);
    return a.confidence > b.confidence;
}

} // namespace

const RowMatch* LocatedTable::match_for(std::size_t template_row) const {
    for (const RowMatch& match : matches)
        if (match.template_row == template_row)
            return &match;
    return nullptr;
}

LocatedTable locate_table_in_sheet(const Grid& grid, const std::vector<Edition>& editions,
                                   std::size_t sheet_index, const std::string& sheet_name) {
    return locate_prepared(grid, prepared_for(editions), sheet_index, sheet_name);
}

TableSearch locate_statistics_table(const Workbook& workbook,
                                    const std::vector<Edition>& editions) {
    TableSearch search;
    if (workbook.sheets.empty()) {
        search.table.reason = "No statistics table found: the workbook has no sheets.";
        return search;
    }
    const PreparedEditions& prepared = prepared_for(editions);
    std::vector<LocatedTable> tables;
    for (std::size_t s = 0; s < workbook.sheets.size(); ++s)
        tables.push_back(
            locate_prepared(workbook.sheets[s].grid, prepared, s, workbook.sheets[s].name,
                            recorded_edition(workbook.sheets[s].local_names, prepared)));
    std::stable_sort(tables.begin(), tables.end(), better);

    search.table = std::move(tables.front());
    for (std::size_t t = 1; t < tables.size(); ++t)
        if (tables[t].found())
            search.others.push_back({tables[t].sheet_index, tables[t].sheet_name,
                                     tables[t].edition_id, tables[t].confidence});
    if (search.table.status == TableStatus::NotFound && workbook.sheets.size() > 1)
        search.table.reason = "No statistics table found in any of the " +
                              std::to_string(workbook.sheets.size()) + " sheets.";
    for (const OtherTable& other : search.others)
        search.table.reason += " Sheet '" + other.sheet_name + "' also holds a table (" +
                               other.edition_id + ", confidence " + format_score(other.confidence) +
                               ").";
    return search;
}

} // namespace statform::core
