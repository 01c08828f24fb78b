#include "api/query_params.hpp"

#include <charconv>
#include <string>

namespace tanggap::api {

domain::Result<std::optional<int>> int_query(const http::Context& ctx,
                                             std::string_view name,
                                             int min,
                                             int max) {
    auto text = ctx.query(name);
    if (!text || text->empty()) return std::optional<int>{};
    int value = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc{} || end != text->data() + text->size() || value < min || value > max) {
        return domain::make_error(domain::ErrorCode::invalid_field,
                                  std::string(name) + " harus bilangan bulat " +
                                      std::to_string(min) + " sampai " + std::to_string(max),
                                  std::string(name));
    }
    return std::optional<int>(value);
}

}  // namespace tanggap::api
