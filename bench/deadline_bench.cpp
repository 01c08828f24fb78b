// The deadline engine at scale (issue 4): due-time computation per complaint, and the escalation
// sweep over 1,000,000 open complaints, next to baselines measured in the same run:
//   - the sweep with nothing due vs a full scan of the same table for the same condition (what
//     the sweep would cost without its index on next_check_at);
//   - due-time computation in working days vs in calendar hours (plain arithmetic);
//   - recounting every running step after a policy edit (one write transaction) vs one UPDATE
//     moving the same rows' due times.
// Prints key=value lines for bench/run.sh.
//   deadline_bench DIR [COMPLAINTS]
#include "jobs/deadline_scheduler.hpp"
#include "service/deadline_clock.hpp"
#include "service/deadline_settings.hpp"
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

// 2 March 2026 10:00 WIB: the bench's "now".
const domain::Timestamp kNow{sys_days{2026y / 3 / 2} + 3h};

double ms_since(Clock::time_point start) {
    return duration<double, std::milli>(Clock::now() - start).count();
}

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "deadline_bench: %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

// `count` open complaints, next checks spread over the 60 days after kNow, of which the first
// `due` fall due one minute before kNow. Written with one INSERT ... SELECT: the bench measures
// the sweep, not loading.
void fill(const std::string& path, long count, long due) {
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open");
    const auto now_ms = duration_cast<milliseconds>(kNow.time_since_epoch()).count();
    const std::string sql =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
        std::to_string(count) +
        ")"
        " INSERT INTO complaints (ticket, kind, channel, title, description, category_code,"
        " unit_code, status, tracking_token_hash, created_at, updated_at, due_at, anonymous,"
        " confidential, step_started_at, next_check_at)"
        " SELECT printf('B%07d', i), 'pengaduan', 'web', 'Jalan rusak', 'Lubang besar di jalan',"
        " 'infrastruktur.jalan_rusak', 'dpupr', 'didisposisikan', '', " +
        std::to_string(now_ms) + " - 86400000, " + std::to_string(now_ms) + " - 86400000, " +
        "CASE WHEN i <= " + std::to_string(due) + " THEN " + std::to_string(now_ms) +
        " - 60000 ELSE " + std::to_string(now_ms) + " + (i % 5184000) * 1000 + 60000 END, 0, 0, " +
        std::to_string(now_ms) + " - 86400000 * 3, " + "CASE WHEN i <= " + std::to_string(due) +
        " THEN " + std::to_string(now_ms) + " - 60000 ELSE " + std::to_string(now_ms) +
        " + (i % 5184000) * 1000 + 60000 END FROM n";
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), db, "wal");
    check(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), db, "fill");
    check(sqlite3_exec(db, "ANALYZE", nullptr, nullptr, nullptr), db, "analyze");
    sqlite3_close(db);
}

// What the sweep would read without its index: a full scan for the same condition.
double full_scan_ms(const std::string& path) {
    sqlite3* db = nullptr;
    check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), db, "open");
    sqlite3_stmt* s = nullptr;
    check(sqlite3_prepare_v2(db,
                             "SELECT count(*) FROM complaints NOT INDEXED"
                             " WHERE next_check_at IS NOT NULL AND next_check_at <= ?1",
                             -1,
                             &s,
                             nullptr),
          db,
          "prepare");
    sqlite3_bind_int64(s, 1, duration_cast<milliseconds>(kNow.time_since_epoch()).count() - 120000);
    const auto start = Clock::now();
    check(sqlite3_step(s), db, "scan");
    const double ms = ms_since(start);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return ms;
}

// The baseline of the recount: one statement moving every running step's due time, durable.
double plain_update_ms(const std::string& path) {
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open");
    check(sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr), db, "sync");
    const auto start = Clock::now();
    check(
        sqlite3_exec(db,
                     "UPDATE complaints SET due_at = due_at - 1, next_check_at = next_check_at - 1"
                     " WHERE due_at IS NOT NULL",
                     nullptr,
                     nullptr,
                     nullptr),
        db,
        "update");
    const double ms = ms_since(start);
    sqlite3_close(db);
    return ms;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: deadline_bench DIR [COMPLAINTS]\n");
        return 2;
    }
    const std::string dir = argv[1];
    const long count = argc > 2 ? std::atol(argv[2]) : 1'000'000;
    const long due = 1000;
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/tanggap.db";
    std::filesystem::remove(path);
    const auto clock = service::make_standard_deadline_clock();

    // 1. Due-time computation: working days on the office calendar vs calendar hours.
    domain::Complaint c;
    c.status = domain::Status::didisposisikan;
    domain::Category regular;
    regular.code = "infrastruktur.jalan_rusak";
    const int computations = 1'000'000;
    auto start = Clock::now();
    long sink = 0;
    for (int i = 0; i < computations; ++i) {
        c.created_at = kNow + minutes(i % 100'000);
        sink += clock.due_at(c, &regular, c.created_at)->time_since_epoch().count() & 1;
    }
    const double working_ns = ms_since(start) * 1e6 / computations;
    const sla::StepLimit hours72{sla::Step::follow_up, 72, sla::LimitUnit::calendar_hours};
    start = Clock::now();
    for (int i = 0; i < computations; ++i) {
        sink += sla::due_at(kNow + minutes(i % 100'000), hours72, clock.office())
                    .time_since_epoch()
                    .count() &
                1;
    }
    const double calendar_ns = ms_since(start) * 1e6 / computations;

    // 2. The sweep over `count` open complaints.
    {
        auto opened = store::sqlite::open_sqlite_store({.path = path});
        if (!opened) return std::fprintf(stderr, "%s\n", opened.error().message.c_str()), 1;
        (*opened)->close();
    }
    start = Clock::now();
    fill(path, count, due);
    const double fill_s = ms_since(start) / 1000;
    const double scan_ms = full_scan_ms(path);

    auto opened = store::sqlite::open_sqlite_store({.path = path});
    if (!opened) return std::fprintf(stderr, "%s\n", opened.error().message.c_str()), 1;
    auto& store = **opened;
    std::vector<double> idle;
    for (int i = 0; i < 50; ++i) {
        start = Clock::now();
        auto report = jobs::sweep_until_done(store, clock, {}, kNow - minutes(2));
        idle.push_back(ms_since(start));
        if (!report || report->examined != 0)
            return std::fprintf(stderr, "idle sweep did work\n"), 1;
    }
    start = Clock::now();
    auto busy = jobs::sweep_until_done(store, clock, {}, kNow);
    const double busy_ms = ms_since(start);
    if (!busy) return std::fprintf(stderr, "%s\n", busy.error().message.c_str()), 1;

    // 3. A super admin shortens SP4N-LAPOR!'s follow-up: every running step is counted again in
    // the edit's transaction. Baseline: one UPDATE rewriting the same rows' due times.
    auto settings = service::shipped_deadline_settings();
    for (auto& policy : settings.policies) {
        if (policy.code != service::kDefaultPolicy) continue;
        for (auto& limit : policy.steps) {
            if (limit.step == sla::Step::follow_up) limit.amount = 2;
        }
    }
    const auto faster = service::make_deadline_clock(settings, util::kWibZone.offset);
    const domain::DirectoryIndex no_directory({}, {});
    std::int64_t recounted = 0;
    start = Clock::now();
    auto recount = store::write_sync(store, [&](store::WriteTx& tx) -> core::Result<void> {
        auto moved = service::recount_open_deadlines(tx, no_directory, faster, kNow);
        if (!moved) return moved.error();
        recounted = *moved;
        return {};
    });
    const double recount_ms = ms_since(start);
    if (!recount) return std::fprintf(stderr, "%s\n", recount.error().message.c_str()), 1;
    store.close();
    const double update_ms = plain_update_ms(path);

    std::printf("complaints=%ld fill_s=%.1f\n", count, fill_s);
    std::printf("due_at_working_days_ns=%.0f due_at_calendar_hours_ns=%.0f (sink %ld)\n",
                working_ns,
                calendar_ns,
                sink);
    std::printf("sweep_idle_median_ms=%.3f sweep_idle_max_ms=%.3f full_scan_ms=%.1f\n",
                median(idle),
                *std::max_element(idle.begin(), idle.end()),
                scan_ms);
    std::printf("sweep_due=%d escalations=%d sweep_due_ms=%.1f\n",
                busy->examined,
                busy->escalations,
                busy_ms);
    std::printf("recount_moved=%lld recount_ms=%.1f plain_update_ms=%.1f\n",
                static_cast<long long>(recounted),
                recount_ms,
                update_ms);
    return 0;
}
