// The extension is installed, its service answers through the IDL, and its
// menu is configured for Calc only.
#include "office_fixture.hpp"

#include "statform_version.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>

using namespace statform::test;

namespace {

css::uno::Reference<css::container::XHierarchicalNameAccess> addons_configuration() {
    const auto& context = OfficeEnvironment::session().context();
    const auto provider = css::configuration::theDefaultProvider::get(context);
    css::uno::Sequence<css::uno::Any> arguments(1);
    arguments.getArray()[0] <<= css::beans::NamedValue(
        "nodepath", css::uno::Any(ou("/org.openoffice.Office.Addons/AddonUI")));
    return {provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  arguments),
            css::uno::UNO_QUERY_THROW};
}

std::string
config_string(const css::uno::Reference<css::container::XHierarchicalNameAccess>& config,
              const std::string& path) {
    rtl::OUString value;
    config->getByHierarchicalName(ou(path)) >>= value;
    return utf8(value);
}

} // namespace

TEST(Extension, IsDeployedInTheOfficeProfile) {
    const auto provider =
        css::deployment::PackageInformationProvider::get(OfficeEnvironment::session().context());
    const auto location = utf8(provider->getPackageLocation(ou(statform::extension_identifier)));
    EXPECT_FALSE(location.empty()) << "the office does not know " << statform::extension_identifier;
    bool listed = false;
    for (const auto& entry : provider->getExtensionList())
        if (entry.getLength() >= 2 && utf8(entry[0]) == statform::extension_identifier) {
            listed = true;
            EXPECT_EQ(utf8(entry[1]), statform::version);
        }
    EXPECT_TRUE(listed);
}

TEST(Extension, ServiceAnswersThroughItsOwnInterface) {
    const auto service = statform_service();
    EXPECT_EQ(utf8(service->getVersion()), statform::version);
    css::uno::Reference<css::lang::XServiceInfo> info(service, css::uno::UNO_QUERY_THROW);
    EXPECT_TRUE(info->supportsService("org.statform.StatForm"));
}

TEST(Extension, ListTemplatesReturnsTheShippedEditionsNewestFirst) {
    const auto templates = statform_service()->listTemplates();
    ASSERT_EQ(templates.getLength(), 3);
    EXPECT_EQ(utf8(templates[0].Id), "htsd-2023");
    EXPECT_EQ(templates[0].Year, 2023);
    EXPECT_EQ(utf8(templates[1].Id), "htsd-2022");
    EXPECT_EQ(utf8(templates[2].Id), "htsd-2020-district");
    EXPECT_EQ(utf8(templates[2].Level), "district");
    for (const auto& info : templates) {
        EXPECT_GT(info.RowCount, 30) << utf8(info.Id);
        EXPECT_NE(utf8(info.Title).find("TUẦN LỄ"), std::string::npos) << utf8(info.Title);
        EXPECT_FALSE(utf8(info.Theme).empty()) << utf8(info.Id);
    }
}

// Every menu command, clicked with nothing prepared (no arguments, no one
// to answer a dialog): on a new Calc document each does its job or says
// why not; in Writer each says it needs Calc; the office keeps running.
TEST(Extension, EveryMenuCommandOnANewCalcDocumentAndInWriter) {
    const auto calc = new_calc_document();
    const auto insert = dispatch(calc, "InsertTemplate");
    EXPECT_TRUE(insert.succeeded) << insert.message;
    EXPECT_TRUE(calc->getSheets()->hasByName(ou("Thống kê HTSĐ 2023"))) << insert.message;
    const auto validate = dispatch(calc, "Validate");
    EXPECT_TRUE(validate.succeeded) << validate.message;
    EXPECT_NE(validate.message.find("0 lỗi"), std::string::npos) << validate.message;
    const auto merge = dispatch(calc, "Merge");
    EXPECT_TRUE(merge.finished);
    EXPECT_FALSE(merge.succeeded) << "no files given: nothing merged";
    const auto compare = dispatch(calc, "CompareWithLastYear");
    EXPECT_FALSE(compare.succeeded) << "no file given: nothing compared";
    close_document(calc);

    const auto writer = new_writer_document();
    for (const char* command :
         {"InsertTemplate", "Validate", "Merge", "CompareWithLastYear", "MakeTemplate"}) {
        SCOPED_TRACE(command);
        const auto outcome = dispatch(
            writer, command, {{"Files", css::uno::Any(css::uno::Sequence<rtl::OUString>())}});
        EXPECT_TRUE(outcome.finished);
        EXPECT_FALSE(outcome.succeeded) << outcome.message;
    }
    const auto in_writer = dispatch(writer, "Validate");
    EXPECT_NE(in_writer.message.find("Calc"), std::string::npos) << in_writer.message;
    close_document(writer);
    EXPECT_TRUE(OfficeEnvironment::session().alive());
}

TEST(Extension, UnknownMenuCommandIsNotClaimed) {
    const auto document = new_calc_document();
    const auto outcome = dispatch(document, "NoSuchCommand");
    EXPECT_FALSE(outcome.finished)
        << "StatForm claimed a command it does not have: " << outcome.message;
    close_document(document);
    EXPECT_TRUE(OfficeEnvironment::session().alive());
}

TEST(Extension, MenuIsATopLevelCalcOnlyMenuWithTheJobsTheYearComparisonAndMakeATemplate) {
    const auto config = addons_configuration();
    const std::string menu = "OfficeMenuBar/org.statform.menu";
    ASSERT_TRUE(config->hasByHierarchicalName(ou(menu)));
    EXPECT_EQ(config_string(config, menu + "/Context"), "com.sun.star.sheet.SpreadsheetDocument");
    std::vector<std::string> urls;
    css::uno::Reference<css::container::XNameAccess> submenu(
        config->getByHierarchicalName(ou(menu + "/Submenu")), css::uno::UNO_QUERY_THROW);
    for (const auto& name : submenu->getElementNames()) {
        urls.push_back(config_string(config, menu + "/Submenu/" + utf8(name) + "/URL"));
        EXPECT_EQ(config_string(config, menu + "/Submenu/" + utf8(name) + "/Context"),
                  "com.sun.star.sheet.SpreadsheetDocument");
    }
    std::sort(urls.begin(), urls.end());
    EXPECT_EQ(urls, (std::vector<std::string>{
                        "org.statform:CompareWithLastYear", "org.statform:InsertTemplate",
                        "org.statform:MakeTemplate", "org.statform:Merge",
                        "org.statform:Thresholds", "org.statform:Validate", "private:separator"}));
    EXPECT_TRUE(config->hasByHierarchicalName(ou("OfficeToolBar/org.statform.toolbar")));
}
