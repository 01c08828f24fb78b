#include "http/content_coding.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <optional>
#include <string>

namespace tanggap::http {

namespace {

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// q as thousandths, 0..1000; a malformed weight counts as refused so a garbled header never
// picks a coding the client did not ask for.
int parse_q(std::string_view params) {
    int q = 1000;
    while (!params.empty()) {
        auto semi = params.find(';');
        auto param = util::trim(params.substr(0, semi));
        params = semi == std::string_view::npos ? std::string_view{} : params.substr(semi + 1);
        if (param.size() < 2 || !iequals(param.substr(0, 2), "q=")) continue;
        auto value = param.substr(2);
        double parsed = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (ec != std::errc{} || end != value.data() + value.size() || parsed < 0 || parsed > 1) {
            return 0;
        }
        q = static_cast<int>(parsed * 1000 + 0.5);
    }
    return q;
}

}  // namespace

ContentCoding choose_coding(std::string_view accept_encoding, bool have_br, bool have_gzip) {
    // Weights per coding in enum order; nullopt = not named in the header.
    std::array<std::optional<int>, 3> named{};
    std::optional<int> star;
    std::string_view rest = accept_encoding;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        auto item = util::trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        if (item.empty()) continue;
        auto semi = item.find(';');
        auto name = util::trim(item.substr(0, semi));
        int q = semi == std::string_view::npos ? 1000 : parse_q(item.substr(semi + 1));
        std::optional<int>* slot = nullptr;
        if (iequals(name, "br")) {
            slot = &named[static_cast<int>(ContentCoding::br)];
        } else if (iequals(name, "gzip") || iequals(name, "x-gzip")) {
            slot = &named[static_cast<int>(ContentCoding::gzip)];
        } else if (iequals(name, "identity")) {
            slot = &named[static_cast<int>(ContentCoding::identity)];
        } else if (name == "*") {
            slot = &star;
        }
        if (slot) *slot = std::max(slot->value_or(0), q);
    }
    auto weight = [&](ContentCoding c) {
        const auto& w = named[static_cast<int>(c)];
        if (w) return *w;
        if (star) return *star;
        return c == ContentCoding::identity ? 1 : 0;  // acceptable, least preferred
    };
    ContentCoding best = ContentCoding::identity;
    int best_q = weight(ContentCoding::identity);
    // br last: on a tie the later, smaller body wins.
    for (auto c : {ContentCoding::gzip, ContentCoding::br}) {
        bool have = c == ContentCoding::br ? have_br : have_gzip;
        if (have && weight(c) > 0 && weight(c) >= best_q) {
            best = c;
            best_q = weight(c);
        }
    }
    return best;
}

std::string_view to_string(ContentCoding coding) {
    switch (coding) {
        case ContentCoding::br:
            return "br";
        case ContentCoding::gzip:
            return "gzip";
        case ContentCoding::identity:
            break;
    }
    return "identity";
}

}  // namespace tanggap::http
