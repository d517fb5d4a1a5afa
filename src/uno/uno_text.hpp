// Conversions between UNO strings/sequences and standard C++ types. Every
// adapter file uses these instead of spelling out the conversions again.
#pragma once

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::uno {

inline std::string to_utf8(const rtl::OUString& text) {
    const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

inline rtl::OUString to_ou(std::string_view utf8) {
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

template <typename T> css::uno::Sequence<T> to_sequence(const std::vector<T>& items) {
    css::uno::Sequence<T> out(static_cast<sal_Int32>(items.size()));
    T* raw = out.getArray();
    for (std::size_t i = 0; i < items.size(); ++i)
        raw[i] = items[i];
    return out;
}

// The value of option `name` in a NamedValue list, if present and of type T.
template <typename T>
std::optional<T> find_option(const css::uno::Sequence<css::beans::NamedValue>& options,
                             std::string_view ascii_name) {
    for (const auto& option : options)
        if (option.Name.equalsAsciiL(ascii_name.data(),
                                     static_cast<sal_Int32>(ascii_name.size()))) {
            T value;
            if (option.Value >>= value)
                return value;
        }
    return std::nullopt;
}

// The same for PropertyValue lists (dispatch arguments use those).
template <typename T>
std::optional<T> find_property(const css::uno::Sequence<css::beans::PropertyValue>& properties,
                               std::string_view ascii_name) {
    for (const auto& property : properties)
        if (property.Name.equalsAsciiL(ascii_name.data(),
                                       static_cast<sal_Int32>(ascii_name.size()))) {
            T value;
            if (property.Value >>= value)
                return value;
        }
    return std::nullopt;
}

} // namespace statform::uno
