// The two constructor functions the office calls to create StatForm's
// implementations; statform.components names them (the "constructor=" form).
#include "uno/dispatch_handler.hpp"
#include "uno/statform_service.hpp"

#include <sal/types.h>

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_statform_comp_StatForm_get_implementation(css::uno::XComponentContext* context,
                                              css::uno::Sequence<css::uno::Any> const&) {
    auto* service = new statform::uno::StatFormService(context);
    service->acquire(); // the office takes over this reference
    return static_cast<cppu::OWeakObject*>(service);
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_statform_comp_DispatchHandler_get_implementation(css::uno::XComponentContext* context,
                                                     css::uno::Sequence<css::uno::Any> const&) {
    auto* handler = new statform::uno::DispatchHandler(context);
    handler->acquire();
    return static_cast<cppu::OWeakObject*>(handler);
}
