// The boundary between the office component and its disk reader module.
//
// The component (libstatform.uno.so) must load in any LibreOffice 7.4 and
// depend on nothing but the C/C++ runtime and the URE. Reading .ods/.xlsx
// from disk needs liborcus, which Debian's Calc itself loads (with Boost
// 1.74 behind it) but which another office build may not have. So the
// reader lives in libstatform_reader.so, shipped beside the component and
// loaded on first use (read_workbook_via_module.cpp):
//   1. the office's own liborcus libraries are loaded globally, by soname;
//   2. the module, which names no library for orcus' symbols, is loaded and
//      finds them there;
//   3. it must come from the same build as the component (build_id()).
// If any step fails, read_workbook() says the file needs the office reader
// and merge reads every source through the office instead: slower, same
// result. tests/package/check-oxt.sh checks that everything the module
// leaves undefined is defined by exactly these libraries.
#pragma once

#include "io/read_limits.hpp"
#include "io/workbook_source.hpp"

#include <array>
#include <filesystem>

namespace statform::io::reader_module {

inline constexpr const char* module_file = "libstatform_reader.so";

// Loaded globally before the module, in this order (orcus needs the parser).
inline constexpr std::array<const char*, 2> orcus_libraries = {"liborcus-parser-0.17.so.0",
                                                               "liborcus-0.17.so.0"};

// extern "C" entry points of the module.
inline constexpr const char* read_symbol = "statform_reader_read_workbook";
inline constexpr const char* build_id_symbol = "statform_reader_build_id";

// Both sides are compiled from the same headers by the same compiler; the
// module fills a ReadResult the component owns and later destroys.
using ReadFunction = void (*)(const std::filesystem::path& path, const ReadLimits& limits,
                              ReadResult& result) noexcept;
using BuildIdFunction = const char* (*)() noexcept;

// Version and the sizes of the types passed across: a module from another
// build is refused rather than trusted.
inline constexpr const char* build_id() {
    return STATFORM_READER_BUILD_ID;
}

} // namespace statform::io::reader_module
