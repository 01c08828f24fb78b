// GET /api/v1/reports/monev?unit=CODE&month=YYYY-MM: a unit's monthly monev report as a PDF,
// with the figures of the performance report (service/performance_report.hpp) for the complaints
// it received that month, its rank among all units, and charts per officer and per category.

#include "api/api.hpp"
#include "api/auth.hpp"
#include "api/cpu_work.hpp"
#include "api/month_names.hpp"
#include "api/period.hpp"
#include "api/principal.hpp"
#include "api/report_http.hpp"
#include "http/response.hpp"
#include "reports/monev_pdf.hpp"
#include "service/performance_report.hpp"
#include "util/time_format.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string>

namespace tanggap::api {

using boost::asio::awaitable;
using core::ErrorCode;
using core::make_error;
using http::beast_http::verb;

namespace {

struct MonevRequest {
    std::string unit;
    std::chrono::year_month month;
    domain::Timestamp from;  // the month's first local midnight
    domain::Timestamp to;    // the next month's
};

std::optional<std::chrono::year_month> parse_month(std::string_view text) {
    int year = 0;
    unsigned month = 0;
    char tail = 0;
    if (text.size() != 7 || text[4] != '-' ||
        std::sscanf(std::string(text).c_str(), "%4d-%2u%c", &year, &month, &tail) != 2) {
        return std::nullopt;
    }
    std::chrono::year_month ym{std::chrono::year{year}, std::chrono::month{month}};
    if (!ym.ok() || year < 2000) return std::nullopt;
    return ym;
}

core::Result<MonevRequest> parse_request(const http::Context& ctx,
                                         const domain::DirectoryIndex& directory) {
    auto scope = unit_scope(staff_of(ctx));
    if (!scope) return scope.error();
    MonevRequest r;
    r.unit = ctx.query("unit").value_or("");
    if (*scope) {
        if (r.unit.empty()) r.unit = **scope;
        if (r.unit != **scope) {
            return make_error(ErrorCode::forbidden, "Laporan unit lain tidak dapat dilihat");
        }
    }
    if (r.unit.empty()) return make_error(ErrorCode::invalid_field, "unit wajib diisi", "unit");
    if (!directory.find_unit(r.unit)) {
        return make_error(ErrorCode::invalid_field, "Unit tidak dikenal", "unit");
    }
    if (auto m = ctx.query("month"); m && !m->empty()) {
        auto month = parse_month(*m);
        if (!month) {
            return make_error(
                ErrorCode::invalid_field, "month harus YYYY-MM, mis. 2022-05", "month");
        }
        r.month = *month;
    } else {  // this month, in the local zone
        const auto today =
            std::chrono::floor<std::chrono::days>(util::now() + util::local_zone().offset);
        const std::chrono::year_month_day ymd{today};
        r.month = ymd.year() / ymd.month();
    }
    r.from = local_midnight(r.month / 1);
    r.to = local_midnight((r.month + std::chrono::months{1}) / 1);
    return r;
}

std::string decimal(double value) {  // id-ID: one decimal, comma
    char out[32];
    std::snprintf(out, sizeof out, "%.1f", value);
    std::string s = out;
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string hours(const std::optional<double>& median, const std::optional<double>& p90) {
    if (!median) return "belum ada";
    return decimal(*median) + " / " + decimal(p90.value_or(*median)) + " jam";
}

reports::MonevSheet build_sheet(const MonevRequest& r,
                                const domain::DirectoryIndex& directory,
                                const service::PerformanceReport& all_units,
                                const service::PerformanceReport& by_officer,
                                const service::PerformanceReport& by_category,
                                domain::Timestamp now) {
    reports::MonevSheet sheet;
    sheet.title = "Laporan Monev Pengaduan";
    sheet.unit_name = directory.find_unit(r.unit)->name;
    sheet.period =
        month_name(r.month.month()) + " " + std::to_string(static_cast<int>(r.month.year()));
    sheet.generated = "Dibuat " + util::format_local_minute(now) +
                      " oleh Tanggap, dari aduan yang diterima pada periode ini.";

    const auto& units = all_units.unit_ranking;
    auto own = std::find_if(
        units.begin(), units.end(), [&](const auto& row) { return row.key == r.unit; });
    const service::PerformanceRow row = own != units.end() ? *own : by_officer.totals;
    const auto& t = by_officer.totals;  // the unit's own complaints, every figure
    sheet.figures = {
        {"Aduan diterima", std::to_string(t.received)},
        {"Ditindaklanjuti tepat waktu",
         t.within_deadline_pct
             ? std::to_string(t.within_deadline) + " dari " + std::to_string(t.assessed) + " (" +
                   decimal(*t.within_deadline_pct) + "%)"
             : "belum ada"},
        {"Respons pertama (median / persentil 90)",
         hours(t.first_response_median_hours, t.first_response_p90_hours)},
        {"Penyelesaian (median / persentil 90)",
         hours(t.resolution_median_hours, t.resolution_p90_hours)},
        {"Dibuka kembali oleh pelapor",
         std::to_string(t.reopened) +
             (t.reopened_pct ? " (" + decimal(*t.reopened_pct) + "% dari yang selesai)" : "")},
        {"Penilaian pelapor",
         t.rating_mean
             ? decimal(*t.rating_mean) + " dari 5 (" + std::to_string(t.ratings) + " penilaian)"
             : "belum ada"},
        {"Terlambat saat ini", std::to_string(t.overdue_now)},
        {"Peringkat ketepatan waktu",
         own != units.end() && row.within_deadline_pct
             ? std::to_string(row.rank) + " dari " + std::to_string(units.size()) + " unit"
             : "belum dinilai"},
    };

    reports::BarChart officers{"Tindak lanjut tepat waktu per petugas (%)", "%", 100, {}};
    for (const auto& o : by_officer.rows) {
        if (o.key.empty() || !o.within_deadline_pct) continue;
        officers.bars.emplace_back(o.name.empty() ? o.key : o.name, *o.within_deadline_pct);
    }
    reports::BarChart categories{"Aduan diterima per kategori", "", 0, {}};
    auto cats = by_category.rows;
    std::sort(cats.begin(), cats.end(), [](const auto& a, const auto& b) {
        return a.received != b.received ? a.received > b.received : a.key < b.key;
    });
    for (const auto& c : cats) {
        categories.bars.emplace_back(c.name.empty() ? "(tanpa kategori)" : c.name,
                                     static_cast<double>(c.received));
    }
    sheet.charts = {std::move(officers), std::move(categories)};
    sheet.notes = {
        "Tepat waktu: tindak lanjut pertama (mulai, tanggapan atau penyelesaian) sebelum tenggat "
        "langkah tindak lanjut menurut kebijakan kategori (SP4N-LAPOR!: 5 hari kerja).",
        "Aduan yang ditolak atau diarsipkan sebelum ditindaklanjuti tidak dinilai. Jam dihitung "
        "sejak aduan diterima; persentil 90: 9 dari 10 aduan lebih cepat dari angka ini.",
    };
    return sheet;
}

awaitable<http::Response> monev(Api& api, http::Context& ctx) {
    const auto directory = api.directory.snapshot();
    const auto& req = ctx.request;
    auto request = parse_request(ctx, *directory);
    if (!request) co_return http::error_response(req, request.error());
    const auto now = util::now();
    auto figures = co_await api.figures.monev(
        directory, api.deadlines.snapshot(), request->unit, request->from, request->to, now);
    if (!figures) co_return http::error_response(req, figures.error());
    auto sheet = build_sheet(
        *request, *directory, figures->units, figures->officers, figures->categories, now);
    auto draw = [sheet = std::move(sheet)]() -> core::Result<std::string> {
        try {
            return reports::render_monev_pdf(sheet);
        } catch (const std::exception& e) {
            return make_error(ErrorCode::internal, e.what());
        }
    };
    auto pdf = co_await run_on(api.cpu_pool, std::move(draw));
    if (!pdf) co_return http::error_response(req, pdf.error());
    const auto month = format_date(request->month / 1).substr(0, 7);  // YYYY-MM
    const auto filename = "monev-" + request->unit + "-" + month + ".pdf";
    auto audited = co_await audit_export(api, ctx, filename);
    if (!audited) co_return http::error_response(req, audited.error());
    co_return file_response(req, "application/pdf", filename, std::move(*pdf));
}

}  // namespace

void add_monev_routes(http::Router& router, Api& api) {
    router.add(verb::get, "/api/v1/reports/monev", staff_only(api, [&api](http::Context& ctx) {
                   return monev(api, ctx);
               }));
}

}  // namespace tanggap::api
