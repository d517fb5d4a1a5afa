#include "core/locate/locator_header.hpp"

#include "core/locate/label_index.hpp"
#include "core/values/label_fold.hpp"
#include "core/values/text_memo.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace statform::core::locator {
namespace {

struct RolePhrases {
    HeaderRole role;
    std::vector<std::string_view> phrases; // normalize_label() form
};

// Header texts seen in the forms and their usual variants.
const std::vector<RolePhrases>& role_phrases() {
    static const std::vector<RolePhrases> table = {
        {HeaderRole::Code, {"tt", "stt", "so tt", "so thu tu", "ma so", "ma"}},
        {HeaderRole::Label,
         {"noi dung cac hoat dong", "cac hoat dong", "noi dung", "noi dung hoat dong", "hoat dong",
          "ten hoat dong", "chi tieu", "ten chi tieu", "noi dung chi tieu", "cac chi tieu"}},
        {HeaderRole::Unit, {"don vi", "don vi tinh", "dvt", "dv tinh", "dv"}},
        {HeaderRole::Quantity, {"so luong", "ket qua", "so lieu", "ket qua thuc hien"}},
        {HeaderRole::Count,
         {"so lop/so cuoc thi", "so lop/cuoc thi", "so lop, so cuoc thi", "so lop/so cuoc",
          "so lop", "so cuoc thi", "so lop/so cuoc thi/so tin bai"}},
        {HeaderRole::People,
         {"nguoi", "so nguoi", "luot nguoi", "so luot nguoi", "so nguoi tham gia",
          "nguoi tham gia"}},
        {HeaderRole::Note, {"ghi chu"}},
    };
    return table;
}

constexpr std::size_t kMaxHeaderTextLength = 40;
constexpr std::size_t kMaxHeaderRows = 3;
constexpr double kHeaderSimilarity = 0.85;

// `part` occurs in `phrase` as whole words: "cuoc thi" in "so lop/so cuoc thi".
bool is_word_part_of(std::string_view part, std::string_view phrase) {
    const auto is_boundary = [&](std::size_t pos) {
        return pos == 0 || pos >= phrase.size() || phrase[pos] == ' ' || phrase[pos] == '/' ||
               phrase[pos] == ',' || phrase[pos - 1] == '/' || phrase[pos - 1] == ' ';
    };
    for (std::size_t pos = phrase.find(part); pos != std::string_view::npos;
         pos = phrase.find(part, pos + 1))
        if (is_boundary(pos) && is_boundary(pos + part.size()))
            return true;
    return false;
}

// A piece of a header text broken over two cells ("Số lớp/số" above "cuộc thi").
bool is_header_fragment(std::string_view normalized) {
    if (normalized.empty() || normalized.size() > kMaxHeaderTextLength)
        return false;
    for (const auto& entry : role_phrases())
        for (auto phrase : entry.phrases)
            if (phrase.size() > normalized.size() && is_word_part_of(normalized, phrase))
                return true;
    return false;
}

bool is_column_number_text(std::string_view n) {
    if (n.size() >= 2 && n.front() == '(' && n.back() == ')')
        n = n.substr(1, n.size() - 2);
    return !n.empty() && n.size() <= 2 && std::all_of(n.begin(), n.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
    });
}

enum class CellClass { Blank, Role, Fragment, ColumnNumber, Foreign };

CellClass classify_cell(const SheetText& sheet, std::size_t r, std::size_t c) {
    if (sheet.is_blank(r, c))
        return CellClass::Blank;
    const Cell& cell = sheet.grid().at(r, c);
    if (cell.kind == CellKind::Number)
        return cell.number >= 0 && cell.number <= 30 ? CellClass::ColumnNumber : CellClass::Foreign;
    const std::string& n = sheet.norm(r, c);
    if (classify_header_text(n) != HeaderRole::None)
        return CellClass::Role;
    if (is_header_fragment(n))
        return CellClass::Fragment;
    if (is_column_number_text(n))
        return CellClass::ColumnNumber;
    return CellClass::Foreign;
}

struct RowClass {
    bool header_like = false;
    std::size_t roles = 0;
};

// A header row holds only header texts, fragments and column numbers; one
// stray text is tolerated next to at least two header texts.
RowClass classify_row(const SheetText& sheet, std::size_t r) {
    std::size_t roles = 0, fragments = 0, foreign = 0;
    for (std::size_t c = 0; c < sheet.cols(); ++c) {
        switch (classify_cell(sheet, r, c)) {
        case CellClass::Role:
            ++roles;
            break;
        case CellClass::Fragment:
            ++fragments;
            break;
        case CellClass::Foreign:
            ++foreign;
            break;
        default:
            break;
        }
    }
    const bool header_like =
        roles + fragments >= 1 && (foreign == 0 || (roles >= 2 && foreign <= 1));
    return {header_like, roles};
}

// The first column announcing `role` anywhere in the band, reading each cell
// alone and the column's cells joined top to bottom.
struct BandRoles {
    std::vector<std::vector<HeaderRole>> per_column;

    std::optional<std::size_t> first(HeaderRole role) const {
        for (std::size_t c = 0; c < per_column.size(); ++c)
            if (std::find(per_column[c].begin(), per_column[c].end(), role) != per_column[c].end())
                return c;
        return std::nullopt;
    }
    bool column_has_role(std::size_t c) const {
        return c < per_column.size() && !per_column[c].empty();
    }
};

BandRoles read_band(const SheetText& sheet, std::size_t first_row, std::size_t last_row) {
    BandRoles band;
    band.per_column.resize(sheet.cols());
    for (std::size_t c = 0; c < sheet.cols(); ++c) {
        std::string joined;
        auto& roles = band.per_column[c];
        for (std::size_t r = first_row; r <= last_row; ++r) {
            const std::string& n = sheet.norm(r, c);
            if (n.empty())
                continue;
            if (const HeaderRole role = classify_header_text(n); role != HeaderRole::None)
                roles.push_back(role);
            joined += joined.empty() ? n : " " + n;
        }
        if (const HeaderRole role = classify_header_text(normalize_label(joined));
            role != HeaderRole::None)
            roles.push_back(role);
    }
    return band;
}

// The merged area starting at (row, col), if any.
std::optional<MergedRange> merge_at(const Grid& grid, std::size_t row, std::size_t col) {
    for (const MergedRange& m : grid.merged)
        if (m.first_row == row && m.first_col == col)
            return m;
    return std::nullopt;
}

Header resolve(const SheetText& sheet, std::size_t first_row, std::size_t last_row) {
    const BandRoles band = read_band(sheet, first_row, last_row);
    Header header;
    header.first_row = first_row;
    header.last_row = last_row;
    header.code = band.first(HeaderRole::Code);
    header.label = band.first(HeaderRole::Label);
    header.unit = band.first(HeaderRole::Unit);
    header.count = band.first(HeaderRole::Count);
    header.people = band.first(HeaderRole::People);
    header.note = band.first(HeaderRole::Note);

    // "Số lượng" without (recognised) sub-headers: it spans the count and
    // people columns, in that order.
    if (const auto quantity = band.first(HeaderRole::Quantity); quantity) {
        std::size_t quantity_row = first_row;
        for (std::size_t r = first_row; r <= last_row; ++r)
            if (classify_header_text(sheet.norm(r, *quantity)) == HeaderRole::Quantity)
                quantity_row = r;
        const auto merge = merge_at(sheet.grid(), quantity_row, *quantity);
        const bool spans_two = merge && merge->last_col > merge->first_col;
        if (!header.count) {
            header.count = quantity;
            header.quantity_guessed = true;
        }
        if (!header.people && *header.count + 1 < sheet.cols() &&
            (spans_two || !band.column_has_role(*header.count + 1))) {
            header.people = *header.count + 1;
            header.quantity_guessed = true;
        }
    }
    // "Nội dung" merged over two columns: sub-items are often typed one
    // column to the right.
    if (header.label) {
        for (std::size_t r = first_row; r <= last_row; ++r) {
            if (const auto merge = merge_at(sheet.grid(), r, *header.label)) {
                header.label_width = merge->last_col - merge->first_col + 1;
                break;
            }
        }
    }
    for (const auto role :
         {HeaderRole::Code, HeaderRole::Label, HeaderRole::Unit, HeaderRole::Quantity,
          HeaderRole::Count, HeaderRole::People, HeaderRole::Note})
        header.explicit_roles += band.first(role) ? 1 : 0;

    for (const auto& column :
         {header.code, header.label, header.unit, header.count, header.people, header.note})
        header.roles_found += column ? 1 : 0;
    return header;
}

bool is_acceptable(const Header& header) {
    return header.roles_found >= 2 && (header.label || header.count || header.people);
}

// The phrases typos are looked for in (6 letters or more), in table order,
// indexed once: every text cell of a sheet is compared with them.
struct FuzzyPhrases {
    std::vector<HeaderRole> roles;
    std::vector<std::size_t> ids;
    LabelIndex index;
};

FuzzyPhrases make_fuzzy_phrases() {
    std::vector<HeaderRole> roles;
    std::vector<std::string> phrases;
    for (const auto& entry : role_phrases())
        for (auto phrase : entry.phrases)
            if (phrase.size() >= 6) {
                roles.push_back(entry.role);
                phrases.emplace_back(phrase);
            }
    FuzzyPhrases fuzzy{std::move(roles), {}, LabelIndex(phrases)};
    for (const std::string& phrase : phrases)
        fuzzy.ids.push_back(fuzzy.index.id_of(phrase));
    return fuzzy;
}

const FuzzyPhrases& fuzzy_phrases() {
    static const FuzzyPhrases fuzzy = make_fuzzy_phrases();
    return fuzzy;
}

HeaderRole classify_header_text_uncached(std::string_view normalized) {
    if (normalized.empty() || normalized.size() > kMaxHeaderTextLength)
        return HeaderRole::None;
    for (const auto& entry : role_phrases())
        for (auto phrase : entry.phrases)
            if (normalized == phrase)
                return entry.role;
    // "Số lượng" merged with the sub-header below it: "so luong nguoi".
    if (normalized.starts_with("so luong ")) {
        const HeaderRole rest = classify_header_text(normalized.substr(9));
        if (rest == HeaderRole::Count || rest == HeaderRole::People)
            return rest;
    }
    if (normalized.starts_with("so lop"))
        return HeaderRole::Count; // "Số lớp/số cuộc thi/số tin bài" and other variants
    // Typos in the longer phrases ("Noi dung cac hoat đong", "Ghi chu:").
    // Every cell of the sheet comes through here: test the threshold cheaply
    // and compute exact scores only for the phrases that pass it.
    HeaderRole best = HeaderRole::None;
    double best_score = 0.0;
    if (normalized.size() >= 5) {
        const FuzzyPhrases& fuzzy = fuzzy_phrases();
        // 0 for a phrase below the threshold, which never beats best_score.
        const std::vector<double> scores =
            fuzzy.index.similarities(normalized, fuzzy.ids, kHeaderSimilarity);
        for (std::size_t k = 0; k < scores.size(); ++k) {
            if (scores[k] > best_score) {
                best_score = scores[k];
                best = fuzzy.roles[k];
            }
        }
    }
    return best;
}

} // namespace

HeaderRole classify_header_text(std::string_view normalized) {
    // Every cell of the sheet comes through here, and the same texts come
    // back in every report of a merge.
    thread_local TextMemo<HeaderRole> remembered(4096);
    return remembered.get(normalized, classify_header_text_uncached);
}

std::optional<Header> find_header(const SheetText& sheet) {
    std::optional<Header> best;
    std::vector<RowClass> rows(sheet.rows());
    for (std::size_t r = 0; r < sheet.rows(); ++r)
        rows[r] = classify_row(sheet, r);

    for (std::size_t start = 0; start < sheet.rows(); ++start) {
        if (!rows[start].header_like || rows[start].roles == 0)
            continue;
        for (std::size_t end = start; end < std::min(sheet.rows(), start + kMaxHeaderRows); ++end) {
            if (!rows[end].header_like)
                break;
            Header candidate = resolve(sheet, start, end);
            // Strictly better only: on a tie the earlier, shorter band wins,
            // so a data row is never swallowed into the header; a sub-header
            // row naming "Số lớp/số cuộc thi" and "Người" adds explicit roles.
            const auto rank = [](const Header& h) {
                return std::pair{h.roles_found, h.explicit_roles};
            };
            if (is_acceptable(candidate) && (!best || rank(candidate) > rank(*best)))
                best = candidate;
        }
    }
    return best;
}

} // namespace statform::core::locator
