// What a drafted template says to the person who makes it, in one language:
// the summary, one line per row (code, label, unit and the columns it fills,
// where its key comes from), the units still to answer for. The CLI prints
// these lines; the dialog lists them.
#pragma once

#include "core/drafting/template_draft.hpp"
#include "core/values/string_table.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace statform::core {

// "95%".
std::string confidence_text(double confidence);

std::size_t group_count(const Edition& edition);

// The units typed on the sheet that the catalogue does not know, each once, in order.
std::vector<std::string> unknown_units(const TemplateDraft& draft);

// "42 dòng, 11 nhóm; mẫu đã biết giống nhất: htsd-2023".
std::string draft_summary_line(const TemplateDraft& draft, const StringTable& phrases,
                               Language language);

// "C14  1.1  Bồi dưỡng …  [Lớp/người: Số lớp + Người]  (htsd-2023, giống 100%)".
std::string draft_row_line(const TemplateDraft& draft, std::size_t row, const StringTable& phrases,
                           Language language);

// "Bồi dưỡng … (htsd-2023, giống 95%)": a key the row could take.
std::string key_candidate_line(const KeyCandidate& candidate, const StringTable& phrases,
                               Language language);

} // namespace statform::core
