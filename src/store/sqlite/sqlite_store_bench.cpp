// Durable complaint inserts per second: through Store::write from 64 concurrent submitters
// (group commit), next to a plain loop that commits one row at a time, both WAL with
// synchronous=FULL on the same disk in the same run, so the ratio means something.
//   build/<dir>/src/store/sqlite/sqlite_store_bench
#include "store/sqlite/sqlite_store.hpp"
#include "util/temp_dir.hpp"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace tanggap::store::sqlite {
namespace {

constexpr int kSubmitters = 64;
constexpr int kPerSubmitter = 50;
constexpr int kPlainRows = 500;
// About the size of a real submission's text.
const std::string kDescription(400, 'x');

Store::WriteJob insert_job(std::string ticket) {
    return [ticket = std::move(ticket)](WriteTx& tx) {
        domain::Complaint c;
        c.ticket = ticket;
        c.title = "Jalan rusak";
        c.description = kDescription;
        c.category_code = "infrastruktur.jalan_rusak";
        c.location.lat = -6.3275;
        c.location.lon = 108.3249;
        c.unit_code = "dpupr";
        c.tracking_token_hash = std::string(64, 'a');
        domain::ComplaintEvent event;
        event.actor = domain::EventActor::reporter();
        event.action = "submit";
        event.unit_to = c.unit_code;
        return tx.insert_complaint(c, event);
    };
}

void BM_StoreWriteFrom64Submitters(benchmark::State& state) {
    util::TempDir dir;
    auto opened = open_sqlite_store({dir.file("bench.db")});
    if (!opened) {
        state.SkipWithError(opened.error().message.c_str());
        return;
    }
    Store& store = **opened;
    std::atomic<int> failures{0};
    int round = 0;
    for (auto _ : state) {
        std::vector<std::thread> submitters;
        for (int s = 0; s < kSubmitters; ++s) {
            submitters.emplace_back([&, s] {
                for (int i = 0; i < kPerSubmitter; ++i) {
                    const auto ticket =
                        std::to_string(round) + "-" + std::to_string(s) + "-" + std::to_string(i);
                    if (!write_sync(store, insert_job(ticket))) ++failures;
                }
            });
        }
        for (auto& t : submitters) t.join();
        ++round;
    }
    store.close();
    if (failures.load() > 0) state.SkipWithError("some writes failed");
    state.SetItemsProcessed(state.iterations() * kSubmitters * kPerSubmitter);
}
BENCHMARK(BM_StoreWriteFrom64Submitters)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PlainSingleRowCommits(benchmark::State& state) {
    util::TempDir dir;
    sqlite3* db = nullptr;
    sqlite3_open(dir.file("plain.db").c_str(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE complaint (id INTEGER PRIMARY KEY, ticket TEXT UNIQUE,"
                 " created_at INTEGER, category TEXT, status TEXT, title TEXT, body TEXT,"
                 " lat REAL, lon REAL)",
                 nullptr,
                 nullptr,
                 nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO complaint (ticket, created_at, category, status, title, body,"
                       " lat, lon) VALUES (?1, ?2, 'infrastruktur.jalan_rusak', 'diterima',"
                       " 'Jalan rusak', ?3, -6.3275, 108.3249)",
                       -1,
                       &insert,
                       nullptr);
    std::int64_t n = 0;
    bool failed = false;
    for (auto _ : state) {
        for (int i = 0; i < kPlainRows; ++i, ++n) {
            const auto ticket = std::to_string(n);
            sqlite3_bind_text(insert, 1, ticket.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 2, n);
            sqlite3_bind_text(insert, 3, kDescription.c_str(), -1, SQLITE_STATIC);
            failed |= sqlite3_step(insert) != SQLITE_DONE;  // autocommit: one fsync per row
            sqlite3_reset(insert);
        }
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    if (failed) state.SkipWithError("an insert failed");
    state.SetItemsProcessed(state.iterations() * kPlainRows);
}
BENCHMARK(BM_PlainSingleRowCommits)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace tanggap::store::sqlite

BENCHMARK_MAIN();
