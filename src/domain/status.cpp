#include "domain/status.hpp"

#include "domain/names.hpp"

namespace tanggap::domain {
namespace {

constexpr NameTable<Status, 11> kNames{{
    {Status::diterima, "diterima"},
    {Status::diverifikasi, "diverifikasi"},
    {Status::didisposisikan, "didisposisikan"},
    {Status::ditindaklanjuti, "ditindaklanjuti"},
    {Status::selesai, "selesai"},
    {Status::ditutup, "ditutup"},
    {Status::ditunda, "ditunda"},
    {Status::bukan_wewenang, "bukan_wewenang"},
    {Status::ditolak, "ditolak"},
    {Status::diarsipkan, "diarsipkan"},
    {Status::dibuka_kembali, "dibuka_kembali"},
}};

}  // namespace

std::string_view to_string(Status status) { return name_of(kNames, status); }
std::optional<Status> parse_status(std::string_view text) { return parse_name(kNames, text); }

std::string_view status_label(Status status) {
    switch (status) {
        case Status::diterima:
            return "Diterima";
        case Status::diverifikasi:
            return "Diverifikasi";
        case Status::didisposisikan:
            return "Diteruskan ke unit";
        case Status::ditindaklanjuti:
            return "Sedang ditindaklanjuti";
        case Status::selesai:
            return "Selesai";
        case Status::ditutup:
            return "Ditutup";
        case Status::ditunda:
            return "Menunggu keterangan Anda";
        case Status::bukan_wewenang:
            return "Dialihkan ke unit lain";
        case Status::ditolak:
            return "Ditolak";
        case Status::diarsipkan:
            return "Diarsipkan";
        case Status::dibuka_kembali:
            return "Dibuka kembali";
    }
    return "";
}

bool is_terminal(Status status) {
    return status == Status::ditutup || status == Status::ditolak || status == Status::diarsipkan;
}

bool is_open(Status status) { return status != Status::selesai && !is_terminal(status); }

bool is_resolved(Status status) { return status == Status::selesai || status == Status::ditutup; }

bool is_dismissed(Status status) {
    return status == Status::ditolak || status == Status::diarsipkan;
}

}  // namespace tanggap::domain
