#include "core/templates/form_layout.hpp"
#include "core/templates/template_catalog.hpp"
#include "test_data.hpp"

#include <gtest/gtest.h>

using namespace statform::core;

namespace {

// The group formula over one range: blank while nothing below is filled.
std::string sum_of(const std::string& range) {
    return "=IF(COUNT(" + range + ")=0;\"\";SUM(" + range + "))";
}

using statform::test_data::catalog;

FormLayout layout_of(const std::string& id, InsertRequest request = {}) {
    const Edition* edition = catalog().find(id);
    EXPECT_NE(edition, nullptr) << id;
    return build_form_layout(*edition, catalog().unit_types(), request);
}

// The placement of the row printed with `code` (first match).
const RowPlacement& placement(const FormLayout& layout, const Edition& edition,
                              const std::string& code) {
    for (const auto& p : layout.placements)
        if (edition.rows[p.template_row].code == code)
            return p;
    throw std::runtime_error("no row " + code);
}

const LayoutCell& cell(const FormLayout& layout, std::size_t sheet_row, std::size_t col) {
    return layout.at(sheet_row - layout.origin_row, col);
}

} // namespace

TEST(FormLayout, TitleBlockAndHeaderFollowTheOfficialForm) {
    const auto layout = layout_of("htsd-2023", {"Sở GD&ĐT Lai Châu", "Lai Châu", 0, 0});
    EXPECT_EQ(layout.at(0, CodeColumn).text, "Sở GD&ĐT Lai Châu");
    EXPECT_EQ(layout.at(0, UnitColumn).text, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    EXPECT_EQ(layout.at(1, UnitColumn).text, "Độc lập - Tự do - Hạnh phúc");
    EXPECT_EQ(layout.at(2, UnitColumn).text, "Lai Châu, ngày …… tháng …… năm 2023");
    EXPECT_EQ(layout.at(4, CodeColumn).text, "Phụ lục II");
    EXPECT_EQ(layout.at(5, CodeColumn).text,
              "MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023");
    const std::size_t h = layout.header.first_row;
    EXPECT_EQ(layout.at(h, CodeColumn).text, "TT");
    EXPECT_EQ(layout.at(h, LabelColumn).text, "Nội dung các hoạt động");
    EXPECT_EQ(layout.at(h, CountColumn).text, "Số lượng");
    EXPECT_EQ(layout.at(h + 1, CountColumn).text, "Số lớp/số cuộc thi");
    EXPECT_EQ(layout.at(h + 1, PeopleColumn).text, "Người");
    EXPECT_EQ(layout.at(h, NoteColumn).text, "Ghi chú");
    // The title wraps over two lines in a merged cell: its row gets a height.
    ASSERT_EQ(layout.fixed_row_heights.size(), 1u);
    EXPECT_EQ(layout.fixed_row_heights[0].first, 5u);
    EXPECT_EQ(layout.fixed_row_heights[0].second, 2 * 620 + 100);
    // "Số lượng" spans the two quantity columns.
    bool quantity_merged = false;
    for (const auto& m : layout.merges)
        quantity_merged |= m.first_row == h && m.last_row == h && m.first_col == CountColumn &&
                           m.last_col == PeopleColumn;
    EXPECT_TRUE(quantity_merged);
}

TEST(FormLayout, EveryTemplateRowIsPlacedInOrderWithItsCodeLabelAndUnit) {
    const Edition& edition = *catalog().find("htsd-2023");
    const auto layout = layout_of("htsd-2023");
    ASSERT_EQ(layout.placements.size(), edition.rows.size());
    for (std::size_t i = 0; i < edition.rows.size(); ++i) {
        const auto& p = layout.placements[i];
        EXPECT_EQ(p.sheet_row, layout.header.last_row + 1 + i);
        EXPECT_EQ(cell(layout, p.sheet_row, CodeColumn).text, edition.rows[i].code);
        EXPECT_EQ(cell(layout, p.sheet_row, LabelColumn).text, edition.rows[i].label);
        EXPECT_EQ(cell(layout, p.sheet_row, UnitColumn).text, edition.rows[i].unit_text);
    }
    EXPECT_EQ(layout.table.last_row, layout.placements.back().sheet_row);
}

TEST(FormLayout, UnitTypesDecideInputsAndUnusedColumns) {
    const Edition& edition = *catalog().find("htsd-2023");
    const auto layout = layout_of("htsd-2023");
    const auto& classes_people = placement(layout, edition, "1.1"); // Lớp/người
    EXPECT_TRUE(classes_people.count_input);
    EXPECT_TRUE(classes_people.people_input);
    const auto& individuals = placement(layout, edition, "9.2"); // Người
    EXPECT_FALSE(individuals.count_input);
    EXPECT_TRUE(individuals.people_input);
    EXPECT_EQ(cell(layout, individuals.sheet_row, CountColumn).role, CellRole::Unused);
    const auto& heading = placement(layout, edition, "7"); // no unit: a heading
    EXPECT_EQ(cell(layout, heading.sheet_row, CountColumn).role, CellRole::Unused);
    EXPECT_EQ(cell(layout, heading.sheet_row, PeopleColumn).role, CellRole::Unused);
    const auto& state_budget = placement(layout, edition, "10.1"); // đồng
    EXPECT_TRUE(state_budget.count_input);
    EXPECT_FALSE(state_budget.people_input);
}

TEST(FormLayout, GroupRowsSumTheirChildrenWithLiveFormulas) {
    const Edition& edition = *catalog().find("htsd-2023");
    const auto layout = layout_of("htsd-2023");
    const auto& classes = placement(layout, edition, "1");
    const auto& first_child = placement(layout, edition, "1.1");
    const auto& last_child = placement(layout, edition, "1.12");
    EXPECT_TRUE(classes.count_sum);
    EXPECT_EQ(cell(layout, classes.sheet_row, CountColumn).formula,
              sum_of(cell_name(first_child.sheet_row, CountColumn) + ":" +
                     cell_name(last_child.sheet_row, CountColumn)));
    // Row 1 prints "Lớp", but its children are "Lớp/người": the people of all
    // classes are its total too, unnumbered "Học nghề…" included as printed.
    EXPECT_TRUE(classes.people_sum);
    EXPECT_EQ(cell(layout, classes.sheet_row, PeopleColumn).formula,
              sum_of(cell_name(first_child.sheet_row, PeopleColumn) + ":" +
                     cell_name(last_child.sheet_row, PeopleColumn)));
    const auto& contests = placement(layout, edition, "5"); // Số cuộc; 5.3, 5.4 with people
    EXPECT_TRUE(contests.count_sum);
    EXPECT_TRUE(contests.people_sum);
    const auto& funding = placement(layout, edition, "10");
    EXPECT_EQ(cell(layout, funding.sheet_row, CountColumn).formula,
              sum_of(cell_name(funding.sheet_row + 1, CountColumn) + ":" +
                     cell_name(funding.sheet_row + 2, CountColumn)));
    const auto& activities = placement(layout, edition, "6"); // Số cuộc/người: both columns
    EXPECT_TRUE(activities.count_sum);
    EXPECT_TRUE(activities.people_sum);
}

TEST(FormLayout, AGroupLeavesItsPeopleTotalToTheParticipantsRowWhereTheFormHasOne) {
    for (const char* id : {"htsd-2022", "htsd-2020-district"}) {
        const Edition& edition = *catalog().find(id);
        const auto layout = layout_of(id);
        const auto& classes = placement(layout, edition, "1");
        EXPECT_TRUE(classes.count_sum) << id;
        EXPECT_FALSE(classes.people_sum) << id;
        EXPECT_EQ(cell(layout, classes.sheet_row, PeopleColumn).role, CellRole::Unused) << id;
    }
}

TEST(FormLayout, ParticipantsTotalRowSumsThePeopleOfTheClasses2022) {
    const Edition& edition = *catalog().find("htsd-2022");
    const auto layout = layout_of("htsd-2022");
    const RowPlacement* total = nullptr;
    for (const auto& p : layout.placements)
        if (!edition.rows[p.template_row].total_of.empty())
            total = &p;
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->people_sum);
    const std::string formula = cell(layout, total->sheet_row, PeopleColumn).formula;
    EXPECT_EQ(formula.rfind("=IF(COUNT(E", 0), 0u) << formula;
    // The total does not count itself.
    EXPECT_EQ(formula.find(cell_name(total->sheet_row, PeopleColumn)), std::string::npos)
        << formula;
}

TEST(FormLayout, InsertingAtTheCursorShiftsEveryAddressAndFormula) {
    const Edition& edition = *catalog().find("htsd-2023");
    const auto layout = layout_of("htsd-2023", {"", "", 20, 2}); // at C21
    const auto& classes = placement(layout, edition, "1");
    EXPECT_EQ(classes.sheet_row, 20u + 10u);
    EXPECT_EQ(cell(layout, classes.sheet_row, CountColumn).formula, sum_of("F32:F44"));
    EXPECT_EQ(layout.header.first_col, 2u);
    EXPECT_EQ(layout.at(0, CodeColumn).text, "TÊN ĐƠN VỊ");
}

TEST(FormLayout, CellNames) {
    EXPECT_EQ(cell_name(0, 0), "A1");
    EXPECT_EQ(cell_name(11, 3), "D12");
    EXPECT_EQ(cell_name(0, 26), "AA1");
    EXPECT_EQ(cell_name(0, 701), "ZZ1");
    EXPECT_EQ(cell_name(0, 702), "AAA1");
}

namespace statform {
namespace {

TEST(ColumnRuns, CellsOneUnderAnotherBecomeOneRangeAndOthersStayApart) {
    using core::LayoutRange;
    const std::vector<LayoutRange> cells{{7, 3, 7, 3}, {5, 3, 5, 3}, {6, 3, 6, 3},
                                         {6, 4, 6, 4}, {9, 3, 9, 3}, {6, 3, 6, 3}};
    const auto runs = core::column_runs(cells);
    ASSERT_EQ(runs.size(), 3u);
    const auto a1 = [](const LayoutRange& range) {
        return core::cell_name(range.first_row, range.first_col) + ":" +
               core::cell_name(range.last_row, range.last_col);
    };
    EXPECT_EQ(a1(runs[0]), "D6:D8") << "a cell given twice counts once";
    EXPECT_EQ(a1(runs[1]), "D10:D10");
    EXPECT_EQ(a1(runs[2]), "E7:E7");
    EXPECT_TRUE(core::column_runs({}).empty());
}

} // namespace
} // namespace statform
