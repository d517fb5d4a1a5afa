// write_narrative(): the parts put together, and the two plain renderings
// (lines for Calc, plain text for the CLI and tests).
#include "core/narrative/narrative.hpp"

#include "core/narrative/narrative_builder.hpp"

#include <stdexcept>

namespace statform::core {

NarrativeDocument write_narrative(const NarrativeInput& input, const StringTable& phrases,
                                  const NarrativeOptions& options) {
    if (input.target == nullptr || input.merged == nullptr)
        throw std::invalid_argument(
            "write_narrative: the target edition and the merge result are required");
    if (input.merged->rows.size() != input.target->rows.size())
        throw std::invalid_argument(
            "write_narrative: the merge result is not in the target edition");

    NarrativeDocument document;
    document.language = options.language;
    document.edition_id = input.target->id;
    narrative::Writer writer(input, phrases, options, document.numbers);
    // In reading order, so the numbers are declared in the order they are read.
    narrative::frame_document(writer, document);
    document.sections.push_back(narrative::opening_section(writer));
    std::vector<NarrativeParagraph> results = narrative::result_paragraphs(writer);
    for (NarrativeSection& section : narrative::outline_sections(writer, std::move(results)))
        document.sections.push_back(std::move(section));
    return document;
}

namespace {

void add_section(const NarrativeSection& section, std::vector<NarrativeLine>& lines) {
    if (!section.heading.empty())
        lines.push_back({NarrativeLine::Kind::Heading,
                         section.level,
                         outline_prefix(section) + section.heading.text(),
                         {}});
    for (const NarrativeParagraph& paragraph : section.paragraphs) {
        NarrativeLine line;
        line.level = section.level;
        line.row_key = paragraph.row_key;
        line.text = paragraph.text.text();
        switch (paragraph.kind) {
        case ParagraphKind::Body:
            line.kind = NarrativeLine::Kind::Paragraph;
            break;
        case ParagraphKind::Bullet:
            line.kind = NarrativeLine::Kind::Bullet;
            line.text = "- " + line.text;
            break;
        case ParagraphKind::Placeholder:
            line.kind = NarrativeLine::Kind::Placeholder;
            break;
        }
        lines.push_back(std::move(line));
    }
    for (const NarrativeSection& subsection : section.subsections)
        add_section(subsection, lines);
}

} // namespace

std::vector<NarrativeLine> narrative_lines(const NarrativeDocument& document) {
    std::vector<NarrativeLine> lines;
    for (const NarrativeText* title : {&document.title, &document.subtitle})
        if (!title->empty())
            lines.push_back({NarrativeLine::Kind::Title, 0, title->text(), {}});
    for (const NarrativeSection& section : document.sections)
        add_section(section, lines);
    return lines;
}

std::string narrative_plain_text(const NarrativeDocument& document) {
    std::string out;
    const auto line = [&out](const NarrativeText& text) {
        if (!text.empty())
            out += text.text() + "\n";
    };
    line(document.governing_body);
    line(document.reporting_unit);
    line(document.reference);
    line(document.national_name);
    line(document.motto);
    line(document.place_date);
    out += "\n";
    for (const NarrativeLine& body : narrative_lines(document))
        out += body.text + "\n";
    out += "\n";
    line(document.recipients_heading);
    for (const NarrativeText& recipient : document.recipients)
        out += "- " + recipient.text() + "\n";
    out += "\n";
    line(document.signer_title);
    line(document.signer_note);
    line(document.signer_name);
    return out;
}

} // namespace statform::core
