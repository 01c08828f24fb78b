#pragma once
// Wire names of enums: the wire/DB spelling is the enumerator's own name (see ARCHITECTURE.md).

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace tanggap::domain {

template <class E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

template <class E, std::size_t N>
constexpr std::string_view name_of(const NameTable<E, N>& table, E value) {
    for (const auto& [e, name] : table) {
        if (e == value) return name;
    }
    return {};
}

template <class E, std::size_t N>
constexpr std::optional<E> parse_name(const NameTable<E, N>& table, std::string_view text) {
    for (const auto& [e, name] : table) {
        if (name == text) return e;
    }
    return std::nullopt;
}

}  // namespace tanggap::domain
