// Saving a drafted template into a templates folder (the user's, where
// Insert, Validate and Merge find it): the edition file, and the unit types
// the person answered for in the folder's unit-types.json. Nothing that
// exists is replaced unless asked, and nothing is written that StatForm
// would not read back.
#pragma once

#include "core/drafting/template_draft.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace statform::core {

struct SaveRequest {
    std::filesystem::path template_file; // "<folder>/htsd-2025.json"
    bool replace = false; // replace the file, or the template the catalogue has under that id
    Language language = Language::Vietnamese;
};

struct SaveOutcome {
    bool saved = false;
    // Empty when saved; else "not-ready", "file-exists", "id-exists",
    // "does-not-load" or "cannot-write".
    std::string what;
    std::string message;                   // in the requested language
    std::string detail;                    // technical detail, for the log and --json
    std::filesystem::path unit_types_file; // written beside the template; empty when not needed
    std::filesystem::path template_file;   // when saved
    std::string edition_id;                // when saved
    std::size_t row_count = 0;             // when saved
};

// The default file of a draft in `folder`: "<folder>/<id>.json".
std::filesystem::path template_file_in(const std::filesystem::path& folder,
                                       const TemplateDraft& draft);

// Why a template of `edition_id` may not be saved as request.template_file
// (an existing file, or an id the catalogue has from another file, unless
// request.replace): "file-exists" / "id-exists" with its message; nullopt
// when it may. Asked before anything is read, and again by save_draft.
std::optional<SaveOutcome> refusal_to_save(std::string_view edition_id,
                                           const TemplateCatalog& catalog,
                                           const StringTable& phrases, const SaveRequest& request);

// Writes `draft` (which must be ok()) as request.template_file, and the unit
// types it needs into unit-types.json beside it (added to what is there).
// Each file is written under a temporary name and renamed, so a failed
// write never leaves half a file where StatForm reads. `phrases` is
// dialogs/template-draft.json.
SaveOutcome save_draft(const TemplateDraft& draft, const TemplateCatalog& catalog,
                       const StringTable& phrases, const SaveRequest& request);

// A threshold as a person types it ("200", "10.000", "2,5"): a number not
// below 0, read the Vietnamese way; nullopt when it is not one.
std::optional<double> read_threshold(std::string_view typed);

// A value a threshold may have: a number of 0 or more (unit-types.json
// refuses a negative one).
bool is_threshold_value(double value);

// Writes the thresholds in `changed` (by name, "max_people_per_class") into
// `folder`'s unit-types.json, keeping the unit types and other thresholds
// it has (a new file starts from the catalogue's thresholds). Written
// atomically, and only what loads back. False, with `detail`, when the file
// there does not load or cannot be written.
bool save_thresholds(const std::filesystem::path& folder, const TemplateCatalog& catalog,
                     const std::map<std::string, double, std::less<>>& changed,
                     std::string& detail);

} // namespace statform::core
