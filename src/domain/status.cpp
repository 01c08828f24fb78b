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

bool is_terminal(Status status) {
    return status == Status::ditutup || status == Status::ditolak || status == Status::diarsipkan;
}

bool is_open(Status status) { return status != Status::selesai && !is_terminal(status); }

}  // namespace tanggap::domain
