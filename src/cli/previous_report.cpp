#include "cli/previous_report.hpp"

#include "core/merge/merge_from_validation.hpp"

namespace statform::cli {

PreviousRead read_previous(SourceReader& reader, const std::filesystem::path& file,
                           const core::TemplateCatalog& catalog,
                           const core::StringTable& findings_phrases, const core::StringTable& ui,
                           core::Language language) {
    PreviousRead result;
    const SourceRead read = reader.read(file);
    if (!read.workbook) {
        result.problem = ui.format(
            "previous.unreadable", language,
            {{"file", file.string()},
             {"reason", language == core::Language::Vietnamese ? read.problem_vi : read.problem}});
        return result;
    }
    result.values = core::comparison_values(*read.workbook, catalog, findings_phrases);
    if (!result.values)
        result.problem = ui.format("previous.no-table", language, {{"file", file.string()}});
    return result;
}

} // namespace statform::cli
