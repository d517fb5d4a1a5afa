#include "sheets/report_document.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <osl/file.hxx>

namespace statform::sheets {
namespace {

rtl::OUString ou(const std::string& text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

// The SDK's Reference has no implicit upcast: a cursor is passed as a range.
css::uno::Reference<css::text::XTextRange>
at(const css::uno::Reference<css::text::XTextCursor>& cursor) {
    return {cursor, css::uno::UNO_QUERY_THROW};
}

// How a stretch of text looks.
struct Look {
    bool bold = false;
    bool italic = false;
    float height = 14.0f;
    css::style::ParagraphAdjust adjust = css::style::ParagraphAdjust_BLOCK;
    sal_Int32 first_line_indent = 1270; // 1,27 cm, as the decree has it
    bool highlight = false;             // a placeholder for the author
};

class ReportWriter {
  public:
    explicit ReportWriter(const css::uno::Reference<css::text::XTextDocument>& document)
        : document_(document), text_(document->getText()), cursor_(text_->createTextCursor()) {}

    // Appends a paragraph of runs (the first paragraph reuses the empty one).
    void paragraph(const core::NarrativeText& content, Look look, const std::string& prefix = {}) {
        paragraph_in(text_, cursor_, content, look, prefix);
    }

    // A borderless two-column table: the heading block and the signature block.
    // `left_share` of the line's width for the left column: the national
    // heading ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12 pt bold) must fit on
    // one line in the right one.
    void two_columns(const std::vector<std::pair<core::NarrativeText, Look>>& left,
                     const std::vector<std::pair<core::NarrativeText, Look>>& right,
                     double left_share = 0.5) {
        css::uno::Reference<css::lang::XMultiServiceFactory> factory(document_,
                                                                     css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::text::XTextTable> table(
            factory->createInstance("com.sun.star.text.TextTable"), css::uno::UNO_QUERY_THROW);
        table->initialize(1, 2);
        text_->insertTextContent(
            at(cursor_),
            css::uno::Reference<css::text::XTextContent>(table, css::uno::UNO_QUERY_THROW), false);
        // No lines: the heading and signature blocks are laid out, not boxed.
        css::table::TableBorder2 none;
        none.IsTopLineValid = none.IsBottomLineValid = none.IsLeftLineValid =
            none.IsRightLineValid = true;
        none.IsHorizontalLineValid = none.IsVerticalLineValid = true;
        css::uno::Reference<css::beans::XPropertySet> table_properties(table,
                                                                       css::uno::UNO_QUERY_THROW);
        table_properties->setPropertyValue("TableBorder2", css::uno::Any(none));
        sal_Int16 relative_sum = 0;
        table_properties->getPropertyValue("TableColumnRelativeSum") >>= relative_sum;
        css::uno::Sequence<css::text::TableColumnSeparator> separators;
        table_properties->getPropertyValue("TableColumnSeparators") >>= separators;
        if (separators.getLength() == 1 && relative_sum > 0) {
            separators.getArray()[0].Position =
                static_cast<sal_Int16>(static_cast<double>(relative_sum) * left_share);
            table_properties->setPropertyValue("TableColumnSeparators", css::uno::Any(separators));
        }
        for (const auto& [cell_name, lines] : {std::pair{"A1", &left}, std::pair{"B1", &right}}) {
            css::uno::Reference<css::text::XText> cell(
                table->getCellByName(rtl::OUString::createFromAscii(cell_name)),
                css::uno::UNO_QUERY_THROW);
            auto cell_cursor = cell->createTextCursor();
            bool first = true;
            for (const auto& [content, look] : *lines) {
                if (!first)
                    cell->insertControlCharacter(
                        at(cell_cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
                first = false;
                write_runs(cell, cell_cursor, content, look, {});
            }
        }
    }

  private:
    void paragraph_in(const css::uno::Reference<css::text::XText>& text,
                      const css::uno::Reference<css::text::XTextCursor>& cursor,
                      const core::NarrativeText& content, const Look& look,
                      const std::string& prefix) {
        if (started_)
            text->insertControlCharacter(at(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                         false);
        started_ = true;
        write_runs(text, cursor, content, look, prefix);
    }

    static void write_runs(const css::uno::Reference<css::text::XText>& text,
                           const css::uno::Reference<css::text::XTextCursor>& cursor,
                           const core::NarrativeText& content, const Look& look,
                           const std::string& prefix) {
        css::uno::Reference<css::beans::XPropertySet> format(cursor, css::uno::UNO_QUERY_THROW);
        format->setPropertyValue("ParaAdjust", css::uno::Any(static_cast<sal_Int16>(look.adjust)));
        format->setPropertyValue("ParaFirstLineIndent", css::uno::Any(look.first_line_indent));
        format->setPropertyValue("ParaBottomMargin",
                                 css::uno::Any(sal_Int32(212))); // 6 pt between paragraphs
        auto write = [&](const std::string& piece, bool placeholder) {
            format->setPropertyValue("CharFontName",
                                     css::uno::Any(rtl::OUString("Times New Roman")));
            format->setPropertyValue("CharHeight", css::uno::Any(look.height));
            format->setPropertyValue("CharWeight",
                                     css::uno::Any(look.bold ? css::awt::FontWeight::BOLD
                                                             : css::awt::FontWeight::NORMAL));
            format->setPropertyValue("CharPosture", css::uno::Any(look.italic || placeholder
                                                                      ? css::awt::FontSlant_ITALIC
                                                                      : css::awt::FontSlant_NONE));
            format->setPropertyValue(
                "CharBackColor",
                css::uno::Any(sal_Int32(placeholder || look.highlight ? 0xFFF2CC : -1)));
            text->insertString(at(cursor), ou(piece), false);
        };
        if (!prefix.empty())
            write(prefix, false);
        for (const auto& run : content.runs)
            write(run.text, run.kind == core::RunKind::Placeholder);
    }

    css::uno::Reference<css::text::XTextDocument> document_;
    css::uno::Reference<css::text::XText> text_;
    css::uno::Reference<css::text::XTextCursor> cursor_;
    bool started_ = false;
};

core::NarrativeText plain(const std::string& text) {
    core::NarrativeText content;
    content.runs.push_back({core::RunKind::Text, text, std::nullopt});
    return content;
}

void write_section(ReportWriter& writer, const core::NarrativeSection& section) {
    if (!section.heading.empty()) {
        core::NarrativeText heading = plain(core::outline_prefix(section));
        heading.runs.insert(heading.runs.end(), section.heading.runs.begin(),
                            section.heading.runs.end());
        writer.paragraph(
            heading, {true, section.level >= 2, 14.0f, css::style::ParagraphAdjust_BLOCK, 1270});
    }
    for (const auto& paragraph : section.paragraphs)
        writer.paragraph(paragraph.text,
                         {false, false, 14.0f, css::style::ParagraphAdjust_BLOCK, 1270,
                          paragraph.kind == core::ParagraphKind::Placeholder},
                         paragraph.kind == core::ParagraphKind::Bullet ? "- " : "");
    for (const auto& subsection : section.subsections)
        write_section(writer, subsection);
}

void set_up_page(const css::uno::Reference<css::text::XTextDocument>& document) {
    css::uno::Reference<css::style::XStyleFamiliesSupplier> families(document,
                                                                     css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> pages(
        families->getStyleFamilies()->getByName("PageStyles"), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> page(pages->getByName("Standard"),
                                                       css::uno::UNO_QUERY_THROW);
    page->setPropertyValue("Width", css::uno::Any(sal_Int32(21000)));
    page->setPropertyValue("Height", css::uno::Any(sal_Int32(29700)));
    page->setPropertyValue("TopMargin", css::uno::Any(sal_Int32(2000)));
    page->setPropertyValue("BottomMargin", css::uno::Any(sal_Int32(2000)));
    page->setPropertyValue("LeftMargin", css::uno::Any(sal_Int32(3000)));
    page->setPropertyValue("RightMargin", css::uno::Any(sal_Int32(1500)));
}

} // namespace

std::optional<std::string> report_filter_for(const std::filesystem::path& file) {
    const std::string extension = file.extension().string();
    if (extension == ".odt")
        return "writer8";
    if (extension == ".docx")
        return "MS Word 2007 XML";
    return std::nullopt;
}

namespace {

// The report's content and layout, into an empty Writer document.
void fill_report_document(const css::uno::Reference<css::text::XTextDocument>& document,
                          const core::NarrativeDocument& narrative) {
    set_up_page(document);
    ReportWriter writer(document);
    const Look left{true, false, 13.0f, css::style::ParagraphAdjust_CENTER, 0};
    const Look right_name{true, false, 12.0f, css::style::ParagraphAdjust_CENTER, 0};
    const Look motto{true, false, 13.0f, css::style::ParagraphAdjust_CENTER, 0};
    const Look date{false, true, 14.0f, css::style::ParagraphAdjust_CENTER, 0};
    writer.two_columns(
        {{narrative.governing_body, {false, false, 13.0f, css::style::ParagraphAdjust_CENTER, 0}},
         {narrative.reporting_unit, left},
         {narrative.reference, {false, false, 13.0f, css::style::ParagraphAdjust_CENTER, 0}}},
        {{narrative.national_name, right_name},
         {narrative.motto, motto},
         {narrative.place_date, date}},
        0.4);
    writer.paragraph(narrative.title, {true, false, 14.0f, css::style::ParagraphAdjust_CENTER, 0});
    if (!narrative.subtitle.empty())
        writer.paragraph(narrative.subtitle,
                         {true, false, 14.0f, css::style::ParagraphAdjust_CENTER, 0});
    for (const auto& section : narrative.sections)
        write_section(writer, section);
    std::vector<std::pair<core::NarrativeText, Look>> recipients{
        {narrative.recipients_heading, {true, true, 12.0f, css::style::ParagraphAdjust_LEFT, 0}}};
    for (const auto& line : narrative.recipients) {
        core::NarrativeText dashed = plain("- ");
        dashed.runs.insert(dashed.runs.end(), line.runs.begin(), line.runs.end());
        recipients.push_back({dashed, {false, false, 11.0f, css::style::ParagraphAdjust_LEFT, 0}});
    }
    writer.two_columns(
        recipients,
        {{narrative.signer_title, {true, false, 14.0f, css::style::ParagraphAdjust_CENTER, 0}},
         {narrative.signer_note, {false, true, 14.0f, css::style::ParagraphAdjust_CENTER, 0}},
         {plain(""), {}},
         {plain(""), {}},
         {narrative.signer_name, {true, false, 14.0f, css::style::ParagraphAdjust_CENTER, 0}}});
}

css::uno::Reference<css::text::XTextDocument>
new_writer_document(const css::uno::Reference<css::frame::XDesktop2>& desktop, bool hidden) {
    css::uno::Reference<css::frame::XComponentLoader> loader(desktop, css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0].Name = "Hidden";
    args.getArray()[0].Value <<= hidden;
    return {loader->loadComponentFromURL("private:factory/swriter", "_blank", 0, args),
            css::uno::UNO_QUERY_THROW};
}

} // namespace

css::uno::Reference<css::text::XTextDocument>
open_report_document(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                     const core::NarrativeDocument& narrative) {
    const auto document = new_writer_document(desktop, false);
    try {
        fill_report_document(document, narrative);
    } catch (...) {
        css::uno::Reference<css::util::XCloseable>(document, css::uno::UNO_QUERY_THROW)
            ->close(true);
        throw;
    }
    // A new document the person has not touched: nothing to lose if closed.
    css::uno::Reference<css::util::XModifiable>(document, css::uno::UNO_QUERY_THROW)
        ->setModified(false);
    return document;
}

void write_report_document(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                           const core::NarrativeDocument& narrative,
                           const std::filesystem::path& file) {
    const auto filter = report_filter_for(file);
    if (!filter)
        throw std::invalid_argument(file.string() + ": a report is written as .odt or .docx");
    const auto document = new_writer_document(desktop, true);
    try {
        fill_report_document(document, narrative);
        rtl::OUString url;
        osl::FileBase::getFileURLFromSystemPath(ou(std::filesystem::absolute(file).string()), url);
        css::uno::Sequence<css::beans::PropertyValue> args(2);
        args.getArray()[0].Name = "FilterName";
        args.getArray()[0].Value <<= ou(*filter);
        args.getArray()[1].Name = "Overwrite";
        args.getArray()[1].Value <<= true;
        css::uno::Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)
            ->storeToURL(url, args);
    } catch (...) {
        css::uno::Reference<css::util::XCloseable>(document, css::uno::UNO_QUERY_THROW)
            ->close(true);
        throw;
    }
    css::uno::Reference<css::util::XCloseable>(document, css::uno::UNO_QUERY_THROW)->close(true);
}

} // namespace statform::sheets
