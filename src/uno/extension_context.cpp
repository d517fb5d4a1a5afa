#include "uno/extension_context.hpp"

#include "statform_version.hpp"
#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace statform::uno {
namespace {

std::filesystem::path
installed_extension_folder(const css::uno::Reference<css::uno::XComponentContext>& context) {
    const auto provider = css::deployment::PackageInformationProvider::get(context);
    const rtl::OUString url = provider->getPackageLocation(to_ou(extension_identifier));
    rtl::OUString path;
    if (url.isEmpty() ||
        osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        return {};
    return to_utf8(path);
}

// STATFORM_LANG wins (tests, scripts); then the office UI language.
core::Language ui_language(const css::uno::Reference<css::uno::XComponentContext>& context) {
    if (const char* forced = std::getenv("STATFORM_LANG"))
        return core::language_from_locale(forced);
    try {
        const auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<css::uno::Any> arguments(1);
        arguments.getArray()[0] <<= css::beans::NamedValue(
            "nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Setup/L10N")));
        css::uno::Reference<css::container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  arguments),
            css::uno::UNO_QUERY_THROW);
        rtl::OUString locale;
        l10n->getByName("ooLocale") >>= locale;
        if (!locale.isEmpty())
            return core::language_from_locale(to_utf8(locale));
    } catch (const css::uno::Exception& e) {
        log()->warn("cannot read the UI language: {}", to_utf8(e.Message));
    }
    const char* lang = std::getenv("LANG");
    return core::language_from_locale(lang ? lang : "vi");
}

// What the templates folder holds, as names, sizes and times of change:
// equal stamps mean nothing was saved, dropped or removed there since.
std::string folder_stamp(const std::filesystem::path& folder) {
    std::vector<std::string> entries;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end;
         it.increment(ec)) {
        std::error_code entry_ec;
        const auto size = it->file_size(entry_ec);
        const auto changed = it->last_write_time(entry_ec).time_since_epoch().count();
        entries.push_back(it->path().filename().string() + ":" + std::to_string(size) + ":" +
                          std::to_string(changed));
    }
    std::sort(entries.begin(), entries.end());
    std::string stamp;
    for (const std::string& entry : entries)
        stamp += entry + "\n";
    return stamp;
}

} // namespace

std::shared_ptr<ExtensionContext>
ExtensionContext::get(const css::uno::Reference<css::uno::XComponentContext>& context) {
    static std::mutex instance_mutex;
    static std::shared_ptr<ExtensionContext> instance;
    std::lock_guard lock(instance_mutex);
    if (!instance)
        instance.reset(new ExtensionContext(context));
    instance->reload_templates_if_folder_changed();
    return instance;
}

ExtensionContext::ExtensionContext(const css::uno::Reference<css::uno::XComponentContext>& context)
    : context_(context), root_(installed_extension_folder(context)),
      language_(ui_language(context)) {
    log(context)->info("StatForm {} loaded from '{}', language {}", version, root_.string(),
                       core::language_code(language_));
    std::vector<std::string> problems;
    strings_ = core::StringTable::load(root_ / "dialogs" / "strings.json", problems);
    findings_phrases_ = core::StringTable::load(root_ / "dialogs" / "findings.json", problems);
    draft_phrases_ = core::StringTable::load(root_ / "dialogs" / "template-draft.json", problems);
    for (const auto& problem : problems)
        log()->error("UI strings: {}", problem);
}

std::string
ExtensionContext::text(std::string_view key,
                       const std::vector<std::pair<std::string, std::string>>& values) const {
    return strings_.format(key, language_, values);
}

const core::TemplateCatalog& ExtensionContext::templates() {
    std::lock_guard lock(catalog_mutex_);
    if (!catalog_) {
        catalog_ = core::TemplateCatalog::load(core::default_template_dirs(root_ / "templates"),
                                               catalog_problems_);
        for (const auto& problem : catalog_problems_)
            log()->log(problem.is_warning ? spdlog::level::warn : spdlog::level::err, "template {}",
                       problem.describe());
        log()->info("{} template editions loaded", catalog_->editions().size());
    }
    return *catalog_;
}

void ExtensionContext::reload_templates() {
    std::lock_guard lock(catalog_mutex_);
    catalog_.reset();
    catalog_problems_.clear();
}

void ExtensionContext::reload_templates_if_folder_changed() {
    const std::string stamp = folder_stamp(core::user_templates_dir());
    {
        std::lock_guard lock(catalog_mutex_);
        if (stamp == user_folder_stamp_)
            return;
        user_folder_stamp_ = stamp;
    }
    reload_templates();
}

const std::vector<core::LoadProblem>& ExtensionContext::template_problems() {
    templates();
    return catalog_problems_;
}

} // namespace statform::uno
