#include "core/drafting/template_draft_defaults.hpp"

#include <cctype>
#include <charconv>

namespace statform::core {
namespace {

// The first 20xx in `text` ("… NĂM 2025" -> 2025).
std::optional<int> year_in(const std::string& text) {
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        const bool digits = std::isdigit(static_cast<unsigned char>(text[i])) &&
                            std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
                            std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
                            std::isdigit(static_cast<unsigned char>(text[i + 3]));
        const bool alone =
            (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) &&
            (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
        if (digits && alone && text.compare(i, 2, "20") == 0)
            return std::stoi(text.substr(i, 4));
    }
    return std::nullopt;
}

} // namespace

std::optional<int> edition_year(std::string_view typed) {
    int year = 0;
    const auto parsed = std::from_chars(typed.data(), typed.data() + typed.size(), year);
    if (parsed.ec != std::errc{} || parsed.ptr != typed.data() + typed.size() ||
        year < kFirstEditionYear || year > kLastEditionYear)
        return std::nullopt;
    return year;
}

std::string unused_edition_id(int year, const TemplateCatalog& catalog) {
    const std::string base = "htsd-" + std::to_string(year);
    std::string id = base;
    for (int n = 2; catalog.find(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

DraftRequest suggested_request(const TemplateDraft& first_look, const TemplateCatalog& catalog,
                               int this_year) {
    DraftRequest request;
    request.year = year_in(first_look.title_guess).value_or(this_year);
    request.id = unused_edition_id(request.year, catalog);
    request.title = first_look.title_guess;
    if (const Edition* closest = catalog.find(first_look.closest_edition))
        request.level = closest->level;
    request.sheet_name = first_look.sheet;
    return request;
}

} // namespace statform::core
