// What "Make a template from this table" proposes before the person types
// anything: the year (from the title printed above the table, else this
// year), an id no template has yet ("htsd-2025"), the printed title, and
// the level of the known edition the table is most like.
#pragma once

#include "core/template_catalog.hpp"
#include "core/template_draft.hpp"

#include <optional>
#include <string_view>

namespace statform::core {

// An id a template file may have: lowercase letters a-z, digits and "-"
// ("htsd-2025"), so that it is also a file name on every system.
bool is_edition_id(std::string_view id);

// The year a new edition may be for, as typed ("2025"): 2000-2100.
inline constexpr int kFirstEditionYear = 2000;
inline constexpr int kLastEditionYear = 2100;
std::optional<int> edition_year(std::string_view typed);

// `first_look` is a draft made with an empty request (it only has to find
// the table); `this_year` is the calendar year today.
DraftRequest suggested_request(const TemplateDraft& first_look, const TemplateCatalog& catalog,
                               int this_year);

// "htsd-<year>", numbered ("htsd-2025-2") when the catalogue has that id.
std::string unused_edition_id(int year, const TemplateCatalog& catalog);

} // namespace statform::core
