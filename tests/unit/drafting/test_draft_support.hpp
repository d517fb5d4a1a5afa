// What the tests of "Make a template from this table" share: the phrases,
// a draft of a grid against the shipped catalogue, its problems as text.
#pragma once

#include "core/drafting/template_draft.hpp"
#include "test_data.hpp"

#include <string>

namespace statform::draft_test {

inline const core::StringTable& draft_phrases() {
    return test_data::phrases("template-draft.json");
}

inline core::TemplateDraft draft_of(const core::Grid& grid, const core::DraftRequest& request) {
    return core::draft_edition_from_grid(grid, test_data::catalog(), draft_phrases(), request);
}

// Each problem on a line: "what: message".
inline std::string describe(const core::TemplateDraft& draft) {
    std::string text;
    for (const core::DraftProblem& problem : draft.problems)
        text += problem.what + ": " + problem.message + "\n";
    return text;
}

} // namespace statform::draft_test
