#include "core/summary/summary_sheets.hpp"

#include "core/merge/merge_messages.hpp"

#include <algorithm>

namespace statform::core {
namespace {

// Breakdown layout: title, blank, two header rows, then one row per target
// template row. Columns A-C as the form; unit k's pair at 3 + 2k, 4 + 2k.
constexpr std::size_t breakdown_header_row = 2;
constexpr std::size_t breakdown_kind_row =
    3; // "Số lớp/số cuộc thi" / "Người" above each value column
constexpr std::size_t breakdown_first_row = 4;
constexpr std::size_t first_unit_col = 3;
constexpr std::size_t units_reporting_col = NoteColumn + 1;

std::string quoted_sheet(const std::string& name) {
    std::string quoted = "$'";
    for (char c : name)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'.";
}

std::string absolute(std::size_t row, std::size_t col) {
    const std::string cell = cell_name(row, col);
    const std::size_t digits = cell.find_first_of("0123456789");
    return "$" + cell.substr(0, digits) + "$" + cell.substr(digits);
}

// The summary's total of one column: the sum of the units' values of that
// kind in the breakdown row, blank while no unit reported it. A reviewer
// who clicks the total sees exactly which cells it adds up.
std::string total_formula(const std::string& breakdown, std::size_t breakdown_row,
                          std::size_t last_col, const std::string& kind_header) {
    const std::string kinds = quoted_sheet(breakdown) +
                              absolute(breakdown_kind_row, first_unit_col) + ":" +
                              absolute(breakdown_kind_row, last_col);
    const std::string values = quoted_sheet(breakdown) + absolute(breakdown_row, first_unit_col) +
                               ":" + absolute(breakdown_row, last_col);
    const std::string kind = "\"" + kind_header + "\"";
    return "=IF(COUNTIFS(" + kinds + ";" + kind + ";" + values + ";\"<>\")=0;\"\";SUMIF(" + kinds +
           ";" + kind + ";" + values + "))";
}

SheetContent build_breakdown(const SummaryRequest& request, const std::string& name) {
    const auto& ui = request.ui;
    const auto lang = request.language;
    SheetContent sheet;
    sheet.name = name;
    sheet.put(0, 0, CellRole::Title, ui.get("summary.breakdown-title", lang));
    sheet.merges.push_back(
        {0, 0, 0, std::max<std::size_t>(2, first_unit_col + 2 * request.merged.units.size() - 1)});
    sheet.put(breakdown_header_row, CodeColumn, CellRole::Header, request.target.code_header);
    sheet.put(breakdown_header_row, LabelColumn, CellRole::Header, request.target.label_header);
    sheet.put(breakdown_header_row, UnitColumn, CellRole::Header, request.target.unit_header);
    for (std::size_t col = 0; col < first_unit_col; ++col) {
        sheet.put(breakdown_kind_row, col, CellRole::Header, "");
        sheet.merges.push_back({breakdown_header_row, col, breakdown_kind_row, col});
    }
    sheet.column_widths = {1300, 8600, 2700};
    for (std::size_t u = 0; u < request.merged.units.size(); ++u) {
        const auto& unit = request.merged.units[u];
        const std::size_t col = first_unit_col + 2 * u;
        sheet.put(breakdown_header_row, col, CellRole::Header, unit.unit_name);
        sheet.put(breakdown_header_row, col + 1, CellRole::Header, "");
        sheet.merges.push_back({breakdown_header_row, col, breakdown_header_row, col + 1});
        sheet.put(breakdown_kind_row, col, CellRole::Header, request.target.count_header);
        sheet.put(breakdown_kind_row, col + 1, CellRole::Header, request.target.people_header);
        sheet.column_widths.push_back(2600);
        sheet.column_widths.push_back(2300);
    }
    for (std::size_t r = 0; r < request.merged.rows.size(); ++r) {
        const auto& row = request.merged.rows[r];
        const std::size_t sheet_row = breakdown_first_row + r;
        sheet.put(sheet_row, CodeColumn, CellRole::Code, row.code);
        sheet.put(sheet_row, LabelColumn, row.is_group ? CellRole::GroupLabel : CellRole::Label,
                  row.label);
        sheet.put(sheet_row, UnitColumn, CellRole::Unit, row.unit_text);
        for (std::size_t u = 0; u < request.merged.units.size(); ++u) {
            const auto& values = request.merged.units[u].values[r];
            const std::size_t col = first_unit_col + 2 * u;
            for (const auto& [offset, value] :
                 {std::pair{0u, values.count}, std::pair{1u, values.people}}) {
                if (value)
                    sheet.put_number(sheet_row, col + offset,
                                     row.is_total ? CellRole::Sum : CellRole::Input, *value);
                else
                    sheet.put(sheet_row, col + offset, CellRole::Note, "");
            }
        }
    }
    sheet.print_title_rows = LayoutRange{breakdown_header_row, 0, breakdown_kind_row, 0};
    sheet.landscape = true;
    return sheet;
}

// About 95 characters of Times New Roman 13 fit a line across the summary's
// width; a merged cell's row is not sized by Calc, so it gets a height.
int wrapped_height(const std::string& text) {
    std::size_t characters = 0;
    for (unsigned char byte : text)
        characters += (byte & 0xC0) != 0x80;
    return static_cast<int>(std::max<std::size_t>(1, (characters + 94) / 95)) * 560 + 120;
}

// The narrative under the summary table: one merged, wrapped row a line.
void append_narrative(SheetContent& sheet, std::size_t first_row,
                      const std::vector<NarrativeLine>& lines) {
    std::size_t row = first_row;
    for (const auto& line : lines) {
        const CellRole role =
            line.kind == NarrativeLine::Kind::Title         ? CellRole::NarrativeTitle
            : line.kind == NarrativeLine::Kind::Heading     ? CellRole::NarrativeHeading
            : line.kind == NarrativeLine::Kind::Placeholder ? CellRole::NarrativePrompt
                                                            : CellRole::NarrativeText;
        sheet.put(row, 0, role, line.text);
        sheet.merges.push_back({row, 0, row, units_reporting_col});
        sheet.fixed_row_heights.emplace_back(row, wrapped_height(line.text));
        ++row;
    }
}

SheetContent build_summary(const SummaryRequest& request, const std::string& name,
                           const std::string& breakdown, std::size_t& narrative_row) {
    const auto& ui = request.ui;
    const auto lang = request.language;
    const auto layout = build_form_layout(request.target, request.unit_types,
                                          {request.unit_name, request.place, 0, 0});
    SheetContent sheet = sheet_content_of(layout, name);
    // One more column: how many units reported each row.
    const std::size_t h = layout.header.first_row;
    sheet.put(h, units_reporting_col, CellRole::Header, ui.get("summary.units-reporting", lang));
    sheet.put(h + 1, units_reporting_col, CellRole::Header, "");
    sheet.merges.push_back({h, units_reporting_col, h + 1, units_reporting_col});
    sheet.column_widths.push_back(2300);
    const std::size_t units = request.merged.units.size();
    const std::size_t last_col = first_unit_col + 2 * std::max<std::size_t>(units, 1) - 1;
    for (const auto& placement : layout.placements) {
        const auto& row = request.merged.rows[placement.template_row];
        const std::size_t breakdown_row = breakdown_first_row + placement.template_row;
        for (const auto& [col, kind] :
             {std::pair{std::size_t(CountColumn), request.target.count_header},
              std::pair{std::size_t(PeopleColumn), request.target.people_header}}) {
            LayoutCell& cell = sheet.at(placement.sheet_row, col);
            if (cell.role != CellRole::Input && cell.role != CellRole::Sum)
                continue;
            cell.role = CellRole::Sum;
            cell.formula = units > 0 ? total_formula(breakdown, breakdown_row, last_col, kind) : "";
        }
        if (row.unit_type_id.empty() && !row.sums_children)
            sheet.put(placement.sheet_row, units_reporting_col, CellRole::Unused, "");
        else
            sheet.put_number(placement.sheet_row, units_reporting_col, CellRole::Code,
                             static_cast<double>(row.units_reporting));
        // Part of the total no row below shows: say so beside it.
        if (row.not_itemised.any()) {
            std::string parts;
            for (const auto& [column, value] :
                 {std::pair{QuantityColumn::Count, row.not_itemised.count},
                  std::pair{QuantityColumn::People, row.not_itemised.people}})
                if (value)
                    parts += (parts.empty() ? "" : "; ") + format_merge_number(*value, lang) + " " +
                             (column == QuantityColumn::Count ? request.target.count_header
                                                              : request.target.people_header);
            sheet.put(placement.sheet_row, NoteColumn, CellRole::Note,
                      ui.format("summary.not-itemised", lang, {{"parts", parts}}));
        }
    }
    narrative_row = layout.table.last_row + 2;
    append_narrative(sheet, narrative_row, request.narrative);
    return sheet;
}

SheetContent build_sources(const SummaryRequest& request, const std::string& name) {
    const auto& ui = request.ui;
    const auto lang = request.language;
    const auto& merged = request.merged;
    SheetContent sheet;
    sheet.name = name;
    sheet.put(0, 0, CellRole::Title, ui.get("summary.sources-title", lang));
    sheet.merges.push_back({0, 0, 0, 8});
    std::size_t row = 2;
    const std::vector<std::string> source_headers{
        "summary.col.number",  "summary.col.file",     "summary.col.unit",
        "summary.col.edition", "summary.col.sheet",    "summary.col.status",
        "summary.col.errors",  "summary.col.warnings", "summary.col.remark"};
    for (std::size_t c = 0; c < source_headers.size(); ++c)
        sheet.put(row, c, CellRole::Header, ui.get(source_headers[c], lang));
    sheet.print_title_rows = LayoutRange{row, 0, row, 0};
    for (std::size_t i = 0; i < merged.sources.size(); ++i) {
        const auto& source = merged.sources[i];
        ++row;
        sheet.put_number(row, 0, CellRole::Code, static_cast<double>(i + 1));
        sheet.put(row, 1, CellRole::Label, source.source);
        sheet.put(row, 2, CellRole::Label, source.unit_name);
        sheet.put(row, 3, CellRole::Unit, source.edition_id);
        sheet.put(row, 4, CellRole::Label, source.sheet);
        sheet.put(row, 5, CellRole::Unit,
                  format_source_status(source.status, request.merge_phrases, lang));
        sheet.put_number(row, 6, CellRole::Code, static_cast<double>(source.error_count));
        sheet.put_number(row, 7, CellRole::Code, static_cast<double>(source.all_warnings()));
        std::string remark;
        if (source.skip_reason)
            remark = format_merge_finding(*source.skip_reason, request.merge_phrases, lang);
        sheet.put(row, 8, CellRole::Note, remark);
    }
    if (!merged.missing_units.empty()) {
        row += 2;
        sheet.put(row, 0, CellRole::GroupLabel, ui.get("summary.missing-units", lang));
        for (const auto& unit : merged.missing_units)
            sheet.put(++row, 1, CellRole::Label, unit);
    }
    row += 2;
    sheet.put(row, 0, CellRole::GroupLabel, ui.get("summary.findings-title", lang));
    ++row;
    const std::vector<std::string> finding_headers{
        "summary.col.number",   "summary.col.file", "summary.col.sheet",  "summary.col.cell",
        "summary.col.severity", "summary.col.row",  "summary.col.message"};
    for (std::size_t c = 0; c < finding_headers.size(); ++c)
        sheet.put(row, c, CellRole::Header, ui.get(finding_headers[c], lang));
    std::size_t number = 0;
    auto add = [&](const std::string& file, const std::string& sheet_name, const std::string& cell,
                   Severity severity, const std::string& code, const std::string& message) {
        ++row;
        sheet.put_number(row, 0, CellRole::Code, static_cast<double>(++number));
        sheet.put(row, 1, CellRole::Label, file);
        sheet.put(row, 2, CellRole::Label, sheet_name);
        sheet.put(row, 3, CellRole::Unit, cell);
        sheet.put(row, 4, CellRole::Unit,
                  ui.get("severity." + std::string(severity_name(severity)), lang));
        sheet.put(row, 5, CellRole::Unit, code);
        sheet.put(row, 6, CellRole::Label, message);
    };
    for (const auto& source : request.validation)
        for (const auto& finding : source.findings)
            add(source.source, finding.sheet, finding.cell ? finding.cell->a1() : "",
                finding.severity, finding.row_code, finding.message);
    for (const auto& finding : merged.findings)
        add(finding.source, "", "", finding.severity, "",
            format_merge_finding(finding, request.merge_phrases, lang));
    sheet.column_widths = {1200, 7000, 6000, 2400, 3500, 3400, 1600, 1800, 9000};
    sheet.landscape = true;
    return sheet;
}

} // namespace

void refer_to_renamed_sheet(SheetContent& content, const std::string& from, const std::string& to) {
    const std::string old_ref = quoted_sheet(from), new_ref = quoted_sheet(to);
    for (auto& row : content.cells)
        for (LayoutCell& cell : row)
            for (std::size_t at = cell.formula.find(old_ref); at != std::string::npos;
                 at = cell.formula.find(old_ref, at + new_ref.size()))
                cell.formula.replace(at, old_ref.size(), new_ref);
}

SheetContent take_formulas_referring_to(SheetContent& content,
                                        const std::vector<std::string>& sheets) {
    std::vector<std::string> references;
    for (const auto& sheet : sheets)
        references.push_back(quoted_sheet(sheet));
    SheetContent taken;
    taken.name = content.name;
    for (std::size_t r = 0; r < content.rows(); ++r)
        for (std::size_t c = 0; c < content.cells[r].size(); ++c) {
            LayoutCell& cell = content.cells[r][c];
            if (std::any_of(references.begin(), references.end(), [&](const std::string& ref) {
                    return cell.formula.find(ref) != std::string::npos;
                })) {
                taken.at(r, c).formula = std::move(cell.formula);
                cell.formula.clear();
            }
        }
    return taken;
}

SummarySheets build_summary_sheets(const SummaryRequest& request) {
    SummarySheets sheets;
    const std::string breakdown_name = request.ui.get("summary.sheet.breakdown", request.language);
    sheets.breakdown = build_breakdown(request, breakdown_name);
    sheets.summary =
        build_summary(request, request.ui.get("summary.sheet.summary", request.language),
                      breakdown_name, sheets.narrative_row);
    sheets.sources =
        build_sources(request, request.ui.get("summary.sheet.sources", request.language));
    return sheets;
}

} // namespace statform::core
