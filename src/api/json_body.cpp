#include "api/json_body.hpp"

#include <boost/json/parse.hpp>

namespace tanggap::api {

using core::ErrorCode;
using core::make_error;

namespace {

bool is_json_content_type(std::string_view ct) {
    auto semicolon = ct.find(';');
    auto media = ct.substr(0, semicolon);
    while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
    if (media.size() != 16) return false;
    for (std::size_t i = 0; i < media.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(media[i])) != "application/json"[i])
            return false;
    }
    return true;
}

}  // namespace

core::Result<boost::json::object> parse_json_text(std::string_view text) {
    boost::system::error_code ec;
    auto value = boost::json::parse(text, ec);
    if (ec) return make_error(ErrorCode::malformed, "JSON tidak sah: " + ec.message());
    if (!value.is_object())
        return make_error(ErrorCode::malformed, "Isi permintaan harus objek JSON");
    return std::move(value.as_object());
}

core::Result<boost::json::object> parse_json_object(const http::Request& request) {
    if (!is_json_content_type(request[http::beast_http::field::content_type])) {
        return make_error(ErrorCode::unsupported_media, "Gunakan Content-Type: application/json");
    }
    return parse_json_text(request.body());
}

core::Result<std::optional<std::string>> JsonFields::string(std::string_view key) const {
    auto it = object_.find(key);
    if (it == object_.end() || it->value().is_null()) return std::optional<std::string>{};
    if (!it->value().is_string()) {
        return make_error(ErrorCode::invalid_field, "Harus berupa teks", path(key));
    }
    return std::optional<std::string>{std::string(it->value().as_string())};
}

core::Result<std::optional<std::vector<std::string>>> JsonFields::strings(
    std::string_view key) const {
    using Strings = std::optional<std::vector<std::string>>;
    auto it = object_.find(key);
    if (it == object_.end() || it->value().is_null()) return Strings{};
    if (!it->value().is_array()) {
        return make_error(ErrorCode::invalid_field, "Harus berupa daftar teks", path(key));
    }
    std::vector<std::string> out;
    for (const auto& item : it->value().as_array()) {
        if (!item.is_string()) {
            return make_error(ErrorCode::invalid_field, "Harus berupa daftar teks", path(key));
        }
        out.emplace_back(item.as_string());
    }
    return Strings{std::move(out)};
}

core::Result<std::optional<bool>> JsonFields::boolean(std::string_view key) const {
    auto it = object_.find(key);
    if (it == object_.end() || it->value().is_null()) return std::optional<bool>{};
    if (!it->value().is_bool()) {
        return make_error(ErrorCode::invalid_field, "Harus true atau false", path(key));
    }
    return std::optional<bool>{it->value().as_bool()};
}

core::Result<std::optional<double>> JsonFields::number(std::string_view key) const {
    auto it = object_.find(key);
    if (it == object_.end() || it->value().is_null()) return std::optional<double>{};
    const auto& v = it->value();
    if (v.is_double()) return std::optional<double>{v.as_double()};
    if (v.is_int64()) return std::optional<double>{static_cast<double>(v.as_int64())};
    if (v.is_uint64()) return std::optional<double>{static_cast<double>(v.as_uint64())};
    return make_error(ErrorCode::invalid_field, "Harus berupa angka", path(key));
}

core::Result<std::optional<std::int64_t>> JsonFields::integer(std::string_view key) const {
    auto it = object_.find(key);
    if (it == object_.end() || it->value().is_null()) return std::optional<std::int64_t>{};
    if (!it->value().is_int64()) {
        return make_error(ErrorCode::invalid_field, "Harus bilangan bulat", path(key));
    }
    return std::optional<std::int64_t>{it->value().as_int64()};
}

core::Result<const boost::json::object*> JsonFields::object(std::string_view key) const {
    auto it = object_.find(key);
    if (it == object_.end() || it->value().is_null()) {
        return static_cast<const boost::json::object*>(nullptr);
    }
    if (!it->value().is_object()) {
        return make_error(ErrorCode::invalid_field, "Harus berupa objek", path(key));
    }
    return &it->value().as_object();
}

}  // namespace tanggap::api
