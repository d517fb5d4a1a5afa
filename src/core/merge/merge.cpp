#include "core/merge/merge.hpp"

#include "core/merge/edition_mapping.hpp"
#include "core/merge/unit_identity.hpp"

#include <set>
#include <utility>

namespace statform::core {
namespace {

RowRef row_ref(const TemplateRow& row) {
    return {row.code, row.label};
}

// One unit's values on their way into the target edition.
struct UnitInTarget {
    explicit UnitInTarget(std::size_t rows) : direct(rows), not_itemised(rows) {}
    std::vector<QuantityPair> direct;       // leaves: the values carried onto the row
    std::vector<QuantityPair> not_itemised; // totals: figures no row below them shows
};

// The unit's column pair per target row. Leaves keep what was carried onto
// them; a total is the sum of what its rows show plus what only it shows, so
// a unit's group figure is never added on top of its children (merge_unit
// only keeps a group figure when no child was reported); headings stay empty.
std::vector<QuantityPair> values_in_target(const EditionShape& target, const UnitInTarget& unit) {
    const std::size_t row_count = target.edition().rows.size();
    std::vector<QuantityPair> values(row_count);
    std::vector<bool> done(row_count, false);
    auto compute = [&](auto& self, std::size_t t) -> QuantityPair {
        if (done[t])
            return values[t];
        done[t] = true; // set first: a malformed cycle then ends instead of looping
        switch (target.role(t)) {
        case RowRole::Leaf:
            values[t] = unit.direct[t];
            break;
        case RowRole::Heading:
            break;
        case RowRole::Total:
            for (QuantityColumn column : kQuantityColumns) {
                if (!target.holds(t, column))
                    continue;
                std::optional<double> sum = unit.not_itemised[t][column];
                for (std::size_t child : target.summed_rows(t))
                    if (const std::optional<double> part = self(self, child)[column])
                        add_to(sum, *part);
                values[t][column] = sum;
            }
            break;
        }
        return values[t];
    };
    for (std::size_t t = 0; t < row_count; ++t)
        compute(compute, t);
    return values;
}

std::string finding_key(std::string_view rule, std::string_view variant) {
    return std::string(rule) + "." + std::string(variant);
}

std::string_view reason_variant(MappingReason reason) {
    switch (reason) {
    case MappingReason::SameKey:
        return "same-key";
    case MappingReason::SplitByColumn:
        return "split";
    case MappingReason::IntoCombined:
        return "into-combined";
    case MappingReason::CombinedUnsplit:
        return "unsplittable";
    case MappingReason::NoCounterpart:
        return "no-counterpart";
    case MappingReason::ColumnNotInTarget:
        return "column-not-in-target";
    case MappingReason::TargetIsHeading:
        return "heading";
    }
    return "no-counterpart";
}

// A finding about the file of `report`, naming it and its unit.
MergeFinding finding_about(const UnitReport& report, std::string rule, Severity severity,
                           std::string message_key, std::vector<MessageArg> args) {
    MergeFinding finding;
    finding.rule = std::move(rule);
    finding.severity = severity;
    finding.source = report.source;
    finding.unit_name = report.unit_name;
    finding.message_key = std::move(message_key);
    finding.args = std::move(args);
    return finding;
}

} // namespace

std::size_t MergeResult::count(Severity severity) const {
    std::size_t n = 0;
    for (const MergeFinding& finding : findings)
        n += finding.severity == severity ? 1 : 0;
    return n;
}

const MergedRow* MergeResult::find_row(std::string_view key) const {
    for (const MergedRow& row : rows)
        if (row.key == key)
            return &row;
    return nullptr;
}

MergeAccumulator::MergeAccumulator(const TemplateCatalog& catalog, const Edition& target,
                                   MergeOptions options)
    : catalog_(&catalog), target_(&target), options_(std::move(options)),
      registry_(std::make_unique<UnitRegistry>()), not_itemised_(target.rows.size()) {}

MergeAccumulator::~MergeAccumulator() = default;
MergeAccumulator::MergeAccumulator(MergeAccumulator&&) noexcept = default;
MergeAccumulator& MergeAccumulator::operator=(MergeAccumulator&&) noexcept = default;

const EditionMapping& MergeAccumulator::mapping_for(const Edition& source) {
    auto found = mappings_.find(source.id);
    if (found == mappings_.end())
        found =
            mappings_
                .emplace(source.id, std::make_unique<EditionMapping>(source, *target_, *catalog_))
                .first;
    return *found->second;
}

void MergeAccumulator::add_finding(MergeFinding finding) {
    findings_.push_back(std::move(finding));
}

const SourceSummary& MergeAccumulator::add(const UnitReport& report) {
    SourceSummary summary;
    summary.source = report.source;
    summary.unit_name = report.unit_name;
    summary.edition_id = report.edition_id;
    summary.sheet = report.sheet;
    summary.error_count = report.error_count;
    summary.warning_count = report.warning_count;
    const std::size_t source_index = sources_.size();
    const std::size_t findings_before = findings_.size();

    auto skip = [&](std::string rule, Severity severity, std::string message_key,
                    std::vector<MessageArg> args) {
        MergeFinding finding = finding_about(report, std::move(rule), severity,
                                             std::move(message_key), std::move(args));
        summary.status = SourceStatus::Skipped;
        summary.skip_reason = finding;
        add_finding(std::move(finding));
    };

    const Edition* edition = report.failure ? nullptr : catalog_->find(report.edition_id);
    if (report.failure) {
        summary.detail = report.failure_detail;
        skip("source-failed", Severity::Error, "source-failed",
             {{"file", report.source}, {"reason", *report.failure}});
    } else if (edition == nullptr) {
        skip("unknown-edition", Severity::Error, "unknown-edition",
             {{"file", report.source}, {"edition", report.edition_id}});
    } else {
        const std::string name = normalize_unit_name(report.unit_name);
        const auto fingerprint = content_fingerprint(report.edition_id, report.rows);
        if (const auto duplicate = registry_->find(name, fingerprint)) {
            const SourceSummary& kept = sources_[duplicate->source_index];
            const std::string_view variant = duplicate->same_name && duplicate->same_content
                                                 ? "same-name-and-content"
                                             : duplicate->same_name ? "same-name"
                                                                    : "same-content";
            summary.duplicate_of = duplicate->source_index;
            skip("duplicate-unit", Severity::Warning, finding_key("duplicate-unit", variant),
                 {{"file", report.source},
                  {"unit", report.unit_name},
                  {"kept", kept.source},
                  {"kept_unit", kept.unit_name}});
        } else {
            registry_->remember(name, fingerprint, source_index);
            merge_unit(report, *edition, summary);
        }
    }

    bool merge_warned = false;
    for (std::size_t f = findings_before; f < findings_.size(); ++f) {
        merge_warned = merge_warned || findings_[f].severity != Severity::Info;
        summary.merge_warning_count += findings_[f].severity == Severity::Warning;
    }
    if (summary.status != SourceStatus::Skipped &&
        (merge_warned || report.error_count > 0 || report.warning_count > 0))
        summary.status = SourceStatus::MergedWithWarnings;
    sources_.push_back(std::move(summary));
    return sources_.back();
}

void MergeAccumulator::merge_unit(const UnitReport& report, const Edition& edition,
                                  SourceSummary& summary) {
    const EditionMapping& mapping = mapping_for(edition);
    const EditionShape& source = mapping.source();
    const EditionShape& target = mapping.target();

    auto finding = [&](std::string rule, Severity severity, std::string message_key,
                       std::vector<MessageArg> args) -> MergeFinding& {
        add_finding(finding_about(report, std::move(rule), severity, std::move(message_key),
                                  std::move(args)));
        return findings_.back();
    };

    if (report.unit_named_by_file)
        finding("unit-named-by-file", Severity::Warning, "unit-named-by-file",
                {{"file", report.source}, {"unit", report.unit_name}});

    // The report's values by row of its own edition.
    std::vector<QuantityPair> reported(edition.rows.size());
    bool any_value = false;
    for (const UnitRowValues& row : report.rows) {
        const auto index = source.find(row.key);
        if (!index) {
            if (row.count || row.people)
                finding("unknown-row", Severity::Warning, "unknown-row",
                        {{"key", row.key}, {"edition", edition.id}})
                    .row_key = row.key;
            continue;
        }
        if (row.count)
            add_to(reported[*index].count, *row.count);
        if (row.people)
            add_to(reported[*index].people, *row.people);
        any_value = any_value || row.count || row.people;
    }
    if (!any_value)
        finding("empty-report", Severity::Warning, "empty-report", {{"file", report.source}});

    UnitInTarget unit(target_->rows.size());
    for (std::size_t s = 0; s < edition.rows.size(); ++s) {
        const RowMapping& row_mapping = mapping.row(s);
        if (row_mapping.role == RowRole::Heading)
            continue; // validation does not count a value on a heading either
        for (QuantityColumn column : kQuantityColumns) {
            const std::optional<double> value = reported[s][column];
            if (!value)
                continue;
            // A total the unit also itemised is rebuilt from its rows: its
            // own figure would count them twice.
            const bool group_only = row_mapping.role == RowRole::Total;
            if (group_only) {
                bool itemised = false;
                for (std::size_t below : row_mapping.summed_rows)
                    itemised = itemised || reported[below][column].has_value();
                if (itemised)
                    continue;
            }

            const ColumnDestination& destination = row_mapping.columns[column_index(column)];
            std::vector<MessageArg> args = {{"row", row_ref(edition.rows[s])},
                                            {"edition", edition.id},
                                            {"column", column},
                                            {"value", *value},
                                            {"target_edition", target_->id}};
            if (!destination.target_row) {
                const std::string_view variant =
                    group_only ? "group-only" : reason_variant(destination.reason);
                MergeFinding& f = finding("value-not-merged", Severity::Warning,
                                          finding_key("value-not-merged", variant), args);
                f.row_key = edition.rows[s].key;
                f.column = column;
                continue;
            }

            const std::size_t t = *destination.target_row;
            args.push_back({"target", row_ref(target_->rows[t])});
            const bool into_total = target.role(t) == RowRole::Total;
            if (into_total)
                add_to(unit.not_itemised[t][column], *value);
            else
                add_to(unit.direct[t][column], *value);

            std::optional<std::pair<std::string, std::string>> said; // rule, message key
            if (into_total) {
                // Group-only source row into its own total is the classic
                // case; the rest are rows the target does not itemise.
                const std::string_view variant =
                    group_only && destination.reason == MappingReason::SameKey
                        ? "group-only"
                        : reason_variant(destination.reason);
                said = {"counted-in-group-only", finding_key("counted-in-group-only", variant)};
            } else if (destination.reason == MappingReason::SplitByColumn) {
                said = {"combined-row-split", "combined-row-split"};
            } else if (destination.reason == MappingReason::IntoCombined) {
                said = {"rows-combined", "rows-combined"};
            } else if (destination.reason != MappingReason::SameKey) {
                said = {"counted-in-group-only",
                        finding_key("counted-in-group-only", reason_variant(destination.reason))};
            }
            if (said) {
                MergeFinding& f =
                    finding(said->first, Severity::Info, said->second, std::move(args));
                f.row_key = edition.rows[s].key;
                f.column = column;
            }
        }
    }

    for (std::size_t t = 0; t < target_->rows.size(); ++t)
        for (QuantityColumn column : kQuantityColumns)
            if (const std::optional<double> loose = unit.not_itemised[t][column])
                add_to(not_itemised_[t][column], *loose);

    MergedUnit merged;
    merged.unit_name = report.unit_name;
    merged.source = report.source;
    merged.edition_id = report.edition_id;
    merged.source_index = sources_.size();
    merged.values = values_in_target(target, unit);
    summary.unit_index = units_.size();
    units_.push_back(std::move(merged));
}

MergeResult MergeAccumulator::finish() const {
    MergeResult result;
    result.target_edition_id = target_->id;
    for (std::size_t t = 0; t < target_->rows.size(); ++t) {
        const TemplateRow& row = target_->rows[t];
        MergedRow merged;
        merged.template_row = t;
        merged.code = row.code;
        merged.key = row.key;
        merged.label = row.label;
        merged.unit_text = row.unit_text;
        merged.unit_type_id = row.unit_type_id;
        merged.is_group = row.is_group;
        merged.sums_children = row.sums_children;
        merged.is_total = !row.total_of.empty() || (row.is_group && row.sums_children);
        merged.not_itemised = not_itemised_[t];
        // Summed in the order the units were added: the same inputs in the
        // same order give the same floating-point totals.
        for (const MergedUnit& unit : units_) {
            const QuantityPair& values = unit.values[t];
            for (QuantityColumn column : kQuantityColumns)
                if (values[column])
                    add_to(merged.total[column], *values[column]);
            merged.units_reporting += values.any() ? 1 : 0;
        }
        result.rows.push_back(std::move(merged));
    }
    result.units = units_;
    result.sources = sources_;
    result.findings = findings_;

    if (options_.expected_units.empty())
        return result;
    std::set<std::string, std::less<>> reported_names;
    for (const MergedUnit& unit : units_)
        reported_names.insert(normalize_unit_name(unit.unit_name));
    std::set<std::string, std::less<>> expected_names;
    for (const std::string& expected : options_.expected_units) {
        std::string name = normalize_unit_name(expected);
        if (name.empty() || !expected_names.insert(name).second)
            continue; // blank line or listed twice
        if (reported_names.contains(name))
            continue;
        result.missing_units.push_back(expected);
        MergeFinding finding;
        finding.rule = "expected-unit-missing";
        finding.severity = Severity::Warning;
        finding.unit_name = expected;
        finding.message_key = "expected-unit-missing";
        finding.args = {{"unit", expected}};
        result.findings.push_back(std::move(finding));
    }
    for (const MergedUnit& unit : units_) {
        const std::string name = normalize_unit_name(unit.unit_name);
        if (expected_names.contains(name))
            continue;
        MergeFinding finding;
        finding.rule = "unexpected-unit";
        finding.severity = Severity::Info;
        finding.source = unit.source;
        finding.unit_name = unit.unit_name;
        finding.message_key = name.empty() ? "unexpected-unit.no-name" : "unexpected-unit";
        finding.args = {{"unit", unit.unit_name}, {"file", unit.source}};
        result.findings.push_back(std::move(finding));
    }
    return result;
}

MergeResult merge_reports(const TemplateCatalog& catalog, const Edition& target,
                          const std::vector<UnitReport>& reports, const MergeOptions& options) {
    MergeAccumulator accumulator(catalog, target, options);
    for (const UnitReport& report : reports)
        accumulator.add(report);
    return accumulator.finish();
}

} // namespace statform::core
