#include "core/rules/findings.hpp"

#include "core/templates/form_layout.hpp"

#include <algorithm>

namespace statform::core {

std::string_view severity_name(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "info";
}

std::string CellRef::a1() const {
    return cell_name(row, col);
}

const RowValues* ReportedValues::find(std::string_view key) const {
    const auto found =
        std::find_if(rows.begin(), rows.end(), [&](const RowValues& r) { return r.key == key; });
    return found == rows.end() ? nullptr : &*found;
}

std::size_t ValidationReport::count(Severity severity) const {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(),
                      [&](const Finding& f) { return f.severity == severity; }));
}

} // namespace statform::core
