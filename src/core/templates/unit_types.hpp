// The unit-type catalogue (extension/templates/unit-types.json): every unit
// the official forms print in their "Đơn vị" column ("Lớp/người", "Số cuộc",
// "đồng", ...), which quantity columns it fills, every spelling seen for it,
// and the plausibility thresholds that validation rules read as data.
#pragma once

#include "core/templates/load_problem.hpp"
#include "core/templates/template_model.hpp"

#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core {

// Plausibility limits, read from the "thresholds" object of unit-types.json.
// The six named ones are required there; `values` holds every entry of the
// object (the six included), so a new rule can add a threshold to the file
// without a change to this struct.
struct Thresholds {
    double max_people_per_class = 0; // "Người" / "Số lớp" on a Lớp/người row
    double max_people_per_event = 0; // "Người" / "Số cuộc" on a Số cuộc/người row
    double min_money_value = 0;      // a non-zero đồng value below this is suspicious
    double max_districts_per_province = 0;      // "Số huyện ..." rows
    double max_communes_per_district = 0;       // "Số xã ..." rows
    double max_year_on_year_change_percent = 0; // same row, this year vs last year
    std::map<std::string, double, std::less<>> values;

    std::optional<double> get(std::string_view name) const {
        const auto found = values.find(name);
        return found == values.end() ? std::nullopt : std::optional<double>(found->second);
    }
};

// The thresholds every validation rule may rely on being present, in the
// order a person is shown them.
extern const std::array<std::string_view, 6> kRequiredThresholds;

class UnitTypeCatalog {
  public:
    UnitTypeCatalog() = default; // empty: knows no unit type

    // Parses the text of a unit-types.json. Problems are appended (with
    // `file_name` and a JSON path); nullopt when the file must be rejected.
    static std::optional<UnitTypeCatalog> parse(std::string_view json_text,
                                                const std::string& file_name,
                                                std::vector<LoadProblem>& problems);
    static std::optional<UnitTypeCatalog> load(const std::filesystem::path& file,
                                               std::vector<LoadProblem>& problems);

    // A later folder's unit-types.json (the user's) on top of this one: its
    // thresholds replace these, a unit type with a new id is added, and one
    // with a known id replaces it while keeping every spelling known before
    // (so a user's copy of an older shipped file loses nothing). A spelling
    // that moves to another unit type is reported as a warning.
    void add_later(const UnitTypeCatalog& later, const std::string& later_file,
                   std::vector<LoadProblem>& problems);

    const UnitType* find_by_id(std::string_view id) const;
    // The unit type printed as `printed`, ignoring case, NFC/decomposed form,
    // runs of spaces and spaces around "/" (see text::unit_spelling_key).
    // A unit typed without Vietnamese diacritics ("Lop/nguoi", "dong") is
    // the unit type one of whose spellings reads the same once folded, when
    // exactly one does.
    const UnitType* find_by_spelling(std::string_view printed) const;
    const std::vector<UnitType>& all() const { return unit_types_; }
    const Thresholds& thresholds() const { return thresholds_; }
    bool empty() const { return unit_types_.empty(); }

  private:
    std::vector<UnitType> unit_types_;
    std::map<std::string, std::size_t, std::less<>> index_by_spelling_key_;
    Thresholds thresholds_;
};

// "count" / "people" / "money", as written in unit-types.json.
std::string_view quantity_kind_name(QuantityKind kind);

} // namespace statform::core
