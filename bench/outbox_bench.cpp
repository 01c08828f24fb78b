// The outbox at scale (issue 5): an outbox holding 1,000,000 delivered messages, next to
// baselines measured in the same run:
//   - the worker's poll with nothing due vs a full scan of the table for the same condition
//     (what the poll would cost without its partial index);
//   - delivering 1,000 messages through a sender that answers at once (so only the store's
//     work is measured: claim, then one durable commit per message) vs a loop of 1,000 durable
//     one-row commits through the same store.
// Prints key=value lines for bench/run.sh.
//   outbox_bench DIR [MESSAGES]
#include "jobs/outbox_worker.hpp"
#include "store/sqlite/sqlite_store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using namespace std::chrono;
using namespace tanggap;
using Clock = steady_clock;

const domain::Timestamp kNow{sys_days{2026y / 3 / 2} + 3h};
constexpr int kPending = 1000;

double ms_since(Clock::time_point start) {
    return duration<double, std::milli>(Clock::now() - start).count();
}

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "outbox_bench: %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

long long ms_of(domain::Timestamp t) { return t.time_since_epoch().count(); }

// `count` delivered messages to 100,000 recipients, and kPending waiting ones (two each to 500
// recipients, so the order per recipient matters), all due one hour after kNow.
void fill(const std::string& path, long count) {
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open");
    const auto now = std::to_string(ms_of(kNow));
    const std::string sent =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
        std::to_string(count) +
        ")"
        " INSERT INTO outbox (idempotency_key, channel, recipient, purpose, body, state,"
        " attempts, next_attempt_at, provider_message_id, delivery, created_at, sent_at)"
        " SELECT 'sent:' || i, 'whatsapp', printf('628%09d', i % 100000), 'status_notice',"
        " 'Pengaduan Anda sudah diverifikasi.', 'sent', 1, " +
        now + " - 86400000, 'wamid.' || i, 'read', " + now + " - 86400000, " + now +
        " - 86400000 FROM n";
    const std::string pending =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
        std::to_string(kPending) +
        ")"
        " INSERT INTO outbox (idempotency_key, channel, recipient, purpose, body,"
        " next_attempt_at, created_at)"
        " SELECT 'pending:' || i, 'sms', printf('629%09d', i % 500), 'status_notice',"
        " 'Pengaduan Anda sedang ditindaklanjuti.', " +
        now + " + 3600000, " + now + " FROM n";
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), db, "wal");
    check(sqlite3_exec(db, sent.c_str(), nullptr, nullptr, nullptr), db, "fill sent");
    check(sqlite3_exec(db, pending.c_str(), nullptr, nullptr, nullptr), db, "fill pending");
    check(sqlite3_exec(db, "ANALYZE", nullptr, nullptr, nullptr), db, "analyze");
    sqlite3_close(db);
}

double full_scan_ms(const std::string& path) {
    sqlite3* db = nullptr;
    check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), db, "open");
    sqlite3_stmt* s = nullptr;
    check(sqlite3_prepare_v2(db,
                             "SELECT count(*) FROM outbox NOT INDEXED"
                             " WHERE state IN ('pending', 'sending') AND next_attempt_at <= ?1",
                             -1,
                             &s,
                             nullptr),
          db,
          "prepare");
    sqlite3_bind_int64(s, 1, ms_of(kNow));
    const auto start = Clock::now();
    check(sqlite3_step(s), db, "scan");
    const double ms = ms_since(start);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return ms;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

class AnsweringSender final : public channels::Sender {
  public:
    channels::SendOutcome send(const channels::OutboundMessage& m) override {
        return {channels::SendOutcome::Kind::sent, "wamid." + m.idempotency_key, ""};
    }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: outbox_bench DIR [MESSAGES]\n");
        return 2;
    }
    const std::string dir = argv[1];
    const long count = argc > 2 ? std::atol(argv[2]) : 1'000'000;
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/tanggap.db";
    std::filesystem::remove(path);
    {
        auto opened = store::sqlite::open_sqlite_store({.path = path});
        if (!opened) return std::fprintf(stderr, "%s\n", opened.error().message.c_str()), 1;
        (*opened)->close();
    }
    auto start = Clock::now();
    fill(path, count);
    const double fill_s = ms_since(start) / 1000;
    const double scan_ms = full_scan_ms(path);

    auto opened = store::sqlite::open_sqlite_store({.path = path});
    if (!opened) return std::fprintf(stderr, "%s\n", opened.error().message.c_str()), 1;
    auto& store = **opened;
    AnsweringSender sender;
    const jobs::Senders senders{{domain::OutboundChannel::sms, &sender}};
    jobs::OutboxOptions options;

    // 1. The poll with nothing due.
    std::vector<double> idle;
    for (int i = 0; i < 50; ++i) {
        start = Clock::now();
        auto round = jobs::deliver_due(store, senders, options, [] { return kNow; });
        idle.push_back(ms_since(start));
        if (!round || round->claimed != 0) return std::fprintf(stderr, "idle poll did work\n"), 1;
    }

    // 2. Delivering every pending message, in order per recipient.
    const auto due = kNow + hours(1);
    start = Clock::now();
    int delivered = 0;
    for (int rounds = 0; delivered < kPending && rounds < 10 * kPending; ++rounds) {
        auto round = jobs::deliver_due(store, senders, options, [due] { return due; });
        if (!round) return std::fprintf(stderr, "%s\n", round.error().message.c_str()), 1;
        delivered += round->sent;
    }
    const double deliver_ms = ms_since(start);
    if (delivered != kPending) return std::fprintf(stderr, "delivered %d\n", delivered), 1;

    // Baseline: the same number of durable one-row commits through the same store.
    start = Clock::now();
    for (int i = 0; i < kPending; ++i) {
        auto done = store::write_sync(store, [i](store::WriteTx& tx) -> core::Result<void> {
            auto r = tx.set_opt_out(domain::OutboundChannel::sms, std::to_string(i), true, kNow);
            return r;
        });
        if (!done) return std::fprintf(stderr, "%s\n", done.error().message.c_str()), 1;
    }
    const double commits_ms = ms_since(start);
    store.close();

    std::printf("messages=%ld fill_s=%.1f\n", count, fill_s);
    std::printf("poll_idle_median_ms=%.3f poll_idle_max_ms=%.3f full_scan_ms=%.1f\n",
                median(idle),
                *std::max_element(idle.begin(), idle.end()),
                scan_ms);
    std::printf("delivered=%d deliver_per_s=%.0f commit_per_s=%.0f\n",
                delivered,
                delivered * 1000.0 / deliver_ms,
                kPending * 1000.0 / commits_ms);
    return 0;
}
