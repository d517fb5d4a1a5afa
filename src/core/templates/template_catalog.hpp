// All editions of the official form that StatForm knows, loaded at run time
// from JSON files: the ones shipped in the extension (extension/templates)
// and the ones an office IT person drops into the user templates folder, so
// next year's form needs no new build.
#pragma once

#include "core/templates/edition_parser.hpp"
#include "core/templates/load_problem.hpp"
#include "core/templates/template_model.hpp"
#include "core/templates/unit_types.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace statform::core {

class TemplateCatalog {
  public:
    // Loads unit-types.json from the first directory that has a valid one,
    // then every *.json edition file (other than unit-types.json) of every
    // directory, in file-name order. A later directory's edition with the
    // same id replaces the earlier one (user folder overrides shipped).
    // Directories that do not exist are skipped without a word. A file with
    // errors is skipped and its problems appended; the others still load.
    static TemplateCatalog load(const std::vector<std::filesystem::path>& dirs,
                                std::vector<LoadProblem>& problems);

    const std::vector<Edition>& editions() const { return editions_; } // newest year first
    const Edition* find(std::string_view id) const;
    const Edition* newest() const { return editions_.empty() ? nullptr : &editions_.front(); }
    const UnitTypeCatalog& unit_types() const { return unit_types_; }

  private:
    std::vector<Edition> editions_;
    UnitTypeCatalog unit_types_;
};

// The user templates folder: $STATFORM_TEMPLATES_DIR when set, else
// %APPDATA%\statform\templates on Windows, else
// $XDG_CONFIG_HOME/statform/templates, else ~/.config/statform/templates.
// Empty when none of these variables is set.
std::filesystem::path user_templates_dir();

// {shipped_dir, user_templates_dir()}: the usual argument of
// TemplateCatalog::load, so that the user's files override the shipped ones.
std::vector<std::filesystem::path> default_template_dirs(const std::filesystem::path& shipped_dir);

} // namespace statform::core
