// Receives what orcus' xlsx filter reads and puts it straight into
// SheetBuilders, the way LibreOffice itself plugs into orcus.
//
// Why not orcus' own spreadsheet::document (liborcus-spreadsheet-model +
// libixion)? Debian's LibreOffice loads liborcus-0.17 and liborcus-parser-0.17
// but does not depend on those two libraries, so an extension using them
// could fail to load on a Calc user's machine. The document model also parses
// every formula with ixion (one external link like [1]Sheet1!A1 fails the
// whole file unless told to skip) and keeps no more than we get here.
//
// Internal to statform_io: this header includes orcus headers.
#pragma once

#include "io/read_limits.hpp"
#include "io/sheet_builder.hpp"

#include <orcus/spreadsheet/import_interface.hpp>

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace statform::io {

class XlsxImportFactory final : public orcus::spreadsheet::iface::import_factory {
  public:
    explicit XlsxImportFactory(const ReadLimits& limits);
    ~XlsxImportFactory() override;

    // A problem met inside a callback (limit crossed, bad string index). It
    // is thrown from the callback too, but orcus might catch it, so the
    // reader checks this after the parse.
    const std::string& limit_error() const { return limit_error_; }
    const std::string& data_error() const { return data_error_; }

    std::size_t sheet_count() const;
    const std::string& sheet_name(std::size_t index) const;
    // Positions that received a value, per sheet, sorted.
    std::vector<std::pair<std::size_t, std::size_t>> filled_positions(std::size_t index) const;
    // Moves the sheets out; the factory is done afterwards.
    std::vector<SheetBuilder> take_sheets();

    // orcus::spreadsheet::iface::import_factory
    orcus::spreadsheet::iface::import_global_settings* get_global_settings() override;
    orcus::spreadsheet::iface::import_shared_strings* get_shared_strings() override;
    orcus::spreadsheet::iface::import_reference_resolver*
    get_reference_resolver(orcus::spreadsheet::formula_ref_context_t context) override;
    orcus::spreadsheet::iface::import_sheet* append_sheet(orcus::spreadsheet::sheet_t index,
                                                          std::string_view name) override;
    orcus::spreadsheet::iface::import_sheet* get_sheet(std::string_view name) override;
    orcus::spreadsheet::iface::import_sheet* get_sheet(orcus::spreadsheet::sheet_t index) override;
    void finalize() override {}

    // Shared by the per-sheet objects.
    void spend(std::size_t cells);
    void fail(std::string message);
    const std::string* shared_string(std::size_t index) const;

    class Sheet;
    class SharedStrings;
    class GlobalSettings;
    class ReferenceResolver;

  private:
    const ReadLimits& limits_;
    std::size_t used_ = 0;
    std::string limit_error_, data_error_;
    std::vector<std::unique_ptr<Sheet>> sheets_;
    std::unique_ptr<SharedStrings> shared_strings_;
    std::unique_ptr<GlobalSettings> global_settings_;
    std::unique_ptr<ReferenceResolver> resolver_;
};

} // namespace statform::io
