// "Make a template from this table" (core/template_draft): the shipped
// editions, laid out as Insert template does, draft back to themselves; a
// hand-typed table keeps its text but finds the known keys; bad tables are
// refused with the cell named.
#include "core/drafting/template_draft.hpp"
#include "core/values/label_fold.hpp"
#include "rules/test_validation_support.hpp"
#include "test_draft_support.hpp"

#include <gtest/gtest.h>

namespace statform {
namespace {

using namespace core;
using validation_test::FormSheet;
using namespace draft_test;

DraftRequest request_for(const Edition& shipped, Language language = Language::English) {
    return {shipped.id, shipped.year, shipped.title, {}, {}, "Thống kê", language};
}

TemplateDraft draft_of(const Grid& grid, const DraftRequest& request) {
    return draft_edition_from_grid(grid, test_data::catalog(), draft_phrases(), request);
}

std::string describe(const TemplateDraft& draft) {
    std::string text;
    for (const DraftProblem& problem : draft.problems)
        text += problem.what + ": " + problem.message + "\n";
    return text;
}

const char* share_name(GroupShare share) {
    return share == GroupShare::Counted ? "yes" : share == GroupShare::NotCounted ? "no" : "either";
}

void expect_same_rows(const Edition& drafted, const Edition& shipped) {
    ASSERT_EQ(drafted.rows.size(), shipped.rows.size());
    for (std::size_t r = 0; r < shipped.rows.size(); ++r) {
        const TemplateRow& got = drafted.rows[r];
        const TemplateRow& want = shipped.rows[r];
        SCOPED_TRACE("row " + std::to_string(r) + " " + want.code + " " + want.key);
        EXPECT_EQ(got.code, want.code);
        EXPECT_EQ(got.label, want.label);
        EXPECT_EQ(got.unit_text, want.unit_text);
        EXPECT_EQ(got.unit_type_id, want.unit_type_id);
        EXPECT_EQ(got.key, want.key);
        EXPECT_EQ(got.parent_key, want.parent_key);
        EXPECT_EQ(got.is_group, want.is_group);
        EXPECT_EQ(got.sums_children, want.sums_children);
        EXPECT_EQ(got.total_of, want.total_of);
        EXPECT_EQ(got.combines, want.combines);
        EXPECT_EQ(got.corrected_label, want.corrected_label);
        EXPECT_STREQ(share_name(got.in_group_total), share_name(want.in_group_total));
    }
}

class ShippedEdition : public ::testing::TestWithParam<const char*> {};

TEST_P(ShippedEdition, InsertedFormDraftsBackToTheShippedRowsColumnsAndKeys) {
    const Edition& shipped = test_data::edition(GetParam());
    const TemplateDraft draft = draft_of(FormSheet(GetParam()).grid(), request_for(shipped));
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const Edition& drafted = *draft.edition;
    EXPECT_EQ(draft.closest_edition, shipped.id);
    EXPECT_EQ(drafted.level, shipped.level);
    EXPECT_EQ(drafted.code_header, shipped.code_header);
    EXPECT_EQ(drafted.label_header, shipped.label_header);
    EXPECT_EQ(drafted.unit_header, shipped.unit_header);
    EXPECT_EQ(drafted.quantity_header, shipped.quantity_header);
    EXPECT_EQ(drafted.count_header, shipped.count_header);
    EXPECT_EQ(drafted.people_header, shipped.people_header);
    EXPECT_EQ(drafted.note_header, shipped.note_header);
    expect_same_rows(drafted, shipped);
    for (const DraftKey& key : draft.keys) {
        EXPECT_TRUE(key.reused) << key.key;
        EXPECT_DOUBLE_EQ(key.confidence, 1.0) << key.key;
    }
}

TEST_P(ShippedEdition, FormAnywhereOnTheSheetDraftsTheSame) {
    const Edition& shipped = test_data::edition(GetParam());
    const TemplateDraft draft =
        draft_of(FormSheet(GetParam(), 4, 2, true).grid(), request_for(shipped));
    ASSERT_TRUE(draft.ok()) << describe(draft);
    expect_same_rows(*draft.edition, shipped);
    EXPECT_EQ(draft.label_cells.front().a1(),
              FormSheet(GetParam(), 4, 2).label_cell(shipped.rows.front().key));
}

// Retyped without diacritics (and in lower case): the template keeps what
// was typed, but every row still finds its key in the known editions.
TEST_P(ShippedEdition, HandTypedLabelsAreKeptAndStillFindTheKnownKeys) {
    const Edition& shipped = test_data::edition(GetParam());
    FormSheet sheet(GetParam());
    for (const TemplateRow& row : shipped.rows)
        sheet.label(row.key, normalize_label(row.label));
    const TemplateDraft draft = draft_of(sheet.grid(), request_for(shipped));
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const Edition& drafted = *draft.edition;
    ASSERT_EQ(drafted.rows.size(), shipped.rows.size());
    for (std::size_t r = 0; r < shipped.rows.size(); ++r) {
        SCOPED_TRACE(shipped.rows[r].key);
        EXPECT_EQ(drafted.rows[r].label, normalize_label(shipped.rows[r].label));
        EXPECT_NE(drafted.rows[r].label, shipped.rows[r].label);
        EXPECT_EQ(drafted.rows[r].key, shipped.rows[r].key);
        EXPECT_EQ(drafted.rows[r].parent_key, shipped.rows[r].parent_key);
        EXPECT_EQ(drafted.rows[r].sums_children, shipped.rows[r].sums_children);
        EXPECT_GE(draft.keys[r].confidence, kDraftReuseKeyMinimum);
    }
}

INSTANTIATE_TEST_SUITE_P(TemplateDraft, ShippedEdition,
                         ::testing::Values("htsd-2023", "htsd-2022", "htsd-2020-district"),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::erase(name, '-');
                             return name;
                         });

TEST(TemplateDraft, NewRowGetsANewKeyUnderItsGroupAndNeverADuplicate) {
    FormSheet sheet("htsd-2023");
    sheet.label("classes.other", "Bồi dưỡng kỹ năng chuyển đổi số cho người cao tuổi");
    sheet.label("classes.literacy", "Các lớp bồi dưỡng, tập huấn khác"); // now like 1.12's text
    const TemplateDraft draft =
        draft_of(sheet.grid(), request_for(test_data::edition("htsd-2023")));
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const auto& rows = draft.edition->rows;
    const auto row_of = [&](std::string_view code) {
        return *std::find_if(rows.begin(), rows.end(),
                             [&](const TemplateRow& row) { return row.code == code; });
    };
    EXPECT_EQ(row_of("1.11").key, "classes.other"); // the closest row of any edition
    EXPECT_EQ(row_of("1.12").key, "classes.boi_duong_ky_nang");
    EXPECT_EQ(row_of("1.12").parent_key, "classes");
    std::set<std::string> keys;
    for (const TemplateRow& row : rows)
        EXPECT_TRUE(keys.insert(row.key).second) << row.key;
}

// A label typed over two lines of its cell is the printed text: lines joined
// with single spaces.
TEST(TemplateDraft, WrappedLabelIsJoinedWithSingleSpaces) {
    FormSheet sheet("htsd-2023");
    sheet.label("classes.life_skills", "Giáo dục kỹ năng\nsống  cho học sinh ");
    const TemplateDraft draft =
        draft_of(sheet.grid(), request_for(test_data::edition("htsd-2023")));
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const auto& rows = draft.edition->rows;
    const auto row = std::find_if(rows.begin(), rows.end(), [](const TemplateRow& r) {
        return r.key == "classes.life_skills";
    });
    ASSERT_NE(row, rows.end());
    EXPECT_EQ(row->label, "Giáo dục kỹ năng sống cho học sinh");
}

// A made-up key that another edition uses would say the rows mean the same.
TEST(TemplateDraft, NewKeyIsNoKeyOfAKnownEdition) {
    FormSheet sheet("htsd-2023");
    sheet.label("classes.universal_lower_secondary", "Universal primary");
    const TemplateDraft draft =
        draft_of(sheet.grid(), request_for(test_data::edition("htsd-2023")));
    ASSERT_TRUE(draft.ok()) << describe(draft);
    const auto& rows = draft.edition->rows;
    const auto row = std::find_if(rows.begin(), rows.end(),
                                  [](const TemplateRow& r) { return r.code == "1.10"; });
    ASSERT_NE(row, rows.end());
    EXPECT_EQ(row->key, "classes.universal_primary_2"); // htsd-2022 has classes.universal_primary
    EXPECT_FALSE(draft.keys[static_cast<std::size_t>(row - rows.begin())].reused);
}

// --- bad tables: nothing is drafted, and the message names the cell.

DraftProblem only_problem(const TemplateDraft& draft) {
    EXPECT_FALSE(draft.ok());
    EXPECT_EQ(draft.problems.size(), 1u) << describe(draft);
    return draft.problems.empty() ? DraftProblem{} : draft.problems.front();
}

TEST(TemplateDraftProblems, SheetWithoutATable) {
    Grid grid;
    grid.set(0, 0, Cell::of_text("Danh sách học sinh"));
    grid.set(1, 0, Cell::of_text("Nguyễn Văn A"));
    const DraftProblem problem =
        only_problem(draft_of(grid, request_for(test_data::edition("htsd-2023"))));
    EXPECT_EQ(problem.what, "no-table");
    EXPECT_NE(problem.message.find("Thống kê"), std::string::npos) << problem.message;
}

TEST(TemplateDraftProblems, DuplicatedCodeNamesBothCells) {
    FormSheet sheet("htsd-2023");
    sheet.code("classes.civil_servants_it", "1.2");
    const DraftProblem problem =
        only_problem(draft_of(sheet.grid(), request_for(test_data::edition("htsd-2023"))));
    EXPECT_EQ(problem.what, "duplicate-code");
    ASSERT_TRUE(problem.cell);
    EXPECT_EQ(problem.cell->a1(), sheet.code_cell("classes.civil_servants_it"));
    EXPECT_NE(problem.message.find(sheet.code_cell("classes.civil_servants_it")),
              std::string::npos);
    EXPECT_NE(problem.message.find(sheet.code_cell("classes.civil_servants_foreign_language")),
              std::string::npos)
        << problem.message;
}

TEST(TemplateDraftProblems, CodeThatSkipsALevel) {
    FormSheet sheet("htsd-2023");
    sheet.code("seminars", "7.3.1");
    const DraftProblem problem =
        only_problem(draft_of(sheet.grid(), request_for(test_data::edition("htsd-2023"))));
    EXPECT_EQ(problem.what, "skipped-level");
    ASSERT_TRUE(problem.cell);
    EXPECT_EQ(problem.cell->a1(), sheet.code_cell("seminars"));
    EXPECT_NE(problem.message.find("7.3"), std::string::npos) << problem.message;
}

TEST(TemplateDraftProblems, EmptyLabel) {
    FormSheet sheet("htsd-2023");
    sheet.label("news_items", "");
    const DraftProblem problem =
        only_problem(draft_of(sheet.grid(), request_for(test_data::edition("htsd-2023"))));
    EXPECT_EQ(problem.what, "empty-label");
    ASSERT_TRUE(problem.cell);
    EXPECT_EQ(problem.cell->a1(), sheet.label_cell("news_items"));
}

TEST(TemplateDraftProblems, UnitLeftBlank) {
    FormSheet sheet("htsd-2023");
    sheet.unit("classes.life_skills", "");
    const DraftProblem problem =
        only_problem(draft_of(sheet.grid(), request_for(test_data::edition("htsd-2023"))));
    EXPECT_EQ(problem.what, "unit-blank");
    ASSERT_TRUE(problem.cell);
    EXPECT_EQ(problem.cell->a1(), sheet.unit_cell("classes.life_skills"));
    EXPECT_NE(problem.message.find(problem.cell->a1()), std::string::npos);
}

TEST(TemplateDraftProblems, UnknownUnitInEitherLanguage) {
    FormSheet sheet("htsd-2023");
    sheet.unit("news_items", "Bản tin");
    const Edition& shipped = test_data::edition("htsd-2023");
    const DraftProblem english = only_problem(draft_of(sheet.grid(), request_for(shipped)));
    EXPECT_EQ(english.what, "unknown-unit");
    ASSERT_TRUE(english.cell);
    EXPECT_EQ(english.cell->a1(), sheet.unit_cell("news_items"));
    EXPECT_NE(english.message.find("Cell " + english.cell->a1()), std::string::npos);
    EXPECT_NE(english.message.find("Bản tin"), std::string::npos);
    const DraftProblem vietnamese =
        only_problem(draft_of(sheet.grid(), request_for(shipped, Language::Vietnamese)));
    EXPECT_NE(vietnamese.message.find("Ô " + english.cell->a1()), std::string::npos)
        << vietnamese.message;
}

} // namespace
} // namespace statform
