// "Validation limits…" (org.statform:Thresholds) in a real office: a limit
// set through the command is what the next Validate judges by, it is kept
// in the user templates folder's unit-types.json beside the unit types
// already there, and a limit that is not a number of 0 or more writes nothing.
#include "core/templates/template_catalog.hpp"
#include "core/templates/unit_types.hpp"
#include "office_fixture.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace statform::test {
namespace {

namespace fs = std::filesystem;

constexpr sal_Int32 count_col = 3, people_col = 4;

// The user folder's unit-types.json as it was before a test, put back after.
class Thresholds : public ::testing::Test {
  protected:
    void SetUp() override {
        file_ = user_templates_folder() / "unit-types.json";
        if (std::ifstream in(file_); in) {
            std::ostringstream text;
            text << in.rdbuf();
            before_ = text.str();
        }
    }
    void TearDown() override {
        if (before_)
            std::ofstream(file_) << *before_;
        else
            fs::remove(file_);
    }

    // A 2023 form whose row 1.1 has 1 class of 300 people.
    css::uno::Reference<css::sheet::XSpreadsheetDocument> form_with_a_large_class() const {
        const auto document = new_calc_document();
        const auto inserted = statform_service()->insertTemplate(document, "htsd-2023", {});
        const css::uno::Reference<css::sheet::XSpreadsheet> sheet(
            document->getSheets()->getByName(inserted.SheetName), css::uno::UNO_QUERY_THROW);
        // Row 1.1 where the form was put, found by its printed code.
        for (sal_Int32 row = 0; row < 100; ++row) {
            const css::uno::Reference<css::text::XTextRange> code(sheet->getCellByPosition(0, row),
                                                                  css::uno::UNO_QUERY_THROW);
            if (utf8(code->getString()) == "1.1") {
                sheet->getCellByPosition(count_col, row)->setValue(1);
                sheet->getCellByPosition(people_col, row)->setValue(300);
                return document;
            }
        }
        ADD_FAILURE() << "no row 1.1 in the inserted form";
        return document;
    }

    static bool
    warns_of_a_large_class(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
        const auto result = statform_service()->validate(document, {});
        for (const auto& finding : result.Findings)
            if (utf8(finding.RuleCode) == "people-per-class-high")
                return true;
        return false;
    }

    fs::path file_;
    std::optional<std::string> before_;
};

TEST_F(Thresholds, ALimitSetByTheCommandIsWhatTheNextValidateJudgesBy) {
    const auto document = form_with_a_large_class();
    EXPECT_TRUE(warns_of_a_large_class(document)) << "300 people in one class, over 200";

    const auto set =
        dispatch(document, "Thresholds", {{"max_people_per_class", css::uno::Any(400.0)}});
    ASSERT_TRUE(set.succeeded) << set.message;
    EXPECT_NE(set.message.find(file_.string()), std::string::npos) << set.message;
    std::vector<core::LoadProblem> problems;
    const auto saved = core::UnitTypeCatalog::load(file_, problems);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->thresholds().get("max_people_per_class"), 400.0);
    EXPECT_EQ(saved->thresholds().get("min_money_value"),
              shipped_templates().unit_types().thresholds().get("min_money_value"));
    EXPECT_FALSE(warns_of_a_large_class(document)) << "within the new limit, with no restart";
    close_document(document);
}

TEST_F(Thresholds, ALimitThatIsNotANumberOfZeroOrMoreWritesNothing) {
    const auto document = new_calc_document();
    const auto before = fs::exists(file_) ? fs::last_write_time(file_) : fs::file_time_type{};
    const auto refused =
        dispatch(document, "Thresholds", {{"max_people_per_class", css::uno::Any(-1.0)}});
    EXPECT_TRUE(refused.finished);
    EXPECT_FALSE(refused.succeeded);
    EXPECT_NE(refused.message.find("Lớp/người"), std::string::npos) << refused.message;
    const auto nothing = dispatch(document, "Thresholds");
    EXPECT_FALSE(nothing.succeeded) << "no limit given and no dialog in a test";
    EXPECT_EQ(fs::exists(file_) ? fs::last_write_time(file_) : fs::file_time_type{}, before);
    close_document(document);
}

TEST_F(Thresholds, TheDialogIsPackaged) {
    expect_dialog_with_controls("Thresholds.xdl",
                                {"lblHint", "lblT0", "txtT0", "txtT1", "txtT2", "txtT3", "txtT4",
                                 "txtT5", "btnOk", "btnCancel"});
}

} // namespace
} // namespace statform::test
