// Text properties StatForm keeps in a document's user-defined properties
// (File ▸ Properties ▸ Custom Properties): the edition an inserted form
// holds, the marks Validate made, last year's report to compare with. They
// travel with the document through .ods, .xlsx and .xls.
#pragma once

#include <com/sun/star/uno/Reference.hxx>

#include <string>

namespace com::sun::star::uno {
class XInterface;
}

namespace statform::uno {

// The property's text; empty when the document does not have it.
std::string document_property(const css::uno::Reference<css::uno::XInterface>& document,
                              const std::string& name);

// Sets (adding when needed, removable by the user) the property.
void set_document_property(const css::uno::Reference<css::uno::XInterface>& document,
                           const std::string& name, const std::string& value);

} // namespace statform::uno
