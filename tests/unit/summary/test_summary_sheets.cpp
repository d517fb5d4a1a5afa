// The summary's live formulas name the breakdown sheet; when the document
// already has a sheet of that name, the formulas follow the new name.
#include "core/summary/summary_sheets.hpp"

#include <gtest/gtest.h>

using statform::core::refer_to_renamed_sheet;
using statform::core::SheetContent;

TEST(SummarySheets, FormulasFollowARenamedSheetAndNothingElse) {
    SheetContent summary;
    summary.at(3, 3).formula =
        "=IF(COUNTIFS($'Chi tiết theo đơn vị'.$D$3:$G$3;\"Người\")=0;\"\";"
        "SUMIF($'Chi tiết theo đơn vị'.$D$3:$G$3;\"Người\";$'Chi tiết theo đơn vị'.$D$9:$G$9))";
    summary.at(4, 3).formula = "=SUM($'Chi tiết theo đơn vị khác'.A1)";
    summary.at(5, 1).text = "Chi tiết theo đơn vị"; // a text, not a reference: stays
    refer_to_renamed_sheet(summary, "Chi tiết theo đơn vị", "Chi tiết theo đơn vị (2)");
    const std::string& formula = summary.at(3, 3).formula;
    EXPECT_EQ(formula.find("$'Chi tiết theo đơn vị'."), std::string::npos) << formula;
    std::size_t renamed = 0;
    for (std::size_t at = formula.find("$'Chi tiết theo đơn vị (2)'."); at != std::string::npos;
         at = formula.find("$'Chi tiết theo đơn vị (2)'.", at + 1))
        ++renamed;
    EXPECT_EQ(renamed, 3u);
    EXPECT_EQ(summary.at(4, 3).formula, "=SUM($'Chi tiết theo đơn vị khác'.A1)");
    EXPECT_EQ(summary.at(5, 1).text, "Chi tiết theo đơn vị");
    // A quote in a sheet name is doubled inside the reference, as Calc spells it.
    SheetContent quoted;
    quoted.at(0, 0).formula = "=$'Bạn''s'.A1";
    refer_to_renamed_sheet(quoted, "Bạn's", "Bạn's (2)");
    EXPECT_EQ(quoted.at(0, 0).formula, "=$'Bạn''s (2)'.A1");
}

// Before a sheet is copied into the user's document, the formulas that name
// another result sheet are taken out (the copy would turn them into external
// references) and written afterwards: exactly those, at their cells.
TEST(SummarySheets, FormulasNamingAResultSheetAreTakenOutAtTheirCells) {
    SheetContent summary;
    summary.name = "Tổng hợp";
    summary.put(0, 0, statform::core::CellRole::Title, "TỔNG HỢP");
    summary.at(11, 3).formula = "=SUMIF($'Chi tiết theo đơn vị (2)'.$D$4:$G$4;\"Người\")";
    summary.at(11, 3).role = statform::core::CellRole::Sum;
    summary.at(12, 3).formula = "=SUM(D11:D12)";               // on its own sheet: stays
    summary.at(13, 4).formula = "=$'Chi tiết theo đơn vị'.A1"; // another sheet, not a result one
    const auto taken = statform::core::take_formulas_referring_to(
        summary, {"Tổng hợp", "Chi tiết theo đơn vị (2)"});
    EXPECT_EQ(taken.name, "Tổng hợp");
    ASSERT_EQ(taken.rows(), 12u);
    EXPECT_EQ(taken.cells[11][3].formula,
              "=SUMIF($'Chi tiết theo đơn vị (2)'.$D$4:$G$4;\"Người\")");
    std::size_t formulas = 0;
    for (const auto& row : taken.cells)
        for (const auto& cell : row)
            formulas += !cell.formula.empty();
    EXPECT_EQ(formulas, 1u);
    EXPECT_TRUE(summary.at(11, 3).formula.empty());
    EXPECT_EQ(summary.at(11, 3).role, statform::core::CellRole::Sum) << "its style stays";
    EXPECT_EQ(summary.at(12, 3).formula, "=SUM(D11:D12)");
    EXPECT_EQ(summary.at(13, 4).formula, "=$'Chi tiết theo đơn vị'.A1");
    EXPECT_EQ(summary.at(0, 0).text, "TỔNG HỢP");
}
