// The inbox and the public dashboard at scale (issue 6), on SQLite and on PostgreSQL: a store
// holding 1,000,000 and then 10,000,000 generated complaints (the sizes are arguments), timed
// through the real Store interface, next to baselines measured in the same run:
//   - a full scan of the complaints table for the dashboard's condition (a year of
//     created_at, no index): what any query costs that reads the whole table;
//   - the same query at the first size (how it grows with the table).
// Each measured query is also EXPLAINed with the same SQL text and parameters, and the plan
// says whether the complaints table is reached through an index.
// Writes a Markdown section (tables and plans: multi-line text that key=value lines would
// mangle) to OUT.md for bench/run.sh, and prints key=value lines.
//   query_scale_bench OUT.md SQLITE_DIR POSTGRES_URI|- SIZE [SIZE...]
// POSTGRES_URI names a cluster where the bench may create and drop the database
// tanggap_query_scale; "-" measures SQLite only.
#include "demo/demo_loader.hpp"
#include "demo/indramayu.hpp"
#include "query_plan.hpp"
#include "query_scale_fill.hpp"
#include "store/postgres/pg_connection.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store/sql/inbox_cursor.hpp"
#include "store/sql/inbox_query.hpp"
#include "store/sql/stats_query.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_store.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using namespace std::chrono;
using namespace tanggap;
using Clock = steady_clock;
using store::sql::Connection;

// 1 December 2026 00:00 WIB: the bench's "now"; complaints span the two years before it.
const domain::Timestamp kNow{sys_days{2026y / 11 / 30} + 17h};
// Timed runs per query after one untimed warm-up; kSlowRuns when the warm-up took over
// kSlowMs (at 10,000,000 complaints some queries take many seconds each).
constexpr int kRuns = 5;
constexpr int kSlowRuns = 3;
constexpr double kSlowMs = 2000;
constexpr int kPage = 25;       // the web client's inbox page (web/src/staff/InboxPage.vue)
constexpr int kLaterPage = 10;  // "a later page": the 10th, after 9 pages followed by cursor
constexpr long kFillChunk = 1'000'000;  // complaints per generating transaction
const std::string kDatabase = "tanggap_query_scale";

[[noreturn]] void fail(const std::string& what, const std::string& message) {
    std::fprintf(stderr, "query_scale_bench: %s: %s\n", what.c_str(), message.c_str());
    std::exit(1);
}

template <class T>
T must(core::Result<T> result, const std::string& what) {
    if (!result) fail(what, result.error().message);
    if constexpr (!std::is_void_v<T>) return std::move(*result);
}

double ms_since(Clock::time_point start) {
    return duration<double, std::milli>(Clock::now() - start).count();
}

struct Timing {
    double ms = 0;  // the median
    int runs = 0;
};

// One untimed run (caches warm, statements prepared), then the median of kRuns (kSlowRuns).
template <class F>
Timing median_ms(F run) {
    const auto warm_up = Clock::now();
    run();
    const int runs = ms_since(warm_up) > kSlowMs ? kSlowRuns : kRuns;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        run();
        times.push_back(ms_since(start));
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], runs};
}

struct BackEnd {
    std::string name;  // "SQLite", "PostgreSQL"
    std::string sqlite_path;
    std::string postgres_uri;  // of the bench's database

    bool pg() const { return !postgres_uri.empty(); }
    std::unique_ptr<store::Store> open_store() const {
        if (pg()) return must(store::postgres::open_postgres_store({postgres_uri}), "open");
        return must(store::sqlite::open_sqlite_store({sqlite_path}), "open");
    }
    std::unique_ptr<Connection> connect() const {
        if (pg()) return must(store::postgres::Connection::open(postgres_uri), "connect");
        return std::make_unique<store::sqlite::Connection>(
            must(store::sqlite::Connection::open(sqlite_path,
                                                 store::sqlite::Connection::Mode::read_write),
                 "connect"));
    }
};

// The same URI on another database of the cluster.
std::string with_database(const std::string& uri, const std::string& database) {
    const auto slash = uri.rfind('/');
    if (slash == std::string::npos || slash < uri.find("://") + 3) fail("uri", uri);
    return uri.substr(0, slash + 1) + database;
}

void run_sql(Connection& db, const std::string& sql) { must(db.exec(sql), sql); }

// The demo's units, categories and staff (loaded as `tanggap serve --demo` does, without its
// complaints and with a dummy password hash: neither matters to these queries).
void load_directory(store::Store& store) {
    const char* env = std::getenv("TANGGAP_AREA_DATA");
    auto data = must(demo::build_indramayu_demo(env ? env : TANGGAP_DEFAULT_AREA_DATA), "demo");
    data.complaints.clear();
    must(demo::load_demo(store, data, [](std::string_view) { return std::string("-"); }),
         "load demo");
}

struct Measured {
    std::string what;
    Timing time;
    std::vector<std::string> plan_labels;  // "" for a call that runs one statement
    std::vector<bench::Plan> plans;        // of every statement the call runs
    std::vector<Timing> statement_times;   // of each when the call runs several
};

struct SizeResult {
    long complaints = 0;
    std::string unit;          // the officer's
    long unit_complaints = 0;  // held now or earlier by the officer's unit
    Timing scan;
    double fill_s = 0;
    std::vector<Measured> rows;
};

// The web client's default view: status "open" (work still in hand), kPage per page.
store::InboxQuery inbox_query(const std::optional<std::string>& unit, bool open_only = true) {
    store::InboxQuery q;
    q.scope = domain::InboxScope{unit, domain::InboxScope::Confidential::all};
    q.open_only = open_only;
    q.limit = kPage;
    return q;
}

store::StatsQuery year_query() {
    store::StatsQuery q;
    q.from = kNow - days(365);
    q.to = kNow;
    return q;
}

void bind_year(store::sql::Statement& s, const std::string& sql) {
    const auto q = year_query();
    if (sql.find(":from") != std::string::npos) {
        s.bind_int(s.parameter_index(":from"), q.from->time_since_epoch().count());
    }
    if (sql.find(":to") != std::string::npos) {
        s.bind_int(s.parameter_index(":to"), q.to->time_since_epoch().count());
    }
}

// The inbox page after `pages` pages followed by cursor (pages = 0: the first page), or the
// last page when there are fewer (a small development run); `what` then names the page.
Measured measure_inbox(
    store::Store& store, Connection& db, const std::string& what, store::InboxQuery q, int pages) {
    auto page = [&](const store::InboxQuery& query) {
        return must(store::read_sync<store::InboxPage>(
                        store, [&](store::ReadTx& tx) { return tx.inbox(query); }),
                    "inbox");
    };
    // The cursor after pages * kPage rows, read in steps of up to 200 (the inbox's largest
    // page): fewer slow reads at 10,000,000, the same cursor.
    int skipped = 0;
    for (auto step = q; skipped < pages * kPage;) {
        step.limit = std::min(200, pages * kPage - skipped);
        auto p = page(step);
        if (!p.next_cursor) break;
        skipped += step.limit;
        q.cursor = step.cursor = *p.next_cursor;
    }
    const int followed = skipped / kPage;
    Measured m;
    m.what =
        what + (followed == 0 ? " (first page)" : " (page " + std::to_string(followed + 1) + ")");
    m.time = median_ms([&] {
        if (page(q).items.empty()) fail("inbox", "empty page");
    });
    std::optional<store::sql::InboxCursor> after;
    if (!q.cursor.empty()) after = store::sql::decode_cursor(q.cursor);
    const auto sql = store::sql::inbox_sql(db.dialect(), q, after.has_value());
    m.plans.push_back(bench::explain(db, sql, [&](store::sql::Statement& s) {
        store::sql::bind_inbox(s, q, after, kPage + 1);  // one more row, as the reader asks
    }));
    m.plan_labels.push_back("");
    return m;
}

Measured measure_stats(store::Store& store, Connection& db) {
    Measured m;
    m.what = "Public dashboard over a year (`complaint_stats`, every figure)";
    const auto q = year_query();
    m.time = median_ms([&] {
        must(store::read_sync<store::ComplaintStats>(
                 store, [&](store::ReadTx& tx) { return tx.complaint_stats(q); }),
             "stats");
    });
    // The statements complaint_stats() runs, captured as the store prepares them.
    bench::RecordingConnection recording(db);
    must(store::sql::read_complaint_stats(recording, q), "stats (recorded)");
    // In the order read_complaint_stats() runs them.
    const char* labels[] = {"counts by month, unit, category and channel",
                            "units' names",
                            "categories' names",
                            "median resolution time"};
    constexpr int kLabels = sizeof labels / sizeof labels[0];
    int i = 0;
    for (const auto& sql : recording.statements()) {
        m.plans.push_back(
            bench::explain(db, sql, [&](store::sql::Statement& s) { bind_year(s, sql); }));
        // What each statement costs of the whole, every row read.
        m.statement_times.push_back(median_ms([&] {
            auto s = must(db.prepare(sql), "prepare " + sql);
            bind_year(*s, sql);
            while (must(s->step(), "step " + sql)) {
            }
        }));
        m.plan_labels.push_back(i < kLabels ? labels[i] : "statement " + std::to_string(i + 1));
        ++i;
    }
    return m;
}

// What a query costs that reads the whole table: the dashboard year counted without an index.
Timing full_scan_ms(Connection& db) {
    const bool pg = db.dialect() == store::sql::Dialect::postgresql;
    const std::string sql =
        pg ? "SELECT count(*) FROM complaints c WHERE c.created_at + 0 >= :from"
             " AND c.created_at + 0 < :to"
           : "SELECT count(*) FROM complaints c NOT INDEXED WHERE c.created_at >= :from"
             " AND c.created_at < :to";
    return median_ms([&] {
        auto s = must(db.prepare(sql), "prepare scan");
        bind_year(*s, sql);
        must(s->step(), "scan");
    });
}

long long count(Connection& db, const std::string& sql) {
    auto s = must(db.prepare(sql), "prepare count");
    must(s->step(), "count");
    return s->column_int(0);
}

std::vector<SizeResult> run_back_end(const BackEnd& back_end, const std::vector<long>& sizes) {
    std::fprintf(stderr, "query_scale_bench: %s\n", back_end.name.c_str());
    {
        auto store = back_end.open_store();  // migrates
        load_directory(*store);
    }
    bench::ScaleDirectory directory;
    std::vector<SizeResult> results;
    long filled = 0;
    for (long size : sizes) {
        SizeResult r;
        r.complaints = size;
        {
            auto db = back_end.connect();
            if (back_end.pg()) {
                // Generated data, consistent by construction: no waiting for the disk at
                // commit, no foreign-key triggers (replica role: this superuser's own cluster).
                run_sql(*db, "SET synchronous_commit = off");
                run_sql(*db, "SET session_replication_role = replica");
            } else {
                // Generated data, the store closed: no journal, no waiting for the disk, a
                // cache large enough for the indexes, no foreign-key checks (consistent by
                // construction). WAL again afterwards, as the store wants.
                run_sql(*db, "PRAGMA journal_mode = OFF");
                run_sql(*db, "PRAGMA synchronous = OFF");
                run_sql(*db, "PRAGMA cache_size = -4000000");
                run_sql(*db, "PRAGMA foreign_keys = OFF");
            }
            if (directory.routes.empty()) directory = bench::read_scale_directory(*db);
            const auto start = Clock::now();
            for (long first = filled + 1; first <= size; first += kFillChunk) {
                const long last = std::min(size, first + kFillChunk - 1);
                bench::fill_complaints(*db, directory, first, last, kNow);
                std::fprintf(
                    stderr, "query_scale_bench: %s: %ld complaints\n", back_end.name.c_str(), last);
            }
            // PostgreSQL: what autovacuum does after a bulk load, done now so the figures do not
            // depend on when it ran. SQLite gets no ANALYZE: the store never runs one.
            if (back_end.pg()) run_sql(*db, "VACUUM ANALYZE");
            if (!back_end.pg()) run_sql(*db, "PRAGMA journal_mode = WAL");
            r.fill_s = ms_since(start) / 1000;
            filled = size;
        }
        auto store = back_end.open_store();
        auto db = back_end.connect();
        const std::string unit = directory.routes.front().second;  // the busiest
        r.unit = unit;
        r.unit_complaints =
            count(*db, "SELECT count(*) FROM complaint_units WHERE unit_code = '" + unit + "'");
        r.scan = full_scan_ms(*db);
        const auto officer = inbox_query(unit);
        const auto admin = inbox_query(std::nullopt);
        r.rows.push_back(measure_inbox(*store, *db, "Inbox, officer of " + unit, officer, 0));
        r.rows.push_back(
            measure_inbox(*store, *db, "Inbox, officer of " + unit, officer, kLaterPage - 1));
        r.rows.push_back(measure_inbox(*store, *db, "Inbox, super admin", admin, 0));
        r.rows.push_back(measure_inbox(*store, *db, "Inbox, super admin", admin, kLaterPage - 1));
        // The "all" filter: closed complaints too, so the unit's whole history qualifies.
        r.rows.push_back(measure_inbox(*store,
                                       *db,
                                       "Inbox, officer of " + unit + ", all statuses",
                                       inbox_query(unit, false),
                                       0));
        r.rows.push_back(measure_inbox(
            *store, *db, "Inbox, super admin, all statuses", inbox_query(std::nullopt, false), 0));
        r.rows.push_back(measure_stats(*store, *db));
        for (const auto& m : r.rows) {
            std::printf(
                "query_scale backend=%s complaints=%ld query=\"%s\" median_ms=%.3f"
                " full_scan_ms=%.1f index=%s\n",
                back_end.name.c_str(),
                size,
                m.what.c_str(),
                m.time.ms,
                r.scan.ms,
                std::any_of(m.plans.begin(),
                            m.plans.end(),
                            [](const auto& p) { return p.scans_complaints; })
                    ? "no"
                    : "yes");
        }
        std::fflush(stdout);
        results.push_back(std::move(r));
    }
    return results;
}

std::string fixed(double value, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, value);
    return buf;
}

std::string thousands(long n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(i, ",");
    return s;
}

// "0.42" or, below 0.01, "1/1,234" (as the deadline table writes its ratios).
std::string ratio(double a, double b) {
    if (b <= 0) return "?";
    const double r = a / b;
    if (r >= 0.01) return fixed(r, 2);
    return "1/" + thousands(static_cast<long>(b / a + 0.5));
}

void write_back_end(std::ofstream& out,
                    const std::string& name,
                    const std::vector<SizeResult>& rs) {
    out << "### " << name << "\n\n";
    out << "| Complaints | Query | Median (of runs) | Full scan of complaints (baseline) | vs full "
           "scan | vs "
        << thousands(rs.front().complaints)
        << " | Tables read through |\n|---:|---|---:|---:|---:|---:|---|\n";
    for (const auto& r : rs) {
        for (std::size_t i = 0; i < r.rows.size(); ++i) {
            const auto& m = r.rows[i];
            bool scans = false;
            std::string others;
            for (const auto& p : m.plans) {
                scans = scans || p.scans_complaints;
                if (!p.other_scans.empty() && others.find(p.other_scans) == std::string::npos) {
                    others += (others.empty() ? "" : "; ") + p.other_scans;
                }
            }
            out << "| " << thousands(r.complaints) << " | " << m.what << " | "
                << fixed(m.time.ms, 2) << " ms (of " << m.time.runs << ") | " << fixed(r.scan.ms, 1)
                << " ms | " << ratio(m.time.ms, r.scan.ms) << " | "
                << (&r == &rs.front() ? "1.00" : fixed(m.time.ms / rs.front().rows[i].time.ms, 2))
                << " | " << (scans ? "**a sequential scan** (see the plan)" : "indexes only")
                << (others.empty() ? "" : "; **sequential scan of " + others + "**") << " |\n";
        }
    }
    out << "\n";
    for (const auto& r : rs) {
        out << "- " << thousands(r.complaints) << " complaints: generated in " << fixed(r.fill_s, 0)
            << " s (added to the previous size); the officer's unit " << r.unit << " has held "
            << thousands(r.unit_complaints) << " of them.\n";
    }
    out << "\n";
    for (const auto& r : rs) {
        out << "#### Plans at " << thousands(r.complaints) << " complaints (" << name << ")\n\n";
        for (const auto& m : r.rows) {
            for (std::size_t i = 0; i < m.plans.size(); ++i) {
                const auto& p = m.plans[i];
                out << "- " << m.what << (m.plan_labels[i].empty() ? "" : ", " + m.plan_labels[i])
                    << (i < m.statement_times.size()
                            ? " (" + fixed(m.statement_times[i].ms, 2) + " ms alone)"
                            : "")
                    << ": complaints via "
                    << (p.complaints_access.empty() ? "(not read)" : p.complaints_access)
                    << (p.other_scans.empty() ? "" : "; whole " + p.other_scans + " read")
                    << "\n\n```\n";
                for (const auto& line : p.lines) out << line << "\n";
                out << "```\n\n";
            }
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: query_scale_bench OUT.md SQLITE_DIR POSTGRES_URI|- SIZE...\n");
        return 2;
    }
    const std::string out_path = argv[1];
    const std::string sqlite_dir = argv[2];
    const std::string cluster = argv[3];
    std::vector<long> sizes;
    for (int i = 4; i < argc; ++i) sizes.push_back(std::atol(argv[i]));
    if (!std::is_sorted(sizes.begin(), sizes.end()) || sizes.front() < kPage * kLaterPage) {
        fail("sizes", "ascending, at least " + std::to_string(kPage * kLaterPage));
    }

    std::ofstream out(out_path);
    std::filesystem::remove_all(sqlite_dir);
    std::filesystem::create_directories(sqlite_dir);
    BackEnd sqlite{"SQLite", sqlite_dir + "/tanggap.db", ""};
    const auto sqlite_results = run_back_end(sqlite, sizes);
    std::filesystem::remove_all(sqlite_dir);  // ~1 GB per million complaints
    write_back_end(out, "SQLite", sqlite_results);

    if (cluster != "-") {
        auto admin = must(store::postgres::Connection::open(cluster), "connect to the cluster");
        run_sql(*admin, "DROP DATABASE IF EXISTS " + kDatabase);
        run_sql(*admin, "CREATE DATABASE " + kDatabase);
        BackEnd pg{"PostgreSQL", "", with_database(cluster, kDatabase)};
        const auto pg_results = run_back_end(pg, sizes);
        run_sql(*admin, "DROP DATABASE " + kDatabase);
        write_back_end(out, "PostgreSQL", pg_results);
    }
    return 0;
}
