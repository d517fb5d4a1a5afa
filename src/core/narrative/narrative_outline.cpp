// The target edition's outline (Phụ lục I) as the report's sections: the
// result paragraphs go under the item about results, a group whose label
// starts an item of its own goes there ("Kinh phí" → "3. Kinh phí tổ chức
// Tuần lễ" in 2022), StatForm's "Chất lượng số liệu" item follows the
// results, and every other item gets a bracketed prompt for the author —
// never an invented fact.
#include "core/narrative/narrative_builder.hpp"

#include "core/values/label_fold.hpp"

#include <array>
#include <charconv>
#include <string_view>

namespace statform::core::narrative {
namespace {

struct Node {
    const OutlineItem* item = nullptr; // null for an item StatForm adds
    std::string number;
    int level = 0;
    std::string heading;         // as printed (corrected), without a "(nêu …)" instruction
    std::string guidance;        // that instruction, or the item's own prompt
    std::string folded;          // normalize_label(heading): for recognising what it is about
    std::string folded_guidance; // normalize_label(guidance)
    std::vector<NarrativeParagraph> paragraphs;
    std::vector<Node> children;
    bool filled = false; // StatForm wrote its content
};

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

bool starts_with(std::string_view text, std::string_view start) {
    return text.substr(0, start.size()) == start;
}

// "(Về các giải pháp …)" → "Về các giải pháp …": the brackets around a
// whole instruction go (the prompt has its own), brackets inside it stay.
std::string strip_brackets(std::string text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ' || text.back() == ';'))
        text.pop_back();
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')' &&
        text.find('(', 1) == std::string::npos)
        text = text.substr(1, text.size() - 2);
    return text;
}

Node node_of(const OutlineItem& item) {
    Node node;
    node.item = &item;
    node.number = item.number;
    node.level = item.level;
    node.heading = item.corrected_heading.empty() ? item.heading : item.corrected_heading;
    node.guidance = item.corrected_prompt.empty() ? item.prompt : item.corrected_prompt;
    // "Kết quả đạt được: (nêu tên, số lượng văn bản …)." — the bracket tells
    // the author what to write: it becomes the prompt, not part of the heading.
    const std::size_t open = node.heading.find("(nêu");
    if (open != std::string::npos) {
        node.guidance = node.heading.substr(open);
        node.heading.erase(open);
        while (!node.heading.empty() && node.heading.back() == ' ')
            node.heading.pop_back();
    }
    node.folded = normalize_label(node.heading);
    node.folded_guidance = normalize_label(node.guidance);
    return node;
}

// Items nest by level: a bullet under the last item, an item under the last
// section (or directly under a section when it has no numbered item).
std::vector<Node> tree_of(const std::vector<OutlineItem>& outline) {
    std::vector<Node> sections;
    for (const OutlineItem& item : outline) {
        Node node = node_of(item);
        if (node.level <= 0 || sections.empty()) {
            node.level = 0;
            sections.push_back(std::move(node));
        } else if (node.level == 1 || sections.back().children.empty()) {
            node.level = std::min(node.level, 1);
            sections.back().children.push_back(std::move(node));
        } else {
            sections.back().children.back().children.push_back(std::move(node));
        }
    }
    return sections;
}

// The number after the last numbered item of a section ("3" → "4").
std::string next_number(const Node& section) {
    int last = 0;
    for (const Node& child : section.children) {
        int value = 0;
        const auto [end, error] =
            std::from_chars(child.number.data(), child.number.data() + child.number.size(), value);
        if (error == std::errc{} && end == child.number.data() + child.number.size())
            last = std::max(last, value);
    }
    return std::to_string(last + 1);
}

// The item that receives the figures: "Kết quả đạt được" in the first
// section (2023), else "Nội dung các hoạt động đã triển khai" (2020, 2022),
// else a new item at the end of the first section.
Node& results_node(Writer& writer, std::vector<Node>& sections) {
    if (sections.empty()) {
        Node section;
        section.number = "I";
        section.heading = writer.word("heading.default-section");
        sections.push_back(std::move(section));
    }
    Node& first = sections.front();
    for (std::string_view wanted : {"ket qua dat duoc", "noi dung cac hoat dong"})
        for (Node& item : first.children)
            if (starts_with(item.folded, wanted) || contains(item.folded, wanted))
                return item;
    Node added;
    added.number = next_number(first);
    added.level = 1;
    added.heading = writer.word("heading.results");
    first.children.push_back(std::move(added));
    return first.children.back();
}

// An item of its own for a group: its heading starts with the group's label
// ("Kinh phí tổ chức Tuần lễ" for the row "Kinh phí").
Node* own_item(std::vector<Node>& sections, const Node* results, const std::string& label) {
    const std::string folded = normalize_label(label_in_sentence(label));
    if (folded.empty())
        return nullptr;
    for (Node& section : sections)
        for (Node& item : section.children)
            if (&item != results && starts_with(item.folded, folded) &&
                (item.folded.size() == folded.size() || item.folded[folded.size()] == ' '))
                return &item;
    return nullptr;
}

// What an item is about, from its words, and the prompt that goes with it.
// Order matters: the first match wins.
struct PromptRule {
    std::array<std::string_view, 2> all_of; // every non-empty word must be there
    std::string_view prompt_key;
};
constexpr std::array<PromptRule, 16> kPromptRules{{
    {{"bang tong hop so lieu", ""}, "table"},
    {{"uu diem", ""}, "prompt.strengths"},
    {{"ton tai", ""}, "prompt.weaknesses"},
    {{"han che", ""}, "prompt.weaknesses"},
    {{"kho khan", ""}, "prompt.weaknesses"},
    {{"ket qua", "bai hoc"}, "prompt.results-lessons"},
    {{"bai hoc kinh nghiem", ""}, "prompt.lessons"},
    {{"ket qua", ""}, "prompt.results"},
    {{"kien nghi", ""}, "prompt.recommendations"},
    {{"de xuat", ""}, "prompt.recommendations"},
    {{"danh gia", ""}, "prompt.assessment"},
    {{"chi dao", ""}, "prompt.direction"},
    {{"van ban", ""}, "prompt.direction"},
    {{"le phat dong", ""}, "prompt.ceremony"},
    {{"le khai mac", ""}, "prompt.ceremony"},
    {{"noi dung cac hoat dong", ""}, "prompt.activities"},
}};

std::string_view prompt_key_of(std::string_view folded) {
    if (starts_with(folded, "voi "))
        return "prompt.recommend-to"; // "Với Bộ Giáo dục và Đào tạo"
    if (starts_with(folded, "kinh phi"))
        return "prompt.funding";
    for (const PromptRule& rule : kPromptRules) {
        bool all = true;
        for (std::string_view word : rule.all_of)
            all = all && (word.empty() || contains(folded, word));
        if (all)
            return rule.prompt_key;
    }
    return "prompt.generic";
}

// The item's own guidance says best what it wants ("Kết quả đạt được: (nêu
// tên, số lượng văn bản …)" is about documents, not results); else its heading.
std::string_view prompt_key(const Node& node) {
    if (!node.folded_guidance.empty()) {
        const std::string_view from_guidance = prompt_key_of(node.folded_guidance);
        if (from_guidance != "prompt.generic")
            return from_guidance;
    }
    return prompt_key_of(node.folded);
}

NarrativeParagraph prompt_for(Writer& writer, const Node& node) {
    const std::string_view key = prompt_key(node);
    if (key == "table") // "Bảng tổng hợp số liệu …": StatForm made it
        return {ParagraphKind::Body, writer.sentence("table.attached"), {}};
    // The outline's own guidance is the best prompt in Vietnamese; in
    // English the prompt of what the item is about.
    if (!writer.english() && !node.guidance.empty())
        return {ParagraphKind::Placeholder,
                to_fill("[" + uppercase_first(strip_brackets(node.guidance)) + "]"),
                {}};
    NarrativeText prompt =
        writer.phrase(std::string(key), {{"to", plain(lowercase_first(node.heading))}});
    for (NarrativeRun& run : prompt.runs)
        run.kind = RunKind::Placeholder;
    return {ParagraphKind::Placeholder, std::move(prompt), {}};
}

NarrativeText heading_text(const Writer& writer, const std::string& heading) {
    if (!writer.english())
        return quoted(heading);
    const std::string key = "heading." + heading;
    if (writer.has(key))
        return plain(writer.word(key));
    return quoted(heading); // no translation: the official words
}

NarrativeSection section_of(Writer& writer, Node& node) {
    NarrativeSection section;
    section.number = node.number;
    section.level = node.level;
    section.heading = heading_text(writer, node.heading);
    section.from_outline = node.item != nullptr;
    section.paragraphs = std::move(node.paragraphs);
    // An item StatForm wrote needs no bullets for the author under it (the
    // 2022 funding item's "- Ngân sách nhà nước" is in the paragraph).
    if (node.filled)
        return section;
    for (Node& child : node.children)
        section.subsections.push_back(section_of(writer, child));
    if (node.children.empty() && section.paragraphs.empty())
        section.paragraphs.push_back(prompt_for(writer, node));
    return section;
}

} // namespace

std::vector<NarrativeSection> outline_sections(Writer& writer,
                                               std::vector<NarrativeParagraph> results) {
    std::vector<Node> tree = tree_of(writer.edition().outline);
    Node* results_item = &results_node(writer, tree);
    bool has_table_item = false;
    for (const Node& section : tree)
        for (const Node& item : section.children)
            has_table_item = has_table_item || prompt_key(item) == "table";

    for (NarrativeParagraph& paragraph : results) {
        const MergedRow* row = writer.row(paragraph.row_key);
        Node* target =
            row ? own_item(tree, results_item, corrected_label(writer.template_row(*row)))
                : nullptr;
        if (target == nullptr) {
            target = results_item;
        } else if (target->paragraphs.empty()) {
            paragraph.kind = ParagraphKind::Body; // the item's only paragraph
        }
        target->filled = true;
        target->paragraphs.push_back(std::move(paragraph));
    }
    if (!results_item->filled) {
        results_item->paragraphs.push_back(
            {ParagraphKind::Body, writer.sentence("results.none"), {}});
        results_item->filled = true;
    } else if (!has_table_item) {
        const std::string& appendix = writer.edition().appendix;
        results_item->paragraphs.push_back(
            {ParagraphKind::Body,
             appendix.empty() || writer.english()
                 ? writer.sentence("results.details.table")
                 : writer.sentence("results.details", {{"appendix", quoted(appendix)}}),
             {}});
    }

    // "Chất lượng số liệu" closes the section that holds the results.
    std::vector<NarrativeSection> sections;
    for (Node& node : tree) {
        bool holds_results = false;
        for (const Node& child : node.children)
            holds_results = holds_results || &child == results_item;
        const std::string quality_number = next_number(node);
        sections.push_back(section_of(writer, node));
        if (holds_results)
            sections.back().subsections.push_back(quality_section(writer, quality_number));
    }
    return sections;
}

} // namespace statform::core::narrative
