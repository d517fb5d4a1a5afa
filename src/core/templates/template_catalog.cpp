#include "core/templates/template_catalog.hpp"

#include "core/templates/json_document.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <system_error>

namespace statform::core {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUnitTypesFile = "unit-types.json";

bool is_existing_folder(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir, ec);
}

bool is_existing_file(const fs::path& file) {
    std::error_code ec;
    return fs::is_regular_file(file, ec);
}

// The edition files of `dir`, sorted by name so loading is reproducible.
std::vector<fs::path> edition_files(const fs::path& dir, std::vector<LoadProblem>& problems) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        problems.push_back({dir.string(), "", "cannot list the folder: " + ec.message()});
        return files;
    }
    for (const fs::directory_entry& entry : it) {
        const fs::path& path = entry.path();
        const std::string name = path.filename().string();
        if (path.extension() != ".json" || name == kUnitTypesFile || name.starts_with('.'))
            continue; // hidden files are editor back-ups, not editions
        if (is_existing_file(path))
            files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<UnitTypeCatalog> load_unit_types(const std::vector<fs::path>& dirs,
                                               std::vector<LoadProblem>& problems) {
    std::optional<UnitTypeCatalog> catalog;
    bool found = false;
    for (const fs::path& dir : dirs) {
        const fs::path file = dir / kUnitTypesFile;
        if (!is_existing_file(file))
            continue;
        found = true;
        if (catalog) { // a later folder (the user's) adds to the first
            if (const auto later = UnitTypeCatalog::load(file, problems))
                catalog->add_later(*later, file.string(), problems);
            continue;
        }
        catalog = UnitTypeCatalog::load(file, problems);
        // A later folder's file may hold thresholds alone; the first one is
        // the catalogue every edition's units are found in.
        if (catalog && catalog->all().empty()) {
            problems.push_back({file.string(), "unit_types", "the list of unit types is empty"});
            catalog.reset();
        }
    }
    if (!found) {
        std::string searched;
        for (const fs::path& dir : dirs)
            searched += (searched.empty() ? "" : ", ") + dir.string();
        problems.push_back({std::string(kUnitTypesFile), "",
                            "no unit-types.json found in any template folder (" + searched + ")"});
    }
    return catalog;
}

// A row that "combines" rows of other editions should name keys that exist
// somewhere; otherwise a merge across editions cannot map it.
void check_combined_keys(const std::vector<Edition>& editions, std::vector<LoadProblem>& problems) {
    std::set<std::string, std::less<>> all_keys;
    for (const Edition& edition : editions)
        for (const TemplateRow& row : edition.rows)
            all_keys.insert(row.key);
    for (const Edition& edition : editions)
        for (std::size_t r = 0; r < edition.rows.size(); ++r)
            for (std::size_t c = 0; c < edition.rows[r].combines.size(); ++c)
                if (!all_keys.contains(edition.rows[r].combines[c]))
                    problems.push_back(
                        {edition.source_file,
                         "rows[" + std::to_string(r) + "].combines[" + std::to_string(c) + "]",
                         "no loaded edition has a row with key \"" + edition.rows[r].combines[c] +
                             "\"",
                         true});
}

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

} // namespace

TemplateCatalog TemplateCatalog::load(const std::vector<fs::path>& dirs,
                                      std::vector<LoadProblem>& problems) {
    TemplateCatalog catalog;
    for (const fs::path& dir : dirs) {
        std::error_code ec;
        if (fs::exists(dir, ec) && !is_existing_folder(dir))
            problems.push_back({dir.string(), "",
                                "is not a folder; template folders must be "
                                "folders"});
    }
    const auto unit_types = load_unit_types(dirs, problems);
    if (unit_types)
        catalog.unit_types_ = *unit_types;

    std::map<std::string, std::size_t, std::less<>> dir_of_edition; // id -> index into dirs
    for (std::size_t d = 0; d < dirs.size(); ++d) {
        if (!is_existing_folder(dirs[d]))
            continue;
        for (const fs::path& file : edition_files(dirs[d], problems)) {
            if (!unit_types) {
                problems.push_back({file.string(), "",
                                    "skipped: no valid unit-types.json was loaded, so its units "
                                    "cannot be checked"});
                continue;
            }
            const auto text = json_load::read_file(file, file.string(), problems);
            if (!text)
                continue;
            auto edition = parse_edition(*text, file.string(), catalog.unit_types_, problems);
            if (!edition)
                continue;
            edition->source_file = file.string();
            const auto existing =
                std::find_if(catalog.editions_.begin(), catalog.editions_.end(),
                             [&](const Edition& loaded) { return loaded.id == edition->id; });
            if (existing == catalog.editions_.end()) {
                dir_of_edition[edition->id] = d;
                catalog.editions_.push_back(std::move(*edition));
            } else if (dir_of_edition[edition->id] == d) {
                problems.push_back({file.string(), "id",
                                    "edition id \"" + edition->id + "\" is also used by " +
                                        existing->source_file +
                                        " in the same folder; this file is skipped"});
            } else {
                dir_of_edition[edition->id] = d; // a later folder overrides
                *existing = std::move(*edition);
            }
        }
    }
    std::stable_sort(catalog.editions_.begin(), catalog.editions_.end(),
                     [](const Edition& a, const Edition& b) {
                         return a.year != b.year ? a.year > b.year : a.id < b.id;
                     });
    check_combined_keys(catalog.editions_, problems);
    return catalog;
}

const Edition* TemplateCatalog::find(std::string_view id) const {
    for (const Edition& edition : editions_)
        if (edition.id == id)
            return &edition;
    return nullptr;
}

fs::path user_templates_dir() {
    if (const std::string dir = env("STATFORM_TEMPLATES_DIR"); !dir.empty())
        return fs::path(dir);
#ifdef _WIN32
    if (const std::string appdata = env("APPDATA"); !appdata.empty())
        return fs::path(appdata) / "statform" / "templates";
#endif
    if (const std::string config = env("XDG_CONFIG_HOME"); !config.empty())
        return fs::path(config) / "statform" / "templates";
    if (const std::string home = env("HOME"); !home.empty())
        return fs::path(home) / ".config" / "statform" / "templates";
    return {};
}

std::vector<fs::path> default_template_dirs(const fs::path& shipped_dir) {
    std::vector<fs::path> dirs{shipped_dir};
    if (fs::path user = user_templates_dir(); !user.empty())
        dirs.push_back(std::move(user));
    return dirs;
}

} // namespace statform::core
