#pragma once
// Query-string values shared by the resources, each checked with a clear error naming the
// parameter.

#include "core/error.hpp"
#include "http/types.hpp"

#include <optional>
#include <string_view>

namespace tanggap::api {

// A whole decimal integer and nothing else ("12", not "12a" or " 12"); nothing otherwise.
std::optional<int> parse_int(std::string_view text);

// An integer in [min, max]; nothing when the parameter is absent or empty.
// Errors: invalid_field (field `name`) for anything else.
core::Result<std::optional<int>> int_query(const http::Context& ctx,
                                           std::string_view name,
                                           int min,
                                           int max);

}  // namespace tanggap::api
