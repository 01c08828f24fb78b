// Error messages in the request's language: the same error, asked for with Accept-Language en
// and id, carries the English or the Indonesian text of the catalogue (src/i18n), the same
// code and field, and Vary: Accept-Language.

#include "api_calls.hpp"
#include "demo_server.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>

namespace tanggap::integration {
namespace {

namespace json = boost::json;

using Messages = DemoServerTest;

struct Answer {
    int status;
    std::string code;
    std::string message;
    std::string field;
    std::string vary;
    std::string content_language;
};

Answer answer_of(const Response& response) {
    const auto body = response.json();
    return {response.status,
            string_at(body, "error.code"),
            string_at(body, "error.message"),
            string_at(body, "error.field"),
            response.header("Vary"),
            response.header("Content-Language")};
}

TEST_F(Messages, NotFoundInEnglishAndIndonesian) {
    auto client = make_client();
    const std::string target = std::string(kComplaints) + "/2612-ZZZZZZ";
    const auto en = answer_of(client->get(target, {{"Accept-Language", "en-US,en;q=0.9"}}));
    const auto id = answer_of(client->get(target, {{"Accept-Language", "id"}}));
    const auto none = answer_of(client->get(target));
    EXPECT_EQ(en.message, "Complaint not found");
    EXPECT_EQ(id.message, "Aduan tidak ditemukan");
    EXPECT_EQ(none.message, "Aduan tidak ditemukan");
    for (const auto& a : {en, id, none}) {
        EXPECT_EQ(a.status, 404);
        EXPECT_EQ(a.code, "not_found");
        EXPECT_EQ(a.field, "");
        EXPECT_EQ(a.vary, "Accept-Language");
    }
    EXPECT_EQ(en.content_language, "en");
    EXPECT_EQ(id.content_language, "id");
}

TEST_F(Messages, DynamicMessageKeepsItsNumbersInBothLanguages) {
    auto client = make_client();
    const auto body = submission("sosial.bansos", "Uji bahasa", "pendek");
    const auto en =
        answer_of(client->post_json(std::string(kComplaints), body, {{"Accept-Language", "en"}}));
    const auto id = answer_of(
        client->post_json(std::string(kComplaints), body, {{"Accept-Language", "id-ID,id"}}));
    EXPECT_EQ(en.message, "The description must be 10 to 5000 characters");
    EXPECT_EQ(id.message, "Uraian harus 10 sampai 5000 karakter");
    for (const auto& a : {en, id}) {
        EXPECT_EQ(a.status, 422);
        EXPECT_EQ(a.code, "invalid_field");
        EXPECT_EQ(a.field, "description");
        EXPECT_EQ(a.vary, "Accept-Language");
    }
}

}  // namespace
}  // namespace tanggap::integration
