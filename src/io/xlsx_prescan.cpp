#include "io/xlsx_prescan.hpp"

#include <orcus/sax_parser.hpp>

#include <charconv>
#include <optional>
#include <string_view>
#include <utility>

namespace statform::io {

namespace {

constexpr std::string_view kWorksheetRelation = "/worksheet";

// Runs `Handler` over `xml` with orcus' plain (prefix-ignoring) SAX parser.
template <class Handler> void parse_xml(std::string_view xml, Handler& handler) {
    orcus::sax_parser<Handler> parser(xml.data(), xml.size(), handler);
    parser.parse();
}

// Base for the small handlers below: orcus calls these by name.
struct IgnoringHandler {
    void doctype(const orcus::sax::doctype_declaration&) {}
    void start_declaration(std::string_view) {}
    void end_declaration(std::string_view) {}
    void start_element(const orcus::sax::parser_element&) {}
    void end_element(const orcus::sax::parser_element&) {}
    void characters(std::string_view, bool) {}
    void attribute(const orcus::sax::parser_attribute&) {}
};

// xl/workbook.xml: <sheet name="..." r:id="rId1"/> in tab order, and the
// names defined for one sheet: <definedName name="..." localSheetId="0">.
struct WorkbookHandler : IgnoringHandler {
    struct SheetRef {
        std::string name, relation_id;
    };
    struct LocalName {
        std::string name;
        std::size_t sheet = 0;
    };
    std::vector<SheetRef> sheets;
    std::vector<LocalName> local_names;
    SheetRef opening;
    std::optional<std::size_t> opening_local_sheet;

    void attribute(const orcus::sax::parser_attribute& attr) {
        if (attr.name == "name" && attr.ns.empty())
            opening.name = attr.value;
        else if (attr.name == "id" && !attr.ns.empty())
            opening.relation_id = attr.value;
        else if (attr.name == "localSheetId" && attr.ns.empty())
            opening_local_sheet = parse_index(attr.value);
    }
    void start_element(const orcus::sax::parser_element& element) {
        if (element.name == "sheet")
            sheets.push_back(opening);
        else if (element.name == "definedName" && opening_local_sheet)
            local_names.push_back({opening.name, *opening_local_sheet});
        opening = {};
        opening_local_sheet.reset();
    }

  private:
    static std::optional<std::size_t> parse_index(std::string_view text) {
        std::size_t value = 0;
        if (text.empty() || text.size() > 6)
            return std::nullopt;
        for (char c : text) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + static_cast<std::size_t>(c - '0');
        }
        return value;
    }
};

// xl/_rels/workbook.xml.rels: relation id -> worksheet part target.
struct RelationsHandler : IgnoringHandler {
    struct Relation {
        std::string id, type, target;
    };
    std::vector<Relation> relations;
    Relation opening;

    void attribute(const orcus::sax::parser_attribute& attr) {
        if (attr.name == "Id")
            opening.id = attr.value;
        else if (attr.name == "Type")
            opening.type = attr.value;
        else if (attr.name == "Target")
            opening.target = attr.value;
    }
    void start_element(const orcus::sax::parser_element& element) {
        if (element.name == "Relationship")
            relations.push_back(opening);
        opening = {};
    }
};

// Counts cells against the workbook limit.
class CellBudget {
  public:
    explicit CellBudget(std::size_t limit) : limit_(limit) {}
    void spend(std::size_t count) {
        if (count > limit_ - used_)
            throw LimitExceeded("more than " + std::to_string(limit_) +
                                " non-empty cells in the workbook");
        used_ += count;
    }

  private:
    std::size_t limit_, used_ = 0;
};

// One worksheet part: cell types and values that orcus misses.
class WorksheetHandler : public IgnoringHandler {
  public:
    WorksheetHandler(XlsxSheetPrescan& sheet, CellBudget& budget)
        : sheet_(sheet), budget_(budget) {}

    // Only r= and t= matter (of <row> and <c>). Copied into reused strings:
    // orcus may pass transient buffers, and a sheet has many attributes.
    void attribute(const orcus::sax::parser_attribute& attr) {
        if (attr.name == "r")
            opening_r_.assign(attr.value);
        else if (attr.name == "t")
            opening_t_.assign(attr.value);
    }

    void start_element(const orcus::sax::parser_element& element) {
        const std::string_view name = element.name;
        if (name == "row")
            open_row();
        else if (name == "c")
            open_cell();
        else if (in_cell_) {
            if (name == "v")
                in_value_ = true;
            else if (name == "f")
                has_formula_ = true;
            else if (name == "is")
                has_inline_ = true;
            else if (name == "rPh")
                in_phonetic_ = true; // phonetic guide: not part of the text
            else if (name == "t" && has_inline_ && !in_phonetic_)
                in_inline_text_ = true;
        }
        opening_r_.clear();
        opening_t_.clear();
    }

    void end_element(const orcus::sax::parser_element& element) {
        const std::string_view name = element.name;
        if (name == "c" && in_cell_)
            close_cell();
        else if (name == "v")
            in_value_ = false;
        else if (name == "rPh")
            in_phonetic_ = false;
        else if (name == "t")
            in_inline_text_ = false;
    }

    void characters(std::string_view text, bool) {
        if (in_value_)
            value_.append(text);
        else if (in_inline_text_)
            inline_text_.append(text);
    }

  private:
    void open_row() {
        std::size_t r = 0;
        const std::string& ref = opening_r_;
        const auto [end, error] = std::from_chars(ref.data(), ref.data() + ref.size(), r);
        row_ = (error == std::errc{} && r > 0) ? r - 1 : row_ + 1;
        col_ = static_cast<std::size_t>(-1); // the next cell without r= is column A
    }

    void open_cell() {
        in_cell_ = true;
        type_ = opening_t_;
        if (const auto position = parse_cell_reference(opening_r_)) {
            row_ = position->first;
            col_ = position->second;
        } else {
            ++col_;
        }
        value_.clear();
        inline_text_.clear();
        has_formula_ = has_inline_ = in_value_ = in_inline_text_ = in_phonetic_ = false;
    }

    void close_cell() {
        in_cell_ = false;
        if (!has_formula_ && !has_inline_ && value_.empty())
            return; // a styled empty cell
        budget_.spend(1);
        sheet_.filled.emplace_back(row_, col_);
        if (type_ == "e")
            add_fix(core::Cell::of_error(value_.empty() ? std::string("#VALUE!") : value_));
        else if (type_ == "b")
            add_fix(core::Cell::of_number(value_ == "1" || value_ == "true" ? 1.0 : 0.0));
        else if (type_ == "inlineStr")
            add_fix(core::Cell::of_text(inline_text_));
        else if (type_ == "str" && has_formula_ && value_.empty())
            // A formula whose saved result is the empty string (Calc writes
            // <c t="str"><f>…</f><v></v></c>): it shows nothing; orcus passes
            // no result for it at all.
            add_fix(core::Cell::empty());
    }

    void add_fix(core::Cell cell) { sheet_.fixes.push_back({row_, col_, std::move(cell)}); }

    XlsxSheetPrescan& sheet_;
    CellBudget& budget_;
    std::string opening_r_, opening_t_;
    std::size_t row_ = static_cast<std::size_t>(-1), col_ = static_cast<std::size_t>(-1);
    std::string type_, value_, inline_text_;
    bool in_cell_ = false, in_value_ = false, has_formula_ = false, has_inline_ = false;
    bool in_inline_text_ = false, in_phonetic_ = false;
};

// Part name of a worksheet target, which is relative to xl/
// ("worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"). Nothing for an
// absolute name, or one that climbs out of the package.
std::optional<std::string> worksheet_part(std::string_view target) {
    if (target.empty() || target.front() == '/')
        return std::nullopt;
    std::vector<std::string_view> segments{"xl"};
    while (!target.empty()) {
        const auto slash = target.find('/');
        const std::string_view segment = target.substr(0, slash);
        target = slash == std::string_view::npos ? std::string_view{} : target.substr(slash + 1);
        if (segment == "..") {
            if (segments.empty())
                return std::nullopt;
            segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
    }
    std::string part;
    for (const auto segment : segments)
        part.append(part.empty() ? "" : "/").append(segment);
    return part;
}

} // namespace

std::optional<CellPosition> parse_cell_reference(std::string_view ref) {
    std::size_t col = 0, letters = 0;
    while (letters < ref.size() && letters < 3 && ref[letters] >= 'A' && ref[letters] <= 'Z')
        col = col * 26 + static_cast<std::size_t>(ref[letters++] - 'A' + 1);
    std::size_t row = 0;
    const char* digits = ref.data() + letters;
    const auto [end, error] = std::from_chars(digits, ref.data() + ref.size(), row);
    if (letters == 0 || error != std::errc{} || end != ref.data() + ref.size() || row == 0)
        return std::nullopt;
    return CellPosition{row - 1, col - 1};
}

XlsxPrescan prescan_xlsx(const ZipEntryReader& zip, const ReadLimits& limits) {
    XlsxPrescan result;
    const auto workbook_xml = zip.read("xl/workbook.xml");
    const auto relations_xml = zip.read("xl/_rels/workbook.xml.rels");
    if (!workbook_xml || !relations_xml) {
        result.unsupported = "its workbook part or its relations cannot be read";
        return result;
    }
    WorkbookHandler workbook;
    parse_xml(*workbook_xml, workbook);
    RelationsHandler relations;
    parse_xml(*relations_xml, relations);

    CellBudget budget(limits.max_cells_per_workbook);
    for (const auto& sheet_ref : workbook.sheets) {
        XlsxSheetPrescan& sheet = result.sheets.emplace_back();
        sheet.name = sheet_ref.name;
        for (const auto& local : workbook.local_names)
            if (local.sheet == result.sheets.size() - 1)
                sheet.local_names.push_back(local.name);
        const RelationsHandler::Relation* relation = nullptr;
        for (const auto& candidate : relations.relations)
            if (candidate.id == sheet_ref.relation_id)
                relation = &candidate;
        if (!relation || !relation->type.ends_with(kWorksheetRelation))
            continue; // a chart sheet or a dangling reference: no cells
        if (relation->target.starts_with('/')) {
            result.unsupported = "its worksheets are referenced by absolute names (\"" +
                                 relation->target + "\"), which liborcus 0.17 reads as empty";
            return result;
        }
        const auto part = worksheet_part(relation->target);
        if (!part)
            continue; // points outside the package: orcus cannot read it either
        const auto worksheet_xml = zip.read(*part);
        if (!worksheet_xml)
            continue; // orcus will fail on it, or skip it, the same way
        WorksheetHandler handler(sheet, budget);
        parse_xml(*worksheet_xml, handler);
    }
    return result;
}

} // namespace statform::io
