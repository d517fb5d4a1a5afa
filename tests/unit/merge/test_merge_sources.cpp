// Who reported: duplicates, expected units, source statuses, one report at
// a time, deterministic output, and the wording of every finding.
#include "test_merge_support.hpp"

#include "core/merge/merge_messages.hpp"
#include "core/merge/unit_identity.hpp"

#include <gtest/gtest.h>

#include <set>

namespace statform::merge_test {
namespace {

MergeResult merge_2023(const std::vector<UnitReport>& reports, MergeOptions options = {}) {
    return merge_reports(catalog(), edition("htsd-2023"), reports, options);
}

TEST(MergeDuplicates, SameUnitNameIgnoringCaseAndDiacriticsIsCountedOnce) {
    const MergeResult result = merge_2023({
        report("first/quai-to.xlsx", "Trường THCS Quài Tở", "htsd-2023", {{"seminars", 2.0, none}}),
        report("other.xlsx", "Trường THCS Mường Thín", "htsd-2023", {{"seminars", 1.0, none}}),
        report("second/quai-to.xlsx", "truong thcs  QUAI TO", "htsd-2023",
               {{"seminars", 5.0, none}}),
    });
    EXPECT_EQ(row(result, "seminars").total.count, 3.0);
    ASSERT_EQ(result.units.size(), 2u);
    EXPECT_EQ(result.units[0].source, "first/quai-to.xlsx");

    const SourceSummary& skipped = result.sources[2];
    EXPECT_EQ(skipped.status, SourceStatus::Skipped);
    EXPECT_EQ(skipped.duplicate_of, 0u);
    EXPECT_FALSE(skipped.unit_index.has_value());
    ASSERT_TRUE(skipped.skip_reason.has_value());
    EXPECT_EQ(skipped.skip_reason->rule, "duplicate-unit");
    EXPECT_EQ(skipped.skip_reason->severity, Severity::Warning);
    EXPECT_EQ(skipped.skip_reason->message_key, "duplicate-unit.same-name");

    // The warning names both files and says which one is kept.
    const std::string message =
        format_merge_finding(*skipped.skip_reason, merge_phrases(), Language::Vietnamese);
    EXPECT_NE(message.find("first/quai-to.xlsx"), std::string::npos) << message;
    EXPECT_NE(message.find("second/quai-to.xlsx"), std::string::npos) << message;
    EXPECT_NE(message.find("giữ tệp đứng trước"), std::string::npos) << message;
}

TEST(MergeDuplicates, IdenticalFiguresAreCountedOnceWhateverTheName) {
    const std::vector<UnitRowValues> figures = {{"seminars", 2.0, none},
                                                {"activities.arts", 3.0, 70.0}};
    std::vector<UnitRowValues> reordered = {figures[1], figures[0]};
    const MergeResult result = merge_2023({
        report("a.xlsx", "", "htsd-2023", figures),
        report("copy of a.xlsx", "", "htsd-2023", reordered),
        report("b.xlsx", "Xã B", "htsd-2023", figures),
        report("c.xlsx", "Xã C", "htsd-2023", {{"seminars", 2.0, none}}),
    });
    EXPECT_EQ(result.units.size(), 2u);
    EXPECT_EQ(row(result, "seminars").total.count, 4.0);
    EXPECT_EQ(result.sources[1].status, SourceStatus::Skipped);
    EXPECT_EQ(result.sources[1].skip_reason->message_key, "duplicate-unit.same-content");
    EXPECT_EQ(result.sources[2].status, SourceStatus::Skipped);
    EXPECT_EQ(result.sources[2].duplicate_of, 0u);
    EXPECT_EQ(result.sources[3].status, SourceStatus::Merged);
}

TEST(MergeDuplicates, TwoNamedUnitsWithTheSameFewFiguresAreTwoUnits) {
    // Two communes that each held one seminar: a coincidence, not a copy.
    const MergeResult result = merge_2023({
        report("a.xlsx", "Xã A", "htsd-2023", {{"seminars", 1.0, none}, {"news_items", 0.0, none}}),
        report("b.xlsx", "Xã B", "htsd-2023", {{"seminars", 1.0, none}, {"news_items", 0.0, none}}),
        // Unnamed: nothing but the figures says who sent it, so it is the copy.
        report("c.xlsx", "", "htsd-2023", {{"seminars", 1.0, none}, {"news_items", 0.0, none}}),
    });
    EXPECT_EQ(result.units.size(), 2u);
    EXPECT_EQ(row(result, "seminars").total.count, 2.0);
    EXPECT_EQ(result.sources[2].skip_reason->message_key, "duplicate-unit.same-content");
}

TEST(MergeDuplicates, EmptyReportsNeverMatchByContent) {
    const MergeResult result = merge_2023({
        report("a.xlsx", "Xã A", "htsd-2023", {}),
        report("b.xlsx", "Xã B", "htsd-2023", {{"seminars", none, none}}),
    });
    EXPECT_EQ(result.units.size(), 2u);
    EXPECT_EQ(findings_of(result, "empty-report").size(), 2u);
    EXPECT_EQ(result.sources[0].status, SourceStatus::MergedWithWarnings);
    EXPECT_FALSE(row(result, "seminars").total.any());
}

TEST(MergeDuplicates, SameNameAndSameFiguresSaysBoth) {
    const MergeResult result = merge_2023({
        report("a.xlsx", "Xã A", "htsd-2023", {{"seminars", 2.0, none}}),
        report("a (1).xlsx", "XÃ A", "htsd-2023", {{"seminars", 2.0, none}}),
    });
    EXPECT_EQ(result.sources[1].skip_reason->message_key, "duplicate-unit.same-name-and-content");
}

TEST(MergeDuplicates, FingerprintIgnoresRowOrderButNotEditionOrValues) {
    const std::vector<UnitRowValues> a = {{"seminars", 2.0, none}, {"news_items", 0.0, none}};
    const std::vector<UnitRowValues> b = {{"news_items", -0.0, none}, {"seminars", 2.0, none}};
    EXPECT_EQ(content_fingerprint("htsd-2023", a), content_fingerprint("htsd-2023", b));
    EXPECT_NE(content_fingerprint("htsd-2023", a), content_fingerprint("htsd-2022", a));
    const std::vector<UnitRowValues> c = {{"seminars", 2.0, none}, {"news_items", none, 0.0}};
    EXPECT_NE(content_fingerprint("htsd-2023", a), content_fingerprint("htsd-2023", c));
    EXPECT_EQ(content_fingerprint("htsd-2023", {}), std::nullopt);
    EXPECT_EQ(normalize_unit_name("  Trường  THCS Quài Tở "),
              normalize_unit_name("truong thcs quai to"));
}

TEST(MergeExpectedUnits, ListsTheUnitsThatDidNotReport) {
    MergeOptions options;
    options.expected_units = {"Xã Quài Tở", "Xã Mường Thín", "Xã Tỏa Tình", "xa quai to", ""};
    const MergeResult result = merge_2023(
        {
            report("a.xlsx", "XÃ QUÀI TỞ", "htsd-2023", {{"seminars", 1.0, none}}),
            report("b.xlsx", "Xã Tỏa  Tình", "htsd-2023", {{"seminars", 1.0, none}}),
            report("c.xlsx", "Xã Chiềng Sinh", "htsd-2023", {{"seminars", 1.0, none}}),
            // Mường Thín's file could not be read: it has not reported.
            [] {
                UnitReport failed = report("d.xlsx", "Xã Mường Thín", "htsd-2023", {});
                failed.failure = "Tệp bị hỏng.";
                return failed;
            }(),
        },
        options);
    EXPECT_EQ(result.missing_units, std::vector<std::string>{"Xã Mường Thín"});
    const auto missing = findings_of(result, "expected-unit-missing");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].unit_name, "Xã Mường Thín");
    const auto unexpected = findings_of(result, "unexpected-unit");
    ASSERT_EQ(unexpected.size(), 1u);
    EXPECT_EQ(unexpected[0].source, "c.xlsx");
    // Expected-unit findings come after the sources' findings.
    EXPECT_EQ(result.findings.back().rule, "unexpected-unit");
}

TEST(MergeExpectedUnits, NoListNoFindings) {
    const MergeResult result =
        merge_2023({report("a.xlsx", "Xã A", "htsd-2023", {{"seminars", 1.0, none}})});
    EXPECT_TRUE(result.missing_units.empty());
    EXPECT_TRUE(result.findings.empty());
}

TEST(MergeSources, StatusesAndCountsFromTheInput) {
    UnitReport failed = report("broken.xlsx", "", "", {});
    failed.failure = "Không tìm thấy bảng số liệu.";
    UnitReport warned = report("warned.xlsx", "B", "htsd-2023", {{"seminars", 1.0, none}});
    warned.warning_count = 2;
    UnitReport with_errors = report("errors.xlsx", "C", "htsd-2023", {{"seminars", 1.0, none}});
    with_errors.error_count = 1;
    const MergeResult result = merge_2023({
        report("clean.xlsx", "A", "htsd-2023", {{"seminars", 1.0, none}}),
        failed,
        warned,
        with_errors,
        report("future.xlsx", "D", "htsd-2031", {{"seminars", 1.0, none}}),
        report("odd-row.xlsx", "E", "htsd-2023",
               {{"no_such_row", 1.0, none}, {"seminars", 1.0, none}}),
    });
    ASSERT_EQ(result.sources.size(), 6u);
    EXPECT_EQ(result.sources[0].status, SourceStatus::Merged);
    EXPECT_EQ(result.sources[0].unit_index, 0u);
    EXPECT_EQ(result.sources[1].status, SourceStatus::Skipped);
    EXPECT_EQ(result.sources[1].skip_reason->rule, "source-failed");
    EXPECT_EQ(result.sources[1].skip_reason->severity, Severity::Error);
    EXPECT_EQ(result.sources[2].status, SourceStatus::MergedWithWarnings);
    EXPECT_EQ(result.sources[2].warning_count, 2u);
    EXPECT_EQ(result.sources[3].status, SourceStatus::MergedWithWarnings);
    EXPECT_EQ(result.sources[3].error_count, 1u);
    EXPECT_EQ(result.sources[4].status, SourceStatus::Skipped);
    EXPECT_EQ(result.sources[4].skip_reason->rule, "unknown-edition");
    EXPECT_EQ(result.sources[5].status, SourceStatus::MergedWithWarnings);
    EXPECT_EQ(findings_of(result, "unknown-row", "no_such_row").size(), 1u);
    EXPECT_EQ(result.units.size(), 4u);
    EXPECT_EQ(row(result, "seminars").total.count, 4.0);
    EXPECT_EQ(source_status_name(SourceStatus::MergedWithWarnings), "merged-with-warnings");
}

TEST(MergeSources, OneReportAtATimeGivesTheSameAsAllAtOnce) {
    const std::vector<UnitReport> reports = {
        report("a.xlsx", "A", "htsd-2022", {{"classes.literacy", 2.0, 30.0}}),
        report("b.xlsx", "B", "htsd-2023", {{"classes", 7.0, none}}),
        report("c.xlsx", "C", "htsd-2020-district", {{"book_donation.donors", 1.0, 2.0}}),
    };
    MergeAccumulator accumulator(catalog(), edition("htsd-2023"));
    for (const UnitReport& one : reports) {
        const UnitReport copy = one; // dropped right after add(), as a caller would
        EXPECT_NE(accumulator.add(copy).status, SourceStatus::Skipped);
    }
    const MergeResult one_by_one = accumulator.finish();
    const MergeResult again = accumulator.finish();
    const MergeResult at_once = merge_2023(reports);
    for (const MergeResult* other : {&again, &at_once}) {
        ASSERT_EQ(one_by_one.rows.size(), other->rows.size());
        for (std::size_t r = 0; r < one_by_one.rows.size(); ++r)
            EXPECT_EQ(one_by_one.rows[r].total, other->rows[r].total);
        EXPECT_EQ(one_by_one.findings.size(), other->findings.size());
    }
    EXPECT_EQ(row(one_by_one, "classes").total.count, 9.0);
}

// Every observable part of a result, as text, to compare two runs.
std::string dump(const MergeResult& result) {
    std::string text = result.target_edition_id + "\n";
    const auto value = [](const std::optional<double>& v) {
        return v ? std::to_string(*v) : std::string("-");
    };
    for (const MergedRow& merged : result.rows)
        text += merged.key + " " + value(merged.total.count) + " " + value(merged.total.people) +
                " " + value(merged.not_itemised.count) + " " + value(merged.not_itemised.people) +
                " " + std::to_string(merged.units_reporting) + "\n";
    for (const MergedUnit& unit : result.units) {
        text += unit.source + ":";
        for (const QuantityPair& pair : unit.values)
            text += " " + value(pair.count) + "/" + value(pair.people);
        text += "\n";
    }
    for (const SourceSummary& source : result.sources)
        text += source.source + " " + std::string(source_status_name(source.status)) + "\n";
    for (const MergeFinding& finding : result.findings)
        text += finding.rule + " " + finding.source + " " + finding.row_key + " " +
                format_merge_finding(finding, merge_phrases(), Language::English) + "\n";
    for (const std::string& missing : result.missing_units)
        text += "missing " + missing + "\n";
    return text;
}

TEST(MergeDeterminism, SameInputsInTheSameOrderGiveTheSameResult) {
    std::vector<UnitReport> reports;
    for (int u = 0; u < 30; ++u) {
        const std::string edition_id = u % 3 == 0   ? "htsd-2022"
                                       : u % 3 == 1 ? "htsd-2020-district"
                                                    : "htsd-2023";
        reports.push_back(report("unit" + std::to_string(u) + ".xlsx",
                                 "Đơn vị " + std::to_string(u % 25), edition_id,
                                 {{"classes.literacy", 0.1 * u, 3.0 * u},
                                  {"classes", 1.0 + u, none},
                                  {"seminars", 1.0, u % 2 ? 10.0 : 0.0},
                                  {"funding.state_budget", 1e6 * u + 0.3, none}}));
    }
    MergeOptions options;
    options.expected_units = {"Đơn vị 3", "Đơn vị 99", "Đơn vị 0"};
    const std::string first = dump(merge_2023(reports, options));
    const std::string second = dump(merge_2023(reports, options));
    EXPECT_EQ(first, second);
    // Findings follow the order of the sources.
    const MergeResult result = merge_2023(reports, options);
    std::size_t last_source = 0;
    for (const MergeFinding& finding : result.findings) {
        if (finding.source.empty() || finding.rule == "unexpected-unit")
            continue;
        std::size_t index = 0;
        while (result.sources[index].source != finding.source)
            ++index;
        EXPECT_GE(index, last_source);
        last_source = index;
    }
    EXPECT_EQ(result.missing_units, std::vector<std::string>{"Đơn vị 99"});
}

TEST(MergeMessages, EveryFindingHasWordsInBothLanguages) {
    // A merge that says nearly everything it can say.
    MergeOptions options;
    options.expected_units = {"Huyện A", "Huyện Z"};
    UnitReport failed = report("broken.xlsx", "", "", {});
    failed.failure = "Không đọc được tệp.";
    const MergeResult result = merge_reports(
        catalog(), edition("htsd-2023"),
        {
            report("2022.xlsx", "Huyện A", "htsd-2022",
                   {{"classes.universal_primary", 2.0, 40.0},
                    {"seminars", 2.0, 100.0},
                    {"classes.participants_total", none, 80.0},
                    {"contests", 3.0, none},
                    {"no_such_row", 1.0, none}}),
            report("2020.xlsx", "Huyện B", "htsd-2020-district",
                   {{"classes.universal_education", 5.0, 100.0},
                    {"book_donation.donors", 3.0, 7.0},
                    {"opening_ceremony.communes", 4.0, none}}),
            report("2020 copy.xlsx", "huyen b", "htsd-2020-district", {{"seminars", 1.0, none}}),
            report("same.xlsx", "Huyện C", "htsd-2020-district",
                   {{"classes.universal_education", 5.0, 100.0},
                    {"book_donation.donors", 3.0, 7.0},
                    {"opening_ceremony.communes", 4.0, none}}),
            report("empty.xlsx", "", "htsd-2023", {}),
            report("future.xlsx", "Huyện D", "htsd-2031", {}),
            failed,
        },
        options);
    const MergeResult parts = merge_reports(
        catalog(), edition("htsd-2020-district"),
        {report("2023.xlsx", "A", "htsd-2023", {{"book_donation.collectives", 1.0, none}})});

    std::set<std::string> rules;
    for (const MergeResult* merged : {&result, &parts})
        for (const MergeFinding& finding : merged->findings) {
            rules.insert(finding.rule);
            SCOPED_TRACE(finding.message_key);
            EXPECT_TRUE(merge_phrases().contains(finding.message_key));
            for (Language language : {Language::Vietnamese, Language::English}) {
                const std::string text = format_merge_finding(finding, merge_phrases(), language);
                EXPECT_EQ(text.find('{'), std::string::npos) << text;
                EXPECT_NE(text, finding.message_key);
            }
        }
    for (const char* rule :
         {"source-failed", "unknown-edition", "duplicate-unit", "empty-report", "unknown-row",
          "value-not-merged", "counted-in-group-only", "combined-row-split", "rows-combined",
          "expected-unit-missing", "unexpected-unit"})
        EXPECT_TRUE(rules.contains(rule)) << rule;
    for (SourceStatus status :
         {SourceStatus::Merged, SourceStatus::MergedWithWarnings, SourceStatus::Skipped})
        EXPECT_TRUE(merge_phrases().contains("status." + std::string(source_status_name(status))));
}

TEST(MergeMessages, NumbersRowsAndColumnsAreSpelledInTheReadersLanguage) {
    MergeFinding finding;
    finding.message_key = "counted-in-group-only.no-counterpart";
    finding.args = {{"row", RowRef{"", "Phổ cập giáo dục tiểu học"}},
                    {"edition", std::string("htsd-2022")},
                    {"target_edition", std::string("htsd-2023")},
                    {"column", QuantityColumn::Count},
                    {"value", 1234.5},
                    {"target", RowRef{"1", "Các lớp bồi dưỡng"}}};
    const std::string vi = format_merge_finding(finding, merge_phrases(), Language::Vietnamese);
    EXPECT_NE(vi.find("«Phổ cập giáo dục tiểu học»"), std::string::npos) << vi;
    EXPECT_NE(vi.find("1 «Các lớp bồi dưỡng»"), std::string::npos) << vi;
    EXPECT_NE(vi.find("Số lớp/số cuộc thi = 1.234,5"), std::string::npos) << vi;
    const std::string en = format_merge_finding(finding, merge_phrases(), Language::English);
    EXPECT_NE(en.find("1,234.5"), std::string::npos) << en;
    EXPECT_NE(en.find("1 “Các lớp bồi dưỡng”"), std::string::npos) << en;
}

// A workbook that names no unit is merged under its file's name, and the
// reviewer is told to check it.
TEST(MergeSources, AUnitNamedAfterItsFileIsAWarningOnThatFile) {
    UnitReport unnamed = report("TH Chieng Sinh - bao cao.xlsx", "Trường Tiểu học Chiềng Sinh",
                                "htsd-2023", {{"seminars", 1.0, none}});
    unnamed.unit_named_by_file = true;
    const MergeResult result = merge_2023({unnamed});
    const auto findings = findings_of(result, "unit-named-by-file");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(result.sources[0].status, SourceStatus::MergedWithWarnings);
    EXPECT_EQ(result.sources[0].merge_warning_count, 1u);
    EXPECT_EQ(result.sources[0].all_warnings(), 1u);
    EXPECT_EQ(format_merge_finding(findings[0], merge_phrases(), Language::Vietnamese),
              "Bảng tính trong tệp TH Chieng Sinh - bao cao.xlsx không ghi tên đơn vị báo cáo: đã "
              "lấy tên «Trường Tiểu học Chiềng Sinh» theo tên tệp. Hãy kiểm tra đúng đơn vị chưa "
              "(hoặc đề nghị đơn vị ghi tên vào đầu biểu mẫu).");
}

} // namespace
} // namespace statform::merge_test
