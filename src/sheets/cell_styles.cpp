#include "sheets/cell_styles.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <array>

namespace statform::sheets {
namespace {

// Vietnamese administrative documents use Times New Roman 13 (Nghị định 30/2020).
constexpr const char* form_font = "Times New Roman";
constexpr float form_font_height = 13.0f;

enum class Align { Left, Center, Right };

struct StyleSpec {
    const char* name;
    bool bold = false;
    bool italic = false;
    Align align = Align::Left;
    bool wrap = true;
    bool bordered = false;
    bool locked = true;
    sal_Int32 background = -1;   // -1: transparent
    bool grouped_number = false; // 1.234.567
    float font_height = form_font_height;
};

constexpr sal_Int32 input_background = 0xFFF8DC;  // light cream: "type here"
constexpr sal_Int32 unused_background = 0xD9D9D9; // grey: not part of this row
constexpr sal_Int32 sum_background = 0xEAF1FB;    // light blue: computed

const std::array<StyleSpec, 14> style_specs{{
    {"StatForm Unit Name", true, false, Align::Center},
    // 12 pt: the national heading in capitals must fit the four right columns.
    {"StatForm National Heading", true, false, Align::Center, false, false, true, -1, false, 12.0f},
    {"StatForm Motto", true, false, Align::Center, false},
    {"StatForm Date Line", false, true, Align::Center, false},
    {"StatForm Title", true, false, Align::Center},
    {"StatForm Subtitle", false, true, Align::Center},
    {"StatForm Header", true, false, Align::Center, true, true},
    {"StatForm Code", false, false, Align::Center, true, true},
    {"StatForm Label", false, false, Align::Left, true, true},
    {"StatForm Group", true, false, Align::Left, true, true},
    {"StatForm Unit", false, false, Align::Center, true, true},
    {"StatForm Input", false, false, Align::Right, false, true, false, input_background, true},
    {"StatForm Sum", true, false, Align::Right, false, true, true, sum_background, true},
    {"StatForm Unused", false, false, Align::Center, false, true, true, unused_background},
}};
const StyleSpec note_spec{"StatForm Note", false, false, Align::Left, true, true, false};
// Validate's marks: editable, so the person can correct the value in place.
constexpr sal_Int32 error_background = 0xF4C7C3;   // light red
constexpr sal_Int32 warning_background = 0xFCE8B2; // light amber
const StyleSpec error_spec{"StatForm Error", true, false, Align::Right, true, true, false,
                           error_background, true};
// The narrative report under the summary table.
const StyleSpec narrative_title_spec{"StatForm Narrative Title", true, false, Align::Center};
const StyleSpec narrative_heading_spec{"StatForm Narrative Heading", true, false, Align::Left};
const StyleSpec narrative_text_spec{"StatForm Narrative", false, false, Align::Left};
const StyleSpec narrative_prompt_spec{
    "StatForm Narrative Prompt", false, true, Align::Left, true, false, false, 0xFFF2CC};
const StyleSpec warning_spec{"StatForm Warning", false, false, Align::Right, true, true, false,
                             warning_background, true};
const StyleSpec blank_spec{"StatForm Blank"};

css::table::BorderLine2 thin_line() {
    css::table::BorderLine2 line;
    line.LineStyle = css::table::BorderLineStyle::SOLID;
    line.LineWidth = 26; // 0.75 pt
    line.OuterLineWidth = 26;
    line.Color = 0x000000;
    return line;
}

// Whole numbers with Vietnamese digit grouping (1.234.567), whatever the
// office's own locale: the built-in "#,##0" format of the vi-VN locale.
sal_Int32
grouped_integer_format(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::uno::Reference<css::util::XNumberFormatsSupplier> supplier(document,
                                                                    css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::util::XNumberFormatTypes> types(supplier->getNumberFormats(),
                                                             css::uno::UNO_QUERY_THROW);
    return types->getFormatIndex(css::i18n::NumberFormatIndex::NUMBER_1000INT,
                                 css::lang::Locale("vi", "VN", ""));
}

void define_style(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const css::uno::Reference<css::container::XNameContainer>& styles,
                  const StyleSpec& spec) {
    const rtl::OUString name = rtl::OUString::createFromAscii(spec.name);
    if (styles->hasByName(name))
        return;
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(document,
                                                                 css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> style(
        factory->createInstance("com.sun.star.style.CellStyle"), css::uno::UNO_QUERY_THROW);
    styles->insertByName(name, css::uno::Any(style));
    style->setPropertyValue("CharFontName",
                            css::uno::Any(rtl::OUString::createFromAscii(form_font)));
    style->setPropertyValue("CharHeight", css::uno::Any(spec.font_height));
    style->setPropertyValue("CharWeight", css::uno::Any(spec.bold ? css::awt::FontWeight::BOLD
                                                                  : css::awt::FontWeight::NORMAL));
    style->setPropertyValue("CharPosture", css::uno::Any(spec.italic ? css::awt::FontSlant_ITALIC
                                                                     : css::awt::FontSlant_NONE));
    style->setPropertyValue("HoriJustify", css::uno::Any(spec.align == Align::Center
                                                             ? css::table::CellHoriJustify_CENTER
                                                         : spec.align == Align::Right
                                                             ? css::table::CellHoriJustify_RIGHT
                                                             : css::table::CellHoriJustify_LEFT));
    style->setPropertyValue("VertJustify", css::uno::Any(css::table::CellVertJustify2::CENTER));
    style->setPropertyValue("IsTextWrapped", css::uno::Any(spec.wrap));
    if (spec.bordered)
        for (const char* side : {"TopBorder", "BottomBorder", "LeftBorder", "RightBorder"})
            style->setPropertyValue(rtl::OUString::createFromAscii(side),
                                    css::uno::Any(thin_line()));
    if (spec.background >= 0) {
        style->setPropertyValue("CellBackColor", css::uno::Any(spec.background));
        style->setPropertyValue("IsCellBackgroundTransparent", css::uno::Any(false));
    }
    css::util::CellProtection protection;
    protection.IsLocked = spec.locked;
    style->setPropertyValue("CellProtection", css::uno::Any(protection));
    if (spec.grouped_number)
        style->setPropertyValue("NumberFormat", css::uno::Any(grouped_integer_format(document)));
}

} // namespace

void ensure_cell_styles(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::uno::Reference<css::style::XStyleFamiliesSupplier> supplier(document,
                                                                     css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameContainer> styles(
        supplier->getStyleFamilies()->getByName("CellStyles"), css::uno::UNO_QUERY_THROW);
    for (const auto& spec : style_specs)
        define_style(document, styles, spec);
    define_style(document, styles, note_spec);
    define_style(document, styles, error_spec);
    for (const auto* spec : {&narrative_title_spec, &narrative_heading_spec, &narrative_text_spec,
                             &narrative_prompt_spec})
        define_style(document, styles, *spec);
    define_style(document, styles, warning_spec);
    define_style(document, styles, blank_spec);
}

std::string style_for(core::CellRole role) {
    using core::CellRole;
    switch (role) {
    case CellRole::UnitName:
        return "StatForm Unit Name";
    case CellRole::NationalHeading:
        return "StatForm National Heading";
    case CellRole::Motto:
        return "StatForm Motto";
    case CellRole::DateLine:
        return "StatForm Date Line";
    case CellRole::Appendix:
        return "StatForm Title";
    case CellRole::Title:
        return "StatForm Title";
    case CellRole::Subtitle:
        return "StatForm Subtitle";
    case CellRole::Header:
        return "StatForm Header";
    case CellRole::Code:
        return "StatForm Code";
    case CellRole::Label:
        return "StatForm Label";
    case CellRole::GroupLabel:
        return "StatForm Group";
    case CellRole::Unit:
        return "StatForm Unit";
    case CellRole::Input:
        return "StatForm Input";
    case CellRole::Sum:
        return "StatForm Sum";
    case CellRole::Unused:
        return "StatForm Unused";
    case CellRole::Note:
        return "StatForm Note";
    case CellRole::NarrativeTitle:
        return "StatForm Narrative Title";
    case CellRole::NarrativeHeading:
        return "StatForm Narrative Heading";
    case CellRole::NarrativeText:
        return "StatForm Narrative";
    case CellRole::NarrativePrompt:
        return "StatForm Narrative Prompt";
    case CellRole::Blank:
        break;
    }
    return "StatForm Blank";
}

} // namespace statform::sheets
