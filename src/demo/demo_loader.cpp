#include "demo/demo_loader.hpp"

#include "domain/publication.hpp"
#include "util/crypto.hpp"

#include <algorithm>
#include <optional>

namespace tanggap::demo {
namespace {

using core::Result;
using store::WriteTx;

Result<void> write_complaint(WriteTx& tx,
                             const DemoComplaint& dc,
                             const std::string& token_hash,
                             std::size_t& events_added) {
    // As it was submitted first, then its history, then where it ended: the same path a live
    // complaint takes through the store.
    const auto& final_state = dc.complaint;
    domain::Complaint submitted = final_state;
    submitted.tracking_token_hash = token_hash;
    submitted.status = domain::Status::diterima;
    submitted.unit_code = dc.events.front().unit_to;
    submitted.handling_units = {submitted.unit_code};
    submitted.feedback.reset();
    submitted.updated_at = submitted.created_at;
    domain::ComplaintEvent first = dc.events.front();
    if (auto r = tx.insert_complaint(submitted, first); !r) return r.error();
    for (std::size_t i = 1; i < dc.events.size(); ++i) {
        domain::ComplaintEvent event = dc.events[i];
        if (auto r = tx.append_event(submitted.id, event); !r) return r.error();
        if (event.unit_to != submitted.unit_code) {
            // A hand-over: saved when it happened, so the store dates each handling unit.
            submitted.status = event.to;
            submitted.unit_code = event.unit_to;
            submitted.handling_units.push_back(event.unit_to);
            submitted.updated_at = event.at;
            if (auto r = tx.update_complaint(submitted); !r) return r.error();
        }
    }
    events_added += dc.events.size();
    domain::Complaint ended = final_state;
    ended.id = submitted.id;
    for (const auto& event : dc.events) {
        if (domain::counts_as_verified(event.to)) {
            ended.verified_at = event.at;
            break;
        }
    }
    ended.tracking_token_hash = token_hash;
    return tx.update_complaint(ended);
}

}  // namespace

Result<LoadSummary> load_demo(store::Store& store,
                              const DemoData& data,
                              const PasswordHasher& hash_password) {
    util::init_crypto();
    LoadSummary summary;

    auto directory = store::write_sync(store, [&](WriteTx& tx) -> Result<void> {
        for (const auto& unit : data.units) {
            if (auto r = tx.upsert_unit(unit); !r) return r;
        }
        for (const auto& category : data.categories) {
            if (auto r = tx.upsert_category(category); !r) return r;
        }
        return {};
    });
    if (!directory) return directory.error();
    summary.units = data.units.size();
    summary.categories = data.categories.size();

    // Hash only the missing logins, and off the writer: argon2id is slow on purpose.
    std::vector<std::pair<const DemoStaff*, std::string>> new_staff;
    for (const auto& staff : data.staff) {
        auto existing = store::read_sync<bool>(store, [&](store::ReadTx& tx) -> Result<bool> {
            auto found = tx.staff_by_username(staff.user.username);
            if (!found) return found.error();
            return found->has_value();
        });
        if (!existing) return existing.error();
        if (!*existing) new_staff.emplace_back(&staff, hash_password(staff.password));
    }
    auto staff_written = store::write_sync(store, [&](WriteTx& tx) -> Result<void> {
        for (const auto& [staff, hash] : new_staff) {
            auto id = tx.insert_staff(staff->user, hash);
            if (!id) return id.error();
            if (!staff->totp_secret.empty()) {
                if (auto r = tx.set_staff_totp(*id, staff->totp_secret); !r) return r;
            }
        }
        return {};
    });
    if (!staff_written) return staff_written.error();
    summary.staff_added = new_staff.size();

    for (std::size_t begin = 0; begin < data.complaints.size(); begin += kComplaintsPerJob) {
        const auto end = std::min(begin + kComplaintsPerJob, data.complaints.size());
        std::vector<std::string> token_hashes;
        for (auto i = begin; i < end; ++i) {
            token_hashes.push_back(util::sha256_hex(util::random_token()));
        }
        std::size_t added = 0;
        std::size_t events = 0;
        auto batch = store::write_sync(store, [&](WriteTx& tx) -> Result<void> {
            added = 0;
            events = 0;
            for (auto i = begin; i < end; ++i) {
                const auto& dc = data.complaints[i];
                auto existing = tx.complaint_by_ticket(dc.complaint.ticket);
                if (!existing) return existing.error();
                if (existing->has_value()) continue;
                if (auto r = write_complaint(tx, dc, token_hashes[i - begin], events); !r) {
                    return r;
                }
                ++added;
            }
            return {};
        });
        if (!batch) return batch.error();
        summary.complaints_added += added;
        summary.events_added += events;
    }
    return summary;
}

bool store_has_units(store::Store& store) {
    auto has = store::read_sync<bool>(store, [](store::ReadTx& tx) -> Result<bool> {
        auto units = tx.units();
        if (!units) return units.error();
        return !units->empty();
    });
    return !has || *has;
}

}  // namespace tanggap::demo
