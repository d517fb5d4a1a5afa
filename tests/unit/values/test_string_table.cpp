#include "core/values/string_table.hpp"

#include <gtest/gtest.h>

using namespace statform::core;

TEST(StringTable, PicksLanguageAndFillsPlaceholders) {
    std::vector<std::string> problems;
    const auto table = StringTable::parse(
        R"({"hello": {"vi": "Xin chào {name}", "en": "Hello {name}"}})", problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(table.format("hello", Language::Vietnamese, {{"name", "Lai Châu"}}),
              "Xin chào Lai Châu");
    EXPECT_EQ(table.format("hello", Language::English, {{"name", "Lai Châu"}}), "Hello Lai Châu");
}

TEST(StringTable, UnknownKeyShowsTheKeyAndMissingLanguageIsReported) {
    std::vector<std::string> problems;
    const auto table = StringTable::parse(R"({"only.vi": {"vi": "chỉ tiếng Việt"}})", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("only.vi"), std::string::npos);
    EXPECT_EQ(table.get("only.vi", Language::English), "chỉ tiếng Việt");
    EXPECT_EQ(table.get("no.such.key", Language::Vietnamese), "no.such.key");
}

TEST(StringTable, MalformedJsonIsAProblemNotACrash) {
    std::vector<std::string> problems;
    const auto table = StringTable::parse("{not json", problems);
    EXPECT_EQ(problems.size(), 1u);
    EXPECT_FALSE(table.contains("anything"));
}

TEST(StringTable, ShippedUiStringsHaveBothLanguages) {
    std::vector<std::string> problems;
    const auto table = StringTable::load(STATFORM_SOURCE_DIR "/dialogs/strings.json", problems);
    EXPECT_TRUE(problems.empty()) << problems.front();
    for (const char* key :
         {"command.Validate", "validate.summary", "insert.undo-title", "merge.done"})
        EXPECT_TRUE(table.contains(key)) << key;
}

TEST(Language, FromLocale) {
    EXPECT_EQ(language_from_locale("en-US"), Language::English);
    EXPECT_EQ(language_from_locale("vi"), Language::Vietnamese);
    EXPECT_EQ(language_from_locale(""), Language::Vietnamese);
}
