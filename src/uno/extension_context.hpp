// What every StatForm entry point in the office needs to know: where the
// installed extension lives, the UI language, the UI phrases, and the
// template catalogue (loaded once, on first use).
#pragma once

#include "core/templates/template_catalog.hpp"
#include "core/values/string_table.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace statform::uno {

class ExtensionContext {
  public:
    // The one instance of this office process. Called once per entry (a menu
    // command, a service call): the moment the template catalogue is read
    // again when the user's templates folder changed since, so a template
    // saved or dropped there is used with no restart of the office.
    static std::shared_ptr<ExtensionContext>
    get(const css::uno::Reference<css::uno::XComponentContext>& context);

    const css::uno::Reference<css::uno::XComponentContext>& component_context() const {
        return context_;
    }
    const std::filesystem::path& root() const { return root_; }
    core::Language language() const { return language_; }

    // A UI phrase from dialogs/strings.json, placeholders filled.
    std::string text(std::string_view key,
                     const std::vector<std::pair<std::string, std::string>>& values = {}) const;

    // The UI phrases themselves (dialogs/strings.json).
    const core::StringTable& strings() const { return strings_; }

    // The validation findings' phrases (dialogs/findings.json).
    const core::StringTable& findings_phrases() const { return findings_phrases_; }

    // The phrases of "Make a template from this table" (dialogs/template-draft.json).
    const core::StringTable& draft_phrases() const { return draft_phrases_; }

    // Shipped templates plus the user's folder; problems found while loading
    // are kept so the UI can show them once.
    const core::TemplateCatalog& templates();
    const std::vector<core::LoadProblem>& template_problems();

    // Reads the catalogue again on next use (a template was just saved).
    void reload_templates();

  private:
    explicit ExtensionContext(const css::uno::Reference<css::uno::XComponentContext>& context);
    void reload_templates_if_folder_changed();

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::filesystem::path root_;
    core::Language language_ = core::Language::Vietnamese;
    core::StringTable strings_;
    core::StringTable findings_phrases_;
    core::StringTable draft_phrases_;
    std::mutex catalog_mutex_;
    std::optional<core::TemplateCatalog> catalog_;
    std::vector<core::LoadProblem> catalog_problems_;
    std::string user_folder_stamp_; // the user's templates folder when the catalogue was read
};

} // namespace statform::uno
