// Staff reports: GET /api/v1/reports/performance (monev) as JSON, CSV or XLSX. The figures are
// defined in service/performance_report.hpp; this file checks who asks, parses the query and
// renders.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/cpu_work.hpp"
#include "api/period.hpp"
#include "api/principal.hpp"
#include "api/report_files.hpp"
#include "api/report_http.hpp"
#include "http/response.hpp"
#include "service/audit_log.hpp"
#include "service/performance_report.hpp"
#include "util/time_format.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cmath>
#include <filesystem>
#include <utility>

namespace tanggap::api {

namespace json = boost::json;
using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::status;
using http::beast_http::verb;

// Whose figures the report covers: a unit-bound role's own unit's, everyone else's all.
core::Result<std::optional<std::string>> unit_scope(const domain::StaffUser& staff) {
    if (!domain::may(staff.role, domain::Duty::read_reports)) {
        return domain::duty_refusal(staff.role, domain::Duty::read_reports);
    }
    if (domain::role_needs_unit(staff.role)) return std::optional<std::string>{staff.unit_code};
    return std::optional<std::string>{};
}

boost::asio::awaitable<core::Result<void>> audit_export(Api& api,
                                                        const http::Context& ctx,
                                                        std::string filename) {
    service::AuditRecord entry{staff_of(ctx).username,
                               std::string(domain::audit_action::export_file),
                               "",
                               std::move(filename)};
    co_return co_await api.admin.record_audit(std::move(entry), util::now());
}

awaitable<core::Result<std::string>> draw_letters(Api& api, reports::LetterDocument document) {
    auto draw = [document = std::move(document)]() -> core::Result<std::string> {
        try {
            return reports::render_letters_pdf(document);
        } catch (const std::exception& e) {
            return core::make_error(core::ErrorCode::internal, e.what());
        }
    };
    co_return co_await run_on(api.cpu_pool, std::move(draw));
}

http::Response file_response(const http::Request& req,
                             std::string_view content_type,
                             const std::string& filename,
                             std::string body) {
    http::Response res{status::ok, req.version()};
    res.set(http::beast_http::field::content_type, content_type);
    res.set(http::beast_http::field::content_disposition,
            "attachment; filename=\"" + filename + "\"");
    res.set(http::beast_http::field::cache_control, "no-store");
    res.keep_alive(req.keep_alive());
    res.body() = std::move(body);
    res.prepare_payload();
    return res;
}

namespace {

enum class ReportFormat { json, csv, xlsx };

struct PerformanceRequest {
    service::PerformanceGroup group = service::PerformanceGroup::unit;
    ReportFormat format = ReportFormat::json;
    Period period;
    store::PerformanceQuery query;
};

core::Result<PerformanceRequest> parse_request(const http::Context& ctx) {
    PerformanceRequest r;
    if (auto g = ctx.query("group"); g && !g->empty()) {
        auto group = service::parse_performance_group(*g);
        if (!group) {
            return make_error(ErrorCode::invalid_field,
                              "group harus unit, officer, category atau kecamatan",
                              "group");
        }
        r.group = *group;
    }
    if (auto f = ctx.query("format"); f && !f->empty()) {
        if (*f == "csv") {
            r.format = ReportFormat::csv;
        } else if (*f == "xlsx") {
            r.format = ReportFormat::xlsx;
        } else if (*f != "json") {
            return make_error(
                ErrorCode::invalid_field, "format harus json, csv atau xlsx", "format");
        }
    }
    auto period = parse_period(ctx, PeriodBounds::dates_or_times);
    if (!period) return period.error();
    r.period = std::move(*period);
    auto scope = unit_scope(staff_of(ctx));
    if (!scope) return scope.error();
    r.query = store::PerformanceQuery{r.period.from, r.period.to, std::move(*scope)};
    return r;
}

ReportCell number(const std::optional<double>& value, double scale) {
    if (!value) return std::monostate{};
    return std::round(*value * scale) / scale;
}

// The columns of every format, in order: one name and one cell per figure.
std::vector<std::pair<std::string, ReportCell>> row_cells(const service::PerformanceRow& row,
                                                          bool totals) {
    return {
        {"rank", totals ? ReportCell{} : ReportCell{std::int64_t{row.rank}}},
        {"code", totals ? ReportCell{} : ReportCell{row.key}},
        {"name", totals ? ReportCell{std::string("Total")} : ReportCell{row.name}},
        {"received", row.received},
        {"assessed", row.assessed},
        {"within_deadline", row.within_deadline},
        {"within_deadline_pct", number(row.within_deadline_pct, 10.0)},
        {"first_response_median_hours", number(row.first_response_median_hours, 10.0)},
        {"first_response_p90_hours", number(row.first_response_p90_hours, 10.0)},
        {"resolution_median_hours", number(row.resolution_median_hours, 10.0)},
        {"resolution_p90_hours", number(row.resolution_p90_hours, 10.0)},
        {"reopened", row.reopened},
        {"reopened_pct", number(row.reopened_pct, 10.0)},
        {"rating_mean", number(row.rating_mean, 100.0)},
        {"ratings", row.ratings},
        {"overdue_now", row.overdue_now},
    };
}

json::value json_of(const ReportCell& cell) {
    return std::visit(
        [](const auto& value) -> json::value {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return nullptr;
            } else if constexpr (std::is_same_v<T, double>) {
                // Boost.JSON writes 100.0 as 1E2; a whole number reads better as one.
                if (std::abs(value) < 1e15 && value == std::floor(value)) {
                    return json::value(static_cast<std::int64_t>(value));
                }
                return json::value(value);
            } else {
                return json::value(value);
            }
        },
        cell);
}

json::object json_row(const service::PerformanceRow& row, bool totals = false) {
    json::object out;
    for (auto& [name, cell] : row_cells(row, totals)) {
        if (totals && (name == "rank" || name == "code" || name == "name")) continue;
        out[name] = json_of(cell);
    }
    return out;
}

json::value or_null(const std::string& text) {
    return text.empty() ? json::value(nullptr) : json::value(text);
}

json::object render_json(const PerformanceRequest& r,
                         const service::PerformanceReport& report,
                         domain::Timestamp now) {
    json::array rows, ranking;
    for (const auto& row : report.rows) rows.push_back(json_row(row));
    for (const auto& row : report.unit_ranking) {
        ranking.push_back(
            json::object{{"rank", row.rank},
                         {"code", row.key},
                         {"name", row.name},
                         {"received", row.received},
                         {"within_deadline", row.within_deadline},
                         {"within_deadline_pct", json_of(number(row.within_deadline_pct, 10.0))}});
    }
    return json::object{
        {"group", service::to_string(r.group)},
        {"from", or_null(r.period.from_text)},
        {"to", or_null(r.period.to_text)},
        {"unit", r.query.unit ? json::value(*r.query.unit) : json::value(nullptr)},
        {"generated_at", util::format_iso8601(now)},
        {"rows", std::move(rows)},
        {"unit_ranking", std::move(ranking)},
        {"totals", json_row(report.totals, true)},
    };
}

// The rows, then a last row with the totals.
ReportTable report_table(const service::PerformanceReport& report) {
    ReportTable table;
    table.sheet_name = "Kinerja";
    for (const auto& [name, cell] : row_cells(report.totals, true)) table.columns.push_back(name);
    auto cells_of = [](const service::PerformanceRow& row, bool totals) {
        std::vector<ReportCell> cells;
        for (auto& [name, cell] : row_cells(row, totals)) cells.push_back(std::move(cell));
        return cells;
    };
    for (const auto& row : report.rows) table.rows.push_back(cells_of(row, false));
    table.rows.push_back(cells_of(report.totals, true));
    return table;
}

awaitable<http::Response> performance(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto request = parse_request(ctx);
    if (!request) co_return http::error_response(req, request.error());
    const auto now = util::now();
    auto report = co_await api.figures.performance(
        directory, api.deadlines.snapshot(), request->query, request->group, now);
    if (!report) co_return http::error_response(req, report.error());

    const std::string filename =
        "tanggap-kinerja-" + std::string(service::to_string(request->group)) + ".";
    if (request->format != ReportFormat::json) {
        const auto extension = request->format == ReportFormat::csv ? "csv" : "xlsx";
        auto audited = co_await audit_export(api, ctx, filename + extension);
        if (!audited) co_return http::error_response(req, audited.error());
    }
    switch (request->format) {
        case ReportFormat::json:
            break;
        case ReportFormat::csv:
            co_return file_response(
                req, kCsvContentType, filename + "csv", render_csv(report_table(*report)));
        case ReportFormat::xlsx: {
            auto write = [table = report_table(*report)] {
                return render_xlsx(table, std::filesystem::temp_directory_path());
            };
            auto bytes = co_await run_on(api.cpu_pool, std::move(write));
            if (!bytes) co_return http::error_response(req, bytes.error());
            co_return file_response(req, kXlsxContentType, filename + "xlsx", std::move(*bytes));
        }
    }
    co_return http::json_response(req, status::ok, render_json(*request, *report, now));
}

}  // namespace

void add_report_routes(http::Router& router, Api& api) {
    router.add(verb::get,
               "/api/v1/reports/performance",
               staff_only(api, [&api](http::Context& ctx) { return performance(api, ctx); }));
}

}  // namespace tanggap::api
