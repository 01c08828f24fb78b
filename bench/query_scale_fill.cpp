#include "query_scale_fill.hpp"

#include <cstdio>
#include <cstdlib>

namespace tanggap::bench {
namespace {

using store::sql::Connection;
using store::sql::Dialect;

constexpr long long kDayMs = 86'400'000;
constexpr long long kTwoYearsMs = 730 * kDayMs;

void must(const core::Result<void>& done, const char* what) {
    if (!done) {
        std::fprintf(stderr, "query_scale_bench: %s: %s\n", what, done.error().message.c_str());
        std::exit(1);
    }
}

std::vector<std::string> column(Connection& db, const std::string& sql) {
    auto select = db.prepare(sql);
    must(select ? core::Result<void>{} : select.error(), "prepare");
    std::vector<std::string> out;
    for (;;) {
        auto more = (*select)->step();
        must(more ? core::Result<void>{} : more.error(), sql.c_str());
        if (!*more) return out;
        out.push_back((*select)->column_text(0));
    }
}

long long single_int(Connection& db, const std::string& sql) {
    auto select = db.prepare(sql);
    must(select ? core::Result<void>{} : select.error(), "prepare");
    auto more = (*select)->step();
    must(more ? core::Result<void>{} : more.error(), sql.c_str());
    return (*select)->column_int(0);
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }  // directory codes

// A small numbered table (n = 0, 1, ...) of the directory's values, joined by the generator:
// a join on an integer key costs the same in both back ends, a CASE over 100 codes would not.
void numbered_table(Connection& db,
                    const std::string& name,
                    const std::string& columns,
                    const std::vector<std::string>& rows) {
    must(db.exec("DROP TABLE IF EXISTS " + name), "drop temp");
    must(db.exec("CREATE TEMP TABLE " + name + " (n INTEGER PRIMARY KEY, " + columns + ")"),
         "create temp");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        must(
            db.exec("INSERT INTO " + name + " VALUES (" + std::to_string(i) + ", " + rows[i] + ")"),
            "insert temp");
    }
}

}  // namespace

ScaleDirectory read_scale_directory(Connection& db) {
    ScaleDirectory out;
    // Leaf categories with a responsible unit, in code order (deterministic).
    const auto codes = column(db,
                              "SELECT k.code || '|' || k.responsible_unit FROM categories k"
                              " WHERE k.responsible_unit IS NOT NULL AND k.responsible_unit <> ''"
                              " ORDER BY k.code");
    for (const auto& both : codes) {
        const auto bar = both.find('|');
        out.routes.emplace_back(both.substr(0, bar), both.substr(bar + 1));
    }
    out.units = column(db, "SELECT code FROM units ORDER BY code");
    out.kecamatan = column(db,
                           "SELECT area_code FROM units WHERE kind = 'kecamatan'"
                           " AND area_code IS NOT NULL ORDER BY area_code");
    if (out.routes.empty() || out.units.empty() || out.kecamatan.empty()) {
        std::fprintf(stderr, "query_scale_bench: the demo directory is not in the store\n");
        std::exit(1);
    }
    return out;
}

void fill_complaints(
    Connection& db, const ScaleDirectory& directory, long first, long last, domain::Timestamp now) {
    const bool pg = db.dialect() == Dialect::postgresql;
    std::vector<std::string> routes, units, kecamatan;
    for (const auto& [category, unit] : directory.routes) {
        routes.push_back(quoted(category) + ", " + quoted(unit));
    }
    for (const auto& unit : directory.units) units.push_back(quoted(unit));
    for (const auto& area : directory.kecamatan) kecamatan.push_back(quoted(area));
    numbered_table(db, "scale_routes", "category_code TEXT, unit_code TEXT", routes);
    numbered_table(db, "scale_units", "code TEXT", units);
    numbered_table(db, "scale_kecamatan", "code TEXT", kecamatan);

    const std::string now_ms = std::to_string(now.time_since_epoch().count());
    const std::string n_routes = std::to_string(routes.size());
    const std::string n_units = std::to_string(units.size());
    const std::string n_kecamatan = std::to_string(kecamatan.size());
    const std::string range = std::to_string(first) + ", " + std::to_string(last);
    const std::string numbers = pg ? "generate_series(" + range + ") AS n(i)" : std::string("n");
    const std::string ticket = pg ? "'Q' || lpad(m.i::text, 9, '0')" : "printf('Q%09d', m.i)";
    const std::string phone = pg ? "'+62812' || lpad((m.i % 100000000)::text, 8, '0')"
                                 : "printf('+62812%08d', m.i % 100000000)";
    // Three unrelated pseudo-random numbers of i (multiplicative hashing): the creation time
    // (uniform over two years), the status bucket (0..99) and the route, skewed by squaring so
    // that the first routes get most complaints.
    const std::string x =
        "SELECT i, " + now_ms + " - " + std::to_string(kTwoYearsMs) +
        " + ((i * 3266489917) % 1000037) * " + std::to_string(kTwoYearsMs / 1000037) +
        " + (i % 1000) * 37 AS created_at, ((i * 2246822519) % 1000033) % 100 AS r,"
        " (((i * 2654435761) % 1000003) * ((i * 2654435761) % 1000003) / 1000003) * " +
        n_routes + " / 1000003 AS pn FROM " + numbers;
    // The last 30 days are mostly still being worked on; older complaints mostly resolved or
    // closed, with a backlog of a few per cent still open (overdue, some escalated).
    const std::string m =
        "SELECT x.i, x.created_at, x.pn, CASE WHEN x.created_at >= " + now_ms + " - " +
        std::to_string(30 * kDayMs) +
        " THEN CASE WHEN x.r < 20 THEN 'diterima' WHEN x.r < 35 THEN 'diverifikasi'"
        " WHEN x.r < 60 THEN 'didisposisikan' WHEN x.r < 85 THEN 'ditindaklanjuti'"
        " WHEN x.r < 90 THEN 'ditunda' ELSE 'selesai' END"
        " ELSE CASE WHEN x.r < 60 THEN 'selesai' WHEN x.r < 85 THEN 'ditutup'"
        " WHEN x.r < 90 THEN 'ditolak' WHEN x.r < 94 THEN 'diarsipkan'"
        " WHEN x.r < 97 THEN 'ditindaklanjuti' WHEN x.r < 99 THEN 'didisposisikan'"
        " ELSE 'dibuka_kembali' END END AS status FROM (" +
        x + ") x";
    const std::string running =
        "m.status IN ('diterima', 'diverifikasi', 'didisposisikan', 'ditindaklanjuti',"
        " 'dibuka_kembali')";
    const std::string due = "m.created_at + " + std::to_string(5 * kDayMs);
    // Resolved after 1 to 20 days and a few hours: the dashboard's median has a spread to sort.
    // A resolve event at the same time is added below.
    const std::string resolved_at =
        "m.created_at + (1 + m.i % 20) * " + std::to_string(kDayMs) + " + (m.i % 86400) * 1000";
    std::string insert;
    if (!pg) {
        insert = "WITH RECURSIVE n(i) AS (SELECT " + std::to_string(first) +
                 " UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(last) + ") ";
    }
    insert +=
        "INSERT INTO complaints (ticket, kind, channel, title, description, category_code, lat,"
        " lon, kecamatan_code, reporter_name, reporter_phone, anonymous, confidential,"
        " unit_code, status, tracking_token_hash, created_at, updated_at, due_at,"
        " step_started_at, next_check_at, escalation_level, resolved_at) SELECT " +
        ticket +
        ", CASE WHEN m.i % 10 < 8 THEN 'pengaduan' WHEN m.i % 10 = 8 THEN 'aspirasi'"
        " ELSE 'permintaan_informasi' END,"
        " CASE WHEN (m.i / 3) % 20 < 7 THEN 'web' WHEN (m.i / 3) % 20 < 12 THEN 'whatsapp'"
        " WHEN (m.i / 3) % 20 < 15 THEN 'call_center' WHEN (m.i / 3) % 20 < 17 THEN 'mobile'"
        " WHEN (m.i / 3) % 20 = 17 THEN 'sp4n_lapor' WHEN (m.i / 3) % 20 = 18 THEN 'instagram'"
        " ELSE 'emergency_112' END,"
        " CASE m.i % 4 WHEN 0 THEN 'Jalan berlubang di depan sekolah'"
        " WHEN 1 THEN 'Lampu penerangan jalan mati' WHEN 2 THEN 'Sampah menumpuk di pasar'"
        " ELSE 'Pelayanan KTP lambat' END,"
        " 'Sudah lebih dari dua minggu belum ada perbaikan. Warga sekitar mengeluhkan kondisi"
        " ini karena membahayakan pengendara motor dan anak sekolah, terutama saat hujan.',"
        " p.category_code, -6.53 + ((m.i * 7) % 4000) / 10000.0,"
        " 108.02 + ((m.i * 13) % 6000) / 10000.0, k.code,"
        " CASE WHEN m.i % 17 = 0 THEN '' ELSE 'Warga ' || m.i END,"
        " CASE WHEN m.i % 5 < 3 THEN " +
        phone +
        " ELSE '' END, CASE WHEN m.i % 17 = 0 THEN 1 ELSE 0 END,"
        " CASE WHEN m.i % 33 = 0 THEN 1 ELSE 0 END, p.unit_code, m.status,"
        " '5f0c6b1e2d3a4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6', m.created_at,"
        " m.created_at + " +
        std::to_string(kDayMs) + ", CASE WHEN " + running + " THEN " + due + " END, CASE WHEN " +
        running + " THEN m.created_at END, CASE WHEN " + running + " THEN " + due +
        " + 1 END, CASE WHEN " + running + " AND " + due + " < " + now_ms +
        " AND m.i % 3 = 0 THEN 1 ELSE 0 END, CASE WHEN m.status IN ('selesai', 'ditutup') THEN " +
        resolved_at + " END FROM (" + m +
        ") m JOIN scale_routes p ON p.n = m.pn JOIN scale_kecamatan k ON k.n = m.i % " +
        n_kecamatan;

    must(db.exec("BEGIN"), "begin");
    const long long before = single_int(db, "SELECT coalesce(max(id), 0) FROM complaints");
    must(db.exec(insert), "insert complaints");
    const std::string added = " WHERE c.id > " + std::to_string(before);
    // Handling units, oldest first: every tenth complaint was first with another unit. Each
    // with its complaint's inbox order, as the store writes them (0011_unit_inbox_order.sql).
    const std::string unit_rows =
        "INSERT INTO complaint_units (complaint_id, unit_code, added_at, due_key, created_at,"
        " open) SELECT c.id, ";
    const std::string inbox_order =
        ", coalesce(c.due_at, 9223372036854775807), c.created_at, CASE WHEN c.status IN"
        " ('selesai', 'ditutup', 'ditolak', 'diarsipkan') THEN 0 ELSE 1 END FROM complaints c";
    must(db.exec(unit_rows + "u.code, c.created_at" + inbox_order + " JOIN scale_units u" +
                 " ON u.n = (c.id / 10) % " + n_units + added +
                 " AND c.id % 10 = 0 AND u.code <> c.unit_code"),
         "insert earlier units");
    must(db.exec(unit_rows + "c.unit_code, c.created_at + 3600000" + inbox_order + added),
         "insert current units");
    must(db.exec("INSERT INTO complaint_events (complaint_id, seq, at, actor, action,"
                 " from_status, to_status) SELECT c.id, 1, c.created_at, '', 'submit', '',"
                 " 'diterima' FROM complaints c" +
                 added),
         "insert submit events");
    must(db.exec("INSERT INTO complaint_events (complaint_id, seq, at, actor, action,"
                 " from_status, to_status) SELECT c.id, 2, c.resolved_at, 'petugas', 'resolve',"
                 " 'ditindaklanjuti', 'selesai' FROM complaints c" +
                 added + " AND c.resolved_at IS NOT NULL"),
         "insert resolve events");
    must(db.exec("COMMIT"), "commit");
}

}  // namespace tanggap::bench
