#include "core/merge/unit_identity.hpp"

#include "core/values/label_fold.hpp"

#include <algorithm>
#include <bit>

namespace statform::core {
namespace {

// FNV-1a, 64 bits: stable across runs and platforms (std::hash is not).
class Fnv1a {
  public:
    void byte(unsigned char b) {
        hash_ ^= b;
        hash_ *= 0x100000001b3ULL;
    }
    void bytes(std::string_view data) {
        for (const char c : data)
            byte(static_cast<unsigned char>(c));
    }
    void text(std::string_view data) {
        bytes(data);
        bytes(std::string_view("\0", 1)); // so that "ab"+"c" differs from "a"+"bc"
    }
    void value(const std::optional<double>& v) {
        if (!v) {
            bytes("-");
            return;
        }
        // -0 and 0 are the same figure.
        const std::uint64_t bits = std::bit_cast<std::uint64_t>(*v == 0.0 ? 0.0 : *v);
        for (int shift = 0; shift < 64; shift += 8)
            byte(static_cast<unsigned char>((bits >> shift) & 0xffU));
    }
    std::uint64_t hash() const { return hash_; }

  private:
    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

} // namespace

std::string normalize_unit_name(std::string_view name) {
    return normalize_label(name);
}

std::optional<ContentFingerprint> content_fingerprint(std::string_view edition_id,
                                                      const std::vector<UnitRowValues>& rows) {
    std::vector<const UnitRowValues*> reported;
    for (const UnitRowValues& row : rows)
        if (row.count || row.people)
            reported.push_back(&row);
    if (reported.empty())
        return std::nullopt;
    std::stable_sort(
        reported.begin(), reported.end(),
        [](const UnitRowValues* a, const UnitRowValues* b) { return a->key < b->key; });
    Fnv1a hash;
    hash.text(edition_id);
    std::size_t nonzero = 0;
    for (const UnitRowValues* row : reported) {
        hash.text(row->key);
        hash.value(row->count);
        hash.value(row->people);
        for (const std::optional<double>& value : {row->count, row->people})
            if (value && *value != 0.0)
                ++nonzero;
    }
    return ContentFingerprint{hash.hash(), nonzero};
}

std::optional<UnitRegistry::Duplicate>
UnitRegistry::find(const std::string& normalized_name,
                   const std::optional<ContentFingerprint>& fingerprint) const {
    std::optional<std::size_t> by_name;
    std::optional<std::size_t> by_content;
    if (!normalized_name.empty())
        if (const auto found = by_name_.find(normalized_name); found != by_name_.end())
            by_name = found->second;
    if (fingerprint)
        if (const auto found = by_content_.find(fingerprint->hash); found != by_content_.end()) {
            const Known& known = found->second;
            const bool names_differ = !normalized_name.empty() && !known.normalized_name.empty() &&
                                      normalized_name != known.normalized_name;
            if (!names_differ || fingerprint->nonzero_values >= kDistinctiveNonzeroValues)
                by_content = known.source_index;
        }
    if (!by_name && !by_content)
        return std::nullopt;
    // Name first: it says who the unit is; the content match may be another
    // earlier unit, but the one with the same name is the one replaced.
    const std::size_t kept = by_name ? *by_name : *by_content;
    return Duplicate{kept, by_name.has_value(), by_content.has_value() && *by_content == kept};
}

void UnitRegistry::remember(const std::string& normalized_name,
                            const std::optional<ContentFingerprint>& fingerprint,
                            std::size_t source_index) {
    if (!normalized_name.empty())
        by_name_.emplace(normalized_name, source_index);
    if (fingerprint)
        by_content_.emplace(fingerprint->hash, Known{source_index, normalized_name});
}

} // namespace statform::core
