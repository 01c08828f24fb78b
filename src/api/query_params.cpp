#include "api/query_params.hpp"

#include <charconv>
#include <string>

namespace tanggap::api {

std::optional<int> parse_int(std::string_view text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

core::Result<std::optional<int>> int_query(const http::Context& ctx,
                                           std::string_view name,
                                           int min,
                                           int max) {
    auto text = ctx.query(name);
    if (!text || text->empty()) return std::optional<int>{};
    const auto value = parse_int(*text);
    if (!value || *value < min || *value > max) {
        return core::make_error(core::ErrorCode::invalid_field,
                                std::string(name) + " harus bilangan bulat " + std::to_string(min) +
                                    " sampai " + std::to_string(max),
                                std::string(name));
    }
    return value;
}

}  // namespace tanggap::api
