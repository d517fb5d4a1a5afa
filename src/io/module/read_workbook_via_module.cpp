// io::read_workbook() for the office component: forwards to the reader
// module beside the component (reader_module_abi.hpp explains why). When the
// module cannot be loaded, every file "needs the office reader", so merge
// reads it through the office.
#include "io/module/reader_module_abi.hpp"
#include "io/read_messages.hpp"
#include "io/read_workbook.hpp"

#include <dlfcn.h>

#include <cstring>
#include <string>

namespace statform::io {
namespace {

struct LoadedModule {
    reader_module::ReadFunction read = nullptr;
    std::string problem; // why `read` is null, for the message
};

std::string last_dl_error() {
    const char* error = dlerror();
    return error != nullptr ? error : "unknown error";
}

LoadedModule load_module() {
    Dl_info self{};
    if (dladdr(reinterpret_cast<const void*>(&load_module), &self) == 0 ||
        self.dli_fname == nullptr)
        return {nullptr, "cannot tell where the StatForm component is"};
    const std::filesystem::path module_path =
        std::filesystem::path(self.dli_fname).parent_path() / reader_module::module_file;
    // The office's own liborcus: already loaded when Calc has imported a
    // file, in which case this only makes its symbols visible to the module.
    for (const char* library : reader_module::orcus_libraries)
        if (dlopen(library, RTLD_NOW | RTLD_GLOBAL) == nullptr)
            return {nullptr, "liborcus is not installed (" + last_dl_error() + ")"};
    void* module = dlopen(module_path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (module == nullptr)
        return {nullptr, last_dl_error()};
    const auto build_id = reinterpret_cast<reader_module::BuildIdFunction>(
        dlsym(module, reader_module::build_id_symbol));
    if (build_id == nullptr || std::strcmp(build_id(), reader_module::build_id()) != 0)
        return {nullptr, module_path.string() + " belongs to another StatForm build"};
    const auto read =
        reinterpret_cast<reader_module::ReadFunction>(dlsym(module, reader_module::read_symbol));
    if (read == nullptr)
        return {nullptr, last_dl_error()};
    return {read, {}}; // the module stays loaded for the life of the office
}

} // namespace

ReadResult read_workbook(const std::filesystem::path& path, const ReadLimits& limits) {
    static const LoadedModule module = load_module(); // once, thread-safe
    if (module.read == nullptr)
        return failed_read(path, ReadFailure::UnsupportedFormat,
                           "read through the office: the disk reader is unavailable: " +
                               module.problem);
    ReadResult result;
    module.read(path, limits, result);
    return result;
}

} // namespace statform::io
