// What "Make a template from this table" proposes before the person types
// anything: the year (from the title printed above the table, else this
// year), an id no template has yet ("htsd-2025"), the printed title, and
// the level of the known edition the table is most like.
#pragma once

#include "core/drafting/template_draft.hpp"
#include "core/templates/edition_parser.hpp"
#include "core/templates/template_catalog.hpp"

#include <optional>
#include <string_view>

namespace statform::core {

// The year a new edition is for, as typed ("2025"); nullopt when it is not
// a year an edition may be for (kFirstEditionYear..kLastEditionYear).
std::optional<int> edition_year(std::string_view typed);

// `first_look` is a draft made with an empty request (it only has to find
// the table); `this_year` is the calendar year today.
DraftRequest suggested_request(const TemplateDraft& first_look, const TemplateCatalog& catalog,
                               int this_year);

// "htsd-<year>", numbered ("htsd-2025-2") when the catalogue has that id.
std::string unused_edition_id(int year, const TemplateCatalog& catalog);

} // namespace statform::core
