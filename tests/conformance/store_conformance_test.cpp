// Records: complaints, their history and photos, staff, sessions, the directory.
#include "store_conformance.hpp"

#include <chrono>

namespace tanggap::store::conformance {
namespace {

using namespace std::chrono;
using core::ErrorCode;
using domain::Status;

TEST_P(StoreConformance, ComplaintRoundTripsEveryField) {
    domain::Complaint c = make_complaint("2611-RT0001");
    c.kind = domain::ComplaintKind::aspirasi;
    c.channel = domain::Channel::whatsapp;
    c.title = "Lampu jalan mati — Desa Ujungaris ☹";
    c.description =
        "Sudah dua minggu lampu di gang 3 mati, warga khawatir. ꦗꦭꦤ꧀ «gelap» 😟 \"kutip\" 'x'";
    c.location.address = "Gg. Mawar No. 3, RT 02/RW 05";
    c.reporter = {"Siti Nurhaliza", "+6281234567890", "siti@example.id"};
    c.anonymous = true;
    c.confidential = true;
    c.created_by = "operator_cc";
    c.updated_at = c.created_at + minutes(5);
    c.due_at = c.created_at + days(3);
    c.photos = {
        {"ph-0001", domain::PhotoStage::report, "image/jpeg", 800, 600},
        {"ph-0002", domain::PhotoStage::proof, "image/webp", 1024, 768},
        {"ph-0003", domain::PhotoStage::report, "image/jpeg", 640, 480},
    };
    // Faces and a plate found, none found, and a photo from before detection (nullopt).
    c.photos[0].blur_regions = std::vector<domain::BlurRegion>{
        {10, 20, 30, 40, domain::BlurKind::face}, {0, 500, 120, 40, domain::BlurKind::plate}};
    c.photos[1].blur_regions = std::vector<domain::BlurRegion>{};
    c.feedback = domain::Feedback{false, 2, "Belum beres, masih gelap", c.created_at + days(4)};
    c.handling_units = {"diskominfo"};

    domain::Complaint expected = c;
    insert(c);
    expected.id = c.id;
    expected.handling_units = {"diskominfo", "dpupr"};
    expect_same(by_ticket(c.ticket), expected);
}

TEST_P(StoreConformance, WhatAPhotosPublicCopyBlursChangesWithTheComplaint) {
    domain::Complaint c = make_complaint("2611-BLUR01");
    c.photos = {{"ph-blur", domain::PhotoStage::report, "image/jpeg", 640, 480}};  // nullopt
    insert(c);
    auto update = [&](std::optional<std::vector<domain::BlurRegion>> regions) {
        c.photos[0].blur_regions = regions;
        write_ok([&](WriteTx& tx) { return tx.update_complaint(c); });
        return by_ticket(c.ticket).photos.at(0).blur_regions;
    };
    // None found is not "never looked": an empty list must not read back as nullopt.
    EXPECT_EQ(update(std::vector<domain::BlurRegion>{}), std::vector<domain::BlurRegion>{});
    const std::vector<domain::BlurRegion> drawn{{1, 2, 30, 40, domain::BlurKind::manual}};
    EXPECT_EQ(update(drawn), drawn);
    EXPECT_EQ(update(std::vector<domain::BlurRegion>{}), std::vector<domain::BlurRegion>{});
}

TEST_P(StoreConformance, ComplaintWithoutOptionalPartsRoundTrips) {
    domain::Complaint c = make_complaint("2611-RT0002");
    c.category_code.clear();
    c.location = domain::Location{};
    c.location.kecamatan_code = "32.12.05";
    c.reporter = {};
    c.tracking_token_hash = "b";

    domain::Complaint expected = c;
    insert(c);
    expected.id = c.id;
    expected.handling_units = {"dpupr"};
    const auto stored = by_ticket(c.ticket);
    expect_same(stored, expected);
    EXPECT_FALSE(stored.location.lat.has_value());
    EXPECT_FALSE(stored.location.lon.has_value());
    EXPECT_FALSE(stored.due_at.has_value());
    EXPECT_FALSE(stored.feedback.has_value());
}

TEST_P(StoreConformance, InsertSetsIdsAndKeepsHandlingUnits) {
    domain::Complaint a = make_complaint("2611-ID0001");
    domain::Complaint b = make_complaint("2611-ID0002");
    insert(a);
    insert(b);
    EXPECT_NE(a.id, b.id);
    EXPECT_EQ(a.handling_units, std::vector<std::string>{"dpupr"});
}

TEST_P(StoreConformance, UnknownTicketIsAbsentNotAnError) {
    auto found = read_sync<std::optional<domain::Complaint>>(
        *store_, [](ReadTx& tx) { return tx.complaint_by_ticket("2611-NOPE00"); });
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value());
}

TEST_P(StoreConformance, DuplicateTicketIsConflictAndLeavesNothing) {
    domain::Complaint first = make_complaint("2611-DUP001");
    insert(first);

    domain::Complaint second = make_complaint("2611-DUP001");
    second.title = "Yang kedua";
    second.photos = {{"ph-dup", domain::PhotoStage::report, "image/png", 10, 10}};
    auto event = submit_event(second);
    auto result =
        write_sync(*store_, [&](WriteTx& tx) { return tx.insert_complaint(second, event); });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::conflict);
    EXPECT_EQ(result.error().field, "ticket");

    const auto stored = by_ticket("2611-DUP001");
    EXPECT_EQ(stored.title, first.title);
    EXPECT_TRUE(stored.photos.empty());
    EXPECT_EQ(complaint_count(*store_), 1);
    auto events = read_sync<std::vector<domain::ComplaintEvent>>(
        *store_, [&](ReadTx& tx) { return tx.events(first.id); });
    ASSERT_TRUE(events);
    EXPECT_EQ(events->size(), 1u);
}

TEST_P(StoreConformance, EventsAppendWithSeqOneToNInOrder) {
    domain::Complaint c = make_complaint("2611-EV0001");
    auto first = submit_event(c);
    write_ok([&](WriteTx& tx) { return tx.insert_complaint(c, first); });

    std::vector<domain::ComplaintEvent> expected{first};
    const Status path[] = {Status::diverifikasi, Status::didisposisikan, Status::ditindaklanjuti};
    Status from = Status::diterima;
    for (Status to : path) {
        auto event = make_event("step", from, to, c.created_at + hours(expected.size()));
        write_ok([&](WriteTx& tx) { return tx.append_event(c.id, event); });
        EXPECT_EQ(event.seq, static_cast<std::int64_t>(expected.size() + 1));
        expected.push_back(event);
        from = to;
    }
    // Several in one job get consecutive numbers too.
    auto note = make_event("note", from, from, c.created_at + days(1));
    auto respond = make_event("respond", from, from, c.created_at + days(1));
    write_ok([&](WriteTx& tx) -> Result<void> {
        if (auto r = tx.append_event(c.id, note); !r) return r;
        return tx.append_event(c.id, respond);
    });
    EXPECT_EQ(note.seq, 5);
    EXPECT_EQ(respond.seq, 6);
    expected.push_back(note);
    expected.push_back(respond);

    auto events = read_sync<std::vector<domain::ComplaintEvent>>(
        *store_, [&](ReadTx& tx) { return tx.events(c.id); });
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ((*events)[i].seq, static_cast<std::int64_t>(i + 1));
        expect_same((*events)[i], expected[i]);
    }
}

TEST_P(StoreConformance, EventsOfComplaintsAreNumberedSeparately) {
    domain::Complaint a = make_complaint("2611-EV0002");
    domain::Complaint b = make_complaint("2611-EV0003");
    insert(a);
    insert(b);
    auto event = make_event("verify", Status::diterima, Status::diverifikasi, b.created_at);
    write_ok([&](WriteTx& tx) { return tx.append_event(b.id, event); });
    EXPECT_EQ(event.seq, 2);
    auto events = read_sync<std::vector<domain::ComplaintEvent>>(
        *store_, [&](ReadTx& tx) { return tx.events(a.id); });
    ASSERT_TRUE(events);
    EXPECT_EQ(events->size(), 1u);
}

TEST_P(StoreConformance, AppendEventToUnknownComplaintIsNotFound) {
    auto event = make_event("note", Status::diterima, Status::diterima, day(2026, 11, 25));
    auto result = write_sync(*store_, [&](WriteTx& tx) { return tx.append_event(424242, event); });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::not_found);
}

TEST_P(StoreConformance, UpdateComplaintSavesItsMutableFields) {
    domain::Complaint c = make_complaint("2611-UP0001");
    insert(c);

    c.status = Status::didisposisikan;
    c.unit_code = "dinsos";
    c.due_at = c.created_at + days(5);
    c.updated_at = c.created_at + hours(2);
    c.feedback = domain::Feedback{true, 5, "Terima kasih, cepat sekali", c.created_at + days(6)};
    write_ok([&](WriteTx& tx) { return tx.update_complaint(c); });

    domain::Complaint expected = c;
    expected.handling_units = {"dpupr", "dinsos"};
    expect_same(by_ticket(c.ticket), expected);

    // Back to a unit that held it before: no duplicate; clearing due and feedback sticks.
    c.unit_code = "dpupr";
    c.status = Status::ditindaklanjuti;
    c.due_at.reset();
    c.feedback.reset();
    c.handling_units = {"dpupr", "dinsos"};
    write_ok([&](WriteTx& tx) { return tx.update_complaint(c); });
    expect_same(by_ticket(c.ticket), c);
}

TEST_P(StoreConformance, UpdateUnknownComplaintIsNotFound) {
    domain::Complaint c = make_complaint("2611-UP0002");
    c.id = 987654;
    auto result = write_sync(*store_, [&](WriteTx& tx) { return tx.update_complaint(c); });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::not_found);
}

TEST_P(StoreConformance, AddPhotoAppendsInOrder) {
    domain::Complaint c = make_complaint("2611-PH0001");
    c.photos = {{"ph-a", domain::PhotoStage::report, "image/jpeg", 640, 480}};
    insert(c);
    const domain::Photo proof{"ph-b", domain::PhotoStage::proof, "image/png", 320, 200};
    write_ok([&](WriteTx& tx) { return tx.add_photo(c.id, proof); });

    const auto stored = by_ticket(c.ticket);
    ASSERT_EQ(stored.photos.size(), 2u);
    EXPECT_EQ(stored.photos[0].id, "ph-a");
    EXPECT_EQ(stored.photos[1].id, "ph-b");
    EXPECT_EQ(stored.photos[1].stage, domain::PhotoStage::proof);

    auto owner = read_sync<std::optional<domain::Complaint>>(
        *store_, [](ReadTx& tx) { return tx.complaint_by_photo("ph-b"); });
    ASSERT_TRUE(owner && owner->has_value());
    expect_same(**owner, stored);
    auto nobody = read_sync<std::optional<domain::Complaint>>(
        *store_, [](ReadTx& tx) { return tx.complaint_by_photo("ph-unknown"); });
    ASSERT_TRUE(nobody);
    EXPECT_FALSE(nobody->has_value());

    const domain::Photo stray{"ph-c", domain::PhotoStage::proof, "image/png", 1, 1};
    auto result = write_sync(*store_, [&](WriteTx& tx) { return tx.add_photo(555555, stray); });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::not_found);
}

TEST_P(StoreConformance, WriteSeesItsOwnChanges) {
    domain::Complaint c = make_complaint("2611-OWN001");
    auto event = submit_event(c);
    write_ok([&](WriteTx& tx) -> Result<void> {
        if (auto r = tx.insert_complaint(c, event); !r) return r;
        auto found = tx.complaint_by_ticket(c.ticket);
        if (!found) return found.error();
        EXPECT_TRUE(found->has_value());
        auto events = tx.events(c.id);
        if (!events) return events.error();
        EXPECT_EQ(events->size(), 1u);
        return {};
    });
}

TEST_P(StoreConformance, CountByStatusCountsEveryStatus) {
    const std::pair<const char*, Status> rows[] = {
        {"2611-CS0001", Status::diterima},
        {"2611-CS0002", Status::diterima},
        {"2611-CS0003", Status::selesai},
        {"2611-CS0004", Status::ditolak},
        {"2611-CS0005", Status::diterima},
    };
    for (const auto& [ticket, status] : rows) {
        domain::Complaint c = make_complaint(ticket);
        c.status = status;
        insert(c);
    }
    auto counts = read_sync<std::map<Status, std::int64_t>>(
        *store_, [](ReadTx& tx) { return tx.count_by_status(); });
    ASSERT_TRUE(counts);
    for (Status s : domain::kAllStatuses) {
        const std::int64_t expected = s == Status::diterima                            ? 3
                                      : (s == Status::selesai || s == Status::ditolak) ? 1
                                                                                       : 0;
        ASSERT_TRUE(counts->contains(s)) << domain::to_string(s);
        EXPECT_EQ(counts->at(s), expected) << domain::to_string(s);
    }
}

TEST_P(StoreConformance, StaffInsertAndLookup) {
    domain::StaffUser officer{
        0, "budi.dpupr", "Budi Santoso", domain::Role::officer, "dpupr", "", "", true};
    domain::StaffUser admin{
        0, "admin", "Admin Diskominfo", domain::Role::super_admin, "", "", "", true};
    std::int64_t officer_id = 0;
    std::int64_t admin_id = 0;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto a = tx.insert_staff(officer, "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
        if (!a) return a.error();
        officer_id = *a;
        auto b = tx.insert_staff(admin, "$argon2id$v=19$other");
        if (!b) return b.error();
        admin_id = *b;
        return {};
    });
    EXPECT_GT(officer_id, 0);
    EXPECT_NE(officer_id, admin_id);

    auto creds = read_sync<std::optional<StaffCredentials>>(
        *store_, [](ReadTx& tx) { return tx.staff_by_username("budi.dpupr"); });
    ASSERT_TRUE(creds && creds->has_value());
    EXPECT_EQ((*creds)->user.id, officer_id);
    EXPECT_EQ((*creds)->user.display_name, "Budi Santoso");
    EXPECT_EQ((*creds)->user.role, domain::Role::officer);
    EXPECT_EQ((*creds)->user.unit_code, "dpupr");
    EXPECT_EQ((*creds)->password_hash, "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");

    auto by_id = read_sync<std::optional<domain::StaffUser>>(
        *store_, [&](ReadTx& tx) { return tx.staff_by_id(admin_id); });
    ASSERT_TRUE(by_id && by_id->has_value());
    EXPECT_EQ((*by_id)->username, "admin");
    EXPECT_EQ((*by_id)->role, domain::Role::super_admin);
    EXPECT_EQ((*by_id)->unit_code, "");

    auto missing = read_sync<std::optional<StaffCredentials>>(
        *store_, [](ReadTx& tx) { return tx.staff_by_username("tidak.ada"); });
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
    auto missing_id = read_sync<std::optional<domain::StaffUser>>(
        *store_, [](ReadTx& tx) { return tx.staff_by_id(999999); });
    ASSERT_TRUE(missing_id);
    EXPECT_FALSE(missing_id->has_value());
}

TEST_P(StoreConformance, DuplicateUsernameIsConflict) {
    domain::StaffUser user{0, "siti", "Siti", domain::Role::operator_, "dinsos", "", "", true};
    auto insert_user = [&](const std::string& hash) {
        return write_sync(*store_, [&](WriteTx& tx) -> Result<void> {
            auto id = tx.insert_staff(user, hash);
            if (!id) return id.error();
            return {};
        });
    };
    ASSERT_TRUE(insert_user("h1"));
    auto again = insert_user("h2");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().field, "username");
}

TEST_P(StoreConformance, SessionsInsertLookupPurgeDelete) {
    domain::StaffUser user{0, "andi", "Andi", domain::Role::unit_admin, "dlh", "", "", true};
    std::int64_t user_id = 0;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto id = tx.insert_staff(user, "h");
        if (!id) return id.error();
        user_id = *id;
        return {};
    });
    const StaffSession session{std::string(64, 'f'),
                               user_id,
                               "csrf-token-123",
                               day(2026, 11, 25, 8),
                               day(2026, 11, 25, 16)};
    write_ok([&](WriteTx& tx) { return tx.insert_session(session); });

    auto found = read_sync<std::optional<StaffSession>>(
        *store_, [&](ReadTx& tx) { return tx.session(session.id_hash); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->id_hash, session.id_hash);
    EXPECT_EQ((*found)->user_id, user_id);
    EXPECT_EQ((*found)->csrf_token, session.csrf_token);
    EXPECT_EQ((*found)->created_at, session.created_at);
    EXPECT_EQ((*found)->expires_at, session.expires_at);

    // Purging at the expiry instant removes it; a moment before keeps it.
    write_ok([&](WriteTx& tx) {
        return tx.purge_expired_sessions(session.expires_at - std::chrono::milliseconds(1));
    });
    auto kept = read_sync<std::optional<StaffSession>>(
        *store_, [&](ReadTx& tx) { return tx.session(session.id_hash); });
    ASSERT_TRUE(kept && kept->has_value());
    write_ok([&](WriteTx& tx) { return tx.purge_expired_sessions(session.expires_at); });
    auto purged = read_sync<std::optional<StaffSession>>(
        *store_, [&](ReadTx& tx) { return tx.session(session.id_hash); });
    ASSERT_TRUE(purged);
    EXPECT_FALSE(purged->has_value());
    write_ok([&](WriteTx& tx) { return tx.insert_session(session); });

    write_ok([&](WriteTx& tx) { return tx.delete_session(session.id_hash); });
    auto gone = read_sync<std::optional<StaffSession>>(
        *store_, [&](ReadTx& tx) { return tx.session(session.id_hash); });
    ASSERT_TRUE(gone);
    EXPECT_FALSE(gone->has_value());
    write_ok([&](WriteTx& tx) { return tx.delete_session("never-existed"); });

    StaffSession orphan = session;
    orphan.user_id = 777777;
    auto refused = write_sync(*store_, [&](WriteTx& tx) { return tx.insert_session(orphan); });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::not_found);
}

// A code's step is accepted once and only after every step used before; enrolling again
// (a new secret) starts over.
TEST_P(StoreConformance, TotpStepsAreUsedOnceAndInOrder) {
    domain::StaffUser user{0, "tono", "Tono", domain::Role::super_admin, "", "", "", true};
    std::int64_t user_id = 0;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto id = tx.insert_staff(user, "hash");
        if (!id) return id.error();
        user_id = *id;
        return tx.set_staff_totp(user_id, "JBSWY3DPEHPK3PXP");
    });
    auto creds = read_sync<std::optional<StaffCredentials>>(
        *store_, [](ReadTx& tx) { return tx.staff_by_username("tono"); });
    ASSERT_TRUE(creds && creds->has_value());
    EXPECT_EQ((*creds)->totp_secret, "JBSWY3DPEHPK3PXP");

    auto use = [&](std::int64_t step) {
        return write_sync_value<bool>(*store_,
                                      [&](WriteTx& tx) { return tx.use_totp_step(user_id, step); });
    };
    EXPECT_EQ(use(1000).value(), true);
    EXPECT_EQ(use(1000).value(), false) << "the same code twice";
    EXPECT_EQ(use(999).value(), false) << "an older code after a newer one";
    EXPECT_EQ(use(1001).value(), true);
    write_ok([&](WriteTx& tx) { return tx.set_staff_totp(user_id, "KRSXG5DJNZTQ"); });
    EXPECT_EQ(use(1001).value(), true) << "a new secret forgets the steps of the old";
    auto unknown = write_sync(*store_, [](WriteTx& tx) { return tx.set_staff_totp(424242, "X"); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

// Attempts are counted up to the limit within a window from the first; the next window starts
// afresh; giving back and forgetting work on one key only.
TEST_P(StoreConformance, SignInAttemptsAreCountedPerKeyAndWindow) {
    const auto start = day(2026, 11, 25, 8);
    const std::chrono::milliseconds window = std::chrono::minutes(15);
    auto count = [&](std::string_view key, domain::Timestamp at) {
        return write_sync_value<AttemptCount>(
                   *store_,
                   [&](WriteTx& tx) { return tx.count_sign_in_attempt(key, at, window, 3); })
            .value();
    };
    for (int i = 0; i < 3; ++i) {
        auto counted = count("a", start + std::chrono::minutes(i));
        EXPECT_TRUE(counted.counted) << i;
        EXPECT_EQ(counted.window_ends, start + window);
    }
    auto refused = count("a", start + std::chrono::minutes(5));
    EXPECT_FALSE(refused.counted);
    EXPECT_EQ(refused.window_ends, start + window);
    EXPECT_FALSE(count("a", start + std::chrono::minutes(6)).counted) << "still refused";
    EXPECT_TRUE(count("b", start + std::chrono::minutes(6)).counted) << "another key";

    write_ok([](WriteTx& tx) { return tx.uncount_sign_in_attempt("a"); });
    write_ok([](WriteTx& tx) { return tx.uncount_sign_in_attempt("a"); });
    EXPECT_TRUE(count("a", start + std::chrono::minutes(7)).counted) << "one given back";
    EXPECT_FALSE(count("a", start + std::chrono::minutes(7)).counted);

    auto next_window = count("a", start + window);
    EXPECT_TRUE(next_window.counted) << "the window ended";
    EXPECT_EQ(next_window.window_ends, start + 2 * window);

    write_ok([](WriteTx& tx) { return tx.forget_sign_in_attempts("a"); });
    write_ok([&](WriteTx& tx) { return tx.purge_sign_in_attempts(start + window); });
    // "b" started at start + 6 min and was purged; a fresh "b" window starts now.
    auto fresh = count("b", start + window + std::chrono::minutes(1));
    EXPECT_TRUE(fresh.counted);
    EXPECT_EQ(fresh.window_ends, start + 2 * window + std::chrono::minutes(1));
    write_ok([](WriteTx& tx) { return tx.uncount_sign_in_attempt("never-counted"); });
}

TEST_P(StoreConformance, StaffUpdatePasswordAndEndingEverySession) {
    domain::StaffUser user{0, "wati", "Wati", domain::Role::officer, "dinsos", "", "", true};
    std::int64_t user_id = 0;
    write_ok([&](WriteTx& tx) -> Result<void> {
        auto id = tx.insert_staff(user, "hash-lama");
        if (!id) return id.error();
        user_id = *id;
        return {};
    });
    for (char c : {'a', 'b'}) {
        const StaffSession session{
            std::string(64, c), user_id, "csrf", day(2026, 11, 25, 8), day(2026, 11, 25, 16)};
        write_ok([&](WriteTx& tx) { return tx.insert_session(session); });
    }

    domain::StaffUser changed = user;
    changed.id = user_id;
    changed.username = "ignored";  // the username never changes
    changed.display_name = "Wati Suwarti";
    changed.role = domain::Role::unit_admin;
    changed.unit_code = "dlh";
    changed.email = "wati@dlh.example";
    changed.phone = "+6281299990000";
    changed.active = false;
    write_ok([&](WriteTx& tx) -> Result<void> {
        if (auto r = tx.update_staff(changed); !r) return r;
        if (auto r = tx.set_staff_password(user_id, "hash-baru"); !r) return r;
        return tx.delete_staff_sessions(user_id);
    });

    auto creds = read_sync<std::optional<StaffCredentials>>(
        *store_, [](ReadTx& tx) { return tx.staff_by_username("wati"); });
    ASSERT_TRUE(creds && creds->has_value());
    const auto& saved = (*creds)->user;
    EXPECT_EQ(saved.display_name, "Wati Suwarti");
    EXPECT_EQ(saved.role, domain::Role::unit_admin);
    EXPECT_EQ(saved.unit_code, "dlh");
    EXPECT_EQ(saved.email, "wati@dlh.example");
    EXPECT_EQ(saved.phone, "+6281299990000");
    EXPECT_FALSE(saved.active);
    EXPECT_EQ((*creds)->password_hash, "hash-baru");
    for (char c : {'a', 'b'}) {
        auto gone = read_sync<std::optional<StaffSession>>(
            *store_, [&](ReadTx& tx) { return tx.session(std::string(64, c)); });
        ASSERT_TRUE(gone);
        EXPECT_FALSE(gone->has_value());
    }

    changed.id = 999999;
    auto missing = write_sync(*store_, [&](WriteTx& tx) { return tx.update_staff(changed); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
    auto no_password =
        write_sync(*store_, [&](WriteTx& tx) { return tx.set_staff_password(999999, "h"); });
    ASSERT_FALSE(no_password);
    EXPECT_EQ(no_password.error().code, ErrorCode::not_found);
}

TEST_P(StoreConformance, UnitsAndCategoriesUpsertAndRead) {
    auto diskominfo = make_unit("diskominfo", domain::UnitKind::perangkat_daerah);
    diskominfo.name = "Dinas Komunikasi dan Informatika";
    diskominfo.super_admin = true;
    diskominfo.call_center = {"112", "+62234272111"};
    diskominfo.whatsapp = "+6281110001111";
    diskominfo.social = {{"instagram", "@diskominfo.im"}, {"facebook", "Diskominfo Indramayu"}};
    diskominfo.categories = {"pelayanan_publik"};
    diskominfo.always_open = true;  // its call center
    auto kecamatan = make_unit("32.12.13", domain::UnitKind::kecamatan);
    kecamatan.name = "Kecamatan Karangampel";
    kecamatan.parent_code = "bupati";
    kecamatan.area_code = "32.12.13";
    auto puskesmas = make_unit("pkm-karangampel", domain::UnitKind::puskesmas);
    puskesmas.parent_code = "dinkes";
    puskesmas.area_code = "32.12.13";
    puskesmas.categories = {"kesehatan", "kesehatan.pelayanan"};

    auto infra = make_category("infrastruktur", "");
    auto jalan = make_category("infrastruktur.jalan_rusak", "infrastruktur");
    jalan.responsible_unit = "dpupr";
    jalan.deadline_policy = "standar_14_hari";
    auto kesehatan = make_category("kesehatan", "");
    kesehatan.responsible_kind = domain::UnitKind::puskesmas;
    kesehatan.area_bound = true;
    kesehatan.emergency = true;
    kesehatan.retention_months = 120;

    write_ok([&](WriteTx& tx) -> Result<void> {
        for (const auto* u : {&puskesmas, &diskominfo, &kecamatan}) {
            if (auto r = tx.upsert_unit(*u); !r) return r;
        }
        for (const auto* c : {&kesehatan, &jalan, &infra}) {
            if (auto r = tx.upsert_category(*c); !r) return r;
        }
        return {};
    });

    // An upsert of a known code replaces it.
    kecamatan.name = "Kec. Karangampel";
    kecamatan.call_center = {"+62234111222"};
    jalan.responsible_unit = "upt-jalan";
    write_ok([&](WriteTx& tx) -> Result<void> {
        if (auto r = tx.upsert_unit(kecamatan); !r) return r;
        return tx.upsert_category(jalan);
    });

    auto units =
        read_sync<std::vector<domain::Unit>>(*store_, [](ReadTx& tx) { return tx.units(); });
    ASSERT_TRUE(units);
    ASSERT_EQ(units->size(), 3u);  // ordered by code
    expect_same((*units)[0], kecamatan);
    expect_same((*units)[1], diskominfo);
    expect_same((*units)[2], puskesmas);

    auto categories = read_sync<std::vector<domain::Category>>(
        *store_, [](ReadTx& tx) { return tx.categories(); });
    ASSERT_TRUE(categories);
    ASSERT_EQ(categories->size(), 3u);
    expect_same((*categories)[0], infra);
    expect_same((*categories)[1], jalan);
    expect_same((*categories)[2], kesehatan);
}

TEST_P(StoreConformance, PingAnswersWhileOpen) { EXPECT_TRUE(store_->ping()); }

}  // namespace
}  // namespace tanggap::store::conformance
