#include "core/merge/unit_name.hpp"

#include <gtest/gtest.h>

using namespace statform::core;

namespace {
const std::vector<std::string> expected{"Trường Tiểu học Chiềng Sinh", "Trường THCS Quài Tở",
                                        "Trường Tiểu học Quài Tở", "Trường Mầm non Hoa Ban",
                                        "Trung tâm GDNN-GDTX huyện Tuần Giáo"};
}

TEST(UnitName, FromTheTitleBlockAboveTheTable) {
    Grid grid(12, 6);
    grid.set(0, 0, Cell::of_text("TRƯỜNG THCS QUÀI TỞ"));
    grid.set(0, 2, Cell::of_text("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    grid.set(4, 0, Cell::of_text("Phụ lục II"));
    EXPECT_EQ(find_unit_name(grid, 8, "x.xlsx"), "TRƯỜNG THCS QUÀI TỞ");
}

TEST(UnitName, TheSuperiorBodyOnTheFirstLineIsSkipped) {
    Grid grid(12, 6);
    grid.set(0, 0, Cell::of_text("PHÒNG GD&ĐT HUYỆN TUẦN GIÁO"));
    grid.set(1, 0, Cell::of_text("TRƯỜNG THCS QUÀI TỞ"));
    EXPECT_EQ(find_unit_name(grid, 8, "x.xlsx"), "TRƯỜNG THCS QUÀI TỞ");
    Grid office_itself(12, 6);
    office_itself.set(0, 0, Cell::of_text("PHÒNG GD&ĐT HUYỆN TUẦN GIÁO"));
    EXPECT_EQ(find_unit_name(office_itself, 8, "x.xlsx"), "PHÒNG GD&ĐT HUYỆN TUẦN GIÁO");
}

TEST(UnitName, PlaceholderAndHeadingsAreNotNamesSoTheFileNameIs) {
    Grid grid(12, 6);
    grid.set(0, 0, Cell::of_text("TÊN ĐƠN VỊ"));
    grid.set(1, 0, Cell::of_text("Tuần Giáo, ngày 10 tháng 10 năm 2023"));
    EXPECT_EQ(find_unit_name(grid, 8, "BC_TH_Quai_Nua.xlsx"), "BC TH Quai Nua");
}

TEST(UnitName, MatchesTheExpectedListLikeAClerkWould) {
    EXPECT_EQ(match_expected_unit("TH Chieng Sinh - bao cao tuan le HTSD", expected),
              "Trường Tiểu học Chiềng Sinh");
    EXPECT_EQ(match_expected_unit("Bao cao Tuan le HTSD 2023 - THCS Quai To", expected),
              "Trường THCS Quài Tở");
    EXPECT_EQ(match_expected_unit("TRƯỜNG MẦM NON HOA BAN", expected), "Trường Mầm non Hoa Ban");
    EXPECT_EQ(match_expected_unit("TT GDNN-GDTX Tuan Giao", expected),
              "Trung tâm GDNN-GDTX huyện Tuần Giáo");
}

TEST(UnitName, NeverGuessesBetweenTwoCandidates) {
    // "Quài Tở" alone names two schools; the kind decides, or nothing does.
    EXPECT_EQ(match_expected_unit("Truong Tieu hoc Quai To", expected), "Trường Tiểu học Quài Tở");
    EXPECT_EQ(match_expected_unit("Bao cao Quai To", expected), std::nullopt);
    EXPECT_EQ(match_expected_unit("Trường THCS Mường Thín", expected), std::nullopt);
    // The district office is not the district's GDNN-GDTX centre.
    EXPECT_EQ(match_expected_unit("Phòng GD&ĐT huyện Tuần Giáo", expected), std::nullopt);
}

TEST(UnitName, InTheSheetOrNothingSoTheMergeCanSaySo) {
    Grid named(12, 6);
    named.set(0, 0, Cell::of_text("TRƯỜNG THCS QUÀI TỞ"));
    EXPECT_EQ(unit_name_in_sheet(named, 8), "TRƯỜNG THCS QUÀI TỞ");
    Grid unnamed(12, 6);
    unnamed.set(0, 0, Cell::of_text("TÊN ĐƠN VỊ"));
    EXPECT_EQ(unit_name_in_sheet(unnamed, 8), std::nullopt);
}
