#include "store_conformance.hpp"

#include <chrono>
#include <stdexcept>
#include <stdlib.h>

namespace tanggap::store::conformance {

namespace fs = std::filesystem;
using namespace std::chrono;

TempDir::TempDir() {
    std::string pattern = (fs::temp_directory_path() / "tanggap-store-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void StoreConformance::SetUp() {
    auto opened = GetParam().open(dir_.path());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
}

void StoreConformance::TearDown() {
    if (store_) store_->close();
}

std::unique_ptr<Store> StoreConformance::reopen() {
    auto opened = GetParam().open(dir_.path());
    if (!opened) {
        ADD_FAILURE() << "reopen: " << opened.error().message;
        return nullptr;
    }
    return std::move(*opened);
}

void StoreConformance::write_ok(const Store::WriteJob& job) { write_ok(*store_, job); }

void StoreConformance::write_ok(Store& store, const Store::WriteJob& job) {
    auto result = write_sync(store, job);
    EXPECT_TRUE(result) << (result ? "" : result.error().message);
}

std::int64_t StoreConformance::insert(domain::Complaint& complaint) {
    auto event = submit_event(complaint);
    write_ok([&](WriteTx& tx) { return tx.insert_complaint(complaint, event); });
    EXPECT_GT(complaint.id, 0);
    EXPECT_EQ(event.seq, 1);
    return complaint.id;
}

domain::Complaint StoreConformance::by_ticket(const std::string& ticket) {
    return by_ticket(*store_, ticket);
}

domain::Complaint StoreConformance::by_ticket(Store& store, const std::string& ticket) {
    auto found = read_sync<std::optional<domain::Complaint>>(
        store, [&](ReadTx& tx) { return tx.complaint_by_ticket(ticket); });
    if (!found) {
        ADD_FAILURE() << "complaint_by_ticket(" << ticket << "): " << found.error().message;
        return {};
    }
    if (!*found) {
        ADD_FAILURE() << "no complaint " << ticket;
        return {};
    }
    return std::move(**found);
}

InboxPage StoreConformance::inbox(const InboxQuery& query) {
    auto page = read_sync<InboxPage>(*store_, [&](ReadTx& tx) { return tx.inbox(query); });
    if (!page) {
        ADD_FAILURE() << "inbox: " << page.error().message;
        return {};
    }
    return std::move(*page);
}

std::int64_t StoreConformance::complaint_count(Store& store) {
    auto counts = read_sync<std::map<domain::Status, std::int64_t>>(
        store, [](ReadTx& tx) { return tx.count_by_status(); });
    if (!counts) {
        ADD_FAILURE() << "count_by_status: " << counts.error().message;
        return -1;
    }
    std::int64_t total = 0;
    for (const auto& [status, n] : *counts) total += n;
    return total;
}

domain::Timestamp at_ms(std::int64_t ms) { return domain::Timestamp(milliseconds(ms)); }

domain::Timestamp day(int year, unsigned month, unsigned d, int hour) {
    return time_point_cast<milliseconds>(sys_days{std::chrono::year{year} / month / d} +
                                         hours{hour});
}

domain::Complaint make_complaint(const std::string& ticket) {
    domain::Complaint c;
    c.ticket = ticket;
    c.kind = domain::ComplaintKind::pengaduan;
    c.channel = domain::Channel::web;
    c.title = "Jalan rusak";
    c.description = "Jalan berlubang di depan balai desa, membahayakan pengendara motor.";
    c.category_code = "infrastruktur.jalan_rusak";
    c.location.lat = -6.3275;
    c.location.lon = 108.3249;
    c.location.address = "Jl. Raya Karangampel";
    c.location.kecamatan_code = "32.12.13";
    c.location.desa_code = "32.12.13.2005";
    c.unit_code = "dpupr";
    c.status = domain::Status::diterima;
    c.tracking_token_hash = std::string(64, 'a');
    c.created_at = day(2026, 11, 25) + milliseconds(123);
    c.updated_at = c.created_at;
    return c;
}

domain::Complaint make_published_complaint(const std::string& ticket) {
    domain::Complaint c = make_complaint(ticket);
    c.status = domain::Status::diverifikasi;
    c.verified_at = c.created_at + minutes(30);
    return c;
}

domain::ComplaintEvent submit_event(const domain::Complaint& complaint) {
    domain::ComplaintEvent e;
    e.at = complaint.created_at;
    e.actor = domain::EventActor::reporter();
    e.action = "submit";
    e.from = domain::Status::diterima;
    e.to = domain::Status::diterima;
    e.unit_to = complaint.unit_code;
    e.public_text = "Pengaduan diterima.";
    return e;
}

domain::ComplaintEvent make_event(const std::string& action,
                                  domain::Status from,
                                  domain::Status to,
                                  domain::Timestamp at) {
    domain::ComplaintEvent e;
    e.at = at;
    e.actor = domain::EventActor::staff("petugas1");
    e.action = action;
    e.from = from;
    e.to = to;
    e.unit_from = "dpupr";
    e.unit_to = "dpupr";
    e.public_text = "Sedang ditangani — terima kasih 🙏";
    e.internal_note = "Catatan internal: cek lokasi bersama UPTD";
    return e;
}

domain::Unit make_unit(const std::string& code, domain::UnitKind kind) {
    domain::Unit u;
    u.code = code;
    u.name = "Unit " + code;
    u.kind = kind;
    return u;
}

domain::Category make_category(const std::string& code, const std::string& parent) {
    domain::Category c;
    c.code = code;
    c.name = "Kategori " + code;
    c.parent_code = parent;
    return c;
}

void expect_same(const domain::Complaint& a, const domain::Complaint& e) {
    EXPECT_EQ(a.id, e.id);
    EXPECT_EQ(a.ticket, e.ticket);
    EXPECT_EQ(a.kind, e.kind);
    EXPECT_EQ(a.channel, e.channel);
    EXPECT_EQ(a.title, e.title);
    EXPECT_EQ(a.description, e.description);
    EXPECT_EQ(a.category_code, e.category_code);
    EXPECT_EQ(a.location.lat, e.location.lat);
    EXPECT_EQ(a.location.lon, e.location.lon);
    EXPECT_EQ(a.location.address, e.location.address);
    EXPECT_EQ(a.location.kecamatan_code, e.location.kecamatan_code);
    EXPECT_EQ(a.location.desa_code, e.location.desa_code);
    EXPECT_EQ(a.reporter.name, e.reporter.name);
    EXPECT_EQ(a.reporter.phone, e.reporter.phone);
    EXPECT_EQ(a.reporter.email, e.reporter.email);
    EXPECT_EQ(a.anonymous, e.anonymous);
    EXPECT_EQ(a.confidential, e.confidential);
    EXPECT_EQ(a.unit_code, e.unit_code);
    EXPECT_EQ(a.status, e.status);
    EXPECT_EQ(a.tracking_token_hash, e.tracking_token_hash);
    EXPECT_EQ(a.created_by, e.created_by);
    EXPECT_EQ(a.created_at, e.created_at);
    EXPECT_EQ(a.updated_at, e.updated_at);
    EXPECT_EQ(a.due_at, e.due_at);
    EXPECT_EQ(a.verified_at, e.verified_at);
    EXPECT_EQ(a.hidden_phrases, e.hidden_phrases);
    ASSERT_EQ(a.photos.size(), e.photos.size());
    for (std::size_t i = 0; i < a.photos.size(); ++i) {
        EXPECT_EQ(a.photos[i].id, e.photos[i].id);
        EXPECT_EQ(a.photos[i].stage, e.photos[i].stage);
        EXPECT_EQ(a.photos[i].content_type, e.photos[i].content_type);
        EXPECT_EQ(a.photos[i].published, e.photos[i].published);
        EXPECT_EQ(a.photos[i].width, e.photos[i].width);
        EXPECT_EQ(a.photos[i].height, e.photos[i].height);
        EXPECT_EQ(a.photos[i].blur_regions, e.photos[i].blur_regions) << a.photos[i].id;
    }
    ASSERT_EQ(a.feedback.has_value(), e.feedback.has_value());
    if (a.feedback) {
        EXPECT_EQ(a.feedback->solved, e.feedback->solved);
        EXPECT_EQ(a.feedback->rating, e.feedback->rating);
        EXPECT_EQ(a.feedback->comment, e.feedback->comment);
        EXPECT_EQ(a.feedback->at, e.feedback->at);
    }
    EXPECT_EQ(a.handling_units, e.handling_units);
}

void expect_same(const domain::ComplaintEvent& a, const domain::ComplaintEvent& e) {
    EXPECT_EQ(a.seq, e.seq);
    EXPECT_EQ(a.at, e.at);
    EXPECT_EQ(a.actor, e.actor);
    EXPECT_EQ(a.action, e.action);
    EXPECT_EQ(a.from, e.from);
    EXPECT_EQ(a.to, e.to);
    EXPECT_EQ(a.unit_from, e.unit_from);
    EXPECT_EQ(a.unit_to, e.unit_to);
    EXPECT_EQ(a.public_text, e.public_text);
    EXPECT_EQ(a.internal_note, e.internal_note);
}

void expect_same(const domain::Unit& a, const domain::Unit& e) {
    EXPECT_EQ(a.code, e.code);
    EXPECT_EQ(a.name, e.name);
    EXPECT_EQ(a.kind, e.kind);
    EXPECT_EQ(a.parent_code, e.parent_code);
    EXPECT_EQ(a.area_code, e.area_code);
    EXPECT_EQ(a.call_center, e.call_center);
    EXPECT_EQ(a.whatsapp, e.whatsapp);
    ASSERT_EQ(a.social.size(), e.social.size());
    for (std::size_t i = 0; i < a.social.size(); ++i) {
        EXPECT_EQ(a.social[i].network, e.social[i].network);
        EXPECT_EQ(a.social[i].handle, e.social[i].handle);
    }
    EXPECT_EQ(a.categories, e.categories);
    EXPECT_EQ(a.super_admin, e.super_admin);
    EXPECT_EQ(a.always_open, e.always_open);
}

void expect_same(const domain::Category& a, const domain::Category& e) {
    EXPECT_EQ(a.code, e.code);
    EXPECT_EQ(a.name, e.name);
    EXPECT_EQ(a.parent_code, e.parent_code);
    EXPECT_EQ(a.responsible_unit, e.responsible_unit);
    EXPECT_EQ(a.responsible_kind, e.responsible_kind);
    EXPECT_EQ(a.area_bound, e.area_bound);
    EXPECT_EQ(a.emergency, e.emergency);
    EXPECT_EQ(a.deadline_policy, e.deadline_policy);
    EXPECT_EQ(a.retention_months, e.retention_months);
}

std::vector<std::string> tickets_of(const std::vector<domain::Complaint>& items) {
    std::vector<std::string> tickets;
    for (const auto& c : items) tickets.push_back(c.ticket);
    return tickets;
}

}  // namespace tanggap::store::conformance
