// An export's letter is made again from the key the officer gives, which must be the request's:
// the register keeps the person masked only. A wrong key, an unknown request or an erasure has
// no letter; each letter is audited, naming the request and never the person.

#include "service/privacy_requests.hpp"

#include "service_fixture.hpp"

#include <gtest/gtest.h>

namespace tanggap::service {
namespace {

using namespace testing_support;
using namespace std::chrono;

class PrivacyLetter : public ServiceFixture {
  protected:
    void SetUp() override {
        ServiceFixture::SetUp();
        // As the API stores it (domain::check_reporter normalizes the phone before the service).
        submit(wib(2026y / 11 / 2, 9h), {"Siti", "+6281322223333", "siti@example.id"});
    }

    template <class T, class Job>
    core::Result<T> write(Job job) {
        std::optional<core::Result<T>> out;
        auto done = store::write_sync(*store_, [&](store::WriteTx& tx) -> Result<void> {
            out = job(tx);
            if (!*out) return out->error();
            return {};
        });
        if (!done && !out) return done.error();
        return *out;
    }

    core::Result<PersonData> letter(std::int64_t id, const domain::PersonKey& key) {
        return write<PersonData>(
            [&](store::WriteTx& tx) { return export_letter(tx, id, key, "privasi", now_); });
    }

    const domain::Timestamp now_ = wib(2026y / 12 / 7, 10h);
};

TEST_F(PrivacyLetter, TheRequestsOwnKeyGivesItsLetterAndNoOtherDoes) {
    const auto siti = *domain::read_person_key("081322223333", "", "");
    auto exported = write<PersonData>(
        [&](store::WriteTx& tx) { return export_person(tx, siti, "privasi", now_); });
    ASSERT_TRUE(exported) << exported.error().message;
    ASSERT_EQ(exported->complaints.size(), 1U) << exported->request.outcome;
    const auto id = exported->request.id;

    auto data = letter(id, *domain::read_person_key("+62 813 2222 3333", "", ""));
    ASSERT_TRUE(data) << data.error().message;
    EXPECT_EQ(data->request.id, id) << "the request as registered: its number and dates";
    EXPECT_EQ(data->request.received_at, exported->request.received_at);
    ASSERT_EQ(data->complaints.size(), 1U);
    EXPECT_EQ(data->complaints[0].complaint.reporter.name, "Siti");

    auto other = letter(id, *domain::read_person_key("081299998888", "", ""));
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, core::ErrorCode::invalid_field);
    EXPECT_EQ(other.error().field, "phone");
    auto by_email = letter(id, *domain::read_person_key("", "siti@example.id", ""));
    ASSERT_FALSE(by_email) << "asked by phone, the letter is opened by phone";
    EXPECT_EQ(by_email.error().field, "email");

    auto unknown = letter(999, siti);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, core::ErrorCode::not_found);
    auto erased = write<PersonErased>([&](store::WriteTx& tx) {
        return erase_person(tx, siti, "Permintaan pemilik data", "privasi", now_);
    });
    ASSERT_TRUE(erased);
    auto of_erasure = letter(erased->request.id, siti);
    ASSERT_FALSE(of_erasure) << "an erasure has no letter";
    EXPECT_EQ(of_erasure.error().code, core::ErrorCode::not_found);

    store::AuditQuery q;
    q.action = "privacy.export";
    auto entries = store::read_sync<std::vector<domain::AuditEntry>>(
        *store_, [&](store::ReadTx& tx) { return tx.audit_entries(q); });
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2U) << "the export, then its one letter";
    EXPECT_EQ((*entries)[0].detail, "surat PDF permintaan #" + std::to_string(id));
    EXPECT_EQ((*entries)[0].detail.find("2222"), std::string::npos);
}

}  // namespace
}  // namespace tanggap::service
