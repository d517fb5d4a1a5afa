// The shipped editions (extension/templates/*.json) against the official
// documents they were transcribed from (tests/data/seeds, copies of
// /work/shared/seeds), and the loader's behaviour on bad or overriding files.
#include "core/templates/template_catalog.hpp"
#include "core/values/text_normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <tuple>

namespace fs = std::filesystem;
using statform::core::Edition;
using statform::core::find_row_by_key;
using statform::core::LoadProblem;
using statform::core::parse_edition;
using statform::core::TemplateCatalog;
using statform::core::TemplateRow;
using statform::core::UnitTypeCatalog;

namespace {

const fs::path kTemplatesDir = STATFORM_TEMPLATES_DIR;
const fs::path kSeedsDir = fs::path(STATFORM_SOURCE_DIR) / "tests" / "data" / "seeds";
const char* const kSeed2023 = "000_c57839ce23beb1ef.txt";
const char* const kSeed2022 = "001_468d2357399acfe8.txt";
const char* const kSeed2020 = "004_e805a03ee3b172c6.txt";

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void write_bytes(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator))
        parts.push_back(part);
    if (!text.empty() && text.back() == separator)
        parts.emplace_back();
    return parts;
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// Markdown emphasis removed and all whitespace collapsed to single spaces, so
// that text printed over several lines can be searched for as one string.
std::string flatten(std::string text) {
    std::erase(text, '*');
    return statform::core::text::collapse_whitespace(text);
}

struct PrintedRow {
    std::string code, label, unit;
    bool operator==(const PrintedRow&) const = default;
};

std::ostream& operator<<(std::ostream& out, const PrintedRow& row) {
    return out << "{" << row.code << " | " << row.label << " | " << row.unit << "}";
}

std::vector<PrintedRow> rows_of(const Edition& edition) {
    std::vector<PrintedRow> rows;
    for (const TemplateRow& row : edition.rows)
        rows.push_back({row.code, row.label, row.unit_text});
    return rows;
}

void expect_same_rows(const std::vector<PrintedRow>& printed, const Edition& edition) {
    const std::vector<PrintedRow> shipped = rows_of(edition);
    ASSERT_EQ(printed.size(), shipped.size()) << edition.id << ": number of rows";
    for (std::size_t i = 0; i < printed.size(); ++i)
        EXPECT_EQ(shipped[i], printed[i]) << edition.id << " rows[" << i << "]";
}

// The shipped catalogue, loaded once.
struct Shipped {
    TemplateCatalog catalog;
    std::vector<LoadProblem> problems;
};
const Shipped& shipped() {
    static const Shipped loaded = [] {
        Shipped s;
        s.catalog = TemplateCatalog::load({kTemplatesDir}, s.problems);
        return s;
    }();
    return loaded;
}

const Edition& edition(std::string_view id) {
    const Edition* found = shipped().catalog.find(id);
    if (!found)
        throw std::runtime_error("edition not shipped: " + std::string(id));
    return *found;
}

// A fresh, empty folder under the system temp folder, removed at the end.
class TempDir {
  public:
    TempDir() {
        std::random_device random;
        path_ = fs::temp_directory_path() / ("statform-templates-test-" + std::to_string(random()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("test fixture text not found: " + from);
    return text.replace(at, from.size(), to);
}

} // namespace

// ---------------------------------------------------------------- loading

TEST(ShippedTemplates, LoadWithoutAnyProblem) {
    for (const LoadProblem& problem : shipped().problems)
        ADD_FAILURE() << problem.describe();
    const auto& editions = shipped().catalog.editions();
    ASSERT_EQ(editions.size(), 3u);
    EXPECT_EQ(editions[0].id, "htsd-2023"); // newest year first
    EXPECT_EQ(editions[1].id, "htsd-2022");
    EXPECT_EQ(editions[2].id, "htsd-2020-district");
    ASSERT_NE(shipped().catalog.newest(), nullptr);
    EXPECT_EQ(shipped().catalog.newest()->id, "htsd-2023");
    EXPECT_EQ(shipped().catalog.find("htsd-1999"), nullptr);
}

TEST(ShippedTemplates, EditionMetadata) {
    const Edition& e2023 = edition("htsd-2023");
    EXPECT_EQ(e2023.year, 2023);
    EXPECT_EQ(e2023.level, "province");
    EXPECT_EQ(e2023.title,
              "MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023");
    EXPECT_EQ(e2023.appendix, "Phụ lục II");
    EXPECT_EQ(e2023.document_number, "3693/KH-UBND");
    EXPECT_EQ(e2023.document_date, "2023-09-28");
    EXPECT_EQ(e2023.theme, "Xây dựng năng lực tự học trong kỷ nguyên số");
    EXPECT_EQ(e2023.week_start, "2023-10-02");
    EXPECT_EQ(e2023.week_end, "2023-10-08");
    EXPECT_EQ(e2023.deadline, "2023-10-20");
    EXPECT_EQ(e2023.code_header, "TT");
    EXPECT_EQ(e2023.label_header, "Nội dung các hoạt động");
    EXPECT_EQ(e2023.count_header, "Số lớp/số cuộc thi");
    EXPECT_EQ(e2023.people_header, "Người");
    EXPECT_EQ(e2023.outline_appendix, "Phụ lục I");

    const Edition& e2022 = edition("htsd-2022");
    EXPECT_EQ(e2022.year, 2022);
    EXPECT_EQ(e2022.level, "province");
    EXPECT_EQ(e2022.code_header, "STT");
    EXPECT_EQ(e2022.label_header, "Các hoạt động");
    EXPECT_EQ(e2022.week_start, "2022-10-01");
    EXPECT_EQ(e2022.deadline, "2022-10-15");

    const Edition& e2020 = edition("htsd-2020-district");
    EXPECT_EQ(e2020.year, 2020);
    EXPECT_EQ(e2020.level, "district");
    EXPECT_EQ(e2020.district, "Tuần Giáo");
    EXPECT_EQ(e2020.theme, "Chuyển đổi số thúc đẩy Học tập suốt đời");
    EXPECT_EQ(e2020.deadline, "2020-10-15");
}

// ------------------------------------------------ (a) rows against the seeds

// Phụ lục II of the 2023 plan is a tab-separated table: TT, label, unit, ...
TEST(SeedTables, Edition2023MatchesTabSeparatedTable) {
    const std::string seed = read_bytes(kSeedsDir / kSeed2023);
    const auto start = seed.find("TT\tNội dung các hoạt động");
    ASSERT_NE(start, std::string::npos);
    const std::vector<std::string> lines = split(seed.substr(start), '\n');
    ASSERT_GE(lines.size(), 3u);

    const Edition& e = edition("htsd-2023");
    const auto header = split(lines[0], '\t');
    const auto subheader = split(lines[1], '\t');
    ASSERT_GE(header.size(), 6u);
    ASSERT_GE(subheader.size(), 5u);
    EXPECT_EQ(header[0], e.code_header);
    EXPECT_EQ(header[1], e.label_header);
    EXPECT_EQ(header[2], e.unit_header);
    EXPECT_EQ(header[3], e.quantity_header);
    EXPECT_EQ(header[5], e.note_header);
    EXPECT_EQ(subheader[3], e.count_header);
    EXPECT_EQ(subheader[4], e.people_header);

    std::vector<PrintedRow> printed;
    for (std::size_t i = 2; i < lines.size(); ++i) {
        if (trim(lines[i]).empty())
            continue; // the page break between 5.2 and 5.3
        const auto cells = split(lines[i], '\t');
        ASSERT_GE(cells.size(), 3u) << lines[i];
        printed.push_back({cells[0], cells[1], cells[2]});
    }
    expect_same_rows(printed, e);
}

// The 2022 table is markdown, in two parts. One row is shifted one cell to
// the left in the source ("| Các lớp bồi dưỡng, tập huấn khác | lớp/người |"):
// a first cell that is not a number is a label, and the unit follows it.
TEST(SeedTables, Edition2022MatchesMarkdownTable) {
    const std::string seed = read_bytes(kSeedsDir / kSeed2022);
    const auto start = seed.find("MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ");
    ASSERT_NE(start, std::string::npos);
    const Edition& e = edition("htsd-2022");

    std::vector<PrintedRow> printed;
    bool header_checked = false;
    for (const std::string& line : split(seed.substr(start), '\n')) {
        if (!line.starts_with("|"))
            continue;
        if (line.find_first_not_of("|- ") == std::string::npos)
            continue; // separator row
        std::vector<std::string> cells = split(trim(line).substr(1), '|');
        for (auto& cell : cells)
            cell = trim(cell);
        cells.resize(std::max<std::size_t>(cells.size(), 6));
        if (cells[0] == "STT") {
            EXPECT_EQ(cells[0], e.code_header);
            EXPECT_EQ(cells[1], e.label_header);
            EXPECT_EQ(cells[2], e.unit_header);
            EXPECT_EQ(cells[3], e.quantity_header);
            EXPECT_EQ(cells[5], e.note_header);
            header_checked = true;
            continue;
        }
        if (cells[3] == "Số lớp/số cuộc thi") {
            EXPECT_EQ(cells[3], e.count_header);
            EXPECT_EQ(cells[4], e.people_header);
            continue;
        }
        if (std::all_of(cells.begin(), cells.end(), [](const auto& c) { return c.empty(); }))
            continue; // the empty header of the table's second part
        const bool is_code = cells[0].find_first_not_of("0123456789.") == std::string::npos;
        if (is_code)
            printed.push_back({cells[0], cells[1], cells[2]});
        else
            printed.push_back({"", cells[0], cells[1]});
    }
    EXPECT_TRUE(header_checked);
    expect_same_rows(printed, e);
}

// ---------------------------------------- (b) 2020: text extracted from PDF

// Every code, label and unit of `e` occurs in `section` in order; `section`
// and the texts are compared with whitespace collapsed.
// With `no_gaps`, nothing but the row's code may stand between one row and
// the next: a row of the seed missing from `e` would be such a gap.
void expect_rows_in_order(const Edition& e, const std::string& section, bool no_gaps = false) {
    const std::string flat = flatten(section);
    std::size_t position = 0;
    for (std::size_t i = 0; i < e.rows.size(); ++i) {
        const TemplateRow& row = e.rows[i];
        const std::string label = flatten(row.label);
        const auto label_at = flat.find(label, position);
        ASSERT_NE(label_at, std::string::npos)
            << e.id << " rows[" << i << "] label not found in order: " << row.label;
        if (no_gaps && i > 0) {
            std::string gap = flat.substr(position, label_at - position);
            if (!row.code.empty())
                if (const auto code_at = gap.find(row.code); code_at != std::string::npos)
                    gap.erase(code_at, row.code.size());
            std::erase(gap, ' ');
            EXPECT_TRUE(gap.empty())
                << e.id << ": \"" << gap << "\" stands in the seed before rows[" << i << "] "
                << row.label;
        }
        if (!row.code.empty()) {
            const std::string before = " " + flat.substr(position, label_at - position) + " ";
            EXPECT_NE(before.find(" " + row.code + " "), std::string::npos)
                << e.id << " rows[" << i << "] code " << row.code << " not before its label";
        }
        position = label_at + label.size();
        if (!row.unit_text.empty()) {
            const auto unit_at = flat.find(flatten(row.unit_text), position);
            ASSERT_NE(unit_at, std::string::npos)
                << e.id << " rows[" << i << "] unit not found in order: " << row.unit_text;
            position = unit_at + flatten(row.unit_text).size();
        }
    }
}

TEST(SeedTables, Edition2020LabelsAndUnitsOccurInOrderInPdfText) {
    const std::string seed = read_bytes(kSeedsDir / kSeed2020);
    const auto start = seed.find("MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ");
    ASSERT_NE(start, std::string::npos);
    const std::string section = seed.substr(start);
    const Edition& e = edition("htsd-2020-district");
    EXPECT_EQ(e.rows.size(), 35u) << "the rows of the printed form";
    expect_rows_in_order(e, section, /*no_gaps=*/true);
    const std::string flat = flatten(section);
    for (const std::string* header :
         {&e.code_header, &e.unit_header, &e.quantity_header, &e.count_header, &e.people_header,
          &e.note_header, &e.subtitle})
        EXPECT_NE(flat.find(*header), std::string::npos) << *header;
}

TEST(SeedTables, TableRowsOfEveryEditionOccurInOrderInTheirSeed) {
    expect_rows_in_order(edition("htsd-2023"), read_bytes(kSeedsDir / kSeed2023));
    const std::string seed2022 = read_bytes(kSeedsDir / kSeed2022);
    expect_rows_in_order(edition("htsd-2022"),
                         seed2022.substr(seed2022.find("MẪU TỔNG HỢP SỐ LIỆU")));
}

// Titles, headers and the narrative outline are printed in the seeds too.
TEST(SeedTables, TitlesAndOutlinesOccurInTheirSeed) {
    const std::vector<std::pair<std::string, const char*>> editions{
        {"htsd-2023", kSeed2023}, {"htsd-2022", kSeed2022}, {"htsd-2020-district", kSeed2020}};
    for (const auto& [id, seed_file] : editions) {
        const Edition& e = edition(id);
        const std::string flat = flatten(read_bytes(kSeedsDir / seed_file));
        for (const std::string* text :
             {&e.title, &e.subtitle, &e.appendix, &e.theme, &e.outline_appendix, &e.outline_title,
              &e.outline_note, &e.report_title, &e.report_subtitle})
            if (!text->empty()) {
                EXPECT_NE(flat.find(*text), std::string::npos) << id << ": " << *text;
            }
        std::size_t position = flat.find(flatten(e.outline_title));
        ASSERT_NE(position, std::string::npos) << id;
        for (const auto& item : e.outline) {
            const std::string numbered =
                item.number == "-" ? "- " + item.heading : item.number + ". " + item.heading;
            const auto at = flat.find(flatten(numbered), position);
            ASSERT_NE(at, std::string::npos) << id << ": outline item not in order: " << numbered;
            position = at + numbered.size();
            if (!item.prompt.empty()) {
                const auto prompt_at = flat.find(flatten(item.prompt), position);
                ASSERT_NE(prompt_at, std::string::npos) << id << ": prompt: " << item.prompt;
                position = prompt_at + item.prompt.size();
            }
        }
    }
}

// ------------------------------------ (c) vendored seeds equal the originals

TEST(SeedTables, VendoredSeedsAreByteIdenticalToSharedSeeds) {
    std::vector<fs::path> originals;
    for (const fs::path& dir : {fs::path("/work/shared/seeds"),
                                fs::path(STATFORM_SOURCE_DIR) / ".." / "shared" / "seeds"})
        if (fs::is_directory(dir))
            originals.push_back(dir);
    if (originals.empty())
        GTEST_SKIP() << "no shared seeds folder next to this checkout";
    for (const fs::path& dir : originals)
        for (const char* name : {kSeed2023, kSeed2022, kSeed2020}) {
            ASSERT_TRUE(fs::exists(dir / name)) << dir / name;
            EXPECT_EQ(read_bytes(kSeedsDir / name), read_bytes(dir / name))
                << name << " differs from " << dir;
        }
}

// ------------------------------------------ (f) units, keys, cross-edition

TEST(ShippedTemplates, EveryUnitTextResolvesToTheRowsUnitType) {
    const UnitTypeCatalog& units = shipped().catalog.unit_types();
    for (const Edition& e : shipped().catalog.editions())
        for (const TemplateRow& row : e.rows) {
            if (row.unit_text.empty())
                continue;
            const auto* unit = units.find_by_spelling(row.unit_text);
            ASSERT_NE(unit, nullptr) << e.id << ": " << row.unit_text;
            EXPECT_EQ(unit->id, row.unit_type_id) << e.id << ": " << row.label;
        }
}

TEST(ShippedTemplates, KeysAreUniqueAndParentsPrecedeChildren) {
    for (const Edition& e : shipped().catalog.editions()) {
        std::set<std::string> seen;
        for (const TemplateRow& row : e.rows) {
            EXPECT_TRUE(seen.insert(row.key).second) << e.id << ": duplicate key " << row.key;
            if (!row.parent_key.empty()) {
                EXPECT_TRUE(seen.contains(row.parent_key)) << e.id << ": " << row.key;
            }
        }
    }
}

TEST(ShippedTemplates, SameMeaningHasTheSameKeyInEveryEdition) {
    // (key, 2023 label, 2022 label, 2020 label); "" = not in that edition.
    const std::vector<std::tuple<std::string, std::string, std::string, std::string>> expected{
        {"classes.literacy", "Xóa mù chữ, giáo dục tiếp tục sau khi biết chữ", "Xóa mù chữ",
         "Xóa mù chữ"},
        {"classes", "Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ",
         "Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ",
         "Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ"},
        {"classes.participants_total", "",
         "Tổng số người tham gia, trong đó:", "Tổng số người tham gia, trong đó:"},
        {"classes.rural_vocational", "Học nghề cho lao động nông thôn",
         "Học nghề cho lao động nông thôn", ""},
        {"classes.universal_primary", "", "Phổ cập giáo dục tiểu học", ""},
        {"classes.universal_lower_secondary", "Phổ cập giáo dục THCS", "Phổ cập giáo dục THCS", ""},
        {"classes.universal_education", "", "", "Phổ cập giáo dục (tiểu học, THCS)"},
        {"classes.other", "Các lớp bồi dưỡng, tập huấn khác", "Các lớp bồi dưỡng, tập huấn khác",
         ""},
        {"classes.community_centre_staff",
         "Bồi dưỡng, tập huấn cho cán bộ quản lý, báo cáo viên trung tâm học tập cộng đồng",
         "Bồi dưỡng, tập huấn cho cán bộ quản lý, báo cáo viên TTVH-TT và HTCD",
         "Bồi dưỡng, tập huấn cho cán bộ quản lý, báo cáo viên TTHTCĐ"},
        {"news_items", "Số tin bài về các hoạt động của Tuần lễ",
         "Số tin, bài về các hoạt động của Tuần lễ", "Số tin bài về các hoạt động của Tuần lễ"},
        {"publications", "Án phẩm, thông tin (tờ rơi, áp phích, băng zôn, khẩu hiệu)",
         "Ấn phẩm thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu)",
         "Ấn phẩm thông tin (tờ rơi, áp phích, băng rôn, khẩu hiệu)"},
        {"book_donation.collectives", "Số tập thể tặng sách", "Số tập thể tặng sách", ""},
        {"book_donation.individuals", "Số cá nhân tặng sách", "Số cá nhân tặng sách", ""},
        {"book_donation.donors", "", "", "Số tập thể, cá nhân tặng sách"},
        {"book_donation.books", "Số sách đã tặng cho các trường học, thư viện",
         "Số sách đã huy động tặng các trường học, thư viện",
         "Số sách đã huy động tặng các trường, thư viện"},
        {"contests.book_exhibitions", "Trưng bày, triển lãm sách báo, tư liệu",
         "Trung bày, triển lãm sách báo, tư liệu", "Trưng bày, triển lãm sách báo, tư liệu"},
        {"contests.other", "", "Các cuộc thi khác", ""},
        {"activities.lifelong_learning_sessions",
         "Sinh hoạt chuyên đề học tập suốt đời, xã hội học tập",
         "Sinh hoạt chuyên đề học tập suốt đời, xây dựng xã hội học tập",
         "Sinh hoạt chuyên đề HTSĐ, xây dựng XHHT"},
        {"activities.museum_visits", "Thăm quan, học tập tại bảo tàng, di tích lịch sử",
         "Tham quan, học tập tại bảo tàng, di tích lịch sử",
         "Thăm quan, học tập tại bảo tàng, di tích lịch sử"},
        {"opening_ceremony.districts", "Số huyện tổ chức Lễ khai mạc Tuần lễ",
         "Số huyện tổ chức Lễ khai mạc", ""},
        {"opening_ceremony.communes", "", "", "Số xã tổ chức Lễ khai mạc Tuần lễ"},
        {"seminars", "Tổ chức hội thảo, sinh hoạt chuyên đề",
         "Tổ chức hội thảo/sinh hoạt chuyên đề", "Tổ chức hội thảo/sinh hoạt chuyên đề"},
        {"awards.collectives", "Tập thể", "Tập thể", "Tập thể"},
        {"funding.state_budget", "Ngân sách nhà nước", "Ngân sách nhà nước", "Ngân sách nhà nước"},
        {"other", "Các nội dung khác (nếu có)", "Các nội dung khác (nếu có)",
         "Các nội dung khác (nếu có)"},
    };
    for (const auto& [key, label2023, label2022, label2020] : expected) {
        const std::vector<std::pair<std::string, std::string>> per_edition{
            {"htsd-2023", label2023}, {"htsd-2022", label2022}, {"htsd-2020-district", label2020}};
        for (const auto& [id, label] : per_edition) {
            const TemplateRow* row = find_row_by_key(edition(id), key);
            if (label.empty()) {
                EXPECT_EQ(row, nullptr) << id << " should not have " << key;
            } else {
                ASSERT_NE(row, nullptr) << id << " has no row " << key;
                EXPECT_EQ(row->label, label) << id << ": " << key;
            }
        }
    }
}

TEST(ShippedTemplates, CombinedRowsNameRowsOfOtherEditions) {
    const TemplateRow* donors =
        find_row_by_key(edition("htsd-2020-district"), "book_donation.donors");
    ASSERT_NE(donors, nullptr);
    EXPECT_EQ(donors->combines,
              (std::vector<std::string>{"book_donation.collectives", "book_donation.individuals"}));
    const TemplateRow* universal =
        find_row_by_key(edition("htsd-2020-district"), "classes.universal_education");
    ASSERT_NE(universal, nullptr);
    EXPECT_EQ(universal->combines, (std::vector<std::string>{"classes.universal_primary",
                                                             "classes.universal_lower_secondary"}));
    for (const Edition& e : shipped().catalog.editions())
        for (const TemplateRow& row : e.rows)
            for (const std::string& key : row.combines)
                EXPECT_NE(find_row_by_key(edition("htsd-2022"), key), nullptr) << key;
}

TEST(ShippedTemplates, GroupsSumTheirChildrenOnlyWhenUnitsAddUp) {
    const std::map<std::string, bool> sums2023{
        {"classes", true}, {"contests", true},       {"activities", true},
        {"funding", true}, {"book_donation", false}, {"opening_ceremony", false},
        {"awards", false}};
    for (const auto& [key, sums] : sums2023) {
        const TemplateRow* row = find_row_by_key(edition("htsd-2023"), key);
        ASSERT_NE(row, nullptr) << key;
        EXPECT_TRUE(row->is_group) << key;
        EXPECT_EQ(row->sums_children, sums) << key;
    }
    EXPECT_EQ(find_row_by_key(edition("htsd-2023"), "funding")->unit_type_id, "money");
    EXPECT_EQ(find_row_by_key(edition("htsd-2022"), "funding")->unit_type_id, "money");
    EXPECT_EQ(find_row_by_key(edition("htsd-2022"), "book_donation")->unit_type_id, "");

    // A summing group's columns must be filled by every child (the
    // "Tổng số người" row excepted: it totals the children itself).
    const UnitTypeCatalog& units = shipped().catalog.unit_types();
    for (const Edition& e : shipped().catalog.editions())
        for (const TemplateRow& group : e.rows) {
            if (!group.sums_children)
                continue;
            const auto* group_unit = units.find_by_id(group.unit_type_id);
            ASSERT_NE(group_unit, nullptr) << e.id << ": " << group.key;
            for (const TemplateRow& child : e.rows) {
                if (child.parent_key != group.key || !child.total_of.empty())
                    continue;
                const auto* child_unit = units.find_by_id(child.unit_type_id);
                ASSERT_NE(child_unit, nullptr) << e.id << ": " << child.key;
                EXPECT_EQ(child_unit->kind, group_unit->kind) << e.id << ": " << child.key;
                if (group_unit->uses_count_column) {
                    EXPECT_TRUE(child_unit->uses_count_column) << e.id << ": " << child.key;
                }
                if (group_unit->uses_people_column) {
                    EXPECT_TRUE(child_unit->uses_people_column) << e.id << ": " << child.key;
                }
            }
        }
}

TEST(ShippedTemplates, TyposAreKeptAndCorrectedSeparately) {
    const std::vector<std::tuple<std::string, std::string, std::string, std::string>> typos{
        {"htsd-2023", "publications", "Án phẩm", "Ấn phẩm"},
        {"htsd-2022", "contests.book_exhibitions", "Trung bày", "Trưng bày"},
        {"htsd-2022", "contests.about_books", "thiêu nhi", "thiếu nhi"},
        {"htsd-2022", "book_donation", "tuyên góp", "quyên góp"},
        {"htsd-2022", "funding.other_sources", "nguồn lợi pháp", "nguồn hợp pháp"},
        {"htsd-2022", "contests", "Tổ chức các thi", "Tổ chức các cuộc thi"},
        {"htsd-2020-district", "book_donation", "quyến góp", "quyên góp"},
    };
    for (const auto& [id, key, typo, fixed] : typos) {
        const TemplateRow* row = find_row_by_key(edition(id), key);
        ASSERT_NE(row, nullptr) << id << " " << key;
        EXPECT_NE(row->label.find(typo), std::string::npos) << id << " " << key;
        EXPECT_NE(row->corrected_label.find(fixed), std::string::npos) << id << " " << key;
        EXPECT_EQ(row->corrected_label.find(typo), std::string::npos) << id << " " << key;
    }
    const Edition& e2023 = edition("htsd-2023");
    EXPECT_NE(e2023.outline_title.find("HƯỚNG ỨNG"), std::string::npos);
    EXPECT_NE(e2023.corrections.at("outline_title").find("HƯỞNG ỨNG"), std::string::npos);
    EXPECT_NE(e2023.report_subtitle.find("hướng ứng"), std::string::npos);
    EXPECT_NE(e2023.corrections.at("report_subtitle").find("hưởng ứng"), std::string::npos);
    const auto thong_ke =
        std::find_if(e2023.outline.begin(), e2023.outline.end(),
                     [](const auto& item) { return !item.corrected_prompt.empty(); });
    ASSERT_NE(thong_ke, e2023.outline.end());
    EXPECT_TRUE(thong_ke->prompt.starts_with("(Thông kê"));
    EXPECT_TRUE(thong_ke->corrected_prompt.starts_with("(Thống kê"));
    // No row of any edition has a correction equal to its label.
    for (const Edition& e : shipped().catalog.editions())
        for (const TemplateRow& row : e.rows)
            EXPECT_NE(row.corrected_label, row.label) << e.id << ": " << row.key;
}

// ------------------------------------------------- (d) malformed files

namespace {

const UnitTypeCatalog& shipped_units() {
    return shipped().catalog.unit_types();
}

// A small valid edition; tests break one thing in it at a time.
const std::string kMinimalEdition = R"({
  "id": "htsd-2099",
  "year": 2099,
  "level": "province",
  "title": "MẪU THỬ",
  "count_header": "Số lớp/số cuộc thi",
  "people_header": "Người",
  "rows": [
    {"code": "1", "label": "Các lớp", "unit_text": "Lớp", "key": "classes", "is_group": true,
     "sums_children": true},
    {"code": "1.1", "label": "Xóa mù chữ", "unit_text": "Lớp/người", "unit_type": "class_people",
     "key": "classes.literacy", "parent_key": "classes"}
  ]
})";

std::vector<LoadProblem> problems_of(const std::string& json,
                                     std::optional<Edition>* result = nullptr) {
    std::vector<LoadProblem> problems;
    auto edition_read = parse_edition(json, "bad.json", shipped_units(), problems);
    if (result)
        *result = std::move(edition_read);
    return problems;
}

// Asserts that an error at `json_path` whose message contains `words` was
// reported for bad.json, and that the edition was rejected.
void expect_error(const std::string& json, const std::string& json_path, const std::string& words) {
    std::optional<Edition> result;
    const auto problems = problems_of(json, &result);
    EXPECT_FALSE(result.has_value()) << "edition should be rejected";
    const bool found = std::any_of(problems.begin(), problems.end(), [&](const LoadProblem& p) {
        return p.file == "bad.json" && p.json_path == json_path && !p.is_warning &&
               p.message.find(words) != std::string::npos;
    });
    std::string all;
    for (const auto& p : problems)
        all += "\n  " + p.describe();
    EXPECT_TRUE(found) << "expected error at " << json_path << " containing \"" << words
                       << "\"; got:" << all;
}

} // namespace

TEST(MalformedEdition, MinimalEditionIsValid) {
    std::optional<Edition> result;
    EXPECT_TRUE(problems_of(kMinimalEdition, &result).empty());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->rows[0].unit_type_id, "classes"); // derived from unit_text
    EXPECT_TRUE(result->rows[0].is_group);
}

TEST(MalformedEdition, MissingField) {
    expect_error(replace_once(kMinimalEdition, R"("label": "Xóa mù chữ", )", ""), "rows[1].label",
                 "missing required field \"label\"");
    expect_error(replace_once(kMinimalEdition, R"("title": "MẪU THỬ",)", ""), "title",
                 "missing required field");
}

TEST(MalformedEdition, WrongType) {
    expect_error(replace_once(kMinimalEdition, R"("year": 2099)", R"("year": "2099")"), "year",
                 "must be a whole number");
    expect_error(replace_once(kMinimalEdition, R"("is_group": true)", R"("is_group": "yes")"),
                 "rows[0].is_group", "true or false");
    expect_error(replace_once(kMinimalEdition, R"("rows": [)", R"("rows": {"x": [)") + "}", "rows",
                 "must be a list");
}

TEST(MalformedEdition, EmptyLabel) {
    expect_error(replace_once(kMinimalEdition, R"("label": "Xóa mù chữ")", R"("label": " ")"),
                 "rows[1].label", "must not be empty");
}

TEST(MalformedEdition, UnknownUnitTypeAndUnknownUnitText) {
    expect_error(
        replace_once(kMinimalEdition, R"("unit_type": "class_people")", R"("unit_type": "lop")"),
        "rows[1].unit_type", "unknown unit type \"lop\"");
    expect_error(
        replace_once(kMinimalEdition, R"("unit_text": "Lớp/người")", R"("unit_text": "Lớp học")"),
        "rows[1].unit_text", "unknown unit \"Lớp học\"");
    expect_error(
        replace_once(kMinimalEdition, R"("unit_type": "class_people")", R"("unit_type": "events")"),
        "rows[1].unit_type", "does not match unit_text");
}

TEST(MalformedEdition, ParentKeyThatDoesNotExist) {
    expect_error(
        replace_once(kMinimalEdition, R"("parent_key": "classes")", R"("parent_key": "clases")"),
        "rows[1].parent_key", "\"clases\" is not the key of any row above");
}

TEST(MalformedEdition, DuplicateKeyAndBadKey) {
    expect_error(
        replace_once(kMinimalEdition, R"("key": "classes.literacy")", R"("key": "classes")"),
        "rows[1].key", "duplicate key \"classes\"");
    expect_error(replace_once(kMinimalEdition, R"("key": "classes.literacy")",
                              R"("key": "Classes Literacy")"),
                 "rows[1].key", "not a valid key");
}

TEST(MalformedEdition, GroupFlagsMustMatchTheChildren) {
    expect_error(replace_once(kMinimalEdition, R"("is_group": true)", R"("is_group": false)"),
                 "rows[0].is_group", "is_group is false");
    expect_error(replace_once(kMinimalEdition, R"("parent_key": "classes")", R"("parent_key": "")"),
                 "rows[0].is_group", "is_group is true");
}

TEST(MalformedEdition, JsonSyntaxErrorNamesLineAndColumn) {
    expect_error(replace_once(kMinimalEdition, R"("level": "province",)", R"("level": "province")"),
                 "", "line 5");
}

TEST(MalformedEdition, MemberWrittenTwice) {
    expect_error(
        replace_once(kMinimalEdition, R"("code": "1.1",)", R"("code": "1.1", "code": "2",)"),
        "rows[1]", "\"code\" is written twice");
}

TEST(MalformedEdition, BadValues) {
    expect_error(replace_once(kMinimalEdition, R"("level": "province")", R"("level": "tỉnh")"),
                 "level", "is not a level");
    expect_error(replace_once(kMinimalEdition, R"("year": 2099,)",
                              R"("year": 2099, "deadline": "20/10/2099",)"),
                 "deadline", "is not a date");
    expect_error(replace_once(kMinimalEdition, R"("year": 2099,)",
                              R"("year": 2099, "corrections": {"titel": "x"},)"),
                 "corrections.titel", "not a text field");
}

TEST(MalformedEdition, UnknownFieldIsOnlyAWarning) {
    std::optional<Edition> result;
    const auto problems =
        problems_of(replace_once(kMinimalEdition, R"("key": "classes",)",
                                 R"("key": "classes", "unit_typ": "classes", "_comment": "ok",)"),
                    &result);
    ASSERT_TRUE(result.has_value());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].is_warning);
    EXPECT_EQ(problems[0].json_path, "rows[0].unit_typ");
}

TEST(MalformedEdition, DecomposedTextIsAWarning) {
    std::optional<Edition> result;
    // "Xóa" written as "Xo" + combining acute accent.
    const auto problems = problems_of(
        replace_once(kMinimalEdition, "\"Xóa mù chữ\"", "\"Xo\u0301a mù chữ\""), &result);
    ASSERT_TRUE(result.has_value());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].json_path, "rows[1].label");
    EXPECT_NE(problems[0].message.find("NFC"), std::string::npos);
}

// ----------------------------------------------- (e) folders and overrides

TEST(TemplateFolders, UserFolderOverridesShippedAndBadFilesAreSkipped) {
    TempDir user;
    const std::string shipped2023 = read_bytes(kTemplatesDir / "htsd-2023.json");
    // Same id, changed title: replaces the shipped 2023 edition.
    write_bytes(user.path() / "htsd-2023.json",
                replace_once(shipped2023, "\"title\": \"MẪU TỔNG HỢP", "\"title\": \"BẢN SỬA MẪU"));
    // A new edition, next year's, made from a copy.
    write_bytes(
        user.path() / "htsd-2024.json",
        replace_once(replace_once(shipped2023, "\"id\": \"htsd-2023\"", "\"id\": \"htsd-2024\""),
                     "\"year\": 2023", "\"year\": 2024"));
    write_bytes(user.path() / "broken.json", "{ \"id\": ");
    write_bytes(user.path() / "notes.txt", "not a template");

    std::vector<LoadProblem> problems;
    const auto catalog = TemplateCatalog::load({kTemplatesDir, user.path()}, problems);

    ASSERT_EQ(catalog.editions().size(), 4u);
    EXPECT_EQ(catalog.newest()->id, "htsd-2024");
    ASSERT_NE(catalog.find("htsd-2023"), nullptr);
    EXPECT_TRUE(catalog.find("htsd-2023")->title.starts_with("BẢN SỬA MẪU"));
    EXPECT_EQ(fs::path(catalog.find("htsd-2023")->source_file), user.path() / "htsd-2023.json");
    EXPECT_NE(catalog.find("htsd-2022"), nullptr);
    EXPECT_NE(catalog.find("htsd-2020-district"), nullptr);

    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(fs::path(problems[0].file), user.path() / "broken.json");
    EXPECT_FALSE(problems[0].is_warning);

    // The other order: the shipped folder comes last and wins.
    problems.clear();
    const auto reversed = TemplateCatalog::load({user.path(), kTemplatesDir}, problems);
    EXPECT_TRUE(reversed.find("htsd-2023")->title.starts_with("MẪU TỔNG HỢP"));
}

TEST(TemplateFolders, SameIdTwiceInOneFolderKeepsTheFirstFile) {
    TempDir dir;
    fs::copy_file(kTemplatesDir / "unit-types.json", dir.path() / "unit-types.json");
    fs::copy_file(kTemplatesDir / "htsd-2022.json", dir.path() / "a.json");
    fs::copy_file(kTemplatesDir / "htsd-2022.json", dir.path() / "b.json");
    std::vector<LoadProblem> problems;
    const auto catalog = TemplateCatalog::load({dir.path()}, problems);
    ASSERT_EQ(catalog.editions().size(), 1u);
    EXPECT_EQ(fs::path(catalog.editions()[0].source_file), dir.path() / "a.json");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(fs::path(problems[0].file), dir.path() / "b.json");
    EXPECT_EQ(problems[0].json_path, "id");
}

// The IT person copies unit-types.json to the user folder, adds a spelling
// next year's form prints and lowers a threshold: both take effect, and
// nothing the shipped catalogue knows is lost.
TEST(TemplateFolders, AUserUnitTypesFileAddsToTheShippedOne) {
    TempDir user;
    std::string text = read_bytes(kTemplatesDir / "unit-types.json");
    const std::string people = "\"spellings\": [\"Người\", \"người\"]";
    ASSERT_NE(text.find(people), std::string::npos);
    text.replace(text.find(people), people.size(),
                 "\"spellings\": [\"Người\", \"Lượt người tham gia\"]");
    const std::string money = "\"min_money_value\": 10000";
    ASSERT_NE(text.find(money), std::string::npos);
    text.replace(text.find(money), money.size(), "\"min_money_value\": 1000");
    std::ofstream(user.path() / "unit-types.json", std::ios::binary) << text;

    std::vector<LoadProblem> problems;
    const auto catalog = TemplateCatalog::load({kTemplatesDir, user.path()}, problems);
    EXPECT_TRUE(problems.empty()) << problems.front().describe();
    const auto& units = catalog.unit_types();
    ASSERT_NE(units.find_by_spelling("lượt người tham gia"), nullptr);
    EXPECT_EQ(units.find_by_spelling("lượt người tham gia")->id, "people");
    ASSERT_NE(units.find_by_spelling("người"), nullptr) << "a shipped spelling was lost";
    EXPECT_EQ(units.find_by_spelling("người")->id, "people");
    EXPECT_EQ(units.thresholds().min_money_value, 1000);
    EXPECT_EQ(catalog.editions().size(), 3u);
}

TEST(TemplateFolders, NoUnitTypesMeansEditionsAreSkippedWithAReason) {
    TempDir dir;
    fs::copy_file(kTemplatesDir / "htsd-2022.json", dir.path() / "htsd-2022.json");
    std::vector<LoadProblem> problems;
    const auto catalog = TemplateCatalog::load({dir.path(), dir.path() / "missing"}, problems);
    EXPECT_TRUE(catalog.editions().empty());
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_NE(problems[0].message.find("no unit-types.json"), std::string::npos);
    EXPECT_NE(problems[1].message.find("skipped"), std::string::npos);
}

TEST(TemplateFolders, UserFolderComesFromTheEnvironment) {
    const char* saved = std::getenv("STATFORM_TEMPLATES_DIR");
    const std::string saved_value = saved ? saved : "";
    ::setenv("STATFORM_TEMPLATES_DIR", "/tmp/my-templates", 1);
    EXPECT_EQ(statform::core::user_templates_dir(), fs::path("/tmp/my-templates"));
    const auto dirs = statform::core::default_template_dirs(kTemplatesDir);
    ASSERT_EQ(dirs.size(), 2u);
    EXPECT_EQ(dirs[0], kTemplatesDir);
    EXPECT_EQ(dirs[1], fs::path("/tmp/my-templates"));
    ::unsetenv("STATFORM_TEMPLATES_DIR");
    if (const char* home = std::getenv("HOME"); home && !std::getenv("XDG_CONFIG_HOME")) {
        EXPECT_EQ(statform::core::user_templates_dir(),
                  fs::path(home) / ".config" / "statform" / "templates");
    }
    if (saved)
        ::setenv("STATFORM_TEMPLATES_DIR", saved_value.c_str(), 1);
}

// ------------------------------------------------- rows read either way ---

TEST(GroupShares, TheUnnumberedRowOf2023IsReadEitherWayAndNoOtherRow) {
    using statform::core::GroupShare;
    for (const Edition& edition : shipped().catalog.editions())
        for (const TemplateRow& row : edition.rows) {
            SCOPED_TRACE(edition.id + " " + row.key);
            const bool either = edition.id == "htsd-2023" && row.key == "classes.rural_vocational";
            EXPECT_EQ(row.in_group_total, either ? GroupShare::Either : GroupShare::Counted);
        }
}

TEST(GroupShares, AnUnnumberedRowAmongNumberedOnesIsEitherWayWithoutTheField) {
    using statform::core::GroupShare;
    // Next year's form typed from a copy that does not know the field: the
    // structure says it (a row without a number among numbered rows).
    const std::string json =
        replace_once(kMinimalEdition, R"("key": "classes.literacy", "parent_key": "classes"})",
                     R"("key": "classes.literacy", "parent_key": "classes"},
    {"code": "", "label": "Học nghề", "unit_text": "Lớp/người", "key": "classes.rural_vocational",
     "parent_key": "classes"})");
    std::optional<Edition> result;
    EXPECT_TRUE(problems_of(json, &result).empty());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->rows[1].in_group_total, GroupShare::Counted);
    EXPECT_EQ(result->rows[2].in_group_total, GroupShare::Either);
    // Stated: "yes" and "no" as written.
    for (const auto& [text, share] :
         {std::pair{"yes", GroupShare::Counted}, std::pair{"no", GroupShare::NotCounted}}) {
        std::optional<Edition> stated;
        EXPECT_TRUE(problems_of(replace_once(json, R"("parent_key": "classes"})",
                                             std::string(R"("parent_key": "classes", )") +
                                                 R"("in_group_total": ")" + text + "\"}"),
                                &stated)
                        .empty());
        ASSERT_TRUE(stated.has_value());
        EXPECT_EQ(stated->rows[1].in_group_total, share) << text;
    }
}

TEST(MalformedEdition, InGroupTotalTakesYesNoOrEitherOnARowOfAGroup) {
    expect_error(replace_once(kMinimalEdition, R"("parent_key": "classes"})",
                              R"("parent_key": "classes", "in_group_total": "maybe"})"),
                 "rows[1].in_group_total", "must be \"yes\", \"no\" or \"either\"");
    expect_error(replace_once(kMinimalEdition, R"("is_group": true,)",
                              R"("is_group": true, "in_group_total": "no",)"),
                 "rows[0].in_group_total", "only a row with a parent_key");
}
