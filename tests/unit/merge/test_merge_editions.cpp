// Reports of older editions merged into a newer one (and back): rows by
// key, rows moved to another group, rows without counterpart, combined rows
// in both directions. Uses the real shipped editions.
#include "test_merge_support.hpp"

#include "core/merge/edition_mapping.hpp"

#include <gtest/gtest.h>

namespace statform::merge_test {
namespace {

MergeResult merge_into(std::string_view target, const std::vector<UnitReport>& reports) {
    return merge_reports(catalog(), edition(target), reports);
}

bool has_finding(const MergeResult& result, std::string_view rule, std::string_view row_key,
                 QuantityColumn column, std::string_view message_key) {
    for (const MergeFinding& finding : findings_of(result, rule, row_key))
        if (finding.column == column && finding.message_key == message_key)
            return true;
    return false;
}

UnitReport district_2022() {
    return report("2022/huyen-a.xlsx", "Huyện A", "htsd-2022",
                  {{"classes.life_skills", 4.0, 100.0},
                   {"classes.universal_primary", 2.0, 40.0},
                   {"classes.universal_lower_secondary", 3.0, 60.0},
                   {"classes.participants_total", none, 200.0},
                   {"contests.book_fairs", 1.0, none},
                   {"contests.other", 1.0, 20.0},
                   {"activities.lifelong_learning_sessions", 2.0, 30.0},
                   {"activities.sports", 1.0, 10.0},
                   {"seminars", 2.0, 100.0},
                   {"book_donation.collectives", 5.0, none},
                   {"book_donation.individuals", none, 12.0}});
}

UnitReport district_2020() {
    return report("2020/xa-b.xlsx", "Xã B", "htsd-2020-district",
                  {{"classes.literacy", 1.0, 25.0},
                   {"classes.universal_education", 5.0, 100.0},
                   {"classes.participants_total", none, 125.0},
                   {"book_donation.donors", 3.0, 7.0},
                   {"opening_ceremony.communes", 4.0, none},
                   {"opening_ceremony.schools", 6.0, none}});
}

TEST(MergeEditions, ReportsOf2022And2020MergeInto2023ByKey) {
    const UnitReport report_2023 = report(
        "2023/xa-c.xlsx", "Xã C", "htsd-2023",
        {{"classes.life_skills", 1.0, 30.0}, {"classes.universal_lower_secondary", 1.0, 20.0}});
    const MergeResult result =
        merge_into("htsd-2023", {district_2022(), district_2020(), report_2023});

    // Same key, whatever the edition.
    EXPECT_EQ(row(result, "classes.life_skills").total, (QuantityPair{5.0, 130.0}));
    EXPECT_EQ(row(result, "classes.literacy").total, (QuantityPair{1.0, 25.0}));
    EXPECT_EQ(row(result, "classes.universal_lower_secondary").total, (QuantityPair{4.0, 80.0}));
    EXPECT_EQ(row(result, "opening_ceremony.schools").total.count, 6.0);
    // A row moved to another group follows its key: 2022 has the themed
    // sessions under "5." (contests), 2023 under "6." (activities).
    EXPECT_EQ(row(result, "activities.lifelong_learning_sessions").total,
              (QuantityPair{2.0, 30.0}));
    EXPECT_EQ(row(result, "activities").total, (QuantityPair{3.0, 40.0}));

    // The classes total: every class of every unit, the ones the 2023 form
    // cannot itemise included (2022 primary: 2, 2020 primary + lower
    // secondary in one row: 5).
    EXPECT_EQ(row(result, "classes").total.count, 4.0 + 2.0 + 3.0 + 1.0 + 5.0 + 1.0 + 1.0);
    EXPECT_EQ(row(result, "classes").not_itemised.count, 2.0 + 5.0);
    // 2022 "Các cuộc thi khác" has no 2023 row: in the contests total only.
    EXPECT_EQ(row(result, "contests").total.count, 2.0);
    EXPECT_EQ(row(result, "contests").not_itemised.count, 1.0);
}

TEST(MergeEditions, RowsWithoutCounterpartAreReportedNeverLost) {
    const MergeResult result = merge_into("htsd-2023", {district_2022(), district_2020()});

    // 2022 "Phổ cập giáo dục tiểu học": classes and people counted in the
    // total of 2023 row 1, which holds the people of its "Lớp/người" rows.
    for (QuantityColumn column : kQuantityColumns) {
        EXPECT_TRUE(has_finding(result, "counted-in-group-only", "classes.universal_primary",
                                column, "counted-in-group-only.no-counterpart"));
        EXPECT_TRUE(has_finding(result, "counted-in-group-only", "contests.other", column,
                                "counted-in-group-only.no-counterpart"));
    }
    EXPECT_TRUE(findings_of(result, "value-not-merged", "classes.universal_primary").empty());
    EXPECT_TRUE(findings_of(result, "value-not-merged", "contests.other").empty());
    // 2022 seminars are "cuộc/người", 2023 "Cuộc": the people are reported.
    EXPECT_EQ(row(result, "seminars").total, (QuantityPair{2.0, none}));
    EXPECT_TRUE(has_finding(result, "value-not-merged", "seminars", QuantityColumn::People,
                            "value-not-merged.column-not-in-target"));
    // 2020 "Số xã tổ chức Lễ khai mạc" (district form) is not 2023's "Số
    // huyện": under a heading, so counted nowhere, and said so.
    EXPECT_FALSE(row(result, "opening_ceremony.districts").total.any());
    EXPECT_TRUE(has_finding(result, "value-not-merged", "opening_ceremony.communes",
                            QuantityColumn::Count, "value-not-merged.no-counterpart"));
    // "Tổng số người tham gia" was itemised by its units: nothing to say.
    EXPECT_TRUE(findings_of(result, "value-not-merged", "classes.participants_total").empty());

    // Every finding names its file.
    for (const MergeFinding& finding : result.findings)
        EXPECT_FALSE(finding.source.empty()) << finding.rule;
    EXPECT_EQ(result.sources[0].status, SourceStatus::MergedWithWarnings);
    EXPECT_EQ(result.sources[1].status, SourceStatus::MergedWithWarnings);
}

TEST(MergeEditions, GroupOnlyFigurePlusARowMovedIntoTheGroupAddUp) {
    // 2022: "6." filled only as a group (its rows are sports, arts, museum
    // visits), and the themed sessions, which 2022 lists under "5.", itemised.
    // In 2023 the sessions belong to "6.": both add up there, neither twice.
    const MergeResult result =
        merge_into("htsd-2023", {report("a.xlsx", "A", "htsd-2022",
                                        {{"activities", 4.0, 100.0},
                                         {"contests", 2.0, none},
                                         {"activities.lifelong_learning_sessions", 2.0, 30.0}})});
    EXPECT_EQ(row(result, "activities").total, (QuantityPair{6.0, 130.0}));
    EXPECT_EQ(row(result, "activities").not_itemised, (QuantityPair{4.0, 100.0}));
    // 2022 "5." was itemised (by the sessions, now under "6."): its figure
    // is not used, and nothing is left for 2023 "5.".
    EXPECT_FALSE(row(result, "contests").total.any());
}

TEST(MergeEditions, GroupOnlyPeopleTotalCountsInTheGroupRowOfTheTarget) {
    // 2022 "Tổng số người tham gia" with no people itemised: 2023 has no such
    // row, but its row 1 holds the people of all classes.
    const MergeResult result = merge_into(
        "htsd-2023",
        {report("a.xlsx", "A", "htsd-2022",
                {{"classes.participants_total", none, 90.0}, {"classes.literacy", 3.0, none}})});
    EXPECT_TRUE(has_finding(result, "counted-in-group-only", "classes.participants_total",
                            QuantityColumn::People, "counted-in-group-only.no-counterpart"));
    EXPECT_EQ(row(result, "classes").total, (QuantityPair{3.0, 90.0}));
    EXPECT_EQ(row(result, "classes").not_itemised.people, 90.0);
}

TEST(MergeEditions, CombinedRowSplitsWhereEachColumnBelongsToOnePart) {
    // 2020 "Số tập thể, cá nhân tặng sách" is "Tập thể/cá nhân": collectives
    // in the count column, individuals in "Người", exactly 4.1 and 4.2.
    const MergeResult result = merge_into("htsd-2023", {district_2020()});
    EXPECT_EQ(row(result, "book_donation.collectives").total, (QuantityPair{3.0, none}));
    EXPECT_EQ(row(result, "book_donation.individuals").total, (QuantityPair{none, 7.0}));
    EXPECT_TRUE(has_finding(result, "combined-row-split", "book_donation.donors",
                            QuantityColumn::Count, "combined-row-split"));
    EXPECT_TRUE(has_finding(result, "combined-row-split", "book_donation.donors",
                            QuantityColumn::People, "combined-row-split"));
}

TEST(MergeEditions, CombinedRowThatCannotBeSplitCountsInItsGroupTotal) {
    // 2020 "Phổ cập giáo dục (tiểu học, THCS)": both parts are Lớp/người, one
    // number cannot be divided between them.
    const MergeResult result = merge_into("htsd-2023", {district_2020()});
    EXPECT_FALSE(row(result, "classes.universal_lower_secondary").total.any());
    EXPECT_EQ(row(result, "classes").total.count, 6.0);
    EXPECT_EQ(row(result, "classes").not_itemised.count, 5.0);
    EXPECT_TRUE(has_finding(result, "counted-in-group-only", "classes.universal_education",
                            QuantityColumn::Count, "counted-in-group-only.unsplittable"));
    EXPECT_TRUE(has_finding(result, "counted-in-group-only", "classes.universal_education",
                            QuantityColumn::People, "counted-in-group-only.unsplittable"));
    EXPECT_EQ(row(result, "classes").not_itemised.people, 100.0);

    // Into 2022, which has "Tổng số người tham gia": the people count there.
    const MergeResult into_2022 = merge_into("htsd-2022", {district_2020()});
    EXPECT_EQ(row(into_2022, "classes").total.count, 6.0);
    EXPECT_EQ(row(into_2022, "classes.participants_total").total.people, 125.0);
    EXPECT_EQ(row(into_2022, "classes.participants_total").not_itemised.people, 100.0);
    EXPECT_FALSE(row(into_2022, "classes.universal_primary").total.any());
}

TEST(MergeEditions, PartsAreAddedIntoTheTargetsCombinedRow) {
    const UnitReport report_2023 = report("2023/a.xlsx", "A", "htsd-2023",
                                          {{"book_donation.collectives", 1.0, none},
                                           {"book_donation.individuals", none, 4.0},
                                           {"classes.universal_lower_secondary", 2.0, 20.0},
                                           {"classes.civil_servants_professional", 1.0, 30.0}});
    const MergeResult result = merge_into("htsd-2020-district", {district_2022(), report_2023});

    EXPECT_EQ(row(result, "book_donation.donors").total, (QuantityPair{6.0, 16.0}));
    EXPECT_EQ(row(result, "classes.universal_education").total, (QuantityPair{7.0, 120.0}));
    EXPECT_EQ(row(result, "classes.universal_education").units_reporting, 2u);
    EXPECT_TRUE(has_finding(result, "rows-combined", "classes.universal_primary",
                            QuantityColumn::Count, "rows-combined"));
    EXPECT_TRUE(has_finding(result, "rows-combined", "book_donation.individuals",
                            QuantityColumn::People, "rows-combined"));
    // 2023 1.1 has no 2020 row: its classes count in "1." and its people in
    // "Tổng số người tham gia", both not itemised.
    EXPECT_EQ(row(result, "classes.participants_total").total.people,
              100.0 + 40.0 + 60.0 + 20.0 + 30.0);
    EXPECT_EQ(row(result, "classes.participants_total").not_itemised.people, 30.0);
    EXPECT_EQ(row(result, "classes").total.count, 4.0 + 2.0 + 3.0 + 2.0 + 1.0);
    // 2022's own "Tổng số người tham gia" (200) is not added to that.
    EXPECT_TRUE(findings_of(result, "counted-in-group-only", "classes.participants_total").empty());
}

TEST(MergeEditions, MappingOfTheShippedEditionsIsAsDocumented) {
    const EditionMapping mapping(edition("htsd-2020-district"), edition("htsd-2023"), catalog());
    const auto destination = [&](std::string_view key, QuantityColumn column) {
        const auto source_row = mapping.source().find(key);
        EXPECT_TRUE(source_row.has_value()) << key;
        return mapping.row(*source_row).columns[column_index(column)];
    };
    const Edition& target = edition("htsd-2023");
    const auto target_key = [&](const ColumnDestination& d) {
        return d.target_row ? target.rows[*d.target_row].key : std::string("(none)");
    };
    EXPECT_EQ(target_key(destination("book_donation.donors", QuantityColumn::Count)),
              "book_donation.collectives");
    EXPECT_EQ(target_key(destination("book_donation.donors", QuantityColumn::People)),
              "book_donation.individuals");
    EXPECT_EQ(target_key(destination("classes.universal_education", QuantityColumn::Count)),
              "classes");
    EXPECT_EQ(destination("classes.universal_education", QuantityColumn::Count).reason,
              MappingReason::CombinedUnsplit);
    EXPECT_EQ(
        target_key(destination("activities.lifelong_learning_sessions", QuantityColumn::People)),
        "activities.lifelong_learning_sessions");
    EXPECT_EQ(mapping.row(*mapping.source().find("classes")).role, RowRole::Total);
    EXPECT_EQ(mapping.row(*mapping.source().find("book_donation")).role, RowRole::Heading);
    EXPECT_EQ(mapping.row(*mapping.source().find("classes.participants_total")).role,
              RowRole::Total);
}

} // namespace
} // namespace statform::merge_test
