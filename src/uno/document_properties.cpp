#include "uno/document_properties.hpp"

#include "uno/uno_text.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

namespace statform::uno {
namespace {

css::uno::Reference<css::beans::XPropertySet>
user_properties(const css::uno::Reference<css::uno::XInterface>& document) {
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> supplier(
        document, css::uno::UNO_QUERY_THROW);
    return {supplier->getDocumentProperties()->getUserDefinedProperties(),
            css::uno::UNO_QUERY_THROW};
}

} // namespace

std::string document_property(const css::uno::Reference<css::uno::XInterface>& document,
                              const std::string& name) {
    const auto properties = user_properties(document);
    rtl::OUString value;
    if (properties->getPropertySetInfo()->hasPropertyByName(to_ou(name)))
        properties->getPropertyValue(to_ou(name)) >>= value;
    return to_utf8(value);
}

void set_document_property(const css::uno::Reference<css::uno::XInterface>& document,
                           const std::string& name, const std::string& value) {
    const auto properties = user_properties(document);
    if (properties->getPropertySetInfo()->hasPropertyByName(to_ou(name)))
        properties->setPropertyValue(to_ou(name), css::uno::Any(to_ou(value)));
    else
        css::uno::Reference<css::beans::XPropertyContainer>(properties, css::uno::UNO_QUERY_THROW)
            ->addProperty(to_ou(name), css::beans::PropertyAttribute::REMOVABLE,
                          css::uno::Any(to_ou(value)));
}

} // namespace statform::uno
