#include "channels/outbound/whatsapp_media.hpp"

#include "channels/outbound/http_outcome.hpp"
#include "util/crypto.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <optional>

namespace tanggap::channels::outbound {
namespace json = boost::json;
namespace {

constexpr std::size_t kMaxMetadataBytes = 64 * 1024;

MediaFetch failed(MediaFetch::Kind kind, std::string error) {
    MediaFetch f;
    f.kind = kind;
    f.error = std::move(error);
    return f;
}

MediaFetch from_http(const HttpResult& result, std::string_view what) {
    const SendOutcome o = failure_outcome(result, provider_error_message(result.body));
    return failed(
        o.kind == SendOutcome::Kind::retry ? MediaFetch::Kind::retry : MediaFetch::Kind::permanent,
        std::string(what) + ": " + o.error);
}

std::string string_field(const json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

// Meta documents file_size as a number but has sent it as a string.
std::optional<std::uint64_t> size_field(const json::object& o) {
    const auto* v = o.if_contains("file_size");
    if (!v) return std::nullopt;
    if (v->is_uint64()) return v->get_uint64();
    if (v->is_int64() && v->get_int64() >= 0) return static_cast<std::uint64_t>(v->get_int64());
    if (v->is_string()) {
        const auto s = v->get_string();
        std::uint64_t n = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        if (ec == std::errc() && end == s.data() + s.size()) return n;
    }
    return std::nullopt;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    return s;
}

}  // namespace

MediaFetch fetch_media(const WhatsAppCloudConfig& config,
                       std::string_view media_id,
                       std::size_t max_bytes) {
    const std::pair<std::string, std::string> auth{"Authorization",
                                                   "Bearer " + config.access_token};
    HttpRequest meta_req;
    meta_req.url = config.api_base + "/" + std::string(media_id);
    meta_req.headers = {auth};
    meta_req.timeouts = config.timeouts;
    meta_req.max_response_bytes = kMaxMetadataBytes;
    const HttpResult meta = request(meta_req);
    if (!meta.success()) return from_http(meta, "media metadata");

    json::error_code ec;
    const json::value doc = json::parse(meta.body, ec);
    if (ec || !doc.is_object())
        return failed(MediaFetch::Kind::permanent, "media metadata is not a JSON object");
    const auto& obj = doc.get_object();
    const std::string url = string_field(obj, "url");
    const std::string sha256 = lower(string_field(obj, "sha256"));
    const auto size = size_field(obj);
    if (url.empty() || sha256.empty())
        return failed(MediaFetch::Kind::permanent, "media metadata lacks url or sha256");
    if (size && *size > max_bytes)
        return failed(MediaFetch::Kind::permanent,
                      "media of " + std::to_string(*size) + " bytes exceeds the limit of " +
                          std::to_string(max_bytes));

    HttpRequest get;
    get.url = url;
    get.headers = {auth};
    get.timeouts = config.timeouts;
    get.max_response_bytes = max_bytes;
    HttpResult download = request(get);
    if (download.transport == HttpResult::Transport::too_large)
        return failed(
            MediaFetch::Kind::permanent,
            "media download exceeds the limit of " + std::to_string(max_bytes) + " bytes");
    if (!download.success()) return from_http(download, "media download");
    if (size && download.body.size() != *size)
        return failed(MediaFetch::Kind::permanent,
                      "media download has " + std::to_string(download.body.size()) +
                          " bytes, metadata announced " + std::to_string(*size));
    util::init_crypto();
    if (util::sha256_hex(download.body) != sha256)
        return failed(MediaFetch::Kind::permanent, "media download does not match its sha256");

    MediaFetch ok;
    ok.bytes = std::move(download.body);
    ok.mime_type = string_field(obj, "mime_type");
    if (ok.mime_type.empty()) ok.mime_type = download.content_type;
    return ok;
}

}  // namespace tanggap::channels::outbound
