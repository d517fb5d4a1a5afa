#include "io/ods_content_reader.hpp"

#include "io/odf_values.hpp"
#include "io/sheet_builder.hpp"
#include "io/workbook_source.hpp"

#include <orcus/sax_ns_parser.hpp>
#include <orcus/xml_namespace.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string>

namespace statform::io {

namespace {

constexpr std::string_view kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kCalcExtNs =
    "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

// Calc's sheet size (LibreOffice 7.4 with its default 16384 columns).
constexpr std::size_t kMaxRows = 1'048'576;
constexpr std::size_t kMaxCols = 16'384;

// The spellings Calc writes for formula errors; used to recognise an error
// in files that lack calcext:value-type="error" (older writers).
constexpr std::array<std::string_view, 8> kErrorSpellings = {
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "Err:"};

bool looks_like_error(std::string_view text) {
    return std::any_of(kErrorSpellings.begin(), kErrorSpellings.end(),
                       [&](std::string_view e) { return text.starts_with(e); });
}

bool in_ns(orcus::xmlns_id_t ns, std::string_view uri) {
    return ns && std::string_view(ns) == uri;
}

// Repeat and span counts: at least 1, and never beyond the sheet, so that a
// hostile "4294967295" costs nothing.
std::size_t parse_count(std::string_view text, std::size_t max) {
    std::size_t value = 1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || value < 1)
        return 1;
    return std::min(value, max);
}

// The attributes of the element being opened (orcus reports attributes
// before start_element). Values are copied: orcus may pass transient buffers.
struct OpeningAttributes {
    std::size_t rows_repeated = 1, columns_repeated = 1;
    std::size_t rows_spanned = 1, columns_spanned = 1;
    std::string value_type, calc_value_type, value, date_value, time_value, boolean_value;
    std::optional<std::string> string_value;
    bool has_formula = false;
    std::string table_name;
    std::size_t space_count = 1; // text:c of <text:s>

    void take(const orcus::sax_ns_parser_attribute& attr) {
        const std::string_view name = attr.name, value_text = attr.value;
        if (in_ns(attr.ns, kTableNs)) {
            if (name == "number-rows-repeated")
                rows_repeated = parse_count(value_text, kMaxRows);
            else if (name == "number-columns-repeated")
                columns_repeated = parse_count(value_text, kMaxCols);
            else if (name == "number-rows-spanned")
                rows_spanned = parse_count(value_text, kMaxRows);
            else if (name == "number-columns-spanned")
                columns_spanned = parse_count(value_text, kMaxCols);
            else if (name == "formula")
                has_formula = true;
            else if (name == "name")
                table_name = value_text;
        } else if (in_ns(attr.ns, kOfficeNs)) {
            if (name == "value-type")
                value_type = value_text;
            else if (name == "value")
                value = value_text;
            else if (name == "date-value")
                date_value = value_text;
            else if (name == "time-value")
                time_value = value_text;
            else if (name == "boolean-value")
                boolean_value = value_text;
            else if (name == "string-value")
                string_value = std::string(value_text);
        } else if (in_ns(attr.ns, kCalcExtNs) && name == "value-type") {
            calc_value_type = value_text;
        } else if (in_ns(attr.ns, kTextNs) && name == "c") {
            space_count = parse_count(value_text, 65'536);
        }
    }
};

// The cell being read: its attributes and the text of its paragraphs.
struct OpenCell {
    OpeningAttributes attributes;
    bool covered = false;
    std::size_t depth = 0;      // element depth of the cell
    std::size_t paragraphs = 0; // <text:p> seen directly inside the cell
    std::string text;           // paragraphs joined with '\n', as Calc shows them
    std::optional<std::size_t> paragraph_depth;
};

// What Calc keeps for a cell (formula cells: their saved result).
core::Cell interpret(const OpenCell& open) {
    const OpeningAttributes& a = open.attributes;
    if (a.calc_value_type == "error")
        return core::Cell::of_error(open.text.empty() ? std::string("#VALUE!") : open.text);
    std::optional<double> number;
    if (a.value_type == "float" || a.value_type == "percentage" || a.value_type == "currency")
        number = parse_odf_number(a.value);
    else if (a.value_type == "date")
        number = parse_odf_date(a.date_value);
    else if (a.value_type == "time")
        number = parse_odf_duration(a.time_value);
    else if (a.value_type == "boolean")
        number = (a.boolean_value == "true" || a.boolean_value == "1") ? 1.0 : 0.0;
    else if (a.value_type == "string") {
        if (a.has_formula && a.string_value && a.string_value->empty() &&
            looks_like_error(open.text))
            return core::Cell::of_error(open.text);
        return core::Cell::of_text(a.string_value ? *a.string_value : open.text);
    }
    if (number)
        return core::Cell::of_number(*number);
    // Calc saves a formula whose result is the empty string with no value
    // type and an empty paragraph: it shows nothing, and neither do we.
    if (a.has_formula && a.value_type.empty() && open.paragraphs > 0 && open.text.empty())
        return core::Cell::empty();
    if (a.has_formula)
        return core::Cell::of_error(std::string(kNoSavedResult));
    // No (or an unreadable) value type: Calc shows the text, so do we.
    return open.text.empty() ? core::Cell::empty() : core::Cell::of_text(open.text);
}

class ContentHandler : public orcus::sax_ns_handler {
  public:
    explicit ContentHandler(const ReadLimits& limits) : limits_(limits) {}

    void attribute(std::string_view, std::string_view) {} // XML declaration
    void attribute(const orcus::sax_ns_parser_attribute& attr) { opening_.take(attr); }

    void start_element(const orcus::sax_ns_parser_element& element) {
        ++depth_;
        OpeningAttributes attributes = std::move(opening_);
        opening_ = {};
        if (cell_) {
            open_inside_cell(element, std::move(attributes));
            return;
        }
        if (!in_ns(element.ns, kTableNs))
            return;
        if (element.name == "table") {
            sheets_.emplace_back(attributes.table_name);
            row_ = 0;
            table_depth_ = depth_;
        } else if (element.name == "named-range" && table_depth_ && !sheets_.empty()) {
            // Inside <table:table>: a name of this sheet only.
            sheets_.back().add_local_name(attributes.table_name);
        } else if (element.name == "table-row" && !sheets_.empty()) {
            row_repeat_ = attributes.rows_repeated;
            col_ = 0;
            row_cells_.clear();
            row_merges_.clear();
        } else if ((element.name == "table-cell" || element.name == "covered-table-cell") &&
                   !sheets_.empty()) {
            cell_.emplace();
            cell_->attributes = std::move(attributes);
            cell_->covered = element.name == "covered-table-cell";
            cell_->depth = depth_;
        }
    }

    void end_element(const orcus::sax_ns_parser_element& element) {
        if (cell_ && depth_ == cell_->depth)
            close_cell();
        else if (cell_)
            close_inside_cell(element);
        else if (in_ns(element.ns, kTableNs) && element.name == "table-row" && !sheets_.empty())
            close_row();
        else if (table_depth_ && depth_ == *table_depth_)
            table_depth_.reset();
        --depth_;
    }

    void characters(std::string_view text, bool /*transient*/) {
        if (cell_ && cell_->paragraph_depth)
            cell_->text.append(text);
    }

    std::vector<core::Sheet> finish() && {
        std::vector<core::Sheet> sheets;
        sheets.reserve(sheets_.size());
        for (auto& builder : sheets_) {
            std::string why;
            const std::string name = builder.name();
            auto sheet = std::move(builder).build(limits_.max_cells_per_sheet, why);
            if (!sheet)
                throw LimitExceeded(why, name);
            sheets.push_back(std::move(*sheet));
        }
        return sheets;
    }

  private:
    void open_inside_cell(const orcus::sax_ns_parser_element& element,
                          OpeningAttributes attributes) {
        OpenCell& cell = *cell_;
        if (!in_ns(element.ns, kTextNs))
            return;
        if (!cell.paragraph_depth) {
            // Only paragraphs directly in the cell: those of a comment
            // (office:annotation) or a drawing are not the cell's text.
            if ((element.name == "p" || element.name == "h") && depth_ == cell.depth + 1) {
                if (cell.paragraphs++ > 0)
                    cell.text.push_back('\n');
                cell.paragraph_depth = depth_;
            }
            return;
        }
        if (element.name == "s")
            cell.text.append(attributes.space_count, ' ');
        else if (element.name == "tab")
            cell.text.push_back('\t');
        else if (element.name == "line-break")
            cell.text.push_back('\n');
    }

    void close_inside_cell(const orcus::sax_ns_parser_element&) {
        if (cell_->paragraph_depth && *cell_->paragraph_depth == depth_)
            cell_->paragraph_depth.reset();
    }

    void close_cell() {
        const OpenCell& cell = *cell_;
        const std::size_t repeat =
            std::min(cell.attributes.columns_repeated, kMaxCols - std::min(col_, kMaxCols));
        core::Cell value = interpret(cell);
        if (!value.is_empty()) {
            spend(repeat);
            for (std::size_t i = 0; i < repeat; ++i)
                row_cells_.push_back({col_ + i, value});
        }
        const auto& a = cell.attributes;
        if (!cell.covered && (a.rows_spanned > 1 || a.columns_spanned > 1)) {
            spend(repeat);
            for (std::size_t i = 0; i < repeat; ++i)
                row_merges_.push_back({col_ + i, a.rows_spanned, a.columns_spanned});
        }
        col_ += cell.attributes.columns_repeated;
        cell_.reset();
    }

    // A row with number-rows-repeated="N" stands for N equal rows: Calc
    // writes that for runs of identical rows, so its cells are repeated too.
    void close_row() {
        SheetBuilder& sheet = sheets_.back();
        const std::size_t repeat = std::min(row_repeat_, kMaxRows - std::min(row_, kMaxRows));
        if (repeat > 0 && (!row_cells_.empty() || !row_merges_.empty())) {
            spend((row_cells_.size() + row_merges_.size()) * (repeat - 1));
            for (std::size_t r = 0; r < repeat; ++r) {
                for (const auto& [col, cell] : row_cells_)
                    sheet.set(row_ + r, col, cell);
                for (const auto& merge : row_merges_)
                    sheet.add_merge({row_ + r, merge.col, row_ + r + merge.rows - 1,
                                     merge.col + merge.cols - 1});
            }
        }
        row_ += row_repeat_;
    }

    // Every cell and merge counts against the workbook limit before it is
    // stored, so a tiny file full of repeat counts cannot blow up.
    void spend(std::size_t count) {
        if (count > limits_.max_cells_per_workbook - used_)
            throw LimitExceeded("more than " + std::to_string(limits_.max_cells_per_workbook) +
                                " non-empty cells in the workbook");
        used_ += count;
    }

    struct RowMerge {
        std::size_t col, rows, cols;
    };

    const ReadLimits& limits_;
    std::size_t used_ = 0;
    std::size_t depth_ = 0;
    std::optional<std::size_t> table_depth_; // depth of the open <table:table>, if any
    OpeningAttributes opening_;
    std::vector<SheetBuilder> sheets_;
    std::size_t row_ = 0, row_repeat_ = 1, col_ = 0;
    std::vector<std::pair<std::size_t, core::Cell>> row_cells_;
    std::vector<RowMerge> row_merges_;
    std::optional<OpenCell> cell_;
};

} // namespace

std::vector<core::Sheet> read_ods_content(std::string_view content_xml, const ReadLimits& limits) {
    orcus::xmlns_repository namespaces;
    orcus::xmlns_context context = namespaces.create_context();
    ContentHandler handler(limits);
    orcus::sax_ns_parser<ContentHandler> parser(content_xml.data(), content_xml.size(), context,
                                                handler);
    parser.parse();
    return std::move(handler).finish();
}

} // namespace statform::io
