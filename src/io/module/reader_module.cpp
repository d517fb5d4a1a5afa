// libstatform_reader.so: io::read_workbook() (liborcus) for the office
// component, behind two extern "C" functions (reader_module_abi.hpp).
#include "io/module/reader_module_abi.hpp"
#include "io/read_messages.hpp"
#include "io/read_workbook.hpp"

#include <exception>

extern "C" __attribute__((visibility("default"))) void
statform_reader_read_workbook(const std::filesystem::path& path,
                              const statform::io::ReadLimits& limits,
                              statform::io::ReadResult& result) noexcept {
    try {
        result = statform::io::read_workbook(path, limits);
    } catch (const std::exception& e) { // read_workbook does not throw; memory may run out
        result = statform::io::failed_read(path, statform::io::ReadFailure::Unreadable, e.what());
    }
}

extern "C" __attribute__((visibility("default"))) const char* statform_reader_build_id() noexcept {
    return statform::io::reader_module::build_id();
}
