#include "query_plan.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>

namespace tanggap::bench {
namespace {

using store::sql::Dialect;

[[noreturn]] void fail(const std::string& what, const core::Error& error) {
    std::fprintf(stderr, "query_scale_bench: %s: %s\n", what.c_str(), error.message.c_str());
    std::exit(1);
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// A plan line naming the complaints table by its alias in the store's SQL ("c"), not
// complaint_units or complaint_events.
bool is_complaints(std::string_view rest) { return rest == "c" || starts_with(rest, "c "); }

// SQLite: "SCAN c", "SCAN c USING COVERING INDEX x", "SEARCH c USING INDEX x (a=?)".
std::string sqlite_access(std::string_view line, bool& scans) {
    for (std::string_view verb : {"SCAN ", "SEARCH "}) {
        if (!starts_with(line, verb) || !is_complaints(line.substr(verb.size()))) continue;
        const auto using_at = line.find(" USING ");
        if (using_at == std::string_view::npos) {
            scans = true;
            return "**full table scan**";
        }
        const std::string how(line.substr(using_at + 7));
        return (verb == "SCAN " ? "walks " : "seeks in ") + how;
    }
    return "";
}

// PostgreSQL: "Seq Scan on complaints c", "Index Only Scan using x on complaints c",
// "Bitmap Index Scan on complaints_x" (under a Bitmap Heap Scan on complaints c).
std::string postgres_access(std::string_view line, bool& scans) {
    auto node = line.substr(0, line.find("  (cost="));
    if (const auto arrow = node.find("->  "); arrow != std::string_view::npos) {
        node = node.substr(arrow + 4);
    }
    while (!node.empty() && node.front() == ' ') node.remove_prefix(1);
    if (starts_with(node, "Bitmap Index Scan on complaints_")) return std::string(node);
    const auto on = node.find(" on complaints");
    if (on == std::string_view::npos) return "";
    const auto table_rest = node.substr(on + 4);  // "complaints c"
    if (table_rest != "complaints c" && table_rest != "complaints") return "";
    if (node.find("Seq Scan") != std::string_view::npos) {
        scans = true;
        return "**" + std::string(node) + "**";
    }
    if (starts_with(node, "Bitmap Heap Scan")) return "";  // its index line says which
    return std::string(node);
}

// A whole-table read of complaint_units or complaint_events (the small directory tables and
// the queries' own CTEs and subqueries do not count): the table's name, or "".
std::string other_scan(std::string_view line, bool pg) {
    if (pg) {
        for (std::string_view table : {"complaint_units", "complaint_events"}) {
            const auto at = line.find("Seq Scan on " + std::string(table) + " ");
            if (at != std::string_view::npos) return std::string(table);
        }
        return "";
    }
    // The store's SQL names them u and e.
    if (line == "SCAN u") return "complaint_units";
    if (line == "SCAN e") return "complaint_events";
    return "";
}

}  // namespace

Plan explain(store::sql::Connection& db,
             const std::string& sql,
             const std::function<void(store::sql::Statement&)>& bind) {
    const bool pg = db.dialect() == Dialect::postgresql;
    auto select = db.prepare((pg ? "EXPLAIN (COSTS OFF) " : "EXPLAIN QUERY PLAN ") + sql);
    if (!select) fail("prepare EXPLAIN", select.error());
    bind(**select);
    Plan plan;
    std::map<std::int64_t, int> depth;  // SQLite: a node's depth by its id
    for (;;) {
        auto more = (*select)->step();
        if (!more) fail("EXPLAIN", more.error());
        if (!*more) break;
        std::string line;
        std::string access;
        if (pg) {
            line = (*select)->column_text(0);
            access = postgres_access(line, plan.scans_complaints);
        } else {
            const auto id = (*select)->column_int(0);
            const auto parent = (*select)->column_int(1);
            const int level = parent == 0 ? 0 : depth[parent] + 1;
            depth[id] = level;
            const auto detail = (*select)->column_text(3);
            line = std::string(static_cast<std::size_t>(level) * 2, ' ') + detail;
            access = sqlite_access(detail, plan.scans_complaints);
        }
        const std::string scanned = other_scan(pg ? line : (*select)->column_text(3), pg);
        if (!scanned.empty() && plan.other_scans.find(scanned) == std::string::npos) {
            if (!plan.other_scans.empty()) plan.other_scans += "; ";
            plan.other_scans += scanned;
        }
        if (!access.empty()) {
            if (!plan.complaints_access.empty()) plan.complaints_access += "; ";
            plan.complaints_access += access;
        }
        plan.lines.push_back(std::move(line));
    }
    return plan;
}

}  // namespace tanggap::bench
