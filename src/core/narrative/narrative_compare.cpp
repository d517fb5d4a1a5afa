// Growth or decline against an earlier summary, row by row through the
// semantic keys, and the people of a group in either summary.
#include "core/narrative/narrative_builder.hpp"

namespace statform::core::narrative {
namespace {

std::optional<double> column_of(const RowValues& row, QuantityColumn column) {
    return column == QuantityColumn::Count ? row.count : row.people;
}

std::optional<std::size_t> declare_previous(Writer& writer, const std::string& key,
                                            QuantityColumn column) {
    const ReportedValues* previous = writer.input().previous;
    if (previous == nullptr)
        return std::nullopt;
    const RowValues* row = previous->find(key);
    if (row == nullptr || !column_of(*row, column))
        return std::nullopt;
    NarrativeNumber number;
    number.origin = NumberOrigin::PreviousValue;
    number.value = *column_of(*row, column);
    number.row_key = key;
    number.column = column;
    return writer.declare(std::move(number));
}

} // namespace

std::optional<std::size_t> previous_value(Writer& writer, const MergedRow& row,
                                          QuantityColumn column) {
    return declare_previous(writer, row.key, column);
}

std::optional<std::size_t> group_people(Writer& writer, const MergedRow& group) {
    if (group.total.people)
        return writer.row_total(group, QuantityColumn::People);
    for (const MergedRow& row : writer.merged().rows) // "Tổng số người tham gia, trong đó:"
        if (writer.template_row(row).total_of == group.key && row.total.people)
            return writer.row_total(row, QuantityColumn::People);
    NarrativeNumber sum;
    sum.origin = NumberOrigin::RowsSum;
    sum.column = QuantityColumn::People;
    for (const MergedRow* child : writer.children(group.key)) {
        if (!child->total.people)
            continue;
        sum.value += *child->total.people;
        sum.row_keys.push_back(child->key);
    }
    if (sum.row_keys.empty())
        return std::nullopt;
    return writer.declare(std::move(sum));
}

std::optional<std::size_t> previous_group_people(Writer& writer, const MergedRow& group) {
    const ReportedValues* previous = writer.input().previous;
    if (previous == nullptr)
        return std::nullopt;
    if (auto own = declare_previous(writer, group.key, QuantityColumn::People))
        return own;
    // Which rows hold the group's people in the previous edition: its
    // total_of row, else its children; without that edition, ours.
    std::vector<std::string> child_keys;
    if (const Edition* edition = writer.input().previous_edition) {
        for (const TemplateRow& row : edition->rows)
            if (row.total_of == group.key)
                if (auto total = declare_previous(writer, row.key, QuantityColumn::People))
                    return total;
        for (const TemplateRow& row : edition->rows)
            if (row.parent_key == group.key && row.total_of.empty())
                child_keys.push_back(row.key);
    } else {
        for (const MergedRow* child : writer.children(group.key))
            child_keys.push_back(child->key);
    }
    NarrativeNumber sum;
    sum.origin = NumberOrigin::PreviousRowsSum;
    sum.column = QuantityColumn::People;
    for (const std::string& key : child_keys) {
        const RowValues* row = previous->find(key);
        if (row == nullptr || !row->people)
            continue;
        sum.value += *row->people;
        sum.row_keys.push_back(key);
    }
    if (sum.row_keys.empty())
        return std::nullopt;
    return writer.declare(std::move(sum));
}

std::optional<NarrativeText> comparison_sentence(Writer& writer,
                                                 const std::vector<Measure>& measures) {
    const ReportedValues* previous = writer.input().previous;
    if (previous == nullptr)
        return std::nullopt;
    std::vector<NarrativeText> changes;
    for (const Measure& measure : measures) {
        // No percentage from nothing: a figure that was 0 or absent is left out.
        if (!measure.before || writer.value(*measure.before) == 0.0)
            continue;
        const NarrativeText name = writer.phrase(measure.name_key);
        const double now = writer.value(measure.now);
        const double before = writer.value(*measure.before);
        if (now == before) {
            changes.push_back(writer.phrase(
                "change.same", {{"measure", name}, {"now", writer.number(measure.now)}}));
            continue;
        }
        const std::size_t percent = writer.change(measure.now, *measure.before);
        changes.push_back(writer.phrase(now > before ? "change.up" : "change.down",
                                        {{"measure", name},
                                         {"percent", writer.number(percent)},
                                         {"before", writer.number(*measure.before)},
                                         {"now", writer.number(measure.now)}}));
    }
    if (changes.empty())
        return std::nullopt;
    NarrativeText when;
    if (previous->year > 0 && previous->year != writer.edition().year) {
        NarrativeNumber year;
        year.origin = NumberOrigin::PreviousYear;
        year.value = previous->year;
        when = writer.phrase("previous.year", {{"year", writer.number(writer.declare(year))}});
    } else {
        when = writer.phrase("previous.unknown");
    }
    return writer.sentence("change.sentence",
                           {{"previous", when}, {"changes", writer.join(changes)}});
}

} // namespace statform::core::narrative
