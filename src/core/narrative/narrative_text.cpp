// Runs and texts of the narrative, and the Vietnamese-aware case changes a
// sentence needs (ICU is not in the core; the alphabet is small).
#include "core/narrative/narrative_builder.hpp"

#include "core/values/text_normalize.hpp"

#include <map>

namespace statform::core {

std::string NarrativeText::text() const {
    std::string out;
    for (const NarrativeRun& run : runs)
        out += run.text;
    return out;
}

bool NarrativeText::empty() const {
    for (const NarrativeRun& run : runs)
        if (!run.text.empty())
            return false;
    return true;
}

bool NarrativeText::is_placeholder() const {
    bool any = false;
    for (const NarrativeRun& run : runs) {
        if (run.text.empty())
            continue;
        if (run.kind != RunKind::Placeholder)
            return false;
        any = true;
    }
    return any;
}

std::string outline_prefix(const NarrativeSection& section) {
    if (section.number.empty())
        return {};
    if (section.number == "-")
        return "- ";
    return section.number + ". ";
}

namespace narrative {
namespace {

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6)
        return 2;
    if ((lead >> 4) == 0xE)
        return 3;
    if ((lead >> 3) == 0x1E)
        return 4;
    return 1;
}

std::string_view first_letter(std::string_view text) {
    return text.empty()
               ? text
               : text.substr(
                     0, std::min(text.size(), utf8_length(static_cast<unsigned char>(text[0]))));
}

// Lower-case letter → upper-case letter, for every Vietnamese letter that
// is not ASCII (ASCII is done by arithmetic).
const std::map<std::string, std::string, std::less<>>& upper_of() {
    static const std::map<std::string, std::string, std::less<>> table = [] {
        const std::string_view capitals =
            "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
        std::map<std::string, std::string, std::less<>> built;
        for (std::size_t i = 0; i < capitals.size();) {
            const std::size_t length = utf8_length(static_cast<unsigned char>(capitals[i]));
            const std::string capital(capitals.substr(i, length));
            built[text::lowercase_vietnamese(capital)] = capital;
            i += length;
        }
        return built;
    }();
    return table;
}

std::string upper_letter(std::string_view letter) {
    if (letter.size() == 1) {
        const char c = letter[0];
        return std::string(1, c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    const auto& table = upper_of();
    const auto found = table.find(letter);
    return found == table.end() ? std::string(letter) : found->second;
}

bool is_upper_letter(std::string_view letter) {
    return !letter.empty() && text::lowercase_vietnamese(letter) != letter;
}

} // namespace

NarrativeText plain(std::string text) {
    return NarrativeText{{NarrativeRun{RunKind::Text, std::move(text), std::nullopt}}};
}

NarrativeText quoted(std::string text) {
    return NarrativeText{{NarrativeRun{RunKind::Name, std::move(text), std::nullopt}}};
}

NarrativeText to_fill(std::string text) {
    return NarrativeText{{NarrativeRun{RunKind::Placeholder, std::move(text), std::nullopt}}};
}

void append_text(NarrativeText& to, std::string_view more) {
    if (more.empty())
        return;
    if (!to.runs.empty() && to.runs.back().kind == RunKind::Text)
        to.runs.back().text += more;
    else
        to.runs.push_back(NarrativeRun{RunKind::Text, std::string(more), std::nullopt});
}

void append(NarrativeText& to, const NarrativeText& more) {
    for (const NarrativeRun& run : more.runs) {
        if (run.kind == RunKind::Text)
            append_text(to, run.text);
        else if (!run.text.empty())
            to.runs.push_back(run);
    }
}

void capitalize(NarrativeText& text) {
    for (NarrativeRun& run : text.runs) {
        if (run.text.empty())
            continue;
        // A placeholder keeps its bracket; a number starts with a digit.
        if (run.kind == RunKind::Text || run.kind == RunKind::Name)
            run.text = uppercase_first(run.text);
        return;
    }
}

std::string uppercase_first(std::string_view utf8) {
    const std::string_view letter = first_letter(utf8);
    return upper_letter(letter) + std::string(utf8.substr(letter.size()));
}

std::string lowercase_first(std::string_view utf8) {
    const std::string_view letter = first_letter(utf8);
    const std::string_view next = first_letter(utf8.substr(letter.size()));
    // "THCS …", "HTSĐ …": an abbreviation keeps its capitals.
    if (is_upper_letter(next))
        return std::string(utf8);
    return text::lowercase_vietnamese(letter) + std::string(utf8.substr(letter.size()));
}

std::string uppercase_all(std::string_view utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const std::size_t length = utf8_length(static_cast<unsigned char>(utf8[i]));
        out += upper_letter(utf8.substr(i, length));
        i += length;
    }
    return out;
}

std::string label_in_sentence(std::string_view label) {
    std::string text = text::collapse_whitespace(label);
    // A trailing explanation in brackets reads as clutter inside a sentence.
    if (!text.empty() && text.back() == ')') {
        const std::size_t open = text.rfind(" (");
        if (open != std::string::npos && open > 0)
            text.erase(open);
    }
    while (!text.empty() && (text.back() == ':' || text.back() == ' ' || text.back() == ';'))
        text.pop_back();
    return lowercase_first(text);
}

std::string corrected_label(const TemplateRow& row) {
    return row.corrected_label.empty() ? row.label : row.corrected_label;
}

std::string edition_text(const Edition& edition, const std::string& field,
                         const std::string& official) {
    const auto corrected = edition.corrections.find(field);
    return corrected == edition.corrections.end() ? official : corrected->second;
}

} // namespace narrative
} // namespace statform::core
