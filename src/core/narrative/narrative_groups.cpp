// "Kết quả đạt được": one paragraph per top-level group of the target
// edition's rows, built from the totals. Which rows make a paragraph comes
// from the edition (top-level rows and their children), so the same code
// writes 2020, 2022 and 2023 reports; the words come from narrative.json,
// by row key where a row has its own phrase, else by unit type.
//
// Three shapes of paragraph:
//   sum      a group that adds up its children ("1. Các lớp …", "10. Kinh phí"):
//            total, largest sub-items with their share, the unit that did most;
//   heading  a group whose children count different things ("4. … tặng sách"):
//            each child's figure in one sentence;
//   single   consecutive top-level rows without children ("2. tin bài",
//            "3. ấn phẩm"): one sentence.
// A row nobody reported (nullopt) is never put into words; a reported 0 is
// said as "không có".
#include "core/narrative/narrative_builder.hpp"

#include <algorithm>

namespace statform::core::narrative {
namespace {

enum class Shape { Sum, Heading, Single };

struct Block {
    Shape shape = Shape::Single;
    std::vector<const MergedRow*> rows; // the group row, or the single rows
};

// At most this many names tied for first place are listed; more say nothing.
constexpr std::size_t kMaxTied = 3;

std::vector<Block> blocks_of(const Writer& writer) {
    std::vector<Block> blocks;
    bool previous_single = false;
    for (const MergedRow& row : writer.merged().rows) {
        if (!writer.template_row(row).parent_key.empty())
            continue;
        if (row.is_group) {
            blocks.push_back({row.sums_children ? Shape::Sum : Shape::Heading, {&row}});
            previous_single = false;
        } else if (previous_single) {
            blocks.back().rows.push_back(&row);
        } else {
            blocks.push_back({Shape::Single, {&row}});
            previous_single = true;
        }
    }
    return blocks;
}

bool is_money(const MergedRow& row) {
    return row.unit_type_id == "money"; // the catalogue's stable id for đồng
}

// "count-people", "count" or "people": which figures a row has.
std::string variant_of(bool count, bool people) {
    if (count && people)
        return "count-people";
    return count ? "count" : "people";
}

bool positive(const std::optional<double>& value) {
    return value && *value > 0.0;
}

// The first of `keys` that the phrases have, else the last.
std::string first_known(const Writer& writer, const std::vector<std::string>& keys) {
    for (const std::string& key : keys)
        if (writer.has(key))
            return key;
    return keys.back();
}

std::string measure_key(const Writer& writer, const MergedRow& row, QuantityColumn column) {
    const std::string column_name = column == QuantityColumn::Count ? "count" : "people";
    return first_known(writer, {"measure." + row.key + "." + column_name,
                                "measure." + row.unit_type_id + "." + column_name,
                                "measure.generic." + column_name});
}

// The figures of a row as placeholders: {row}, {count}, {people} with nouns.
struct RowFigures {
    std::optional<std::size_t> count, people;
    Args args;
};

RowFigures figures_of(Writer& writer, const MergedRow& row) {
    RowFigures figures;
    figures.args.push_back({"row", writer.row_name(row)});
    if (row.total.count) {
        figures.count = writer.row_total(row, QuantityColumn::Count);
        figures.args.push_back({"count", writer.number(*figures.count)});
        figures.args.push_back(
            {"count_noun",
             plain(writer.unit_word("noun", row, QuantityColumn::Count, *row.total.count))});
    }
    if (row.total.people) {
        figures.people = writer.row_total(row, QuantityColumn::People);
        figures.args.push_back({"people", writer.number(*figures.people)});
        figures.args.push_back(
            {"people_noun",
             plain(writer.unit_word("noun", row, QuantityColumn::People, *row.total.people))});
    }
    return figures;
}

// The column a row is best described by: its count, or its people when it
// has no count (individuals, awarded people).
QuantityColumn main_column(const MergedRow& row) {
    return row.total.count ? QuantityColumn::Count : QuantityColumn::People;
}

// "Đơn vị có số lớp nhiều nhất là X (15 lớp, chiếm 33,3%)." Nothing with a
// single unit merged, when nobody has a figure above 0, or when too many
// units tie for first place to name.
std::optional<NarrativeText> top_unit_sentence(Writer& writer, const MergedRow& row,
                                               QuantityColumn column, std::size_t total) {
    const MergeResult& summary = writer.merged();
    if (summary.units.size() < 2 || writer.value(total) <= 0.0)
        return std::nullopt;
    double best = 0.0;
    std::vector<std::size_t> leaders, contributors;
    for (std::size_t u = 0; u < summary.units.size(); ++u) {
        const std::optional<double> value = summary.units[u].values.at(row.template_row)[column];
        if (!positive(value))
            continue;
        contributors.push_back(u);
        if (*value > best) {
            best = *value;
            leaders.clear();
        }
        if (*value == best)
            leaders.push_back(u);
    }
    if (leaders.empty() || leaders.size() > kMaxTied)
        return std::nullopt;
    const std::size_t value = writer.unit_value(leaders.front(), row, column);
    NarrativeText amount = writer.amount(value, row, column);
    if (leaders.size() > 1)
        amount = writer.phrase("top-unit.each", {{"value", amount}});
    Args args = {{"measure", writer.phrase(measure_key(writer, row, column))},
                 {"nouns", plain(writer.unit_word("noun", row, column, 2.0))},
                 {"value", amount}};
    std::vector<NarrativeText> names;
    for (std::size_t u : leaders)
        names.push_back(writer.unit_label(summary.units[u]));
    args.push_back({"units", writer.join(names)});
    const std::string kind = is_money(row) ? "top-unit.money" : "top-unit";
    if (contributors.size() == 1)
        return writer.sentence("top-unit.only", args);
    args.push_back({"share", writer.number(writer.share(value, total))});
    return writer.sentence(leaders.size() > 1 ? kind + ".tie" : kind, args);
}

// "Trong đó, nhiều nhất là A (12 lớp, chiếm 26,7%), tiếp đến là B (…)."
std::optional<NarrativeText> ranking_sentence(Writer& writer, const MergedRow& group,
                                              std::size_t total) {
    std::vector<const MergedRow*> ranked;
    for (const MergedRow* child : writer.children(group.key))
        if (positive(child->total.count))
            ranked.push_back(child);
    if (ranked.empty())
        return std::nullopt;
    std::stable_sort(ranked.begin(), ranked.end(), [](const MergedRow* a, const MergedRow* b) {
        return *a->total.count > *b->total.count;
    });
    // Ranks: runs of equal figures.
    std::vector<std::vector<const MergedRow*>> ranks;
    for (const MergedRow* row : ranked) {
        if (ranks.empty() || *ranks.back().front()->total.count != *row->total.count)
            ranks.emplace_back();
        ranks.back().push_back(row);
    }
    // The items are counted in the group's noun, the one of the sentence
    // before: "37 hoạt động … (13 hoạt động, chiếm 35,1% tổng số)", not
    // "(13 cuộc …)" from the item's own unit type.
    const bool group_noun = !writer.unit_word("noun", group, QuantityColumn::Count, 2.0).empty();
    const auto describe = [&](const std::vector<const MergedRow*>& rank) {
        std::vector<NarrativeText> names;
        for (const MergedRow* row : rank)
            names.push_back(writer.row_name(*row));
        const std::size_t value = writer.row_total(*rank.front(), QuantityColumn::Count);
        NarrativeText amount =
            writer.amount(value, group_noun ? group : *rank.front(), QuantityColumn::Count);
        if (rank.size() > 1)
            amount = writer.phrase("breakdown.each", {{"value", amount}});
        return Args{{"names", writer.join(names)},
                    {"value", amount},
                    {"share", writer.number(writer.share(value, total))}};
    };
    if (ranks.size() == 1 && ranks.front().size() == 1 &&
        *ranks.front().front()->total.count == writer.value(total))
        return writer.sentence(writer.counted("breakdown.only", writer.value(total)),
                               {{"names", writer.row_name(*ranked.front())}});
    if (ranks.front().size() > kMaxTied)
        return std::nullopt;
    Args args;
    for (auto& [name, value] : describe(ranks.front()))
        args.push_back({"first_" + name, value});
    if (ranks.size() < 2 || ranks[1].size() > kMaxTied)
        return writer.sentence("breakdown.top1", args);
    for (auto& [name, value] : describe(ranks[1]))
        args.push_back({"second_" + name, value});
    return writer.sentence("breakdown.top2", args);
}

// "Trong đó, ngân sách nhà nước 25.000.000 đồng (chiếm 62,5%), …": every
// part, in the form's order (funding).
std::optional<NarrativeText> parts_sentence(Writer& writer, const MergedRow& group,
                                            std::size_t total) {
    std::vector<NarrativeText> items;
    for (const MergedRow* child : writer.children(group.key)) {
        if (!positive(child->total.count))
            continue;
        const std::size_t value = writer.row_total(*child, QuantityColumn::Count);
        const NarrativeText amount = writer.amount(value, *child, QuantityColumn::Count);
        // The first part carries the verb and the base of the share in
        // English ("… came from the state budget and … from other sources").
        const bool first = items.empty() && writer.has("breakdown.item.first");
        items.push_back(writer.phrase(first ? "breakdown.item.first" : "breakdown.item",
                                      {{"row", writer.row_name(*child)},
                                       {"value", amount},
                                       {"share", writer.number(writer.share(value, total))}}));
    }
    if (items.empty())
        return std::nullopt;
    return writer.sentence("breakdown.all", {{"items", writer.join(items)}});
}

void add(std::vector<NarrativeText>& sentences, std::optional<NarrativeText> sentence) {
    if (sentence && !sentence->empty())
        sentences.push_back(std::move(*sentence));
}

std::vector<NarrativeText> sum_paragraph(Writer& writer, const MergedRow& group) {
    std::vector<NarrativeText> sentences;
    std::optional<std::size_t> people; // money has no participants
    if (!is_money(group))
        people = group_people(writer, group);
    if (!group.total.count && !people)
        return sentences; // nobody reported anything of this group
    std::optional<std::size_t> count;
    if (group.total.count)
        count = writer.row_total(group, QuantityColumn::Count);

    const std::string base =
        first_known(writer, {"group." + group.key + ".count",
                             is_money(group) ? "group.money.count" : "group.generic.count"});
    const std::string stem = base.substr(0, base.rfind('.'));
    std::vector<Measure> measures; // for the comparison, which comes last
    if (count)
        measures.push_back({*count, previous_value(writer, group, QuantityColumn::Count),
                            measure_key(writer, group, QuantityColumn::Count)});
    if (people)
        measures.push_back(
            {people.value(), previous_group_people(writer, group), "measure.participants"});
    // Plain figures from here on: what the sentences choose between.
    const double count_value = count ? writer.value(*count) : 0.0;
    const double people_value = people ? writer.value(*people) : 0.0;
    Args args = {{"scope", writer.scope()}, {"label", writer.row_name(group)}};
    if (count) {
        args.push_back({"count", writer.number(*count)});
        args.push_back({"count_noun", plain(writer.unit_word("noun", group, QuantityColumn::Count,
                                                             count_value))});
    }
    if (people) {
        args.push_back({"people", writer.number(*people)});
        args.push_back({"people_noun", plain(writer.noun_for("noun.participants", people_value))});
    }
    if (count_value == 0.0 && people_value == 0.0) {
        sentences.push_back(writer.sentence(stem + ".zero", args));
    } else {
        sentences.push_back(writer.sentence(
            writer.counted(stem + "." + variant_of(count.has_value(), people.has_value()),
                           count ? count_value : people_value),
            args));
        if (count_value > 0.0) {
            add(sentences, is_money(group) ? parts_sentence(writer, group, *count)
                                           : ranking_sentence(writer, group, *count));
            add(sentences, top_unit_sentence(writer, group, QuantityColumn::Count, *count));
        }
    }
    add(sentences, comparison_sentence(writer, measures));
    return sentences;
}

// A row's own phrase ("item.book_donation.books.count") or the generic one.
NarrativeText row_phrase(Writer& writer, const std::string& kind, const MergedRow& row,
                         const RowFigures& figures, bool capital) {
    const std::string variant = variant_of(figures.count.has_value(), figures.people.has_value());
    const std::string key =
        first_known(writer, {kind + "." + row.key + "." + variant, kind + ".generic." + variant});
    return capital ? writer.sentence(key, figures.args) : writer.phrase(key, figures.args);
}

bool any_positive(const MergedRow& row) {
    return positive(row.total.count) || positive(row.total.people);
}

std::vector<NarrativeText> heading_paragraph(Writer& writer, const MergedRow& group) {
    std::vector<NarrativeText> sentences;
    std::vector<const MergedRow*> reported;
    for (const MergedRow* child : writer.children(group.key))
        if (child->total.any())
            reported.push_back(child);
    if (reported.empty())
        return sentences;
    std::vector<NarrativeText> items;
    // Who did it and what they gave, when every item has a part in one
    // sentence ("subject.…", "object.…"): "51 tập thể và 1.043 cá nhân đã
    // tặng 2.668 quyển sách", not three clauses that each repeat the verb.
    std::vector<NarrativeText> subjects, objects;
    bool all_have_parts = true;
    double object_value = 0.0;
    std::vector<Measure> measures;
    const MergedRow* largest = nullptr;
    std::size_t largest_total = 0;
    for (const MergedRow* child : reported) {
        const RowFigures figures = figures_of(writer, *child);
        for (QuantityColumn column : kQuantityColumns) {
            const std::optional<std::size_t> now =
                column == QuantityColumn::Count ? figures.count : figures.people;
            if (now)
                measures.push_back({*now, previous_value(writer, *child, column),
                                    measure_key(writer, *child, column)});
        }
        if (!any_positive(*child))
            continue; // a 0 among other figures goes unsaid
        items.push_back(row_phrase(writer, "item", *child, figures, false));
        const std::string variant =
            variant_of(figures.count.has_value(), figures.people.has_value());
        if (const std::string key = "subject." + child->key + "." + variant; writer.has(key)) {
            subjects.push_back(writer.phrase(key, figures.args));
        } else if (const std::string part = "object." + child->key + "." + variant;
                   writer.has(part)) {
            objects.push_back(writer.phrase(part, figures.args));
            object_value = writer.value(figures.count ? *figures.count : *figures.people);
        } else {
            all_have_parts = false;
        }
        const std::size_t main =
            main_column(*child) == QuantityColumn::Count ? *figures.count : *figures.people;
        if (largest == nullptr || writer.value(main) > writer.value(largest_total)) {
            largest = child;
            largest_total = main;
        }
    }
    Args args = {{"scope", writer.scope()},
                 {"label", writer.row_name(group)},
                 {"items", writer.join(items)}};
    std::string stem = first_known(writer, {"group." + group.key + ".list", "group.generic.list"});
    const std::string group_stem = stem.substr(0, stem.rfind('.'));
    if (all_have_parts && !items.empty()) {
        // "….subjects-objects", "….subjects" or "….objects" of the group.
        std::string parts = "group." + group.key + ".";
        if (!subjects.empty())
            parts += objects.empty() ? "subjects" : "subjects-objects";
        else
            parts = writer.counted(parts + "objects", objects.size() == 1 ? object_value : 2.0);
        if (writer.has(parts)) {
            stem = parts;
            args.push_back({"subjects", writer.join(subjects)});
            args.push_back({"objects", writer.join(objects)});
        }
    }
    if (items.empty()) {
        sentences.push_back(writer.sentence(group_stem + ".zero", args));
    } else {
        sentences.push_back(writer.sentence(stem, args));
        add(sentences, top_unit_sentence(writer, *largest, main_column(*largest), largest_total));
    }
    add(sentences, comparison_sentence(writer, measures));
    return sentences;
}

std::vector<NarrativeText> single_paragraph(Writer& writer,
                                            const std::vector<const MergedRow*>& rows) {
    std::vector<NarrativeText> clauses, others, tops;
    std::vector<Measure> measures;
    for (const MergedRow* row : rows) {
        if (!row->total.any())
            continue;
        const RowFigures figures = figures_of(writer, *row);
        for (QuantityColumn column : kQuantityColumns) {
            const std::optional<std::size_t> now =
                column == QuantityColumn::Count ? figures.count : figures.people;
            if (now)
                measures.push_back({*now, previous_value(writer, *row, column),
                                    measure_key(writer, *row, column)});
        }
        if (!any_positive(*row)) {
            others.push_back(writer.sentence(
                first_known(writer, {"zero." + row->key, "zero.generic"}), figures.args));
            continue;
        }
        const std::string variant =
            variant_of(figures.count.has_value(), figures.people.has_value());
        const std::string clause = "clause." + row->key + "." + variant;
        if (writer.has(clause))
            clauses.push_back(writer.phrase(
                writer.counted(clause,
                               writer.value(figures.count ? *figures.count : *figures.people)),
                figures.args));
        else
            others.push_back(row_phrase(writer, "single", *row, figures, true));
        const QuantityColumn column = main_column(*row);
        add(tops,
            top_unit_sentence(writer, *row, column,
                              column == QuantityColumn::Count ? *figures.count : *figures.people));
    }
    std::vector<NarrativeText> sentences;
    if (!clauses.empty())
        sentences.push_back(writer.sentence(
            "single.clauses", {{"scope", writer.scope()}, {"clauses", writer.join(clauses)}}));
    sentences.insert(sentences.end(), others.begin(), others.end());
    sentences.insert(sentences.end(), tops.begin(), tops.end());
    add(sentences, comparison_sentence(writer, measures));
    return sentences;
}

} // namespace

std::vector<NarrativeParagraph> result_paragraphs(Writer& writer) {
    std::vector<NarrativeParagraph> paragraphs;
    for (const Block& block : blocks_of(writer)) {
        std::vector<NarrativeText> sentences;
        switch (block.shape) {
        case Shape::Sum:
            sentences = sum_paragraph(writer, *block.rows.front());
            break;
        case Shape::Heading:
            sentences = heading_paragraph(writer, *block.rows.front());
            break;
        case Shape::Single:
            sentences = single_paragraph(writer, block.rows);
            break;
        }
        if (sentences.empty())
            continue;
        paragraphs.push_back(
            {ParagraphKind::Bullet, Writer::paragraph(sentences), block.rows.front()->key});
    }
    return paragraphs;
}

} // namespace statform::core::narrative
