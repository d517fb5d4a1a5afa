// org.statform.StatForm: the three jobs for macros, automation and the CLI.
// Thin: it converts UNO arguments, calls the core, converts results back.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/statform/XStatForm.hpp>

namespace statform::uno {

class StatFormService
    : public cppu::WeakImplHelper2<org::statform::XStatForm, css::lang::XServiceInfo> {
  public:
    explicit StatFormService(const css::uno::Reference<css::uno::XComponentContext>& context);

    static constexpr const char* implementation_name = "org.statform.comp.StatForm";

    // XStatForm
    rtl::OUString SAL_CALL getVersion() override;
    css::uno::Sequence<org::statform::TemplateInfo> SAL_CALL listTemplates() override;
    org::statform::InsertResult SAL_CALL
    insertTemplate(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const rtl::OUString& template_id,
                   const css::uno::Sequence<css::beans::NamedValue>& options) override;
    org::statform::ValidationResult SAL_CALL
    validate(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
             const css::uno::Sequence<css::beans::NamedValue>& options) override;
    org::statform::MergeResult SAL_CALL
    merge(const css::uno::Sequence<rtl::OUString>& file_urls,
          const css::uno::Reference<css::sheet::XSpreadsheetDocument>& target,
          const css::uno::Sequence<css::beans::NamedValue>& options) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace statform::uno
