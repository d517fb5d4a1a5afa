#include "io/xlsx_reader.hpp"

#include "io/xlsx_import_factory.hpp"
#include "io/xlsx_prescan.hpp"
#include "io/zip_archive.hpp"

#include <orcus/orcus_xlsx.hpp>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <stdexcept>

namespace statform::io {

namespace {

std::string cell_name(const CellPosition& position) {
    std::string letters;
    for (std::size_t col = position.second + 1; col > 0; col = (col - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (col - 1) % 26));
    return letters + std::to_string(position.first + 1);
}

// Every cell the pre-scan saw with content must have received a value from
// orcus or from a fix; orcus 0.17 drops some things without a word.
std::string first_unread_cell(const XlsxImportFactory& factory, const XlsxPrescan& prescan) {
    for (std::size_t i = 0; i < prescan.sheets.size(); ++i) {
        const auto& sheet = prescan.sheets[i];
        auto expected = sheet.filled;
        if (!std::is_sorted(expected.begin(), expected.end())) // usually in row order already
            std::sort(expected.begin(), expected.end());
        auto received = factory.filled_positions(i);
        for (const auto& fix : sheet.fixes)
            received.emplace_back(fix.row, fix.col);
        std::sort(received.begin(), received.end());
        // Both sorted: walk them together.
        auto next = received.begin();
        for (const auto& position : expected) {
            next = std::lower_bound(next, received.end(), position);
            if (next == received.end() || *next != position)
                return "cell " + cell_name(position) + " of sheet \"" + sheet.name +
                       "\" was not read by liborcus";
        }
    }
    return {};
}

// liborcus 0.17's token parser sets up a global the first time it parses,
// without a lock (helgrind: sax_token_handler_wrapper_base::attribute), and
// merges whose first .xlsx reads ran in parallel crashed about one run in
// five. So the process's first .xlsx parse runs alone; once one has
// succeeded the global is set and later parses run in parallel (helgrind
// finds no race then). A parse that fails may have stopped before the
// global was set, so the next one runs alone too.
class FirstParseAlone {
  public:
    FirstParseAlone() : lock_(mutex_, std::defer_lock) {
        if (!done_.load(std::memory_order_acquire))
            lock_.lock();
    }
    void succeeded() const { done_.store(true, std::memory_order_release); }

  private:
    static inline std::mutex mutex_;
    static inline std::atomic<bool> done_{false};
    std::unique_lock<std::mutex> lock_;
};

} // namespace

XlsxContent read_xlsx_content(std::string_view package, const ReadLimits& limits) {
    XlsxContent content;
    XlsxPrescan prescan = prescan_xlsx(ZipEntryReader(package), limits);
    if (!prescan.unsupported.empty()) {
        content.unsupported = std::move(prescan.unsupported);
        return content;
    }

    XlsxImportFactory factory(limits);
    orcus::orcus_xlsx filter(&factory);
    try {
        const FirstParseAlone first_parse_alone;
        filter.read_stream(package);
        first_parse_alone.succeeded();
    } catch (const LimitExceeded&) {
        throw;
    } catch (const std::exception& error) {
        // Name the culprit: orcus' messages can be as short as "stoi".
        throw std::runtime_error(std::string("liborcus: ") + error.what());
    }
    // Errors raised in our callbacks, in case orcus caught and ignored them.
    if (!factory.limit_error().empty())
        throw LimitExceeded(factory.limit_error());
    if (!factory.data_error().empty())
        throw std::runtime_error(factory.data_error());

    if (factory.sheet_count() != prescan.sheets.size())
        throw std::runtime_error("the workbook lists " + std::to_string(prescan.sheets.size()) +
                                 " sheets but " + std::to_string(factory.sheet_count()) +
                                 " could be read");
    for (std::size_t i = 0; i < prescan.sheets.size(); ++i)
        if (factory.sheet_name(i) != prescan.sheets[i].name)
            throw std::runtime_error("sheet " + std::to_string(i + 1) + " is named \"" +
                                     factory.sheet_name(i) + "\", not \"" + prescan.sheets[i].name +
                                     "\"");
    if (auto unread = first_unread_cell(factory, prescan); !unread.empty()) {
        content.unsupported = std::move(unread);
        return content;
    }

    std::vector<SheetBuilder> builders = factory.take_sheets();
    for (std::size_t i = 0; i < builders.size(); ++i) {
        for (auto& fix : prescan.sheets[i].fixes) // after orcus' cells: fixes win
            builders[i].set(fix.row, fix.col, std::move(fix.cell));
        for (auto& name : prescan.sheets[i].local_names)
            builders[i].add_local_name(std::move(name));
        std::string why;
        const std::string name = builders[i].name();
        auto sheet = std::move(builders[i]).build(limits.max_cells_per_sheet, why);
        if (!sheet)
            throw LimitExceeded(why, name);
        content.sheets.push_back(std::move(*sheet));
    }
    return content;
}

} // namespace statform::io
