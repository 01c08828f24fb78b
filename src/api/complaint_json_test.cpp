#include "api/complaint_json.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

namespace tanggap::api {
namespace {

namespace json = boost::json;

json::object parse(const char* text) { return json::parse(text).as_object(); }

TEST(ParseSubmission, ReadsEveryField) {
    auto s = parse_submission(parse(R"({"kind":"aspirasi","category":"sosial.bansos",
        "title":"T","description":"Bansos belum cair","anonymous":true,"confidential":true,
        "location":{"lat":-6.33,"lon":108.32,"address":"Jl. A","kecamatan_code":"32.12.20",
        "desa_code":"32.12.20.2001"},"reporter":{"name":"Siti","phone":"0812","email":"a@b.id"}})"),
                              false);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->kind, domain::ComplaintKind::aspirasi);
    EXPECT_EQ(s->channel, domain::Channel::web);
    EXPECT_EQ(s->category_code, "sosial.bansos");
    EXPECT_TRUE(s->anonymous);
    EXPECT_TRUE(s->confidential);
    EXPECT_DOUBLE_EQ(*s->location.lat, -6.33);
    EXPECT_EQ(s->location.desa_code, "32.12.20.2001");
    EXPECT_EQ(s->reporter.email, "a@b.id");
}

TEST(ParseSubmission, WrongTypesNameTheField) {
    struct Case {
        const char* body;
        const char* field;
    } cases[] = {
        {R"({"description": 5})", "description"},
        {R"({"anonymous": "ya"})", "anonymous"},
        {R"({"location": {"lat": "x"}})", "location.lat"},
        {R"({"location": []})", "location"},
        {R"({"reporter": {"phone": 812}})", "reporter.phone"},
        {R"({"kind": "keluhan"})", "kind"},
    };
    for (const auto& c : cases) {
        auto s = parse_submission(parse(c.body), false);
        ASSERT_FALSE(s) << c.body;
        EXPECT_EQ(s.error().code, core::ErrorCode::invalid_field) << c.body;
        EXPECT_EQ(s.error().field, c.field) << c.body;
    }
}

TEST(ParseSubmission, ChannelOnlyForStaffIntakeAndRequiredThere) {
    auto citizen = parse_submission(parse(R"({"channel":"call_center"})"), false);
    ASSERT_TRUE(citizen);
    EXPECT_EQ(citizen->channel, domain::Channel::web);  // a citizen cannot claim another channel
    auto missing = parse_submission(parse(R"({})"), true);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, "channel");
    auto intake = parse_submission(parse(R"({"channel":"call_center"})"), true);
    ASSERT_TRUE(intake);
    EXPECT_EQ(intake->channel, domain::Channel::call_center);
}

service::ComplaintRecord sample_record() {
    service::ComplaintRecord r;
    auto& c = r.complaint;
    c.ticket = "2611-ABCDEF";
    c.description = "Jalan berlubang besar";
    c.unit_code = "dpupr";
    c.reporter = {"Budi", "+6281234567890", "budi@example.id"};
    c.anonymous = true;
    domain::ComplaintEvent note;
    note.seq = 2;
    note.action = "note";
    note.internal_note = "RAHASIA-INTERNAL";
    r.events.push_back(note);
    return r;
}

TEST(RenderComplaint, PublicViewNeverCarriesContactsOrInternalNotes) {
    auto record = sample_record();
    domain::DirectoryIndex directory;
    auto v = domain::visibility_for(record.complaint, std::nullopt, false);
    auto text = json::serialize(render_complaint(record, v, directory, false));
    EXPECT_EQ(text.find("+6281234567890"), std::string::npos);
    EXPECT_EQ(text.find("budi@example.id"), std::string::npos);
    EXPECT_EQ(text.find("Budi"), std::string::npos);  // anonymous
    EXPECT_EQ(text.find("RAHASIA-INTERNAL"), std::string::npos);
}

TEST(RenderComplaint, HandlingStaffSeesContactsAndNotes) {
    auto record = sample_record();
    domain::DirectoryIndex directory;
    domain::StaffUser officer{1, "pupr.petugas", "", domain::Role::officer, "dpupr", "", "", true};
    auto v = domain::visibility_for(record.complaint, officer, false);
    auto text = json::serialize(render_complaint(record, v, directory, true));
    EXPECT_NE(text.find("+6281234567890"), std::string::npos);
    EXPECT_NE(text.find("RAHASIA-INTERNAL"), std::string::npos);
}

}  // namespace
}  // namespace tanggap::api
