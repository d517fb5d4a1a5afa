// The unit-type catalogue (extension/templates/unit-types.json), its spelling
// lookup, its thresholds, and the text folding the lookup relies on.
#include "core/templates/unit_types.hpp"
#include "core/values/text_normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

using statform::core::LoadProblem;
using statform::core::QuantityKind;
using statform::core::UnitTypeCatalog;
namespace text = statform::core::text;

namespace {

const std::filesystem::path kUnitTypesFile =
    std::filesystem::path(STATFORM_TEMPLATES_DIR) / "unit-types.json";

const UnitTypeCatalog& shipped_units() {
    static const UnitTypeCatalog catalog = [] {
        std::vector<LoadProblem> problems;
        auto loaded = UnitTypeCatalog::load(kUnitTypesFile, problems);
        for (const auto& problem : problems)
            ADD_FAILURE() << problem.describe();
        return loaded.value_or(UnitTypeCatalog{});
    }();
    return catalog;
}

std::string id_of(std::string_view printed) {
    const auto* unit = shipped_units().find_by_spelling(printed);
    return unit ? unit->id : "(none)";
}

} // namespace

// ------------------------------------------------------- text normalisation

TEST(TextNormalize, ComposesDecomposedVietnamese) {
    // "Lớp/người" typed as base letters + combining marks.
    EXPECT_EQ(text::to_nfc_vietnamese("Lo\u031B\u0301p/ngu\u031Bo\u031B\u0300i"), "Lớp/người");
    // Marks in non-canonical order still compose: o + dot below + circumflex.
    EXPECT_EQ(text::to_nfc_vietnamese("cuo\u0323\u0302c"), "cuộc");
    // u + circumflex is no Vietnamese letter: the mark is left where it is.
    EXPECT_EQ(text::to_nfc_vietnamese("u\u0302"), "u\u0302");
    EXPECT_EQ(text::to_nfc_vietnamese("Co\u0323\u0302ng"), "Cộng");
    EXPECT_EQ(text::to_nfc_vietnamese("Co\u0302\u0323ng"), "Cộng");
    // Already NFC text and non-Vietnamese text are left byte for byte.
    EXPECT_EQ(text::to_nfc_vietnamese("Tin, bài/cuộc — “x”"), "Tin, bài/cuộc — “x”");
    EXPECT_EQ(text::to_nfc_vietnamese("\xFF\xFE bad"), "\xFF\xFE bad");
}

TEST(TextNormalize, LowercasesVietnameseLetters) {
    EXPECT_EQ(text::lowercase_vietnamese("ĐỒNG"), "đồng");
    EXPECT_EQ(text::lowercase_vietnamese("TRƯỜNG/ TRUNG TÂM"), "trường/ trung tâm");
    EXPECT_EQ(text::lowercase_vietnamese("Ấn Phẩm ỨNG Ỷ Ỵ"), "ấn phẩm ứng ỷ ỵ");
}

TEST(TextNormalize, CollapsesWhitespace) {
    EXPECT_EQ(text::collapse_whitespace("  Số \n\ncuộc/người\t"), "Số cuộc/người");
    EXPECT_EQ(text::collapse_whitespace("Tin,\u00A0bài"), "Tin, bài");
    EXPECT_EQ(text::collapse_whitespace(""), "");
}

TEST(TextNormalize, UnitSpellingKey) {
    EXPECT_EQ(text::unit_spelling_key("Số cuộc/ người"), "số cuộc/người");
    EXPECT_EQ(text::unit_spelling_key("  SỐ   CUỘC / NGƯỜI "), "số cuộc/người");
    EXPECT_EQ(text::unit_spelling_key("Tin, bài/ cuộc"), "tin, bài/cuộc");
}

// ------------------------------------------------------- the shipped catalogue

TEST(UnitTypes, ShippedCatalogueLoads) {
    EXPECT_EQ(shipped_units().all().size(), 16u);
    for (const auto& unit : shipped_units().all()) {
        EXPECT_FALSE(unit.label_vi.empty()) << unit.id;
        EXPECT_FALSE(unit.label_en.empty()) << unit.id;
        EXPECT_TRUE(unit.uses_count_column || unit.uses_people_column) << unit.id;
    }
}

// Every spelling printed in the seeds leads to one unit type.
TEST(UnitTypes, EverySpellingSeenInTheSeedsResolves) {
    const std::vector<std::pair<std::string, std::string>> seen{
        {"Lớp/người", "class_people"},
        {"lớp/người", "class_people"},
        {"Số cuộc/người", "event_people"},
        {"số cuộc/người", "event_people"},
        {"cuộc/người", "event_people"},
        {"Số cuộc/ người", "event_people"},
        {"Tin, bài/cuộc", "news_items"},
        {"tin, bài", "news_items"},
        {"Tin, bài/ cuộc", "news_items"},
        {"Quyển/tờ", "print_copies"},
        {"quyển/tờ", "print_copies"},
        {"quyển/ tờ", "print_copies"},
        {"đồng", "money"},
        {"Đồng", "money"},
        {"Trường/trung tâm", "schools_centres"},
        {"trường/trung tâm", "schools_centres"},
        {"Trường/ Trung Tâm", "schools_centres"},
        {"Tập thể/cá nhân", "collectives_individuals"},
        {"Huyện", "districts"},
        {"huyện", "districts"},
        {"xã", "communes"},
        {"Lớp", "classes"},
        {"lớp", "classes"},
        {"người", "people"},
        {"Người", "people"},
        {"Số cuộc", "events"},
        {"số cuộc", "events"},
        {"Cuộc", "events"},
        {"cuộc", "events"},
        {"Tập thể", "collectives"},
        {"tập thể", "collectives"},
        {"Cá nhân", "individuals"},
        {"cá nhân", "individuals"},
        {"Quyển", "books"},
        {"quyển", "books"},
        {"Đơn vị", "organisations"},
        {"đơn vị", "organisations"},
    };
    for (const auto& [printed, id] : seen)
        EXPECT_EQ(id_of(printed), id) << printed;
}

TEST(UnitTypes, LookupIgnoresCaseSpacesAndComposition) {
    EXPECT_EQ(id_of("LỚP / NGƯỜI"), "class_people");
    EXPECT_EQ(id_of("  số   cuộc /người "), "event_people");
    EXPECT_EQ(id_of("Lo\u031B\u0301p/ngu\u031Bo\u031B\u0300i"), "class_people"); // decomposed
    EXPECT_EQ(id_of("Số\ncuộc/người"), "event_people"); // a line break inside the cell
    EXPECT_EQ(id_of("Lớp học"), "(none)");
    EXPECT_EQ(id_of(""), "(none)");
}

TEST(UnitTypes, AUnitTypedWithoutDiacriticsIsTheUnitItReadsAs) {
    // A form retyped on a keyboard without Vietnamese.
    EXPECT_EQ(id_of("Lop/nguoi"), "class_people");
    EXPECT_EQ(id_of("So cuoc/nguoi"), "event_people");
    EXPECT_EQ(id_of("dong"), "money");
    EXPECT_EQ(id_of("Truong/trung tam"), "schools_centres");
    EXPECT_EQ(id_of("Don vi"), "organisations");
    EXPECT_EQ(id_of("Huyen"), "districts");
    EXPECT_EQ(id_of("Lop hoc"), "(none)");
}

TEST(UnitTypes, ColumnsAndKinds) {
    const auto* class_people = shipped_units().find_by_id("class_people");
    ASSERT_NE(class_people, nullptr);
    EXPECT_TRUE(class_people->uses_count_column);
    EXPECT_TRUE(class_people->uses_people_column);
    EXPECT_EQ(class_people->kind, QuantityKind::Count);
    EXPECT_EQ(class_people->thresholds, std::vector<std::string>{"max_people_per_class"});

    const auto* money = shipped_units().find_by_id("money");
    ASSERT_NE(money, nullptr);
    EXPECT_EQ(money->kind, QuantityKind::Money);
    EXPECT_TRUE(money->uses_count_column);
    EXPECT_FALSE(money->uses_people_column);

    const auto* people = shipped_units().find_by_id("people");
    ASSERT_NE(people, nullptr);
    EXPECT_EQ(people->kind, QuantityKind::People);
    EXPECT_FALSE(people->uses_count_column);
    EXPECT_TRUE(people->uses_people_column);

    EXPECT_EQ(shipped_units().find_by_id("nope"), nullptr);
}

TEST(UnitTypes, Thresholds) {
    const auto& thresholds = shipped_units().thresholds();
    EXPECT_EQ(thresholds.max_people_per_class, 200);
    EXPECT_EQ(thresholds.max_people_per_event, 5000);
    EXPECT_EQ(thresholds.min_money_value, 10000);
    EXPECT_EQ(thresholds.max_districts_per_province, 30);
    EXPECT_EQ(thresholds.max_communes_per_district, 50);
    EXPECT_EQ(thresholds.max_year_on_year_change_percent, 300);
    EXPECT_EQ(thresholds.get("max_people_per_class"), 200.0);
    EXPECT_FALSE(thresholds.get("no_such_threshold").has_value());
}

// ------------------------------------------------------- malformed catalogues

namespace {

const std::string kMinimalCatalogue = R"({
  "thresholds": {"max_people_per_class": 200, "max_people_per_event": 5000,
                 "min_money_value": 1000, "max_districts_per_province": 30,
                 "max_communes_per_district": 50, "max_year_on_year_change_percent": 300,
                 "max_books_per_person": 100},
  "unit_types": [
    {"id": "classes", "label_vi": "Lớp", "label_en": "classes", "columns": ["count"],
     "kind": "count", "spellings": ["lớp"]},
    {"id": "class_people", "label_vi": "Lớp/người", "label_en": "classes/people",
     "columns": ["count", "people"], "kind": "count", "thresholds": ["max_people_per_class"]}
  ]
})";

std::string with(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("fixture text not found: " + from);
    return text.replace(at, from.size(), to);
}

void expect_rejected(const std::string& json, const std::string& json_path,
                     const std::string& words) {
    std::vector<LoadProblem> problems;
    const auto catalog = UnitTypeCatalog::parse(json, "units.json", problems);
    EXPECT_FALSE(catalog.has_value());
    std::string all;
    for (const auto& p : problems)
        all += "\n  " + p.describe();
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(),
                            [&](const LoadProblem& p) {
                                return p.file == "units.json" && p.json_path == json_path &&
                                       p.message.find(words) != std::string::npos;
                            }))
        << "expected " << json_path << " / " << words << "; got:" << all;
}

} // namespace

TEST(MalformedUnitTypes, MinimalCatalogueIsValidAndKeepsExtraThresholds) {
    std::vector<LoadProblem> problems;
    const auto catalog = UnitTypeCatalog::parse(kMinimalCatalogue, "units.json", problems);
    ASSERT_TRUE(catalog.has_value());
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(catalog->thresholds().get("max_books_per_person"), 100.0);
    EXPECT_EQ(catalog->find_by_spelling("LỚP")->id, "classes");
}

TEST(MalformedUnitTypes, Problems) {
    expect_rejected(
        with(kMinimalCatalogue, R"("spellings": ["lớp"])", R"("spellings": ["Lớp/ người"])"),
        "unit_types[1].label_vi", "already belongs to unit type \"classes\"");
    expect_rejected(with(kMinimalCatalogue, R"(["count", "people"])", R"(["count", "persons"])"),
                    "unit_types[1].columns[1]", "unknown column \"persons\"");
    expect_rejected(with(kMinimalCatalogue, R"("min_money_value": 1000,)", ""),
                    "thresholds.min_money_value", "missing required threshold");
    expect_rejected(
        with(kMinimalCatalogue, R"("min_money_value": 1000)", R"("min_money_value": "1000")"),
        "thresholds.min_money_value", "must be a number");
    expect_rejected(with(kMinimalCatalogue, R"(["max_people_per_class"])", R"(["max_people"])"),
                    "unit_types[1].thresholds[0]", "no threshold named \"max_people\"");
    expect_rejected(with(kMinimalCatalogue, R"("kind": "count", "spellings")",
                         R"("kind": "money", "columns": ["people"], "spellings")"),
                    "unit_types[0]", "written twice");
    expect_rejected(with(kMinimalCatalogue, R"("id": "class_people")", R"("id": "classes")"),
                    "unit_types[1].id", "duplicate unit type id");
    expect_rejected(with(kMinimalCatalogue, R"("id": "classes")", R"("id": "Lớp")"),
                    "unit_types[0].id", "not a valid id");
    expect_rejected(with(kMinimalCatalogue, R"("kind": "count", "spellings")",
                         R"("kind": "number", "spellings")"),
                    "unit_types[0].kind", "unknown kind");
    expect_rejected(with(kMinimalCatalogue, R"("label_en": "classes",)", ""),
                    "unit_types[0].label_en", "missing required field");
}

TEST(UnitTypes, TwoUnitsThatReadTheSameWithoutDiacriticsAreNeither) {
    // "Xã" and "Xa" would fold alike: a folded "xa" cannot tell them apart.
    std::vector<LoadProblem> problems;
    const auto catalog = UnitTypeCatalog::parse(with(kMinimalCatalogue, R"("unit_types": [)",
                                                     R"("unit_types": [
    {"id": "communes", "label_vi": "Xã", "label_en": "communes", "columns": ["count"], "kind": "count"},
    {"id": "distance", "label_vi": "Xa", "label_en": "far", "columns": ["count"], "kind": "count"},)"),
                                                "units.json", problems);
    ASSERT_TRUE(catalog.has_value()) << (problems.empty() ? "" : problems[0].describe());
    EXPECT_EQ(catalog->find_by_spelling("Xã")->id, "communes"); // exact spellings still decide
    EXPECT_EQ(catalog->find_by_spelling("XA")->id, "distance");
    EXPECT_EQ(catalog->find_by_spelling("xa "), catalog->find_by_spelling("Xa"));
    EXPECT_EQ(catalog->find_by_spelling("Xà"), nullptr); // folds to both
}
