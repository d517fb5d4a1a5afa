// The three sheets a merge writes: "Tổng hợp" (the target edition's form with
// the totals, as live formulas over the breakdown, and how many units
// reported each row), "Chi tiết theo đơn vị" (one column pair per unit) and
// "Nguồn dữ liệu" (every file given, what became of it, every finding).
#pragma once

#include "core/merge/merge.hpp"
#include "core/narrative/narrative.hpp"
#include "core/rules/findings.hpp"
#include "core/templates/sheet_content.hpp"
#include "core/values/string_table.hpp"

#include <string>
#include <vector>

namespace statform::core {

// Validation findings of one source file, for the sources sheet.
struct SourceFindings {
    std::string source;
    std::vector<Finding> findings;
};

struct SummaryRequest {
    const MergeResult& merged;
    const Edition& target;
    const UnitTypeCatalog& unit_types;
    const std::vector<SourceFindings>& validation;
    const StringTable& ui;            // dialogs/strings.json
    const StringTable& merge_phrases; // dialogs/merge-messages.json
    Language language = Language::Vietnamese;
    std::string unit_name; // the aggregating unit, for the summary's title block
    std::string place;
    // The narrative report (core/narrative.hpp), written under the summary
    // table; none when empty.
    std::vector<NarrativeLine> narrative = {};
};

struct SummarySheets {
    SheetContent summary;
    SheetContent breakdown;
    SheetContent sources;
    std::size_t narrative_row =
        0; // first free row under the summary table: the narrative goes there
};

SummarySheets build_summary_sheets(const SummaryRequest& request);

// The sheet named `from` is written as `to` (the document has a sheet of that
// name already): every formula of `content` that refers to it follows.
void refer_to_renamed_sheet(SheetContent& content, const std::string& from, const std::string& to);

// Takes out of `content` every formula that refers to one of `sheets` and
// returns them, at their cells, as a content of their own (same name, no
// texts, numbers or layout). A sheet copied into another document takes such
// formulas along as external references to the document it came from; they
// are written into the copy afterwards instead.
SheetContent take_formulas_referring_to(SheetContent& content,
                                        const std::vector<std::string>& sheets);

} // namespace statform::core
