#include "store/sql/status_sql.hpp"

namespace tanggap::store::sql {

std::string status_literal(domain::Status status) {
    return "'" + std::string(domain::to_string(status)) + "'";
}

std::string status_list(bool (*keep)(domain::Status)) {
    std::string list;
    for (const auto status : domain::kAllStatuses) {
        if (!keep(status)) continue;
        list += list.empty() ? "(" : ", ";
        list += status_literal(status);
    }
    return list + ")";
}

const std::string& not_open_statuses() {
    static const std::string list =
        status_list([](domain::Status status) { return !domain::is_open(status); });
    return list;
}

}  // namespace tanggap::store::sql
