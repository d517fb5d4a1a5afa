#include "core/merge/unit_name.hpp"

#include "core/values/label_fold.hpp"

#include <algorithm>
#include <array>
#include <filesystem>

namespace statform::core {
namespace {

// Title block lines that are not the unit's name (normalised, as prefixes).
constexpr std::array not_a_unit_name{"cong hoa xa hoi chu nghia viet nam",
                                     "doc lap",
                                     "phu luc",
                                     "mau tong hop",
                                     "kem theo",
                                     "(kem theo",
                                     "bao cao",
                                     "so:",
                                     "ten don vi",
                                     "v/v",
                                     "ke hoach",
                                     "tt",
                                     "stt"};

bool is_title_block_line(const std::string& normalised) {
    for (const char* prefix : not_a_unit_name)
        if (normalised.rfind(prefix, 0) == 0)
            return true;
    // The date line: "Tuần Giáo, ngày 10 tháng 10 năm 2023".
    return normalised.find("ngay") != std::string::npos &&
           normalised.find("thang") != std::string::npos;
}

// Kinds of unit, each with the ways its name is written (normalised words).
struct UnitKind {
    const char* id;
    std::vector<std::vector<std::string>> spellings;
};
const std::vector<UnitKind>& unit_kinds() {
    static const std::vector<UnitKind> kinds{
        {"mam-non", {{"mam", "non"}, {"mn"}}},
        {"th-thcs",
         {{"th&thcs"}, {"th", "&", "thcs"}, {"tieu", "hoc", "va", "trung", "hoc", "co", "so"}}},
        {"tieu-hoc", {{"tieu", "hoc"}, {"th"}}},
        {"thcs", {{"thcs"}, {"trung", "hoc", "co", "so"}}},
        {"thpt", {{"thpt"}, {"trung", "hoc", "pho", "thong"}}},
        {"tthtcd", {{"tthtcd"}, {"trung", "tam", "hoc", "tap", "cong", "dong"}}},
        {"gdnn-gdtx", {{"gdnn-gdtx"}, {"gdnn"}, {"gdtx"}}},
        {"phong-gddt", {{"phong", "gd&dt"}, {"phong", "giao", "duc"}, {"pgd&dt"}, {"pgd"}}},
    };
    return kinds;
}

// Words that say what kind of unit, not which one.
bool is_generic_word(const std::string& word) {
    static const std::vector<std::string> generic{
        "truong", "mam",  "non",     "mn",        "tieu",  "hoc",   "th",     "thcs",
        "trung",  "co",   "so",      "thpt",      "pho",   "thong", "tam",    "tap",
        "cong",   "dong", "tthtcd",  "gdnn-gdtx", "gdnn",  "gdtx",  "ptdtbt", "ptdtnt",
        "&",      "va",   "th&thcs", "xa",        "huyen", "phong", "gd&dt",  "-"};
    return std::find(generic.begin(), generic.end(), word) != generic.end();
}

std::vector<std::string> words_of(const std::string& text) {
    std::string normalised = normalize_label(text);
    for (char& c : normalised)
        if (c == '_' || c == '.' || c == ',' || c == '(' || c == ')')
            c = ' ';
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < normalised.size()) {
        const std::size_t end = std::min(normalised.find(' ', start), normalised.size());
        if (end > start)
            words.push_back(normalised.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

bool contains_run(const std::vector<std::string>& words, const std::vector<std::string>& run) {
    return std::search(words.begin(), words.end(), run.begin(), run.end()) != words.end();
}

// The first kind the words name (checked most specific first); empty if none.
std::string kind_of(const std::vector<std::string>& words) {
    for (const auto& kind : unit_kinds())
        for (const auto& spelling : kind.spellings)
            if (contains_run(words, spelling))
                return kind.id;
    return {};
}

bool fits(const std::vector<std::string>& name, const std::vector<std::string>& expected) {
    bool any_distinctive = false;
    for (const auto& word : expected) {
        if (is_generic_word(word) || std::all_of(word.begin(), word.end(), ::isdigit))
            continue;
        any_distinctive = true;
        if (std::find(name.begin(), name.end(), word) == name.end())
            return false;
    }
    if (!any_distinctive)
        return false;
    // A name that does not say what kind of unit it is cannot be told apart
    // from its neighbours ("Quài Tở" has a primary and a lower secondary school).
    return kind_of(name) == kind_of(expected);
}

} // namespace

std::optional<std::string> match_expected_unit(const std::string& name,
                                               const std::vector<std::string>& expected) {
    const auto name_words = words_of(name);
    // An exact match (once normalised) wins outright.
    for (const auto& unit : expected)
        if (normalize_label(unit) == normalize_label(name))
            return unit;
    std::optional<std::string> found;
    for (const auto& unit : expected)
        if (fits(name_words, words_of(unit))) {
            if (found)
                return std::nullopt; // two candidates: do not guess
            found = unit;
        }
    return found;
}

// The body a unit belongs to, printed above the unit's own name on
// administrative forms ("PHÒNG GD&ĐT HUYỆN TUẦN GIÁO" / "TRƯỜNG THCS QUÀI TỞ").
bool is_superior_line(const std::string& normalised) {
    for (const char* prefix :
         {"phong gd", "phong giao duc", "so gd", "so giao duc", "ubnd", "uy ban nhan dan"})
        if (normalised.rfind(prefix, 0) == 0)
            return true;
    return false;
}

std::optional<std::string> unit_name_in_sheet(const Grid& sheet, std::size_t table_first_row) {
    // Only the first columns of the title block: the right half holds the
    // national heading and the date line.
    const std::size_t cols = std::min<std::size_t>(sheet.cols(), 3);
    std::optional<std::string> superior;
    for (std::size_t row = 0; row < std::min(table_first_row, sheet.rows()); ++row)
        for (std::size_t col = 0; col < cols; ++col) {
            const Cell& cell = sheet.at(row, col);
            if (cell.kind != CellKind::Text)
                continue;
            const std::string normalised = normalize_label(cell.text);
            if (normalised.size() < 4 || is_title_block_line(normalised))
                continue;
            if (!superior && is_superior_line(normalised)) {
                superior = cell.text; // the unit's own name may follow
                continue;
            }
            std::string name = cell.text; // one line, as a name in a list
            for (char& c : name)
                if (c == '\n' || c == '\r')
                    c = ' ';
            return name;
        }
    return superior; // the education office itself reports: its name is all there is
}

namespace {

// "BC_TH_Quai_Nua.xlsx" -> "BC TH Quai Nua".
std::string unit_name_from_file(const std::filesystem::path& file) {
    std::string stem = file.stem().string();
    for (char& c : stem)
        if (c == '_')
            c = ' ';
    return stem;
}

} // namespace

std::string find_unit_name(const Grid& sheet, std::size_t table_first_row,
                           const std::string& file_name) {
    if (auto name = unit_name_in_sheet(sheet, table_first_row))
        return *name;
    return unit_name_from_file(file_name);
}

ReportUnit unit_of_report(const Grid& sheet, std::size_t table_first_row,
                          const std::filesystem::path& file,
                          const std::vector<std::string>& expected) {
    ReportUnit unit;
    const auto in_sheet = unit_name_in_sheet(sheet, table_first_row);
    unit.named_in_sheet = in_sheet.has_value();
    unit.name = in_sheet ? *in_sheet : unit_name_from_file(file);
    if (const auto listed = match_expected_unit(unit.name, expected))
        unit.name = *listed;
    else if (const auto by_file = match_expected_unit(file.stem().string(), expected))
        unit.name = *by_file;
    return unit;
}

} // namespace statform::core
