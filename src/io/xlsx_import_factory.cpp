#include "io/xlsx_import_factory.hpp"

#include "io/workbook_source.hpp"
#include "io/xlsx_prescan.hpp"

#include <orcus/exception.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <optional>

namespace statform::io {

namespace ss = orcus::spreadsheet;
namespace iface = orcus::spreadsheet::iface;

namespace {

// Excel's (and Calc's) largest sheet.
constexpr ss::range_size_t kSheetSize{1'048'576, 16'384};

std::size_t to_index(long value) {
    return static_cast<std::size_t>(std::max(value, 0L));
}

// A formula cell's saved result, as Calc would give it.
core::Cell result_cell(const std::optional<core::Cell>& result) {
    if (!result)
        return core::Cell::of_error(std::string(kNoSavedResult));
    return *result;
}

core::Cell number_result(double value) {
    // An empty <v/> (no saved result) arrives as NaN.
    if (std::isnan(value))
        return core::Cell::of_error(std::string(kNoSavedResult));
    return core::Cell::of_number(value);
}

} // namespace

class XlsxImportFactory::SharedStrings final : public iface::import_shared_strings {
  public:
    std::vector<std::string> strings;

    std::size_t append(std::string_view s) override {
        strings.emplace_back(s);
        return strings.size() - 1;
    }
    std::size_t add(std::string_view s) override { return append(s); }
    // Rich text: the runs' text, without their formatting.
    void append_segment(std::string_view s) override { segments_.append(s); }
    std::size_t commit_segments() override {
        strings.push_back(std::move(segments_));
        segments_.clear();
        return strings.size() - 1;
    }
    void set_segment_font(std::size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                                ss::color_elem_t) override {}

  private:
    std::string segments_;
};

// Dates are read as serial numbers from Calc's default 1899-12-30; the file's
// own origin (1904 system) is not applied, exactly as numbers are kept raw.
class XlsxImportFactory::GlobalSettings final : public iface::import_global_settings {
  public:
    void set_origin_date(int, int, int) override {}
    void set_default_formula_grammar(ss::formula_grammar_t grammar) override { grammar_ = grammar; }
    ss::formula_grammar_t get_default_formula_grammar() const override { return grammar_; }
    void set_character_set(orcus::character_set_t) override {}

  private:
    ss::formula_grammar_t grammar_ = ss::formula_grammar_t::xlsx;
};

// A1-style references: cell positions (r="B6") and ranges (mergeCell, tables).
class XlsxImportFactory::ReferenceResolver final : public iface::import_reference_resolver {
  public:
    ss::src_address_t resolve_address(std::string_view address) override {
        std::string plain;
        const auto bang = address.rfind('!'); // a sheet prefix is not needed here
        for (const char c : address.substr(bang == std::string_view::npos ? 0 : bang + 1))
            if (c != '$')
                plain.push_back(c);
        const auto position = parse_cell_reference(plain);
        if (!position)
            throw orcus::invalid_arg_error("not a cell reference: " + std::string(address));
        return {0, static_cast<ss::row_t>(position->first),
                static_cast<ss::col_t>(position->second)};
    }
    ss::src_range_t resolve_range(std::string_view range) override {
        const auto colon = range.find(':');
        if (colon == std::string_view::npos) {
            const auto cell = resolve_address(range);
            return {cell, cell};
        }
        return {resolve_address(range.substr(0, colon)), resolve_address(range.substr(colon + 1))};
    }
};

class XlsxImportFactory::Sheet final : public iface::import_sheet {
  public:
    Sheet(XlsxImportFactory& factory, std::string name)
        : factory_(factory), builder_(std::move(name)), formula_(*this), array_(*this),
          properties_(*this) {}

    SheetBuilder& builder() { return builder_; }
    const std::vector<CellPosition>& filled() const { return filled_; }

    void put(ss::row_t row, ss::col_t col, core::Cell cell) {
        factory_.spend(1);
        filled_.emplace_back(to_index(row), to_index(col));
        builder_.set(to_index(row), to_index(col), std::move(cell));
    }

    iface::import_formula* get_formula() override { return &formula_; }
    iface::import_array_formula* get_array_formula() override { return &array_; }
    iface::import_sheet_properties* get_sheet_properties() override { return &properties_; }

    void set_auto(ss::row_t row, ss::col_t col, std::string_view text) override {
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc{} && end == text.data() + text.size())
            put(row, col, core::Cell::of_number(value));
        else
            put(row, col, core::Cell::of_text(std::string(text)));
    }
    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t index) override {
        const std::string* text = factory_.shared_string(index);
        if (!text) {
            factory_.fail("a cell refers to shared string " + std::to_string(index) +
                          ", which does not exist");
            return;
        }
        put(row, col, core::Cell::of_text(*text));
    }
    void set_value(ss::row_t row, ss::col_t col, double value) override {
        put(row, col, core::Cell::of_number(value));
    }
    // Calc keeps booleans as numbers (getDataArray gives 1 or 0).
    void set_bool(ss::row_t row, ss::col_t col, bool value) override {
        put(row, col, core::Cell::of_number(value ? 1.0 : 0.0));
    }
    void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int hour,
                       int minute, double second) override {
        using namespace std::chrono;
        const year_month_day date{std::chrono::year{year},
                                  std::chrono::month{static_cast<unsigned>(month)},
                                  std::chrono::day{static_cast<unsigned>(day)}};
        const auto days = (sys_days{date} - sys_days{std::chrono::year{1899} / 12 / 30}).count();
        put(row, col,
            core::Cell::of_number(static_cast<double>(days) +
                                  (hour * 3600.0 + minute * 60.0 + second) / 86400.0));
    }
    void set_format(ss::row_t, ss::col_t, std::size_t) override {}
    void set_format(ss::row_t, ss::col_t, ss::row_t, ss::col_t, std::size_t) override {}
    // Only the ODS filter uses this; refuse rather than guess.
    void fill_down_cells(ss::row_t, ss::col_t, ss::row_t) override {
        factory_.fail("fill-down records are not expected in .xlsx");
    }
    ss::range_size_t get_sheet_size() const override { return kSheetSize; }

  private:
    // One formula cell: only the saved result is kept.
    class Formula final : public iface::import_formula {
      public:
        explicit Formula(Sheet& sheet) : sheet_(sheet) {}
        void set_position(ss::row_t row, ss::col_t col) override {
            row_ = row;
            col_ = col;
            result_.reset();
        }
        void set_formula(ss::formula_grammar_t, std::string_view) override {}
        void set_shared_formula_index(std::size_t) override {}
        void set_result_string(std::string_view value) override {
            result_ = core::Cell::of_text(std::string(value));
        }
        void set_result_value(double value) override { result_ = number_result(value); }
        void set_result_bool(bool value) override {
            result_ = core::Cell::of_number(value ? 1 : 0);
        }
        void set_result_empty() override { result_ = core::Cell::of_text(""); }
        void commit() override { sheet_.put(row_, col_, result_cell(result_)); }

      private:
        Sheet& sheet_;
        ss::row_t row_ = 0;
        ss::col_t col_ = 0;
        std::optional<core::Cell> result_;
    };

    // An array formula: the results of each cell of its range. orcus 0.17
    // gives their positions relative to the range's top-left cell.
    class ArrayFormula final : public iface::import_array_formula {
      public:
        explicit ArrayFormula(Sheet& sheet) : sheet_(sheet) {}
        void set_range(const ss::range_t& range) override { origin_ = range.first; }
        void set_formula(ss::formula_grammar_t, std::string_view) override {}
        void set_result_string(ss::row_t row, ss::col_t col, std::string_view value) override {
            put(row, col, core::Cell::of_text(std::string(value)));
        }
        void set_result_value(ss::row_t row, ss::col_t col, double value) override {
            put(row, col, number_result(value));
        }
        void set_result_bool(ss::row_t row, ss::col_t col, bool value) override {
            put(row, col, core::Cell::of_number(value ? 1 : 0));
        }
        void set_result_empty(ss::row_t row, ss::col_t col) override {
            put(row, col, core::Cell::of_text(""));
        }
        void commit() override {}

      private:
        void put(ss::row_t row, ss::col_t col, core::Cell cell) {
            sheet_.put(origin_.row + row, origin_.column + col, std::move(cell));
        }
        Sheet& sheet_;
        ss::address_t origin_{0, 0};
    };

    class Properties final : public iface::import_sheet_properties {
      public:
        explicit Properties(Sheet& sheet) : sheet_(sheet) {}
        void set_column_width(ss::col_t, double, orcus::length_unit_t) override {}
        void set_column_hidden(ss::col_t, bool) override {}
        void set_row_height(ss::row_t, double, orcus::length_unit_t) override {}
        void set_row_hidden(ss::row_t, bool) override {}
        void set_merge_cell_range(const ss::range_t& range) override {
            sheet_.builder_.add_merge({to_index(range.first.row), to_index(range.first.column),
                                       to_index(range.last.row), to_index(range.last.column)});
        }

      private:
        Sheet& sheet_;
    };

    XlsxImportFactory& factory_;
    SheetBuilder builder_;
    std::vector<CellPosition> filled_;
    Formula formula_;
    ArrayFormula array_;
    Properties properties_;
};

XlsxImportFactory::XlsxImportFactory(const ReadLimits& limits)
    : limits_(limits), shared_strings_(std::make_unique<SharedStrings>()),
      global_settings_(std::make_unique<GlobalSettings>()),
      resolver_(std::make_unique<ReferenceResolver>()) {}

XlsxImportFactory::~XlsxImportFactory() = default;

std::size_t XlsxImportFactory::sheet_count() const {
    return sheets_.size();
}

const std::string& XlsxImportFactory::sheet_name(std::size_t index) const {
    return sheets_.at(index)->builder().name();
}

std::vector<CellPosition> XlsxImportFactory::filled_positions(std::size_t index) const {
    auto positions = sheets_.at(index)->filled();
    std::sort(positions.begin(), positions.end());
    return positions;
}

std::vector<SheetBuilder> XlsxImportFactory::take_sheets() {
    std::vector<SheetBuilder> builders;
    for (auto& sheet : sheets_)
        builders.push_back(std::move(sheet->builder()));
    sheets_.clear();
    return builders;
}

iface::import_global_settings* XlsxImportFactory::get_global_settings() {
    return global_settings_.get();
}

iface::import_shared_strings* XlsxImportFactory::get_shared_strings() {
    return shared_strings_.get();
}

iface::import_reference_resolver*
XlsxImportFactory::get_reference_resolver(ss::formula_ref_context_t) {
    return resolver_.get();
}

iface::import_sheet* XlsxImportFactory::append_sheet(ss::sheet_t, std::string_view name) {
    sheets_.push_back(std::make_unique<Sheet>(*this, std::string(name)));
    return sheets_.back().get();
}

iface::import_sheet* XlsxImportFactory::get_sheet(std::string_view name) {
    for (auto& sheet : sheets_)
        if (sheet->builder().name() == name)
            return sheet.get();
    return nullptr;
}

iface::import_sheet* XlsxImportFactory::get_sheet(ss::sheet_t index) {
    if (index < 0 || static_cast<std::size_t>(index) >= sheets_.size())
        return nullptr;
    return sheets_[static_cast<std::size_t>(index)].get();
}

void XlsxImportFactory::spend(std::size_t cells) {
    if (cells > limits_.max_cells_per_workbook - std::min(used_, limits_.max_cells_per_workbook)) {
        if (limit_error_.empty())
            limit_error_ = "more than " + std::to_string(limits_.max_cells_per_workbook) +
                           " non-empty cells in the workbook";
        throw LimitExceeded(limit_error_);
    }
    used_ += cells;
}

void XlsxImportFactory::fail(std::string message) {
    if (data_error_.empty())
        data_error_ = message;
    throw std::runtime_error(message);
}

const std::string* XlsxImportFactory::shared_string(std::size_t index) const {
    if (index >= shared_strings_->strings.size())
        return nullptr;
    return &shared_strings_->strings[index];
}

} // namespace statform::io
