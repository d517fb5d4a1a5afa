// Spelling the merge's findings and statuses for people, from the phrases
// of dialogs/merge-messages.json ({"key": {"vi": "…", "en": "…"}}).
#pragma once

#include "core/merge/merge.hpp"
#include "core/values/string_table.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace statform::core {

// The finding's message in `language`: its message_key with every
// placeholder filled (numbers in the language's notation, rows as
// "1.10 «label»", columns by their header).
std::string format_merge_finding(const MergeFinding& finding, const StringTable& phrases,
                                 Language language);

// The same for any key and arguments.
std::string format_merge_message(std::string_view key, const std::vector<MessageArg>& args,
                                 const StringTable& phrases, Language language);

// "1.234.567,5" in Vietnamese, "1,234,567.5" in English.
std::string format_merge_number(double value, Language language);

// "merged", "merged-with-warnings", "skipped": stable spellings for JSON.
std::string_view source_status_name(SourceStatus status);

// The status as shown to the user ("status.merged", ... of the phrases).
std::string format_source_status(SourceStatus status, const StringTable& phrases,
                                 Language language);

} // namespace statform::core
