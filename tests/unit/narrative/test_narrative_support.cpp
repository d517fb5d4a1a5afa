#include "test_narrative_support.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace statform::narrative_test {

std::vector<UnitReport> district_reports() {
    std::vector<UnitReport> reports;
    reports.push_back(report("BC_HTSD_2023_MN_Hoa_Ban.ods", "Trường Mầm non Hoa Ban", "htsd-2023",
                             {{"classes.teacher_training", 2, 30},
                              {"classes.life_skills", 0, 0},
                              {"news_items", 3, none},
                              {"publications", 20, none},
                              {"book_donation.collectives", 0, none},
                              {"book_donation.individuals", none, 15},
                              {"book_donation.books", 60, none},
                              {"contests.book_fairs", 0, none},
                              {"contests.book_exhibitions", 1, none},
                              {"activities.arts", 1, 80},
                              {"opening_ceremony.schools", 1, none},
                              {"seminars", 0, none},
                              {"awards.collectives", 0, none},
                              {"awards.individuals", none, 0},
                              {"funding.state_budget", 0, none},
                              {"funding.other_sources", 0, none}}));
    UnitReport quai_nua =
        report("BC_HTSD_2023_TH_so_1_Quai_Nua.xlsx", "Trường Tiểu học số 1 Quài Nưa", "htsd-2023",
               {{"classes.teacher_training", 3, 45},
                {"classes.life_skills", 6, 180},
                {"news_items", 5, none},
                {"publications", 50, none},
                {"book_donation.collectives", 2, none},
                {"book_donation.individuals", none, 40},
                {"book_donation.books", 320, none},
                {"contests.book_fairs", 1, none},
                {"contests.about_books", 2, 150},
                {"activities.sports", 2, 200},
                {"activities.arts", 1, 120},
                {"opening_ceremony.schools", 1, none},
                {"seminars", 2, none},
                {"awards.individuals", none, 3},
                {"funding.state_budget", 5000000, none},
                {"funding.other_sources", 2000000, none}});
    reports.push_back(quai_nua);
    quai_nua.source = "BC_HTSD_2023_TH_so_1_Quai_Nua (1).xlsx"; // sent twice
    reports.push_back(quai_nua);
    UnitReport thi_tran =
        report("BC_HTSD_2023_THCS_Thi_tran.xlsx", "Trường THCS Thị trấn Tuần Giáo", "htsd-2023",
               {{"classes.teacher_training", 4, 60},
                {"classes.life_skills", 10, 380},
                {"classes.science_law", 2, 90},
                {"news_items", 8, none},
                {"publications", 100, none},
                {"book_donation.collectives", 3, none},
                {"book_donation.individuals", none, 65},
                {"book_donation.books", 540, none},
                {"contests.book_exhibitions", 1, none},
                {"contests.local_history", 1, 120},
                {"contests.about_books", 3, 240},
                {"activities.sports", 3, 350},
                {"activities.museum_visits", 1, 45},
                {"activities.lifelong_learning_sessions", 2, 160},
                {"opening_ceremony.schools", 1, none},
                {"seminars", 3, none},
                {"awards.collectives", 1, none},
                {"awards.individuals", none, 5},
                {"funding.state_budget", 8500000, none},
                {"funding.other_sources", 3000000, none}});
    thi_tran.error_count = 1;
    reports.push_back(thi_tran);
    UnitReport centre = report("BC_HTSD_2023_TT_GDNN-GDTX_Tuan_Giao.xlsx",
                               "Trung tâm GDNN-GDTX huyện Tuần Giáo", "htsd-2023",
                               {{"classes.civil_servants_it", 3, 95},
                                {"classes.worker_skills", 2, 60},
                                {"classes.rural_vocational", 5, 150},
                                {"classes.community_centre_staff", 1, 35},
                                {"classes.literacy", 4, 85},
                                {"news_items", 12, none},
                                {"activities.lifelong_learning_sessions", 3, 210},
                                {"seminars", 2, none},
                                {"funding.state_budget", 15000000, none}});
    centre.error_count = 1; // publications typed as -186: left out
    reports.push_back(centre);
    UnitReport quai_cang = report("BC_HTSD_2023_TTHTCD_Quai_Cang.xls",
                                  "Trung tâm học tập cộng đồng xã Quài Cang", "htsd-2023",
                                  {{"classes.science_law", 2, 110},
                                   {"classes.rural_vocational", 2, 55},
                                   {"classes.literacy", 3, 70},
                                   {"activities.lifelong_learning_sessions", 2, 140},
                                   {"activities.arts", 1, 90},
                                   {"funding.other_sources", 2500000, none}});
    quai_cang.error_count = 1; // news items typed as "mười": left out
    reports.push_back(quai_cang);
    UnitReport quai_to =
        report("Bao cao Tuan le HTSD 2023 - THCS Quai To.ods", "Trường THCS Quài Tở", "htsd-2022",
               {{"classes.teacher_training", 3, 40},
                {"classes.life_skills", 5, 200},
                {"news_items", 4, none},
                {"publications", 30, none},
                {"book_donation.collectives", 1, none},
                {"book_donation.individuals", none, 25},
                {"book_donation.books", 150, none},
                {"contests.about_books", 1, 80},
                {"contests.other", 1, 60},
                {"activities.sports", 2, 150},
                {"opening_ceremony.schools", 1, none},
                {"seminars", 1, 40},
                {"funding.state_budget", 3000000, none}});
    quai_to.warning_count = 1;
    reports.push_back(quai_to);
    UnitReport unreadable = report("Bao cao cu.xls", "", "", {});
    unreadable.failure = "Không đọc được tệp.";
    reports.push_back(unreadable);
    return reports;
}

std::vector<std::string> district_expected_units() {
    return {"Trường Mầm non Hoa Ban",
            "Trường Mầm non Pú Nhung",
            "Trường Tiểu học số 1 Quài Nưa",
            "Trường THCS Quài Tở",
            "Trường THCS Thị trấn Tuần Giáo",
            "Trung tâm GDNN-GDTX huyện Tuần Giáo",
            "Trung tâm học tập cộng đồng xã Quài Cang"};
}

MergeResult district_summary() {
    MergeOptions options;
    options.expected_units = district_expected_units();
    return merge_reports(catalog(), edition("htsd-2023"), district_reports(), options);
}

MergeResult district_summary_2022() {
    return merge_reports(catalog(), edition("htsd-2022"),
                         {report("2022/a.xlsx", "Trường A", "htsd-2022",
                                 {{"classes.participants_total", none, 1200},
                                  {"classes.teacher_training", 20, 500},
                                  {"classes.life_skills", 30, 700},
                                  {"news_items", 40, none},
                                  {"publications", 200, none},
                                  {"book_donation.books", 1000, none},
                                  {"activities.sports", 18, 1545},
                                  {"seminars", 8, 300},
                                  {"funding.state_budget", 30000000, none},
                                  {"funding.other_sources", 10000000, none}})});
}

NarrativeDocument narrate(const MergeResult& summary, Language language,
                          const NarrativeInput& extra, NarrativeOptions options) {
    NarrativeInput input = extra;
    if (input.target == nullptr)
        input.target = &edition(summary.target_edition_id);
    input.merged = &summary;
    if (input.merge_phrases == nullptr)
        input.merge_phrases = &merge_phrases();
    options.language = language;
    return write_narrative(input, narrative_phrases(), options);
}

namespace {

const NarrativeParagraph* find_paragraph(const NarrativeSection& section, std::string_view key) {
    for (const NarrativeParagraph& paragraph : section.paragraphs)
        if (paragraph.row_key == key)
            return &paragraph;
    for (const NarrativeSection& sub : section.subsections)
        if (const NarrativeParagraph* found = find_paragraph(sub, key))
            return found;
    return nullptr;
}

} // namespace

std::string paragraph_about(const NarrativeDocument& document, std::string_view row_key) {
    for (const NarrativeSection& section : document.sections)
        if (const NarrativeParagraph* found = find_paragraph(section, row_key))
            return found->text.text();
    ADD_FAILURE() << "no paragraph about " << row_key;
    return {};
}

const NarrativeSection* section_at(const NarrativeDocument& document,
                                   const std::vector<std::string>& numbers) {
    const std::vector<NarrativeSection>* level = &document.sections;
    const NarrativeSection* found = nullptr;
    for (const std::string& number : numbers) {
        found = nullptr;
        for (const NarrativeSection& section : *level)
            if (section.number == number)
                found = &section;
        if (found == nullptr)
            return nullptr;
        level = &found->subsections;
    }
    return found;
}

} // namespace statform::narrative_test
