// Each menu command, dispatched on a Calc document the way the menu does it,
// answers (Merge for now: "not yet available") and the office lives on.
// InsertTemplate and Validate have their own tests.
#include "office_fixture.hpp"

using namespace statform::test;

class MenuCommand : public ::testing::TestWithParam<std::string> {};

TEST_P(MenuCommand, AnswersAndLeavesTheOfficeAlive) {
    const auto document = new_calc_document();
    const auto outcome = dispatch(document, GetParam());
    EXPECT_TRUE(outcome.finished) << "the protocol handler did not answer " << GetParam();
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_NE(outcome.message.find("chưa có"), std::string::npos) << outcome.message;
    close_document(document);
    EXPECT_TRUE(OfficeEnvironment::session().alive());
}

INSTANTIATE_TEST_SUITE_P(Commands, MenuCommand, ::testing::Values("Merge"));

TEST(MenuCommands, UnknownCommandIsNotHandled) {
    const auto document = new_calc_document();
    const auto outcome = dispatch(document, "NoSuchCommand");
    EXPECT_FALSE(outcome.finished)
        << "StatForm claimed a command it does not have: " << outcome.message;
    close_document(document);
    EXPECT_TRUE(OfficeEnvironment::session().alive());
}
