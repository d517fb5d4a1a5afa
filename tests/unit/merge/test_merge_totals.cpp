// Totals of units in the same edition: sums, empty vs 0, units reporting,
// groups rebuilt from their rows, units that filled only a group row.
#include "test_merge_support.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace statform::merge_test {
namespace {

MergeResult merge_2023(const std::vector<UnitReport>& reports) {
    return merge_reports(catalog(), edition("htsd-2023"), reports);
}

// Expected sums, computed here without the merge's code: per key and
// column, over the units that reported it.
struct ExpectedTotals {
    std::map<std::string, QuantityPair> by_key;
    std::map<std::string, std::size_t> units_by_key;

    void add(const UnitRowValues& row) {
        QuantityPair& sum = by_key[row.key];
        if (row.count)
            sum.count = sum.count.value_or(0) + *row.count;
        if (row.people)
            sum.people = sum.people.value_or(0) + *row.people;
        if (row.count || row.people)
            ++units_by_key[row.key];
    }
    QuantityPair of(const std::string& key) const {
        const auto found = by_key.find(key);
        return found == by_key.end() ? QuantityPair{} : found->second;
    }
    // A group total: the sum of the given keys' sums in one column.
    std::optional<double> sum_of(const std::vector<std::string>& keys,
                                 QuantityColumn column) const {
        std::optional<double> sum;
        for (const std::string& key : keys)
            if (const auto value = of(key)[column])
                sum = sum.value_or(0) + *value;
        return sum;
    }
};

TEST(MergeTotals, SumsEveryLeafOverUnitsAndRebuildsGroupsFromThem) {
    // Seven units filling a pseudo-random part of the 2023 leaves.
    const Edition& target = edition("htsd-2023");
    std::mt19937 random(20231007);
    std::vector<UnitReport> reports;
    ExpectedTotals expected;
    for (int u = 0; u < 7; ++u) {
        std::vector<UnitRowValues> rows;
        for (const TemplateRow& template_row : target.rows) {
            if (template_row.is_group || template_row.key == "other")
                continue;
            if (random() % 3 == 0)
                continue; // left empty: not reported
            const UnitType* unit = catalog().unit_types().find_by_id(template_row.unit_type_id);
            UnitRowValues values{template_row.key, none, none};
            if (unit->uses_count_column)
                values.count = static_cast<double>(random() % 20);
            if (unit->uses_people_column)
                values.people = static_cast<double>(random() % 500);
            expected.add(values);
            rows.push_back(values);
        }
        reports.push_back(report("unit" + std::to_string(u) + ".xlsx",
                                 "Đơn vị " + std::to_string(u), target.id, rows));
    }

    const MergeResult result = merge_2023(reports);
    ASSERT_EQ(result.rows.size(), target.rows.size());
    EXPECT_EQ(result.target_edition_id, "htsd-2023");
    for (const MergedRow& merged : result.rows) {
        if (merged.is_group)
            continue;
        SCOPED_TRACE(merged.key);
        EXPECT_EQ(merged.total, expected.of(merged.key));
        EXPECT_EQ(merged.units_reporting, expected.units_by_key[merged.key]);
        EXPECT_FALSE(merged.not_itemised.any());
    }

    const std::vector<std::string> classes = {"classes.civil_servants_professional",
                                              "classes.civil_servants_foreign_language",
                                              "classes.civil_servants_it",
                                              "classes.worker_skills",
                                              "classes.rural_vocational",
                                              "classes.education_level_upgrade",
                                              "classes.life_skills",
                                              "classes.science_law",
                                              "classes.teacher_training",
                                              "classes.community_centre_staff",
                                              "classes.universal_lower_secondary",
                                              "classes.literacy",
                                              "classes.other"};
    EXPECT_EQ(row(result, "classes").total.count, expected.sum_of(classes, QuantityColumn::Count));
    // Row 1 prints "Lớp", but holds the people of its "Lớp/người" rows too:
    // rebuilt from the leaves, the unnumbered "Học nghề…" included.
    EXPECT_EQ(row(result, "classes").total.people,
              expected.sum_of(classes, QuantityColumn::People));

    const std::vector<std::string> activities = {"activities.sports", "activities.arts",
                                                 "activities.museum_visits",
                                                 "activities.lifelong_learning_sessions"};
    EXPECT_EQ(row(result, "activities").total.count,
              expected.sum_of(activities, QuantityColumn::Count));
    EXPECT_EQ(row(result, "activities").total.people,
              expected.sum_of(activities, QuantityColumn::People));

    const std::vector<std::string> contests = {"contests.book_fairs", "contests.book_exhibitions",
                                               "contests.local_history", "contests.about_books"};
    EXPECT_EQ(row(result, "contests").total.count,
              expected.sum_of(contests, QuantityColumn::Count));
    // "Số cuộc", but 5.3 and 5.4 are "Số cuộc/người": their people add up on row 5.
    EXPECT_EQ(row(result, "contests").total.people,
              expected.sum_of(contests, QuantityColumn::People));

    EXPECT_EQ(
        row(result, "funding").total.count,
        expected.sum_of({"funding.state_budget", "funding.other_sources"}, QuantityColumn::Count));

    // The breakdown: one column pair per unit, in the order given.
    ASSERT_EQ(result.units.size(), reports.size());
    for (std::size_t u = 0; u < reports.size(); ++u) {
        EXPECT_EQ(result.units[u].unit_name, reports[u].unit_name);
        EXPECT_EQ(result.units[u].source_index, u);
        ASSERT_EQ(result.units[u].values.size(), target.rows.size());
        for (const UnitRowValues& values : reports[u].rows) {
            const MergedRow& merged = row(result, values.key);
            EXPECT_EQ(result.units[u].values[merged.template_row].count, values.count);
            EXPECT_EQ(result.units[u].values[merged.template_row].people, values.people);
        }
    }
    EXPECT_EQ(result.count(Severity::Warning), 0u);
    EXPECT_EQ(result.count(Severity::Error), 0u);
}

TEST(MergeTotals, NobodyReportedIsEmptyAndReportedZeroIsZero) {
    const MergeResult result = merge_2023({
        report("a.xlsx", "Xã A", "htsd-2023",
               {{"news_items", 0.0, none}, {"activities.sports", 0.0, 0.0}}),
        report("b.xlsx", "Xã B", "htsd-2023", {{"seminars", 2.0, none}}),
    });
    EXPECT_EQ(row(result, "news_items").total.count, 0.0);
    EXPECT_EQ(row(result, "news_items").units_reporting, 1u);
    EXPECT_EQ(row(result, "publications").total.count, std::nullopt);
    EXPECT_EQ(row(result, "publications").units_reporting, 0u);
    EXPECT_EQ(row(result, "seminars").total.count, 2.0);
    // A group whose reported children are all 0 is 0; one nobody filled is empty.
    EXPECT_EQ(row(result, "activities").total.count, 0.0);
    EXPECT_EQ(row(result, "activities").total.people, 0.0);
    EXPECT_EQ(row(result, "activities").units_reporting, 1u);
    EXPECT_EQ(row(result, "classes").total.count, std::nullopt);
    EXPECT_EQ(row(result, "funding").total.count, std::nullopt);
    // Per unit too.
    const std::size_t news = row(result, "news_items").template_row;
    EXPECT_EQ(result.units[0].values[news].count, 0.0);
    EXPECT_EQ(result.units[1].values[news].count, std::nullopt);
}

TEST(MergeTotals, UnitsReportingCountsUnitsWithAValueInEitherColumn) {
    const MergeResult result = merge_2023({
        report("a.xlsx", "A", "htsd-2023", {{"activities.arts", 1.0, 20.0}}),
        report("b.xlsx", "B", "htsd-2023", {{"activities.arts", 2.0, none}}),
        report("c.xlsx", "C", "htsd-2023", {{"activities.arts", none, 5.0}}),
        report("d.xlsx", "D", "htsd-2023", {{"activities.sports", 1.0, 9.0}}),
    });
    EXPECT_EQ(row(result, "activities.arts").units_reporting, 3u);
    EXPECT_EQ(row(result, "activities.arts").total, (QuantityPair{3.0, 25.0}));
    EXPECT_EQ(row(result, "activities").units_reporting, 4u);
    EXPECT_EQ(row(result, "activities").total, (QuantityPair{4.0, 34.0}));
}

TEST(MergeGroups, AUnitsGroupFigureIsNeverAddedOnTopOfItsChildren) {
    const MergeResult result = merge_2023({
        report("a.xlsx", "A", "htsd-2023",
               {{"classes", 10.0, none},
                {"classes.life_skills", 4.0, 120.0},
                {"classes.literacy", 6.0, 80.0},
                {"funding", 5000000.0, none},
                {"funding.state_budget", 5000000.0, none},
                {"activities", 3.0, 90.0},
                {"activities.arts", 3.0, 90.0}}),
        report("b.xlsx", "B", "htsd-2023",
               {{"classes", 2.0, none}, {"classes.life_skills", 2.0, 30.0}}),
    });
    EXPECT_EQ(row(result, "classes").total.count, 12.0);
    EXPECT_EQ(row(result, "classes.life_skills").total, (QuantityPair{6.0, 150.0}));
    EXPECT_EQ(row(result, "funding").total.count, 5000000.0);
    EXPECT_EQ(row(result, "activities").total, (QuantityPair{3.0, 90.0}));
    EXPECT_FALSE(row(result, "classes").not_itemised.any());
    EXPECT_TRUE(findings_of(result, "counted-in-group-only").empty());
    // The breakdown shows each unit's group as the sum of its rows.
    EXPECT_EQ(result.units[0].values[row(result, "classes").template_row].count, 10.0);
    EXPECT_EQ(result.units[1].values[row(result, "classes").template_row].count, 2.0);
}

TEST(MergeGroups, AUnitWithOnlyTheGroupFigureCountsInTheGroupTotalNotItemised) {
    const MergeResult result = merge_2023({
        // "Các lớp bồi dưỡng" = 12 classes, no breakdown.
        report("only-group.xlsx", "Trường A", "htsd-2023", {{"classes", 12.0, none}}),
        report("itemised.xlsx", "Trường B", "htsd-2023",
               {{"classes", 8.0, none},
                {"classes.life_skills", 3.0, 90.0},
                {"classes.literacy", 5.0, 60.0}}),
    });
    const MergedRow& classes = row(result, "classes");
    EXPECT_EQ(classes.total.count, 20.0);
    EXPECT_EQ(classes.not_itemised.count, 12.0);
    EXPECT_EQ(classes.units_reporting, 2u);
    // The rows below show only what was itemised.
    EXPECT_EQ(row(result, "classes.life_skills").total.count, 3.0);
    EXPECT_EQ(row(result, "classes.literacy").total.count, 5.0);
    EXPECT_EQ(result.units[0].values[classes.template_row].count, 12.0);

    const auto said = findings_of(result, "counted-in-group-only", "classes");
    ASSERT_EQ(said.size(), 1u);
    EXPECT_EQ(said[0].severity, Severity::Info);
    EXPECT_EQ(said[0].source, "only-group.xlsx");
    EXPECT_EQ(said[0].message_key, "counted-in-group-only.group-only");
    EXPECT_EQ(said[0].column, QuantityColumn::Count);
    // Info only: the source is merged without warnings.
    EXPECT_EQ(result.sources[0].status, SourceStatus::Merged);
}

TEST(MergeGroups, GroupOnlyIsDecidedPerColumn) {
    const MergeResult result = merge_2023({
        // Events itemised, people only as a group figure.
        report("a.xlsx", "A", "htsd-2023",
               {{"activities", 5.0, 200.0},
                {"activities.sports", 2.0, none},
                {"activities.arts", 3.0, none}}),
        report("b.xlsx", "B", "htsd-2023", {{"activities.museum_visits", 1.0, 40.0}}),
    });
    const MergedRow& activities = row(result, "activities");
    EXPECT_EQ(activities.total, (QuantityPair{6.0, 240.0}));
    EXPECT_EQ(activities.not_itemised, (QuantityPair{none, 200.0}));
    const auto said = findings_of(result, "counted-in-group-only", "activities");
    ASSERT_EQ(said.size(), 1u);
    EXPECT_EQ(said[0].column, QuantityColumn::People);
}

TEST(MergeGroups, TotalOfRowIsRebuiltFromTheClassesPeopleNotAdded) {
    const auto merge_2022 = [](const std::vector<UnitReport>& reports) {
        return merge_reports(catalog(), edition("htsd-2022"), reports);
    };
    const MergeResult result = merge_2022({
        report("a.xlsx", "A", "htsd-2022",
               {{"classes", 3.0, none},
                {"classes.participants_total", none, 100.0},
                {"classes.life_skills", 1.0, 60.0},
                {"classes.literacy", 2.0, 40.0}}),
        // Only the total of people, no breakdown of them.
        report("b.xlsx", "B", "htsd-2022",
               {{"classes.participants_total", none, 50.0}, {"classes.literacy", 1.0, none}}),
    });
    const MergedRow& participants = row(result, "classes.participants_total");
    EXPECT_TRUE(participants.is_total);
    EXPECT_EQ(participants.total, (QuantityPair{none, 150.0}));
    EXPECT_EQ(participants.not_itemised.people, 50.0);
    // The total of people is not one of the classes' children: the classes
    // total counts classes only, and the people total is not in it.
    EXPECT_EQ(row(result, "classes").total, (QuantityPair{4.0, none}));
    EXPECT_EQ(row(result, "classes.literacy").total, (QuantityPair{3.0, 40.0}));
    EXPECT_EQ(findings_of(result, "counted-in-group-only", "classes.participants_total").size(),
              1u);
}

TEST(MergeGroups, HeadingsHaveNoValueEvenWhenTheirRowsDo) {
    const MergeResult result = merge_2023({
        report("a.xlsx", "A", "htsd-2023",
               {{"book_donation.collectives", 2.0, none},
                {"book_donation.individuals", none, 15.0},
                {"book_donation.books", 300.0, none},
                {"awards.individuals", none, 3.0}}),
    });
    EXPECT_FALSE(row(result, "book_donation").total.any());
    EXPECT_FALSE(row(result, "book_donation").is_total);
    EXPECT_EQ(row(result, "book_donation").units_reporting, 0u);
    EXPECT_FALSE(row(result, "awards").total.any());
    EXPECT_EQ(row(result, "book_donation.books").total.count, 300.0);
}

} // namespace
} // namespace statform::merge_test
