#include "channels/outbound/curl_http.hpp"

#include <curl/curl.h>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>

namespace tanggap::channels::outbound {
namespace {

struct Sink {
    std::string* body;
    std::size_t max_bytes;
    bool overflowed = false;
};

std::size_t on_write(char* data, std::size_t size, std::size_t count, void* user) {
    auto* sink = static_cast<Sink*>(user);
    const std::size_t n = size * count;
    if (sink->body->size() + n > sink->max_bytes) {
        sink->overflowed = true;
        return 0;  // makes curl stop with CURLE_WRITE_ERROR
    }
    sink->body->append(data, n);
    return n;
}

HttpResult::Transport transport_of(CURLcode code) {
    switch (code) {
        case CURLE_OPERATION_TIMEDOUT:
            return HttpResult::Transport::timeout;
        case CURLE_COULDNT_CONNECT:
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
            return HttpResult::Transport::refused;
        case CURLE_FILESIZE_EXCEEDED:
            return HttpResult::Transport::too_large;
        default:
            return HttpResult::Transport::other;
    }
}

using EasyHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using HeaderList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

}  // namespace

void ensure_curl_global_init() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw std::runtime_error("curl_global_init failed");
    });
}

HttpResult request(const HttpRequest& req) {
    ensure_curl_global_init();
    HttpResult result;
    EasyHandle curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        result.transport = HttpResult::Transport::other;
        result.transport_error = "curl_easy_init failed";
        return result;
    }
    CURL* h = curl.get();

    // curl adds "Expect: 100-continue" to larger POSTs; it costs a round trip for nothing here.
    curl_slist* list = curl_slist_append(nullptr, "Expect:");
    HeaderList headers(list, &curl_slist_free_all);
    for (const auto& [name, value] : req.headers) {
        const std::string line = name + ": " + value;
        if (list == nullptr || curl_slist_append(list, line.c_str()) == nullptr)
            throw std::bad_alloc();
    }

    Sink sink{&result.body, req.max_response_bytes};
    char error_buffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(h, CURLOPT_URL, req.url.c_str());
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(req.timeouts.connect.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(req.timeouts.total.count()));
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(req.max_response_bytes));
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &on_write);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
    if (req.method == "GET") {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
        if (req.method != "POST") curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, req.method.c_str());
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, req.body.data());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(req.body.size()));
    }

    const CURLcode code = curl_easy_perform(h);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &result.status);
    char* content_type = nullptr;
    if (curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &content_type) == CURLE_OK && content_type)
        result.content_type = content_type;

    if (code != CURLE_OK) {
        result.transport = sink.overflowed ? HttpResult::Transport::too_large : transport_of(code);
        result.transport_error = error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(code);
        if (result.transport == HttpResult::Transport::too_large)
            result.transport_error =
                "response larger than " + std::to_string(req.max_response_bytes) + " bytes";
    }
    return result;
}

}  // namespace tanggap::channels::outbound
