// Telling units apart: the same unit sending its report twice (a corrected
// copy, the same file in two folders) must be counted once, and the names
// on the expected list must be matched however they were typed.
#pragma once

#include "core/merge/merge.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statform::core {

// A unit name folded for comparison: case, diacritics and spacing ignored
// ("Trường THCS Quài Tở" = "truong thcs  quai to"). Empty for an empty name.
std::string normalize_unit_name(std::string_view name);

struct ContentFingerprint {
    std::uint64_t hash = 0;
    std::size_t nonzero_values = 0; // how much the figures say about who sent them
    bool operator==(const ContentFingerprint&) const = default;
};

// A hash of what a report says: its edition and every reported value by
// row key, independent of the order of the rows. nullopt for a report
// without any value: empty reports say nothing, so they never match.
std::optional<ContentFingerprint> content_fingerprint(std::string_view edition_id,
                                                      const std::vector<UnitRowValues>& rows);

// Identical figures under two different unit names count as one unit only
// when the figures are this distinctive: two communes that each held just
// "1 hội thảo" are two communes, but a dozen equal non-zero figures are a
// file sent twice (or one unit sending another's file).
inline constexpr std::size_t kDistinctiveNonzeroValues = 3;

// The units merged so far, by normalised name and by fingerprint.
class UnitRegistry {
  public:
    struct Duplicate {
        std::size_t source_index = 0; // of the unit kept (the earlier one)
        bool same_name = false;
        bool same_content = false;
    };

    // The earlier unit this one duplicates: the same non-empty normalised
    // name, or the same figures (see kDistinctiveNonzeroValues when both
    // units are named, differently). Absent when it is new.
    std::optional<Duplicate> find(const std::string& normalized_name,
                                  const std::optional<ContentFingerprint>& fingerprint) const;
    void remember(const std::string& normalized_name,
                  const std::optional<ContentFingerprint>& fingerprint, std::size_t source_index);

  private:
    struct Known {
        std::size_t source_index = 0;
        std::string normalized_name;
    };
    std::map<std::string, std::size_t, std::less<>> by_name_;
    std::map<std::uint64_t, Known> by_content_;
};

} // namespace statform::core
