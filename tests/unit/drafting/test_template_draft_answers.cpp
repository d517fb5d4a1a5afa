// "Make a template from this table", what the person answers: a unit the
// catalogue does not know (a new unit type, or another spelling of a known
// one), a key chosen for a row; and saving the template with its unit types
// into a templates folder that StatForm then loads as it is.
#include "core/drafting/template_draft.hpp"
#include "core/drafting/template_draft_defaults.hpp"
#include "core/drafting/template_draft_report.hpp"
#include "core/drafting/template_draft_units.hpp"
#include "core/drafting/template_folder.hpp"
#include "core/templates/unit_types_writer.hpp"
#include "rules/test_validation_support.hpp"
#include "test_draft_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace statform {
namespace {

using namespace core;
using validation_test::FormSheet;
using namespace draft_test;

DraftRequest request_2025() {
    return {"htsd-2025-test", 2025, "MẪU TỔNG HỢP 2025", {}, {}, "Thống kê", Language::English};
}

// The 2023 form as a two-level (province, commune/ward) office retypes it for 2025.
FormSheet communes_and_wards_form() {
    FormSheet sheet("htsd-2023");
    sheet.label("opening_ceremony.districts", "Số xã, phường tổ chức Lễ khai mạc Tuần lễ");
    sheet.unit("opening_ceremony.districts", "Xã, phường");
    return sheet;
}

const TemplateRow* row_labelled(const Edition& edition, std::string_view label) {
    for (const TemplateRow& row : edition.rows)
        if (row.label == label)
            return &row;
    return nullptr;
}

std::string describe(const TemplateDraft& draft) {
    std::string text;
    for (const DraftProblem& problem : draft.problems)
        text += problem.what + ": " + problem.message + "\n";
    return text;
}

TEST(TemplateDraftAnswers, AnUnknownUnitIsAskedForOnce) {
    const TemplateDraft draft = draft_of(communes_and_wards_form().grid(), request_2025());
    EXPECT_FALSE(draft.ok());
    EXPECT_EQ(unknown_units(draft), std::vector<std::string>{"Xã, phường"});
    // The rows are still shown, so the person sees what the answer is for.
    EXPECT_EQ(draft.preview.rows.size(), test_data::edition("htsd-2023").rows.size());
}

TEST(TemplateDraftAnswers, AnUnknownUnitAnsweredAsANewCountBecomesAUnitTypeOfItsOwn) {
    DraftRequest request = request_2025();
    request.unit_answers.push_back({"Xã, phường", "", true, false, QuantityKind::Count});
    const TemplateDraft draft = draft_of(communes_and_wards_form().grid(), request);
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const TemplateRow* row =
        row_labelled(*draft.edition, "Số xã, phường tổ chức Lễ khai mạc Tuần lễ");
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->unit_type_id, "xa_phuong");
    EXPECT_EQ(row->unit_text, "Xã, phường");
    ASSERT_EQ(draft.unit_types_to_save.size(), 1u);
    const UnitType& unit = draft.unit_types_to_save.front();
    EXPECT_EQ(unit.label_vi, "Xã, phường");
    EXPECT_TRUE(unit.uses_count_column);
    EXPECT_FALSE(unit.uses_people_column);
    EXPECT_EQ(unit.kind, QuantityKind::Count);
    EXPECT_TRUE(unit.thresholds.empty()) << "no district threshold on communes and wards";
    // Communes and wards are not districts: a new key in the opening
    // ceremony's group (Merge says the districts of a 2023 report have no
    // counterpart), with the known rows it resembles offered to choose from.
    EXPECT_EQ(row->key.rfind("opening_ceremony.", 0), 0u) << row->key;
    EXPECT_NE(row->key, "opening_ceremony.districts");
    const std::size_t r = static_cast<std::size_t>(row - draft.edition->rows.data());
    ASSERT_FALSE(draft.key_candidates[r].empty());
    EXPECT_EQ(draft.key_candidates[r].front().key.rfind("opening_ceremony.", 0), 0u);
}

TEST(TemplateDraftAnswers, AnUnknownUnitAnsweredAsASpellingOfAKnownUnitType) {
    FormSheet sheet("htsd-2023");
    sheet.unit("news_items", "Bản tin");
    DraftRequest request = request_2025();
    request.unit_answers.push_back({"Bản tin", "news_items"});
    const TemplateDraft draft = draft_of(sheet.grid(), request);
    ASSERT_TRUE(draft.ok()) << describe(draft);
    ASSERT_EQ(draft.unit_types_to_save.size(), 1u);
    EXPECT_EQ(draft.unit_types_to_save.front().id, "news_items");
    const auto& spellings = draft.unit_types_to_save.front().spellings;
    EXPECT_NE(std::find(spellings.begin(), spellings.end(), "Bản tin"), spellings.end());
}

TEST(TemplateDraftAnswers, AnswersAreReadAsTheCommandLineWritesThem) {
    const UnitTypeCatalog& known = test_data::catalog().unit_types();
    const auto people = draft::parse_unit_answer("Lượt người=new:people", known);
    ASSERT_TRUE(people);
    EXPECT_EQ(people->typed, "Lượt người");
    EXPECT_EQ(people->kind, QuantityKind::People);
    EXPECT_TRUE(people->people_column);
    EXPECT_FALSE(people->count_column);
    const auto both = draft::parse_unit_answer("Nhóm/người=new:count-people", known);
    ASSERT_TRUE(both);
    EXPECT_TRUE(both->count_column && both->people_column);
    const auto money = draft::parse_unit_answer("Triệu đồng=new:money", known);
    ASSERT_TRUE(money);
    EXPECT_EQ(money->kind, QuantityKind::Money);
    const auto same = draft::parse_unit_answer("Bản tin=news_items", known);
    ASSERT_TRUE(same);
    EXPECT_EQ(same->same_as, "news_items");
    EXPECT_FALSE(draft::parse_unit_answer("Bản tin=no_such_type", known));
    EXPECT_FALSE(draft::parse_unit_answer("Bản tin=new:ratio", known));
    EXPECT_FALSE(draft::parse_unit_answer("=news_items", known));
    const auto key = draft::parse_key_choice("C14=classes.life_skills");
    ASSERT_TRUE(key);
    EXPECT_EQ(key->first, "C14");
    EXPECT_EQ(key->second, "classes.life_skills");
    EXPECT_EQ(draft::parse_key_choice("C14=")->second, "");
}

TEST(TemplateDraftAnswers, EveryNewUnitKindTheDialogOffersReadsFromItsCommandLineName) {
    const UnitTypeCatalog& known = test_data::catalog().unit_types();
    for (const draft::NewUnitKind& kind : draft::kNewUnitKinds) {
        const auto read =
            draft::parse_unit_answer("Xã, phường=new:" + std::string(kind.name), known);
        ASSERT_TRUE(read) << kind.name;
        const UnitAnswer offered = draft::new_unit_answer("Xã, phường", kind);
        EXPECT_EQ(read->typed, offered.typed);
        EXPECT_EQ(read->kind, offered.kind) << kind.name;
        EXPECT_EQ(read->count_column, offered.count_column) << kind.name;
        EXPECT_EQ(read->people_column, offered.people_column) << kind.name;
    }
}

TEST(TemplateDraftAnswers, EditionIdsAndYearsAreCheckedAlikeByTheDialogAndTheCommandLine) {
    EXPECT_TRUE(is_edition_id("htsd-2025"));
    EXPECT_TRUE(is_edition_id("htsd-2025-xa-phuong"));
    EXPECT_FALSE(is_edition_id(""));
    EXPECT_FALSE(is_edition_id("HTSD-2025"));
    EXPECT_FALSE(is_edition_id("htsd 2025"));
    EXPECT_FALSE(is_edition_id("../htsd"));
    EXPECT_EQ(edition_year("2025"), 2025);
    EXPECT_EQ(edition_year("2000"), 2000);
    EXPECT_EQ(edition_year("2100"), 2100);
    EXPECT_FALSE(edition_year("1999"));
    EXPECT_FALSE(edition_year("2101"));
    EXPECT_FALSE(edition_year("2025a"));
    EXPECT_FALSE(edition_year(""));
}

TEST(TemplateDraftKeys, EveryRowOffersItsClosestKnownKeysMostAlikeFirst) {
    const FormSheet sheet("htsd-2023");
    const TemplateDraft draft = draft_of(sheet.grid(), request_2025());
    ASSERT_TRUE(draft.ok()) << describe(draft);
    ASSERT_EQ(draft.key_candidates.size(), draft.edition->rows.size());
    for (std::size_t r = 0; r < draft.key_candidates.size(); ++r) {
        const auto& candidates = draft.key_candidates[r];
        ASSERT_FALSE(candidates.empty());
        EXPECT_LE(candidates.size(), kDraftKeyCandidates);
        EXPECT_EQ(candidates.front().key, draft.edition->rows[r].key);
        for (std::size_t c = 1; c < candidates.size(); ++c)
            EXPECT_GE(candidates[c - 1].confidence, candidates[c].confidence);
    }
}

TEST(TemplateDraftKeys, AKeyChosenByThePersonWinsAndTheRowThatHadItGetsANewOne) {
    const FormSheet sheet("htsd-2023");
    DraftRequest request = request_2025();
    // "Kỹ năng sống" is said to be what 2023 called "Khoa học, pháp luật".
    request.chosen_keys[sheet.label_cell("classes.life_skills")] = "classes.science_law";
    const TemplateDraft draft = draft_of(sheet.grid(), request);
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const auto& rows = draft.edition->rows;
    const auto key_at = [&](std::string_view cell) {
        for (std::size_t r = 0; r < rows.size(); ++r)
            if (draft.label_cells[r].a1() == cell)
                return rows[r].key;
        return std::string();
    };
    EXPECT_EQ(key_at(sheet.label_cell("classes.life_skills")), "classes.science_law");
    const std::string other = key_at(sheet.label_cell("classes.science_law"));
    EXPECT_NE(other, "classes.science_law");
    EXPECT_EQ(other.rfind("classes.", 0), 0u) << other << ": a new key under its group";
}

TEST(TemplateDraftKeys, AChosenNewKeyAndAnUnknownKey) {
    const FormSheet sheet("htsd-2023");
    DraftRequest request = request_2025();
    request.chosen_keys[sheet.label_cell("classes.life_skills")] = "";
    const TemplateDraft fresh = draft_of(sheet.grid(), request);
    ASSERT_TRUE(fresh.ok()) << describe(fresh);
    for (std::size_t r = 0; r < fresh.edition->rows.size(); ++r)
        EXPECT_NE(fresh.edition->rows[r].key, "classes.life_skills");

    request.chosen_keys[sheet.label_cell("classes.life_skills")] = "no.such.key";
    const TemplateDraft unknown = draft_of(sheet.grid(), request);
    ASSERT_EQ(unknown.problems.size(), 1u) << describe(unknown);
    EXPECT_EQ(unknown.problems.front().what, "unknown-key");
    EXPECT_NE(unknown.problems.front().message.find(sheet.label_cell("classes.life_skills")),
              std::string::npos);
}

TEST(TemplateDraftKeys, TwoRowsGivenTheSameKeyIsAProblemNamingBoth) {
    const FormSheet sheet("htsd-2023");
    DraftRequest request = request_2025();
    request.chosen_keys[sheet.label_cell("classes.life_skills")] = "classes.science_law";
    request.chosen_keys[sheet.label_cell("classes.science_law")] = "classes.science_law";
    const TemplateDraft draft = draft_of(sheet.grid(), request);
    ASSERT_EQ(draft.problems.size(), 1u) << describe(draft);
    EXPECT_EQ(draft.problems.front().what, "duplicate-key");
}

TEST(UnitTypesWriter, WrittenCatalogueReadsBackTheSame) {
    const UnitTypeCatalog& known = test_data::catalog().unit_types();
    std::vector<LoadProblem> problems;
    const auto again = UnitTypeCatalog::parse(
        write_unit_types_json(known.thresholds(), known.all()), "x", problems);
    ASSERT_TRUE(again);
    EXPECT_TRUE(problems.empty()) << problems.front().describe();
    ASSERT_EQ(again->all().size(), known.all().size());
    for (std::size_t u = 0; u < known.all().size(); ++u) {
        const UnitType& want = known.all()[u];
        const UnitType& got = again->all()[u];
        EXPECT_EQ(got.id, want.id);
        EXPECT_EQ(got.label_vi, want.label_vi);
        EXPECT_EQ(got.uses_count_column, want.uses_count_column);
        EXPECT_EQ(got.uses_people_column, want.uses_people_column);
        EXPECT_EQ(got.kind, want.kind);
        EXPECT_EQ(got.spellings, want.spellings);
        EXPECT_EQ(got.thresholds, want.thresholds);
    }
    EXPECT_EQ(again->thresholds().values, known.thresholds().values);
}

class TemplateFolder : public ::testing::Test {
  protected:
    void SetUp() override {
        folder_ = std::filesystem::temp_directory_path() /
                  ("statform-template-folder-" + std::to_string(getpid()));
        std::filesystem::remove_all(folder_);
    }
    void TearDown() override { std::filesystem::remove_all(folder_); }

    TemplateDraft answered_draft() const {
        DraftRequest request = request_2025();
        request.unit_answers.push_back({"Xã, phường", "", true, false, QuantityKind::Count});
        return draft_of(communes_and_wards_form().grid(), request);
    }
    SaveOutcome save(const TemplateDraft& draft, const TemplateCatalog& catalog,
                     bool replace = false) const {
        return save_draft(draft, catalog, draft_phrases(),
                          {template_file_in(folder_, draft), replace, Language::English});
    }

    std::filesystem::path folder_;
};

TEST_F(TemplateFolder, SavedTemplateAndItsUnitTypesLoadWithTheShippedOnes) {
    const TemplateDraft draft = answered_draft();
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const SaveOutcome saved = save(draft, test_data::catalog());
    ASSERT_TRUE(saved.saved) << saved.message << " " << saved.detail;
    EXPECT_TRUE(std::filesystem::exists(folder_ / "htsd-2025-test.json"));
    EXPECT_EQ(saved.unit_types_file, folder_ / "unit-types.json");

    std::vector<LoadProblem> problems;
    const TemplateCatalog loaded =
        TemplateCatalog::load({STATFORM_TEMPLATES_DIR, folder_}, problems);
    EXPECT_TRUE(problems.empty()) << problems.front().describe();
    const Edition* edition = loaded.find("htsd-2025-test");
    ASSERT_NE(edition, nullptr);
    EXPECT_EQ(edition->rows.size(), draft.edition->rows.size());
    ASSERT_NE(loaded.unit_types().find_by_spelling("Xã, phường"), nullptr);
    EXPECT_EQ(loaded.unit_types().find_by_spelling("Xã, phường")->id, "xa_phuong");
    EXPECT_NE(loaded.unit_types().find_by_id("class_people"), nullptr) << "the shipped ones stay";
}

TEST_F(TemplateFolder, NothingThatExistsIsReplacedUnlessAsked) {
    const TemplateDraft draft = answered_draft();
    ASSERT_TRUE(save(draft, test_data::catalog()).saved);
    const auto file = folder_ / "htsd-2025-test.json";
    { std::ofstream(file, std::ios::app) << " "; }
    const auto before = std::filesystem::file_size(file);
    const SaveOutcome again = save(draft, test_data::catalog());
    EXPECT_FALSE(again.saved);
    EXPECT_EQ(again.what, "file-exists");
    EXPECT_EQ(std::filesystem::file_size(file), before);
    EXPECT_TRUE(save(draft, test_data::catalog(), true).saved);

    // An id StatForm already knows, from another file: refused too.
    DraftRequest shipped_id = request_2025();
    shipped_id.id = "htsd-2023";
    const TemplateDraft same_id = draft_of(FormSheet("htsd-2023").grid(), shipped_id);
    ASSERT_TRUE(same_id.ok());
    const SaveOutcome refused = save(same_id, test_data::catalog());
    EXPECT_EQ(refused.what, "id-exists");
    EXPECT_NE(refused.message.find("htsd-2023"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(folder_ / "htsd-2023.json"));
}

TEST_F(TemplateFolder, TheRefusalIsKnownBeforeAnythingIsRead) {
    // The command line asks before it reads the workbook: the same answer
    // save_draft would give, and nothing to say once replacing is asked for.
    std::filesystem::create_directories(folder_);
    const auto file = folder_ / "htsd-2025-test.json";
    { std::ofstream(file) << "{}"; }
    const SaveRequest keep{file, false, Language::English};
    const auto refusal =
        refusal_to_save("htsd-2025-test", test_data::catalog(), draft_phrases(), keep);
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->what, "file-exists");
    EXPECT_NE(refusal->message.find(file.string()), std::string::npos);
    EXPECT_FALSE(refusal_to_save("htsd-2025-test", test_data::catalog(), draft_phrases(),
                                 {file, true, Language::English}));
    const auto shipped = refusal_to_save("htsd-2023", test_data::catalog(), draft_phrases(),
                                         {folder_ / "other.json", false, Language::English});
    ASSERT_TRUE(shipped);
    EXPECT_EQ(shipped->what, "id-exists");
}

TEST_F(TemplateFolder, ThresholdsAreSavedBesideTheUnitTypesTheFolderHas) {
    ASSERT_TRUE(save(answered_draft(), test_data::catalog()).saved); // adds "Xã, phường"
    std::string detail;
    ASSERT_TRUE(save_thresholds(folder_, test_data::catalog(),
                                {{"max_people_per_class", 350.0}, {"min_money_value", 0.0}},
                                detail))
        << detail;
    std::vector<LoadProblem> problems;
    const auto saved = UnitTypeCatalog::load(folder_ / "unit-types.json", problems);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->thresholds().get("max_people_per_class"), 350.0);
    EXPECT_EQ(saved->thresholds().get("min_money_value"), 0.0);
    EXPECT_EQ(saved->thresholds().get("max_people_per_event"),
              test_data::catalog().unit_types().thresholds().get("max_people_per_event"));
    ASSERT_EQ(saved->all().size(), 1u);
    EXPECT_EQ(saved->all().front().label_vi, "Xã, phường");

    // A folder whose unit-types.json does not load is left as it is.
    { std::ofstream(folder_ / "unit-types.json") << "{ not json"; }
    EXPECT_FALSE(
        save_thresholds(folder_, test_data::catalog(), {{"max_people_per_class", 1.0}}, detail));
    EXPECT_FALSE(detail.empty());
}

TEST(TemplateFolderThresholds, AThresholdIsReadAsANumberTypedTheVietnameseWay) {
    EXPECT_EQ(read_threshold("200"), 200.0);
    EXPECT_EQ(read_threshold("10.000"), 10000.0);
    EXPECT_EQ(read_threshold("2,5"), 2.5);
    EXPECT_EQ(read_threshold("0"), 0.0);
    EXPECT_FALSE(read_threshold(""));
    EXPECT_FALSE(read_threshold("-5"));
    EXPECT_FALSE(read_threshold("nhiều"));
}

TEST_F(TemplateFolder, ADraftWithProblemsIsNeverSaved) {
    const TemplateDraft draft = draft_of(communes_and_wards_form().grid(), request_2025());
    const SaveOutcome refused = save(draft, test_data::catalog());
    EXPECT_FALSE(refused.saved);
    EXPECT_EQ(refused.what, "not-ready");
    EXPECT_FALSE(std::filesystem::exists(folder_));
}

TEST(TemplateDraftReport, RowLineNamesTheCellTheUnitItsColumnsAndTheKeysOrigin) {
    DraftRequest request = request_2025();
    request.unit_answers.push_back({"Xã, phường", "", true, false, QuantityKind::Count});
    const FormSheet sheet = communes_and_wards_form();
    const TemplateDraft draft = draft_of(sheet.grid(), request);
    ASSERT_TRUE(draft.ok()) << describe(draft);
    for (std::size_t r = 0; r < draft.edition->rows.size(); ++r) {
        if (draft.edition->rows[r].key != "classes.life_skills")
            continue;
        const std::string line = draft_row_line(draft, r, draft_phrases(), Language::English);
        EXPECT_EQ(line.rfind(sheet.label_cell("classes.life_skills"), 0), 0u) << line;
        EXPECT_NE(line.find("Lớp/người: count and people columns"), std::string::npos) << line;
        EXPECT_NE(line.find("(htsd-2023, 100% alike)"), std::string::npos) << line;
        const std::string vi = draft_row_line(draft, r, draft_phrases(), Language::Vietnamese);
        EXPECT_NE(vi.find("cột Số lớp/số cuộc và cột Người"), std::string::npos) << vi;
        EXPECT_EQ(vi.find("alike"), std::string::npos) << vi;
    }
}

} // namespace
} // namespace statform

namespace statform {
namespace {

using namespace core;
using namespace draft_test;

TEST(TemplateDraftOutline, TheReportOutlineOfTheClosestEditionCarriesOverWithTheNewYear) {
    DraftRequest request{"htsd-2025-test", 2025, "MẪU TỔNG HỢP 2025"};
    request.theme = "Học tập suốt đời trong kỷ nguyên số";
    const TemplateDraft draft = draft_of(validation_test::FormSheet("htsd-2023").grid(), request);
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const Edition& shipped = test_data::edition("htsd-2023");
    EXPECT_EQ(draft.edition->theme, request.theme);
    ASSERT_EQ(draft.edition->outline.size(), shipped.outline.size());
    EXPECT_EQ(draft.edition->outline.front().heading, shipped.outline.front().heading);
    EXPECT_NE(shipped.outline_title.find("NĂM 2023"), std::string::npos);
    EXPECT_NE(draft.edition->outline_title.find("NĂM 2025"), std::string::npos)
        << draft.edition->outline_title;
    EXPECT_EQ(draft.edition->outline_title.find("2023"), std::string::npos);
    EXPECT_NE(draft.edition->report_subtitle.find("năm 2025"), std::string::npos)
        << draft.edition->report_subtitle;
}

} // namespace
} // namespace statform
