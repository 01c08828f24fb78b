#include "http/response.hpp"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace tanggap::http {
namespace {

boost::json::object error_of(const Response& res) {
    return boost::json::parse(res.body()).as_object().at("error").as_object();
}

Request asking(std::string_view accept_language) {
    Request req{beast_http::verb::get, "/api/v1/complaints/2612-ABCDEF", 11};
    if (!accept_language.empty()) req.set(beast_http::field::accept_language, accept_language);
    return req;
}

TEST(Response, ErrorMessageFollowsAcceptLanguageCodeAndFieldDoNot) {
    const auto error =
        core::make_error(core::ErrorCode::invalid_field, "Nama paling banyak 120 karakter", "name");
    const auto en = error_response(asking("en-US,en;q=0.9,id;q=0.5"), error);
    const auto id = error_response(asking("id"), error);
    EXPECT_EQ(error_of(en).at("message"), "A name is at most 120 characters");
    EXPECT_EQ(error_of(id).at("message"), "Nama paling banyak 120 karakter");
    for (const auto* res : {&en, &id}) {
        EXPECT_EQ(res->result(), beast_http::status::unprocessable_entity);
        EXPECT_EQ(error_of(*res).at("code"), "invalid_field");
        EXPECT_EQ(error_of(*res).at("field"), "name");
        EXPECT_EQ((*res)[beast_http::field::vary], "Accept-Language");
    }
    EXPECT_EQ(en[beast_http::field::content_language], "en");
    EXPECT_EQ(id[beast_http::field::content_language], "id");
}

TEST(Response, ErrorWithoutAcceptLanguageIsIndonesian) {
    const auto res = error_response(
        asking(""), core::make_error(core::ErrorCode::not_found, "Aduan tidak ditemukan"));
    EXPECT_EQ(error_of(res).at("message"), "Aduan tidak ditemukan");
    EXPECT_TRUE(error_of(res).at("field").is_null());
}

}  // namespace
}  // namespace tanggap::http
