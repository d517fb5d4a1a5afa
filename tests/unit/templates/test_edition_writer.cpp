// core/edition_writer: a written edition reads back equal, and looks like the
// shipped files (field order, layout), byte for byte but for their comment.
#include "core/templates/edition_parser.hpp"
#include "core/templates/edition_writer.hpp"
#include "test_data.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace statform {
namespace {

using namespace core;

std::string shipped_text(std::string_view id) {
    std::ifstream file(std::string(STATFORM_TEMPLATES_DIR) + "/" + std::string(id) + ".json",
                       std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// The shipped file without its "_comment" line, which an Edition does not keep.
std::string without_comment(const std::string& text) {
    std::istringstream lines(text);
    std::string line, kept;
    while (std::getline(lines, line))
        if (!line.starts_with("  \"_comment\""))
            kept += line + "\n";
    return kept;
}

Edition parsed(const std::string& json, std::vector<LoadProblem>& problems) {
    auto edition = parse_edition(json, "written.json", test_data::catalog().unit_types(), problems);
    EXPECT_TRUE(edition.has_value());
    return edition.value_or(Edition{});
}

class WrittenEdition : public ::testing::TestWithParam<const char*> {};

TEST_P(WrittenEdition, ReadsBackEqual) {
    Edition shipped = test_data::edition(GetParam());
    shipped.source_file.clear();
    std::vector<LoadProblem> problems;
    const Edition back = parsed(write_edition_json(shipped), problems);
    EXPECT_TRUE(problems.empty()) << problems.front().message;
    EXPECT_TRUE(back == shipped);
    EXPECT_EQ(back.rows, shipped.rows);
}

TEST_P(WrittenEdition, LooksLikeTheShippedFile) {
    Edition shipped = test_data::edition(GetParam());
    EXPECT_EQ(write_edition_json(shipped), without_comment(shipped_text(GetParam())));
}

INSTANTIATE_TEST_SUITE_P(EditionWriter, WrittenEdition,
                         ::testing::Values("htsd-2023", "htsd-2022", "htsd-2020-district"),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::erase(name, '-');
                             return name;
                         });

TEST(EditionWriter, EscapesWhatJsonMustEscapeAndKeepsVietnameseAsIs) {
    Edition edition = test_data::edition("htsd-2023");
    edition.title = "Mẫu \"mới\" \\ 2024";
    const std::string json = write_edition_json(edition);
    EXPECT_NE(json.find(R"("title": "Mẫu \"mới\" \\ 2024")"), std::string::npos);
    std::vector<LoadProblem> problems;
    EXPECT_EQ(parsed(json, problems).title, edition.title);
}

} // namespace
} // namespace statform
