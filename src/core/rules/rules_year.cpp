// Year on year: the same row (same semantic key, whatever the edition) this
// year and last year. A figure many times larger or smaller than last year's
// is often a slip (an extra zero, money typed in thousands), so a person
// should look; it is never an error, activities do grow.
#include "core/rules/validation_context.hpp"

#include <algorithm>

namespace statform::core::validation {
namespace {

std::optional<double> previous_value(const RowValues& row, Quantity q) {
    return q == Quantity::Count ? row.count : row.people;
}

// Last year's figure for this row: the row with the same key, or, for a row
// that covers several rows of other editions (2020 "Phổ cập giáo dục (tiểu
// học, THCS)"), the sum of those rows when every one of them was reported.
std::optional<double> last_year(const ReportedValues& previous, const TemplateRow& row,
                                Quantity q) {
    if (const RowValues* same = previous.find(row.key))
        return previous_value(*same, q);
    if (row.combines.empty())
        return std::nullopt;
    double sum = 0.0;
    for (const std::string& key : row.combines) {
        const RowValues* part = previous.find(key);
        if (part == nullptr || !previous_value(*part, q))
            return std::nullopt;
        sum += *previous_value(*part, q);
    }
    return sum;
}

} // namespace

void check_year_on_year(Context& ctx) {
    if (!ctx.options.previous_year)
        return;
    const std::optional<double> limit = ctx.threshold("max_year_on_year_change_percent");
    if (!limit)
        return;
    const ReportedValues& previous = *ctx.options.previous_year;
    const std::string when = previous.year > 0
                                 ? ctx.text("when.year", {{"year", std::to_string(previous.year)}})
                                 : ctx.text("when.last-year");
    for (RowState& row : ctx.rows_in_sheet()) {
        for (Quantity q : kQuantities) {
            QuantityState& now = row.value(q);
            const std::optional<double> before = last_year(previous, *row.row, q);
            // A change from or to 0 has no ratio: a new activity is normal.
            if (!now.valid() || !before || now.number() <= 0 || *before <= 0)
                continue;
            const double larger = std::max(now.number(), *before);
            const double smaller = std::min(now.number(), *before);
            const double ratio = larger / smaller;
            // Symmetric, so that a drop to a quarter is as visible as a rise
            // to four times: (ratio - 1) is the rise of the larger over the smaller.
            if ((ratio - 1.0) * 100.0 <= *limit)
                continue;
            now.warned = true;
            const bool rose = now.number() > *before;
            ctx.add("year-on-year-change", Severity::Warning, &row, now.spot,
                    ctx.text(rose ? "year-on-year-change.up" : "year-on-year-change.down",
                             {{"column", ctx.column_name(q)},
                              {"previous", ctx.number(*before)},
                              {"current", ctx.number(now.number())},
                              {"ratio", ctx.number(ratio, 1)},
                              {"limit", ctx.number(*limit)},
                              {"when", when}}));
        }
    }
}

} // namespace statform::core::validation
