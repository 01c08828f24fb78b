#include "service/audit_log.hpp"

#include "util/crypto.hpp"
#include "util/time_format.hpp"

#include <map>

namespace tanggap::service {
namespace {

constexpr int kPage = 1000;

// The installation's calendar date of `at`, "2026-12-07".
std::string local_day(domain::Timestamp at) { return util::format_iso8601(at).substr(0, 10); }

AuditVerdict broken(AuditVerdict verdict, std::int64_t seq, std::string problem) {
    verdict.intact = false;
    verdict.first_bad_seq = seq;
    verdict.problem = std::move(problem);
    return verdict;
}

}  // namespace

Result<domain::AuditEntry> record_audit(store::WriteTx& tx,
                                        const AuditRecord& record,
                                        domain::Timestamp now) {
    auto head = tx.lock_audit_head();
    if (!head) return head.error();
    domain::AuditEntry e;
    e.seq = head->seq + 1;
    e.at = now;
    e.actor = record.actor;
    e.action = record.action;
    e.ticket = record.ticket;
    e.detail = record.detail;
    e.nonce = util::random_token(16);
    e.commitment = util::sha256_hex(domain::audit_commitment_text(e));
    e.prev_hash = head->hash;
    e.hash = util::sha256_hex(domain::audit_chain_text(e));
    if (auto r = tx.append_audit(e); !r) return r.error();
    return e;
}

Result<int> seal_audit_days(store::WriteTx& tx,
                            std::string_view secret_key,
                            domain::Timestamp now) {
    auto seals = tx.audit_seals();
    if (!seals) return seals.error();
    std::int64_t after = 0;
    for (const auto& s : *seals) after = std::max(after, s.last_seq);
    const auto today = local_day(now);
    int sealed = 0;
    std::optional<domain::AuditEntry> last;  // the last entry of the day being walked
    auto seal = [&](const domain::AuditEntry& entry) -> Result<void> {
        domain::AuditSeal s{local_day(entry.at), entry.seq, entry.hash, {}, now};
        s.signature = util::sign(secret_key, domain::audit_seal_text(s));
        if (s.signature.empty()) {
            return core::make_error(core::ErrorCode::internal, "Kunci segel audit tidak sah");
        }
        if (auto r = tx.insert_audit_seal(s); !r) return r.error();
        ++sealed;
        return {};
    };
    for (;;) {
        auto page = tx.audit_chain(after, kPage);
        if (!page) return page.error();
        for (auto& entry : *page) {
            const auto day = local_day(entry.at);
            if (day >= today) {  // today's entries wait for tomorrow's seal
                if (last) {
                    if (auto r = seal(*last); !r) return r.error();
                }
                return sealed;
            }
            if (last && local_day(last->at) != day) {
                if (auto r = seal(*last); !r) return r.error();
            }
            last = std::move(entry);
        }
        if (static_cast<int>(page->size()) < kPage) break;
        after = page->back().seq;
    }
    if (last) {
        if (auto r = seal(*last); !r) return r.error();
    }
    return sealed;
}

Result<AuditVerdict> verify_audit(store::ReadTx& tx, std::string_view public_key) {
    auto seals = tx.audit_seals();
    if (!seals) return seals.error();
    std::map<std::int64_t, const domain::AuditSeal*> seal_at;
    for (const auto& s : *seals) seal_at[s.last_seq] = &s;

    AuditVerdict verdict;
    std::string prev(domain::kAuditGenesis);
    std::int64_t expected = 1;
    for (;;) {
        auto page = tx.audit_chain(expected - 1, kPage);
        if (!page) return page.error();
        for (const auto& e : *page) {
            const auto at = "Entri #" + std::to_string(e.seq);
            if (e.seq != expected) {
                return broken(
                    verdict, expected, "Entri #" + std::to_string(expected) + " hilang dari log");
            }
            if (e.prev_hash != prev) {
                return broken(verdict, e.seq, at + ": tidak tersambung ke entri sebelumnya");
            }
            if (!domain::is_erased(e) &&
                util::sha256_hex(domain::audit_commitment_text(e)) != e.commitment) {
                return broken(verdict, e.seq, at + ": pelaku atau rincian diubah");
            }
            if (util::sha256_hex(domain::audit_chain_text(e)) != e.hash) {
                return broken(verdict, e.seq, at + ": waktu, tindakan, tiket atau hash diubah");
            }
            if (auto s = seal_at.find(e.seq); s != seal_at.end()) {
                const auto& seal = *s->second;
                if (!util::verify_signature(
                        public_key, domain::audit_seal_text(seal), seal.signature)) {
                    return broken(
                        verdict, e.seq, "Segel hari " + seal.day + ": tanda tangan tidak sah");
                }
                if (seal.head_hash != e.hash) {
                    return broken(verdict,
                                  e.seq,
                                  "Segel hari " + seal.day +
                                      ": log sampai entri ini ditulis ulang setelah disegel");
                }
                ++verdict.seals;
                verdict.sealed_through = e.seq;
                seal_at.erase(s);
            }
            prev = e.hash;
            ++expected;
            ++verdict.entries;
        }
        if (static_cast<int>(page->size()) < kPage) break;
    }
    if (!seal_at.empty()) {
        const auto& seal = *seal_at.begin()->second;
        return broken(verdict,
                      seal.last_seq,
                      "Segel hari " + seal.day + " menunjuk entri #" +
                          std::to_string(seal.last_seq) + " yang tidak ada lagi");
    }
    auto head = tx.audit_head();
    if (!head) return head.error();
    if (head->seq > expected - 1) {
        return broken(verdict,
                      expected,
                      "Entri #" + std::to_string(expected) + " sampai #" +
                          std::to_string(head->seq) + " hilang dari akhir log");
    }
    if (head->seq != expected - 1 || head->hash != prev) {
        return broken(
            verdict,
            head->seq + 1,
            "Kepala log (#" + std::to_string(head->seq) + ") tidak cocok dengan entri terakhir");
    }
    return verdict;
}

}  // namespace tanggap::service
