// The summary's live formulas name the breakdown sheet; when the document
// already has a sheet of that name, the formulas follow the new name.
#include "core/summary_sheets.hpp"

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
