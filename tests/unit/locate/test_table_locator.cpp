// Table locator on hand-made layouts: the official table moved, reshaped and
// retyped the ways units do it, plus sheets without any table.
#include "core/locate/table_locator.hpp"

#include "core/templates/form_layout.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/label_fold.hpp"
#include "test_data.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

using namespace statform::core;

namespace {

// ---------------------------------------------------------------------------
// Editions built in code, from the seeds: a 2023-style one (codes 1.1 …) and
// a 2022-style one (no sub-codes, "Tổng số người tham gia", other rows).

struct Spec {
    std::string code, label, unit, key, parent;
};

Edition make_edition(std::string id, int year, const std::vector<Spec>& specs) {
    Edition edition;
    edition.id = std::move(id);
    edition.year = year;
    for (const Spec& s : specs) {
        TemplateRow row;
        row.code = s.code;
        row.label = s.label;
        row.unit_text = s.unit;
        row.key = s.key;
        row.parent_key = s.parent;
        edition.rows.push_back(row);
    }
    for (TemplateRow& row : edition.rows)
        for (const TemplateRow& other : edition.rows)
            if (other.parent_key == row.key)
                row.is_group = true;
    return edition;
}

const Edition& edition_2023() {
    static const Edition edition = make_edition(
        "test-2023", 2023,
        {
            {"1", "Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ", "Lớp", "classes", ""},
            {"1.1",
             "Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công chức, viên chức "
             "(các cấp)",
             "Lớp/người", "classes.professional", "classes"},
            {"1.2",
             "Bồi dưỡng nâng cao trình độ ngoại ngữ cho cán bộ, công chức, viên chức (các cấp)",
             "Lớp/người", "classes.language", "classes"},
            {"1.3",
             "Bồi dưỡng nâng cao trình độ tin học cho cán bộ, công chức, viên chức (các cấp)",
             "Lớp/người", "classes.it", "classes"},
            {"1.4", "Bồi dưỡng nâng cao tay nghề cho công nhân lao động", "Lớp/người",
             "classes.workers", "classes"},
            {"", "Học nghề cho lao động nông thôn", "Lớp/người", "classes.rural", "classes"},
            {"1.6", "Giáo dục kỹ năng sống cho học sinh", "Lớp/người", "classes.life_skills",
             "classes"},
            {"1.8", "Bồi dưỡng thường xuyên cho giáo viên", "Lớp/người", "classes.teachers",
             "classes"},
            {"1.10", "Phổ cập giáo dục THCS", "Lớp/người", "classes.lower_secondary", "classes"},
            {"1.11", "Xóa mù chữ, giáo dục tiếp tục sau khi biết chữ", "Lớp/người",
             "classes.literacy", "classes"},
            {"1.12", "Các lớp bồi dưỡng, tập huấn khác", "Lớp/người", "classes.other", "classes"},
            {"2", "Số tin bài về các hoạt động của Tuần lễ", "Tin, bài/cuộc", "news", ""},
            {"3", "Ấn phẩm, thông tin (tờ rơi, áp phích, băng zôn, khẩu hiệu)", "Quyển/tờ",
             "publications", ""},
            {"4",
             "Phát động các phong trào và tổ chức quyên góp sách giúp xây dựng tủ sách lớp học, "
             "xây dựng thư viện trường học",
             "", "books", ""},
            {"4.1", "Số tập thể tặng sách", "Tập thể", "books.collectives", "books"},
            {"4.2", "Số cá nhân tặng sách", "Cá nhân", "books.individuals", "books"},
            {"4.3", "Số sách đã tặng cho các trường học, thư viện", "Quyển", "books.books",
             "books"},
            {"5",
             "Tổ chức các cuộc thi, các buổi tọa đàm về khuyến đọc, khuyến học và xây dựng xã "
             "hội học tập",
             "Số cuộc", "contests", ""},
            {"5.1", "Hội sách, đường sách, phố sách", "Số cuộc", "contests.fairs", "contests"},
            {"5.2", "Trưng bày, triển lãm sách báo, tư liệu", "Số cuộc", "contests.exhibitions",
             "contests"},
            {"6", "Tổ chức hoạt động văn nghệ, thể thao, thăm quan, sinh hoạt chuyên đề",
             "Số cuộc/người", "activities", ""},
            {"6.1", "Hoạt động thể dục thể thao", "Số cuộc/người", "activities.sports",
             "activities"},
            {"6.2", "Hoạt động văn nghệ", "Số cuộc/người", "activities.arts", "activities"},
            {"6.3", "Thăm quan, học tập tại bảo tàng, di tích lịch sử", "Số cuộc/người",
             "activities.museums", "activities"},
            {"9", "Khen thưởng về tổ chức Tuần lễ", "", "awards", ""},
            {"9.1", "Tập thể", "Đơn vị", "awards.collectives", "awards"},
            {"9.2", "Cá nhân", "Người", "awards.individuals", "awards"},
            {"10", "Kinh phí", "", "funding", ""},
            {"10.1", "Ngân sách nhà nước", "đồng", "funding.state", "funding"},
            {"10.2", "Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác (nếu có)", "đồng",
             "funding.other", "funding"},
        });
    return edition;
}

const Edition& edition_2022() {
    static const Edition edition = make_edition(
        "test-2022", 2022,
        {
            {"1", "Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ", "", "classes", ""},
            {"", "Tổng số người tham gia, trong đó:", "", "classes.total", "classes"},
            {"",
             "Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công chức, viên chức "
             "(các cấp)",
             "lớp/người", "classes.professional", "classes"},
            {"", "Bồi dưỡng nâng cao trình độ ngoại ngữ cho cán bộ, công chức, viên chức (các cấp)",
             "lớp/người", "classes.language", "classes"},
            {"", "Bồi dưỡng nâng cao trình độ tin học cho cán bộ, công chức, viên chức (các cấp)",
             "lớp/người", "classes.it", "classes"},
            {"", "Bồi dưỡng nâng cao tay nghề cho công nhân lao động", "lớp/người",
             "classes.workers", "classes"},
            {"", "Học nghề cho lao động nông thôn", "lớp/người", "classes.rural", "classes"},
            {"", "Giáo dục kỹ năng sống cho học sinh", "lớp/người", "classes.life_skills",
             "classes"},
            {"", "Bồi dưỡng thường xuyên cho giáo viên", "lớp/người", "classes.teachers",
             "classes"},
            {"", "Phổ cập giáo dục tiểu học", "lớp/người", "classes.primary", "classes"},
            {"", "Phổ cập giáo dục THCS", "lớp/người", "classes.lower_secondary", "classes"},
            {"", "Xóa mù chữ", "lớp/người", "classes.literacy", "classes"},
            {"", "Các lớp bồi dưỡng, tập huấn khác", "lớp/người", "classes.other", "classes"},
            {"2", "Số tin, bài về các hoạt động của Tuần lễ", "tin, bài", "news", ""},
            {"3", "Ấn phẩm thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu)", "quyển/tờ",
             "publications", ""},
            {"4",
             "Phát động phong trào và tổ chức tuyên góp sách giúp xây dựng tủ sách lớp học, xây "
             "dựng thư viện trường học",
             "", "books", ""},
            {"", "Số tập thể tặng sách", "tập thể", "books.collectives", "books"},
            {"", "Số cá nhân tặng sách", "cá nhân", "books.individuals", "books"},
            {"", "Số sách đã huy động tặng các trường học, thư viện", "quyển", "books.books",
             "books"},
            {"5",
             "Tổ chức các thi, các buổi tọa đàm về khuyến đọc, khuyến học và xây dựng xã hội học "
             "tập",
             "", "contests", ""},
            {"", "Hội sách, đường sách, phố sách", "số cuộc", "contests.fairs", "contests"},
            {"", "Trung bày, triển lãm sách báo, tư liệu", "số cuộc", "contests.exhibitions",
             "contests"},
            {"", "Các cuộc thi khác", "số cuộc/người", "contests.other", "contests"},
            {"6", "Tổ chức hoạt động văn nghệ, thể thao, tham quan, sinh hoạt chuyên đề", "",
             "activities", ""},
            {"", "Hoạt động thể dục thể thao", "số cuộc/người", "activities.sports", "activities"},
            {"", "Hoạt động văn nghệ", "số cuộc/người", "activities.arts", "activities"},
            {"", "Tham quan, học tập tại bảo tàng, di tích lịch sử", "số cuộc/người",
             "activities.museums", "activities"},
            {"9", "Khen thưởng về tổ chức Tuần lễ", "", "awards", ""},
            {"", "Tập thể", "đơn vị", "awards.collectives", "awards"},
            {"", "Cá nhân", "người", "awards.individuals", "awards"},
            {"10", "Kinh phí", "", "funding", ""},
            {"", "Ngân sách nhà nước", "đồng", "funding.state", "funding"},
            {"", "Kinh phí hỗ trợ, huy động từ các nguồn lợi pháp khác (nếu có)", "đồng",
             "funding.other", "funding"},
        });
    return edition;
}

// Awards at two levels: "Tập thể" and "Cá nhân" appear twice, without codes.
const Edition& edition_with_repeated_labels() {
    static const Edition edition = make_edition(
        "test-repeated", 2024,
        {
            {"1", "Số tin bài về các hoạt động của Tuần lễ", "Tin, bài", "news", ""},
            {"2", "Khen thưởng cấp tỉnh", "", "province_awards", ""},
            {"", "Tập thể", "Đơn vị", "province_awards.collectives", "province_awards"},
            {"", "Cá nhân", "Người", "province_awards.individuals", "province_awards"},
            {"3", "Khen thưởng cấp huyện", "", "district_awards", ""},
            {"", "Tập thể", "Đơn vị", "district_awards.collectives", "district_awards"},
            {"", "Cá nhân", "Người", "district_awards.individuals", "district_awards"},
            {"4", "Kinh phí", "đồng", "funding", ""},
        });
    return edition;
}

std::vector<Edition> both_editions() {
    return {edition_2022(), edition_2023()};
}

// ---------------------------------------------------------------------------
// Writing a table into a grid the way a unit might.

enum class HeaderStyle { OneRow, TwoRowsMerged, SplitOverRows, None };

struct Layout {
    std::size_t top = 0, left = 0;
    HeaderStyle header = HeaderStyle::TwoRowsMerged;
    bool codes = true;
    bool values = true;                                    // numbers in count/people of leaf rows
    std::vector<std::string> title;                        // lines above the header, one per row
    std::set<std::size_t> deleted;                         // template rows the unit removed
    std::set<std::size_t> blank_after;                     // a blank row after these template rows
    std::map<std::size_t, std::string> relabel;            // template row -> text typed instead
    std::function<std::string(const std::string&)> retype; // applied to every label
    std::vector<std::string> extra_rows_after_end;         // rows the unit appended
};

struct Built {
    Grid grid;
    std::map<std::size_t, std::size_t> grid_row_of; // template row -> grid row
    std::size_t header_row = 0;
    std::size_t first_data_row = 0;
};

struct Writer {
    Grid& grid;
    std::size_t left;
    void text(std::size_t row, std::size_t col, const std::string& value) {
        grid.set(row, left + col, Cell::of_text(value));
    }
    void number(std::size_t row, std::size_t col, double value) {
        grid.set(row, left + col, Cell::of_number(value));
    }
};

std::size_t write_header(Writer& w, std::size_t row, HeaderStyle style) {
    switch (style) {
    case HeaderStyle::None:
        return row;
    case HeaderStyle::OneRow:
        w.text(row, 0, "TT");
        w.text(row, 1, "Nội dung các hoạt động");
        w.text(row, 2, "Đơn vị");
        w.text(row, 3, "Số lớp/số cuộc thi");
        w.text(row, 4, "Người");
        w.text(row, 5, "Ghi chú");
        return row + 1;
    case HeaderStyle::TwoRowsMerged:
        w.text(row, 0, "TT");
        w.text(row, 1, "Nội dung các hoạt động");
        w.text(row, 2, "Đơn vị");
        w.text(row, 3, "Số lượng");
        w.text(row, 5, "Ghi chú");
        w.text(row + 1, 3, "Số lớp/số cuộc thi");
        w.text(row + 1, 4, "Người");
        w.grid.merged.push_back({row, w.left + 3, row, w.left + 4});
        for (std::size_t c : {0u, 1u, 2u, 5u})
            w.grid.merged.push_back({row, w.left + c, row + 1, w.left + c});
        return row + 2;
    case HeaderStyle::SplitOverRows: // as extracted from the 2020 PDF form
        w.text(row, 0, "STT");
        w.text(row, 1, "Nội dung các");
        w.text(row + 1, 1, "hoạt động");
        w.text(row, 2, "Đơn vị");
        w.text(row, 3, "Số lớp/số");
        w.text(row + 1, 3, "cuộc thi");
        w.text(row, 4, "Người");
        w.text(row, 5, "Ghi chú");
        return row + 2;
    }
    return row;
}

Built build_sheet(const Edition& edition, const Layout& layout) {
    Built built;
    Writer w{built.grid, layout.left};
    std::size_t row = layout.top;
    for (const std::string& line : layout.title)
        w.text(row++, 1, line);
    if (!layout.title.empty())
        ++row; // the usual blank line under a title
    built.header_row = row;
    row = write_header(w, row, layout.header);
    built.first_data_row = row;
    for (std::size_t j = 0; j < edition.rows.size(); ++j) {
        if (layout.deleted.count(j))
            continue;
        const TemplateRow& t = edition.rows[j];
        std::string label = t.label;
        if (layout.retype)
            label = layout.retype(label);
        if (const auto it = layout.relabel.find(j); it != layout.relabel.end())
            label = it->second;
        if (layout.codes && !t.code.empty())
            w.text(row, 0, t.code);
        w.text(row, 1, label);
        if (!t.unit_text.empty())
            w.text(row, 2, t.unit_text);
        if (layout.values && !t.is_group) {
            w.number(row, 3, static_cast<double>(j + 1));
            w.number(row, 4, static_cast<double>(10 * (j + 1)));
        }
        built.grid_row_of[j] = row;
        ++row;
        if (layout.blank_after.count(j))
            ++row;
    }
    for (const std::string& extra : layout.extra_rows_after_end) {
        w.text(row, 1, extra);
        w.text(row, 2, "Cuộc");
        w.number(row, 3, 2);
        ++row;
    }
    // Make sure the grid covers every table column even when the last ones are empty.
    if (built.grid.cols() < layout.left + 6)
        built.grid.resize(built.grid.rows(), layout.left + 6);
    return built;
}

// Every template row that was not deleted is matched to the row it was written to.
void expect_all_rows_matched(const LocatedTable& table, const Built& built) {
    for (const auto& [template_row, grid_row] : built.grid_row_of) {
        const RowMatch* match = table.match_for(template_row);
        ASSERT_NE(match, nullptr) << "template row " << template_row << " not matched";
        EXPECT_EQ(match->grid_row, grid_row) << "template row " << template_row;
    }
    EXPECT_EQ(table.matches.size(), built.grid_row_of.size());
}

std::string describe(const LocatedTable& table) {
    std::string text = table.reason + "\n";
    for (const UnmatchedRow& u : table.unmatched_rows)
        text += "  unmatched row " + std::to_string(u.grid_row) + ": " + u.label + "\n";
    return text;
}

} // namespace

// ---------------------------------------------------------------------------

TEST(TableLocator, PlainTableWithTwoRowHeader) {
    const Built built = build_sheet(edition_2023(), {});
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions(), 0, "Biểu");
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.edition_id, "test-2023");
    EXPECT_EQ(table.edition_index, 1u);
    EXPECT_EQ(table.sheet_name, "Biểu");
    EXPECT_EQ(table.header_first_row, 0u);
    EXPECT_EQ(table.header_last_row, 1u);
    EXPECT_EQ(table.columns.code, 0u);
    EXPECT_EQ(table.columns.label, 1u);
    EXPECT_EQ(table.columns.unit, 2u);
    EXPECT_EQ(table.columns.count, 3u);
    EXPECT_EQ(table.columns.people, 4u);
    EXPECT_EQ(table.columns.note, 5u);
    EXPECT_FALSE(table.columns.quantity_columns_guessed);
    expect_all_rows_matched(table, built);
    EXPECT_TRUE(std::all_of(table.matches.begin(), table.matches.end(), [](const RowMatch& m) {
        return m.kind == MatchKind::Exact && !m.out_of_order && m.code != CodeCheck::Different;
    }));
    EXPECT_EQ(table.matches.front().code, CodeCheck::Same);
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
    EXPECT_TRUE(table.missing_template_rows.empty());
    EXPECT_GT(table.confidence, 0.9);
    EXPECT_EQ(table.first_row, 2u);
    EXPECT_EQ(table.last_row, built.grid_row_of.rbegin()->second);
    ASSERT_EQ(table.edition_scores.size(), 2u);
    EXPECT_EQ(table.edition_scores[0].edition_id, "test-2023");
    EXPECT_GT(table.edition_scores[0].score, table.edition_scores[1].score);
    EXPECT_NE(table.reason.find("test-2023"), std::string::npos);
}

TEST(TableLocator, TableShiftedToF12) {
    Layout layout;
    layout.top = 11; // row 12
    layout.left = 5; // column F
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.edition_id, "test-2023");
    EXPECT_EQ(table.header_first_row, 11u);
    EXPECT_EQ(table.columns.code, 5u);
    EXPECT_EQ(table.columns.label, 6u);
    EXPECT_EQ(table.columns.unit, 7u);
    EXPECT_EQ(table.columns.count, 8u);
    EXPECT_EQ(table.columns.people, 9u);
    EXPECT_EQ(table.columns.note, 10u);
    expect_all_rows_matched(table, built);
    EXPECT_NE(table.reason.find("row 12"), std::string::npos) << table.reason;
}

TEST(TableLocator, OneRowHeaderAndHeaderSplitOverRows) {
    for (HeaderStyle style : {HeaderStyle::OneRow, HeaderStyle::SplitOverRows}) {
        Layout layout;
        layout.header = style;
        const Built built = build_sheet(edition_2023(), layout);
        const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
        ASSERT_TRUE(table.found()) << table.reason;
        EXPECT_EQ(table.header_first_row, 0u);
        EXPECT_EQ(*table.header_last_row + 1, built.first_data_row);
        EXPECT_EQ(table.columns.label, 1u);
        EXPECT_EQ(table.columns.count, 3u);
        EXPECT_EQ(table.columns.people, 4u);
        EXPECT_FALSE(table.columns.quantity_columns_guessed);
        expect_all_rows_matched(table, built);
    }
}

TEST(TableLocator, MergedQuantityHeaderWithoutSubHeaders) {
    Built built;
    Writer w{built.grid, 0};
    w.text(0, 0, "STT");
    w.text(0, 1, "Các hoạt động");
    w.text(0, 2, "Đơn vị");
    w.text(0, 3, "Số lượng");
    w.text(0, 5, "Ghi chú");
    built.grid.merged.push_back({0, 3, 0, 4});
    const Edition& e = edition_2022();
    for (std::size_t j = 0; j < e.rows.size(); ++j)
        w.text(j + 1, 1, e.rows[j].label);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.edition_id, "test-2022");
    EXPECT_EQ(table.columns.count, 3u);
    EXPECT_EQ(table.columns.people, 4u);
    EXPECT_TRUE(table.columns.quantity_columns_guessed);
}

TEST(TableLocator, BlankRowsInserted) {
    Layout layout;
    layout.blank_after = {0, 3, 10, 11, 12, 20, 25};
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    expect_all_rows_matched(table, built);
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
}

TEST(TableLocator, RowsDeletedByTheUnit) {
    Layout layout;
    layout.deleted = {2, 5, 16, 19, 28};
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.edition_id, "test-2023");
    expect_all_rows_matched(table, built);
    EXPECT_EQ(table.missing_template_rows, (std::vector<std::size_t>{2, 5, 16, 19, 28}));
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
    EXPECT_NE(table.reason.find("5 missing"), std::string::npos) << table.reason;
}

TEST(TableLocator, LabelsWithoutDiacritics) {
    Layout layout;
    layout.retype = [](const std::string& label) {
        // normalize_label also lowers; capitalise the first letter back like a typist would.
        std::string plain = normalize_label(label);
        plain[0] = static_cast<char>(plain[0] - 'a' + 'A');
        return plain;
    };
    const Built built = build_sheet(edition_2023(), layout);
    EXPECT_EQ(built.grid.at(2, 1).text, "Cac lop boi duong, tap huan to chuc trong tuan le");
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.edition_id, "test-2023");
    expect_all_rows_matched(table, built);
    EXPECT_TRUE(std::all_of(table.matches.begin(), table.matches.end(),
                            [](const RowMatch& m) { return m.kind == MatchKind::Exact; }));
}

TEST(TableLocator, LabelsInCapitalsWithLineBreaksAndSpaces) {
    Layout layout;
    layout.relabel = {
        {0, "CÁC LỚP BỒI DƯỠNG, TẬP HUẤN\nTỔ CHỨC TRONG TUẦN LỄ"},
        {1, "  Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho\r\ncán bộ,  công chức, viên "
            "chức (các cấp)  "},
        {25, "TẬP THỂ:"},
        {26, "- Cá nhân"},
    };
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    expect_all_rows_matched(table, built);
    EXPECT_EQ(table.match_for(0)->kind, MatchKind::Exact);
    EXPECT_EQ(table.match_for(1)->kind, MatchKind::Exact);
    EXPECT_EQ(table.match_for(25)->kind, MatchKind::Exact);
    EXPECT_EQ(table.match_for(0)->grid_label, "CÁC LỚP BỒI DƯỠNG, TẬP HUẤN\nTỔ CHỨC TRONG TUẦN LỄ");
}

TEST(TableLocator, TypoedLabelsMatchApproximately) {
    Layout layout;
    layout.relabel = {
        {7, "Boi duong thuong xuyen cho giao vein"},             // typo, no diacritics
        {19, "Trưng bầy, triển lãm sách báo, tư liệu"},          // bày -> bầy
        {29, "Kinh phí hổ trợ, huy động từ các nguồn hợp pháp"}, // words missing
    };
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    expect_all_rows_matched(table, built);
    for (std::size_t j : {7u, 29u}) {
        const RowMatch* match = table.match_for(j);
        ASSERT_NE(match, nullptr);
        EXPECT_EQ(match->kind, MatchKind::Approximate) << j;
        EXPECT_LT(match->similarity, 1.0);
        EXPECT_GT(match->similarity, 0.75);
    }
    EXPECT_NE(table.reason.find("approximately"), std::string::npos);
}

TEST(TableLocator, TitleBlockAboveTheTable) {
    Layout layout;
    layout.top = 2;
    layout.title = {
        "UBND HUYỆN TUẦN GIÁO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        "MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023",
        "(Kèm theo Báo cáo số 125/BC-PGDĐT ngày 20 tháng 10 năm 2023)",
        "Đơn vị: Trường THCS Quài Tở"};
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.header_first_row, built.header_row);
    expect_all_rows_matched(table, built);
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
}

TEST(TableLocator, NumberingRowAndSignatureBlockAreNotFindings) {
    Built built = build_sheet(edition_2023(), {});
    // Insert a "(1) (2) (3) ..." row by rebuilding with the header on row 0 and
    // numbering on row 2: simplest is a fresh grid with data shifted one down.
    Grid grid;
    for (std::size_t r = 0; r < built.grid.rows(); ++r)
        for (std::size_t c = 0; c < built.grid.cols(); ++c)
            grid.set(r < 2 ? r : r + 1, c, built.grid.at(r, c));
    grid.merged = built.grid.merged;
    for (std::size_t c = 0; c < 6; ++c)
        grid.set(2, c, Cell::of_text("(" + std::to_string(c + 1) + ")"));
    const std::size_t end = grid.rows();
    grid.set(end + 1, 1, Cell::of_text("Người lập biểu"));
    grid.set(end + 1, 4, Cell::of_text("THỦ TRƯỞNG ĐƠN VỊ"));
    grid.set(end + 2, 4, Cell::of_text("(Ký tên, đóng dấu)"));
    const LocatedTable table = locate_table_in_sheet(grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.matches.size(), edition_2023().rows.size());
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
}

TEST(TableLocator, RowsAddedByTheUnitAreReported) {
    Layout layout;
    layout.relabel = {{12, "Tổ chức ngày hội đọc sách cho thiếu nhi"}}; // replaced a row
    layout.extra_rows_after_end = {"Các nội dung khác: giao lưu văn hóa đọc"};
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    ASSERT_EQ(table.unmatched_rows.size(), 2u) << describe(table);
    EXPECT_EQ(table.unmatched_rows[0].grid_row, built.grid_row_of.at(12));
    EXPECT_EQ(table.unmatched_rows[0].label, "Tổ chức ngày hội đọc sách cho thiếu nhi");
    EXPECT_EQ(table.unmatched_rows[0].code, "3");
    EXPECT_EQ(table.unmatched_rows[1].grid_row, built.grid_row_of.rbegin()->second + 1);
    EXPECT_EQ(table.missing_template_rows, std::vector<std::size_t>{12});
    EXPECT_EQ(table.last_row, table.unmatched_rows[1].grid_row);
}

TEST(TableLocator, UnrelatedSheetIsNotFound) {
    Grid grid;
    const std::vector<std::string> header = {"STT", "Họ và tên", "Ngày sinh", "Lớp", "Điểm TB"};
    for (std::size_t c = 0; c < header.size(); ++c)
        grid.set(0, c, Cell::of_text(header[c]));
    const std::vector<std::string> names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
                                            "Phạm Thị Dung", "Hoàng Văn Em"};
    for (std::size_t r = 0; r < names.size(); ++r) {
        grid.set(r + 1, 0, Cell::of_number(static_cast<double>(r + 1)));
        grid.set(r + 1, 1, Cell::of_text(names[r]));
        grid.set(r + 1, 2, Cell::of_text("12/03/2010"));
        grid.set(r + 1, 3, Cell::of_text("8A"));
        grid.set(r + 1, 4, Cell::of_number(7.5));
    }
    const LocatedTable table = locate_table_in_sheet(grid, both_editions(), 0, "Danh sách");
    EXPECT_FALSE(table.found());
    EXPECT_EQ(table.status, TableStatus::NotFound);
    EXPECT_TRUE(table.matches.empty());
    EXPECT_NE(table.reason.find("No statistics table"), std::string::npos) << table.reason;
}

TEST(TableLocator, EmptySheetIsNotFound) {
    const LocatedTable table = locate_table_in_sheet(Grid{}, both_editions());
    EXPECT_EQ(table.status, TableStatus::NotFound);
    EXPECT_FALSE(table.reason.empty());
}

TEST(TableLocator, HeaderOfAnUnknownEdition) {
    Built built;
    Writer w{built.grid, 0};
    write_header(w, 0, HeaderStyle::TwoRowsMerged);
    w.text(2, 0, "1");
    w.text(2, 1, "Số học sinh tham gia hội khỏe Phù Đổng");
    w.text(2, 2, "Người");
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    EXPECT_EQ(table.status, TableStatus::UnknownEdition);
    EXPECT_EQ(table.header_first_row, 0u);
    EXPECT_NE(table.reason.find("match no known edition"), std::string::npos) << table.reason;
}

TEST(TableLocator, PicksTheRightEditionOfTwo) {
    {
        const Built built = build_sheet(edition_2022(), {});
        const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
        ASSERT_TRUE(table.found()) << table.reason;
        EXPECT_EQ(table.edition_id, "test-2022") << table.reason;
        expect_all_rows_matched(table, built);
        EXPECT_NE(table.reason.find("next best edition test-2023"), std::string::npos);
    }
    {
        // Even without codes and header, the 2023 rows choose 2023.
        Layout layout;
        layout.codes = false;
        layout.header = HeaderStyle::None;
        const Built built = build_sheet(edition_2023(), layout);
        const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
        ASSERT_TRUE(table.found()) << table.reason;
        EXPECT_EQ(table.edition_id, "test-2023") << table.reason;
    }
}

TEST(TableLocator, WithoutHeaderColumnsComeFromTheData) {
    Layout layout;
    layout.header = HeaderStyle::None;
    layout.top = 4;
    layout.left = 2;
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_FALSE(table.header_first_row.has_value());
    EXPECT_EQ(table.columns.label, 3u);
    EXPECT_EQ(table.columns.code, 2u);
    EXPECT_EQ(table.columns.unit, 4u);
    EXPECT_EQ(table.columns.count, 5u);
    EXPECT_EQ(table.columns.people, 6u);
    EXPECT_TRUE(table.columns.quantity_columns_guessed);
    expect_all_rows_matched(table, built);
    EXPECT_LT(table.confidence, 0.95); // less sure without a header
    EXPECT_GT(table.confidence, 0.8);
    EXPECT_NE(table.reason.find("no header"), std::string::npos);
}

TEST(TableLocator, RepeatedLabelsFollowTheirGroup) {
    const std::vector<Edition> editions = {edition_with_repeated_labels()};
    {
        const Built built = build_sheet(editions[0], {});
        const LocatedTable table = locate_table_in_sheet(built.grid, editions);
        ASSERT_TRUE(table.found()) << table.reason;
        expect_all_rows_matched(table, built);
    }
    {
        // The province-level "Tập thể" row is deleted: the remaining "Tập thể"
        // sits under "Khen thưởng cấp huyện" and must stay there.
        Layout layout;
        layout.codes = false;
        layout.deleted = {2};
        const Built built = build_sheet(editions[0], layout);
        const LocatedTable table = locate_table_in_sheet(built.grid, editions);
        ASSERT_TRUE(table.found()) << table.reason;
        expect_all_rows_matched(table, built);
        EXPECT_EQ(table.missing_template_rows, std::vector<std::size_t>{2});
    }
    {
        // The whole province group is gone.
        Layout layout;
        layout.deleted = {1, 2, 3};
        const Built built = build_sheet(editions[0], layout);
        const LocatedTable table = locate_table_in_sheet(built.grid, editions);
        ASSERT_TRUE(table.found()) << table.reason;
        expect_all_rows_matched(table, built);
    }
}

TEST(TableLocator, LabelMergedIntoTheCodeColumn) {
    // As in the 2022 seed: "Các lớp bồi dưỡng, tập huấn khác" typed in the
    // TT cell, and its unit slid into the label column.
    const Edition& e = edition_2022();
    Built built = build_sheet(e, {});
    const std::size_t row = built.grid_row_of.at(12);
    built.grid.at(row, 0) = Cell::of_text(e.rows[12].label);
    built.grid.at(row, 1) = Cell::of_text("lớp/người");
    built.grid.at(row, 2) = Cell::empty();
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    expect_all_rows_matched(table, built);
}

TEST(TableLocator, LabelWithItsCodeInTheSameCell) {
    Layout layout;
    layout.codes = false;
    layout.relabel = {{1, "1.1. Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công "
                          "chức, viên chức (các cấp)"},
                      {25, "9.1 Tập thể"}};
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    expect_all_rows_matched(table, built);
    EXPECT_EQ(table.match_for(1)->kind, MatchKind::Exact);
    EXPECT_EQ(table.match_for(1)->code, CodeCheck::Same);
    EXPECT_EQ(table.match_for(25)->code, CodeCheck::Same);
}

TEST(TableLocator, RowMovedOutOfOrder) {
    // The unit moved "Kinh phí / Ngân sách nhà nước" to the top of the table.
    const Edition& e = edition_2023();
    Built built = build_sheet(e, {});
    Grid& grid = built.grid;
    const std::size_t moved_from = built.grid_row_of.at(28);
    const std::size_t moved_to = built.grid_row_of.at(11);
    // Swap the rows of template rows 28 (Ngân sách nhà nước) and 11 (Số tin bài).
    for (std::size_t c = 0; c < grid.cols(); ++c)
        std::swap(grid.at(moved_from, c), grid.at(moved_to, c));
    const LocatedTable table = locate_table_in_sheet(grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    const RowMatch* budget = table.match_for(28);
    const RowMatch* news = table.match_for(11);
    ASSERT_NE(budget, nullptr);
    ASSERT_NE(news, nullptr);
    EXPECT_EQ(budget->grid_row, moved_to);
    EXPECT_EQ(news->grid_row, moved_from);
    EXPECT_TRUE(budget->out_of_order || news->out_of_order);
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
}

TEST(TableLocator, ConflictingCodeIsReported) {
    Layout layout;
    const Built built = build_sheet(edition_2023(), layout);
    Grid grid = built.grid;
    grid.at(built.grid_row_of.at(21), 0) = Cell::of_text("6.5"); // "Hoạt động thể dục thể thao"
    const LocatedTable table = locate_table_in_sheet(grid, both_editions());
    ASSERT_TRUE(table.found());
    const RowMatch* match = table.match_for(21);
    ASSERT_NE(match, nullptr);
    EXPECT_EQ(match->code, CodeCheck::Different);
    EXPECT_EQ(match->grid_code, "6.5");
}

TEST(TableLocator, NumericCodesAreRead) {
    Built built = build_sheet(edition_2023(), {});
    built.grid.at(built.grid_row_of.at(1), 0) = Cell::of_number(1.1);
    built.grid.at(built.grid_row_of.at(11), 0) = Cell::of_number(2);
    // "1.10" typed into a number cell becomes 1.1: no code conflict for that.
    built.grid.at(built.grid_row_of.at(8), 0) = Cell::of_number(1.1);
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(table.found());
    EXPECT_EQ(table.match_for(1)->code, CodeCheck::Same);
    EXPECT_EQ(table.match_for(11)->code, CodeCheck::Same);
    EXPECT_EQ(table.match_for(8)->code, CodeCheck::Same);
    EXPECT_EQ(table.match_for(8)->grid_code, "1.1");
}

TEST(TableLocator, WorkbookPicksTheSheetWithTheTable) {
    Workbook workbook;
    workbook.source = "bao-cao.xlsx";
    Grid cover;
    cover.set(0, 0, Cell::of_text("BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI"));
    workbook.sheets.push_back({"Bìa", cover});
    Layout layout;
    layout.top = 3;
    workbook.sheets.push_back({"Số liệu", build_sheet(edition_2023(), layout).grid});
    const TableSearch search = locate_statistics_table(workbook, both_editions());
    ASSERT_TRUE(search.table.found()) << search.table.reason;
    EXPECT_EQ(search.table.sheet_index, 1u);
    EXPECT_EQ(search.table.sheet_name, "Số liệu");
    EXPECT_TRUE(search.others.empty());
}

TEST(TableLocator, WorkbookReportsASecondTable) {
    Workbook workbook;
    Layout damaged;
    damaged.deleted = {1, 2, 3, 4, 5, 6, 7, 8};
    workbook.sheets.push_back({"Nháp", build_sheet(edition_2023(), damaged).grid});
    workbook.sheets.push_back({"Chính thức", build_sheet(edition_2023(), {}).grid});
    const TableSearch search = locate_statistics_table(workbook, both_editions());
    ASSERT_TRUE(search.table.found());
    EXPECT_EQ(search.table.sheet_name, "Chính thức");
    ASSERT_EQ(search.others.size(), 1u);
    EXPECT_EQ(search.others[0].sheet_name, "Nháp");
    EXPECT_EQ(search.others[0].edition_id, "test-2023");
    EXPECT_LT(search.others[0].confidence, search.table.confidence);
    EXPECT_NE(search.table.reason.find("also holds a table"), std::string::npos);
}

TEST(TableLocator, WorkbookWithoutTable) {
    Workbook workbook;
    Grid notes;
    notes.set(0, 0, Cell::of_text("Ghi chép cuộc họp"));
    workbook.sheets.push_back({"Sheet1", notes});
    workbook.sheets.push_back({"Sheet2", Grid{}});
    const TableSearch search = locate_statistics_table(workbook, both_editions());
    EXPECT_EQ(search.table.status, TableStatus::NotFound);
    EXPECT_NE(search.table.reason.find("any of the 2 sheets"), std::string::npos);
    EXPECT_EQ(locate_statistics_table(Workbook{}, both_editions()).table.status,
              TableStatus::NotFound);
}

TEST(TableLocator, NoEditionsKnown) {
    const Built built = build_sheet(edition_2023(), {});
    const LocatedTable table = locate_table_in_sheet(built.grid, {});
    EXPECT_EQ(table.status, TableStatus::NotFound);
    EXPECT_NE(table.reason.find("no edition"), std::string::npos);
}

TEST(TableLocator, GridOriginShowsInTheReason) {
    Layout layout;
    Built built = build_sheet(edition_2023(), layout);
    built.grid.origin_row = 9; // the grid was read from a used range starting at row 10
    const LocatedTable table = locate_table_in_sheet(built.grid, both_editions(), 0, "S");
    ASSERT_TRUE(table.found());
    EXPECT_EQ(table.header_first_row, 0u); // grid coordinates
    EXPECT_NE(table.reason.find("header at row 10"), std::string::npos) << table.reason;
}

// ---------------------------------------------------------------------------
// The shipped editions (extension/templates), when the catalogue is built.

namespace {

const std::vector<Edition>& shipped_editions() {
    return statform::test_data::catalog().editions();
}

} // namespace

TEST(TableLocatorShipped, EachShippedEditionFindsItself) {
    const std::vector<Edition>& editions = shipped_editions();
    for (const Edition& edition : editions) {
        for (const bool codes : {true, false}) {
            Layout layout;
            layout.codes = codes;
            layout.top = 6;
            layout.left = 1;
            const Built built = build_sheet(edition, layout);
            const LocatedTable table = locate_table_in_sheet(built.grid, editions);
            ASSERT_TRUE(table.found()) << edition.id << ": " << table.reason;
            EXPECT_EQ(table.edition_id, edition.id) << table.reason;
            expect_all_rows_matched(table, built);
            EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
        }
    }
}

TEST(TableLocatorShipped, RetypedShippedEditionStillFindsItself) {
    const std::vector<Edition> editions = shipped_editions();
    if (editions.empty())
        GTEST_SKIP();
    for (const Edition& edition : editions) {
        Layout layout;
        layout.header = HeaderStyle::OneRow;
        layout.retype = [](const std::string& label) { return normalize_label(label); };
        layout.deleted = {3, 7};
        const Built built = build_sheet(edition, layout);
        const LocatedTable table = locate_table_in_sheet(built.grid, editions);
        ASSERT_TRUE(table.found()) << edition.id << ": " << table.reason;
        EXPECT_EQ(table.edition_id, edition.id) << table.reason;
        expect_all_rows_matched(table, built);
    }
}

// The form StatForm itself inserts (title block, two-row merged header, SUM
// formulas) must be found again, empty or filled in.
TEST(TableLocatorShipped, FindsTheFormStatFormInserts) {
    const TemplateCatalog& catalog = statform::test_data::catalog();
    for (const Edition& edition : catalog.editions()) {
        InsertRequest request;
        request.origin_row = 3;
        request.origin_col = 2;
        const FormLayout layout = build_form_layout(edition, catalog.unit_types(), request);
        for (const bool filled : {false, true}) {
            Grid grid;
            for (std::size_t r = 0; r < layout.rows; ++r) {
                for (std::size_t c = 0; c < FormColumnCount; ++c) {
                    const LayoutCell& cell = layout.at(r, c);
                    const std::size_t row = layout.origin_row + r, col = layout.origin_col + c;
                    if (!cell.formula.empty())
                        grid.set(row, col, Cell::of_number(0)); // the formula's cached result
                    else if (cell.role == CellRole::Input && filled)
                        grid.set(row, col, Cell::of_number(static_cast<double>(r)));
                    else if (!cell.text.empty())
                        grid.set(row, col, Cell::of_text(cell.text));
                }
            }
            for (const LayoutRange& m : layout.merges)
                grid.merged.push_back({m.first_row, m.first_col, m.last_row, m.last_col});
            const LocatedTable table = locate_table_in_sheet(grid, catalog.editions());
            ASSERT_TRUE(table.found()) << edition.id << ": " << table.reason;
            EXPECT_EQ(table.edition_id, edition.id) << table.reason;
            EXPECT_EQ(table.header_first_row, layout.header.first_row);
            EXPECT_EQ(table.header_last_row, layout.header.last_row);
            EXPECT_EQ(table.columns.code, layout.origin_col + CodeColumn);
            EXPECT_EQ(table.columns.label, layout.origin_col + LabelColumn);
            EXPECT_EQ(table.columns.unit, layout.origin_col + UnitColumn);
            EXPECT_EQ(table.columns.count, layout.origin_col + CountColumn);
            EXPECT_EQ(table.columns.people, layout.origin_col + PeopleColumn);
            EXPECT_EQ(table.columns.note, layout.origin_col + NoteColumn);
            for (const RowPlacement& placement : layout.placements) {
                const RowMatch* match = table.match_for(placement.template_row);
                ASSERT_NE(match, nullptr) << edition.id << " row " << placement.template_row;
                EXPECT_EQ(match->grid_row, placement.sheet_row);
                EXPECT_EQ(match->kind, MatchKind::Exact);
            }
            EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
            EXPECT_GT(table.confidence, 0.95);
        }
    }
}

namespace {

std::vector<std::string> seed_lines(const std::string& name) {
    std::ifstream in(std::string(STATFORM_SOURCE_DIR) + "/tests/data/seeds/" + name);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> parts;
    std::stringstream stream(line);
    for (std::string part; std::getline(stream, part, separator);)
        parts.push_back(part);
    return parts;
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    return first == std::string::npos ? ""
                                      : text.substr(first, text.find_last_not_of(' ') - first + 1);
}

void put_row(Grid& grid, std::size_t row, const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c)
        if (!trim(cells[c]).empty())
            grid.set(row, c, Cell::of_text(trim(cells[c])));
}

} // namespace

// The 2023 table exactly as the Lai Châu plan prints it (tab-separated in the
// seed, below the narrative text).
TEST(TableLocatorShipped, FindsTheTableOfThe2023Seed) {
    const auto lines = seed_lines("000_c57839ce23beb1ef.txt");
    if (lines.empty())
        GTEST_SKIP();
    Grid grid;
    for (std::size_t i = 0; i < lines.size(); ++i)
        put_row(grid, i, split(lines[i], '\t'));
    const LocatedTable table = locate_table_in_sheet(grid, shipped_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.edition_id, "htsd-2023") << table.reason;
    EXPECT_EQ(grid.at(*table.header_first_row, 0).text, "TT");
    EXPECT_EQ(table.columns.label, 1u);
    EXPECT_EQ(table.columns.count, 3u);
    EXPECT_EQ(table.columns.people, 4u);
    EXPECT_LE(table.missing_template_rows.size(), 1u) << table.reason;
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
}

// The 2022 table of the Bến Tre guidance (a Markdown table in the seed, one
// label slid into the STT column, a blank table in the middle).
TEST(TableLocatorShipped, FindsTheTableOfThe2022Seed) {
    const auto lines = seed_lines("001_468d2357399acfe8.txt");
    if (lines.empty())
        GTEST_SKIP();
    Grid grid;
    std::size_t row = 0;
    for (const std::string& line : lines) {
        if (line.starts_with("|-"))
            continue; // Markdown separator line
        if (line.starts_with("|")) {
            auto cells = split(line.substr(1), '|');
            put_row(grid, row, cells);
        } else {
            put_row(grid, row, {line});
        }
        ++row;
    }
    const LocatedTable table = locate_table_in_sheet(grid, shipped_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.edition_id, "htsd-2022") << table.reason;
    EXPECT_EQ(table.columns.count, 3u);
    EXPECT_EQ(table.columns.people, 4u);
    EXPECT_LE(table.missing_template_rows.size(), 1u) << table.reason;
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
}

TEST(TableLocator, SubItemsTypedUnderAWideLabelHeader) {
    // "Nội dung các hoạt động" merged over columns B:C; the unit typed the
    // sub-items one column to the right of their group.
    Grid grid;
    const std::vector<std::string> header = {
        "TT", "Nội dung các hoạt động", "", "Đơn vị", "Số lớp/số cuộc thi", "Người", "Ghi chú"};
    for (std::size_t c = 0; c < header.size(); ++c)
        if (!header[c].empty())
            grid.set(0, c, Cell::of_text(header[c]));
    grid.merged.push_back({0, 1, 0, 2});
    const Edition& e = edition_2023();
    for (std::size_t j = 0; j < e.rows.size(); ++j) {
        grid.set(j + 1, 0, Cell::of_text(e.rows[j].code));
        grid.set(j + 1, e.rows[j].parent_key.empty() ? 1 : 2, Cell::of_text(e.rows[j].label));
        grid.set(j + 1, 3, Cell::of_text(e.rows[j].unit_text));
    }
    const LocatedTable table = locate_table_in_sheet(grid, both_editions());
    ASSERT_TRUE(table.found()) << table.reason;
    EXPECT_EQ(table.columns.label, 1u);
    EXPECT_EQ(table.columns.label_width, 2u);
    EXPECT_EQ(table.columns.unit, 3u);
    EXPECT_EQ(table.columns.count, 4u);
    EXPECT_EQ(table.matches.size(), e.rows.size());
    EXPECT_TRUE(table.unmatched_rows.empty()) << describe(table);
}

TEST(TableLocator, HeaderWithoutDiacriticsInCapitalsOrWithTypos) {
    const std::vector<std::vector<std::string>> headers = {
        {"STT", "Noi dung cac hoat dong", "Don vi tinh", "So lop/ so cuoc thi", "Nguoi",
         "Ghi chu:"},
        {"TT", "NỘI DUNG CÁC HOẠT ĐỘNG", "ĐƠN VỊ", "SỐ LỚP/SỐ CUỘC THI", "NGƯỜI", "GHI CHÚ"},
        {"T T", "Nội dung các hoat đôngj", "Đơn vi", "Số lớp/số cuôc thi", "Số người", "Ghi chú"},
    };
    for (const auto& header : headers) {
        Grid grid;
        for (std::size_t c = 0; c < header.size(); ++c)
            grid.set(3, c, Cell::of_text(header[c]));
        const Edition& e = edition_2023();
        for (std::size_t j = 0; j < e.rows.size(); ++j)
            grid.set(j + 4, 1, Cell::of_text(e.rows[j].label));
        const LocatedTable table = locate_table_in_sheet(grid, both_editions());
        ASSERT_TRUE(table.found()) << header[1] << ": " << table.reason;
        EXPECT_EQ(table.header_first_row, 3u) << header[1];
        EXPECT_EQ(table.columns.label, 1u) << header[1];
        EXPECT_EQ(table.columns.unit, 2u) << header[1];
        EXPECT_EQ(table.columns.count, 3u) << header[1];
        EXPECT_EQ(table.columns.people, 4u) << header[1];
        EXPECT_EQ(table.columns.note, 5u) << header[1];
        EXPECT_FALSE(table.columns.quantity_columns_guessed);
    }
}

// The similarity memo (core/similarity_memo.hpp) remembers labels between
// sheets: a sheet read after others, with the same labels, the same typos and
// other rows around them, must be located exactly as when read first.
TEST(TableLocator, RememberedLabelsGiveTheSameAnswerAsFreshOnes) {
    Layout layout;
    layout.relabel = {{7, "Boi duong thuong xuyen cho giao vein"},
                      {29, "Kinh phí hổ trợ, huy động từ các nguồn hợp pháp"}};
    const Built built = build_sheet(edition_2023(), layout);
    const LocatedTable first = locate_table_in_sheet(built.grid, both_editions());
    // Other sheets in between, one of another edition.
    locate_table_in_sheet(build_sheet(edition_2022(), Layout{}).grid, both_editions());
    locate_table_in_sheet(build_sheet(edition_2023(), Layout{}).grid, both_editions());
    const LocatedTable again = locate_table_in_sheet(built.grid, both_editions());
    ASSERT_TRUE(again.found()) << again.reason;
    EXPECT_EQ(again.reason, first.reason);
    ASSERT_EQ(again.matches.size(), first.matches.size());
    for (std::size_t i = 0; i < first.matches.size(); ++i) {
        EXPECT_EQ(again.matches[i].template_row, first.matches[i].template_row);
        EXPECT_EQ(again.matches[i].grid_row, first.matches[i].grid_row);
        EXPECT_DOUBLE_EQ(again.matches[i].similarity, first.matches[i].similarity);
    }
}
