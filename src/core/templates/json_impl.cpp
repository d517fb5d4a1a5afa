// Boost.JSON in header-only mode: its implementation is compiled here, in
// exactly one translation unit of the whole program.
#include <boost/json/src.hpp>
