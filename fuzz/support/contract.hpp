#pragma once
// A contract a fuzz target checks: when broken, say which and abort, so that
// libFuzzer keeps the input as a crash.
#include <cstdio>
#include <cstdlib>

namespace statform::fuzz {

inline void check(bool condition, const char* what) {
    if (condition)
        return;
    std::fprintf(stderr, "contract broken: %s\n", what);
    std::abort();
}

} // namespace statform::fuzz
