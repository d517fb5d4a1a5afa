#include "office/uno_bootstrap.hpp"

#include "office/office_session.hpp"

#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>

#include <mutex>

namespace statform::office {
namespace {

rtl::OUString ou(const std::string& utf8) {
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

} // namespace

std::string file_url(const std::filesystem::path& path) {
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(ou(std::filesystem::absolute(path).string()),
                                                url) != osl::FileBase::E_None)
        throw OfficeError("cannot make a file URL of " + path.string());
    return rtl::OUStringToOString(url, RTL_TEXTENCODING_UTF8).getStr();
}

css::uno::Reference<css::uno::XComponentContext>
local_context(const std::filesystem::path& program_dir,
              const std::filesystem::path& own_types_rdb) {
    static std::mutex once;
    static css::uno::Reference<css::uno::XComponentContext> context;
    std::lock_guard lock(once);
    if (context.is())
        return context;
    for (const auto& needed : {program_dir / "types.rdb", program_dir / "types" / "offapi.rdb",
                               program_dir / "services.rdb", own_types_rdb})
        if (!std::filesystem::exists(needed))
            throw OfficeError("missing " + needed.string() +
                              " (install libreoffice-calc, and build StatForm first)");
    // The same variables the office's own unorc sets, pointed at its files.
    rtl::Bootstrap::set("URE_INTERNAL_LIB_DIR", ou(file_url(program_dir)));
    rtl::Bootstrap::set("UNO_TYPES", ou(file_url(program_dir / "types.rdb") + " " +
                                        file_url(program_dir / "types" / "offapi.rdb") + " " +
                                        file_url(own_types_rdb)));
    rtl::Bootstrap::set("UNO_SERVICES", ou(file_url(program_dir / "services.rdb")));
    try {
        context = cppu::defaultBootstrap_InitialComponentContext();
    } catch (const css::uno::Exception& e) {
        throw OfficeError(
            "cannot start UNO in this process: " +
            std::string(rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr()));
    }
    return context;
}

} // namespace statform::office
