#pragma once
// A bounded per-thread memo of a pure function of a text: a merge sees the
// same texts (the form's labels and headers) in every report. Looked up by
// string_view, so a hit allocates nothing; when full it starts again, so
// memory stays flat however many texts come by.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace statform::core {

template <typename Value> class TextMemo {
  public:
    explicit TextMemo(std::size_t max_entries) : max_entries_(max_entries) {}

    template <typename Compute> const Value& get(std::string_view text, Compute compute) {
        if (const auto found = entries_.find(text); found != entries_.end())
            return found->second;
        if (entries_.size() >= max_entries_)
            entries_.clear();
        return entries_.emplace(std::string(text), compute(text)).first->second;
    }

    std::size_t size() const { return entries_.size(); }

  private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::size_t max_entries_;
    std::unordered_map<std::string, Value, Hash, std::equal_to<>> entries_;
};

} // namespace statform::core
