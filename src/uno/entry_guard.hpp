// Every UNO entry point runs its body through one of these guards, so that no
// C++ exception can escape into the office: it is logged, and turned into a
// UNO RuntimeException the caller (a macro, the CLI) can read.
#pragma once

#include "uno/logging.hpp"
#include "uno/uno_text.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>
#include <string_view>

namespace statform::uno {

template <typename Body> auto guard_entry(std::string_view entry_name, Body&& body) {
    try {
        return body();
    } catch (const css::lang::IllegalArgumentException& e) {
        log()->warn("{}: invalid argument: {}", entry_name, to_utf8(e.Message));
        throw; // declared in the IDL: the caller gets it as it is
    } catch (const css::uno::RuntimeException& e) {
        log()->error("{}: {}", entry_name, to_utf8(e.Message));
        throw;
    } catch (const css::uno::Exception& e) {
        log()->error("{}: {}", entry_name, to_utf8(e.Message));
        throw css::uno::RuntimeException(to_ou(std::string(entry_name) + ": ") + e.Message);
    } catch (const std::exception& e) {
        log()->error("{}: {}", entry_name, e.what());
        throw css::uno::RuntimeException(to_ou(std::string(entry_name) + ": " + e.what()));
    } catch (...) {
        log()->error("{}: unknown exception", entry_name);
        throw css::uno::RuntimeException(to_ou(std::string(entry_name) + ": unknown error"));
    }
}

} // namespace statform::uno
