#pragma once
// Complaint status: the states of the status machine (see status_machine.hpp).

#include <optional>
#include <string_view>

namespace tanggap::domain {

enum class Status {
    diterima,         // received
    diverifikasi,     // verified as a complaint the government can act on
    didisposisikan,   // handed to a unit
    ditindaklanjuti,  // the unit is working on it
    selesai,          // resolved, with an answer
    ditutup,          // closed: confirmed by the reporter or quiet for long enough
    ditunda,          // waiting for more information from the reporter
    bukan_wewenang,   // the unit says it is not its duty; back to the super admin
    ditolak,          // rejected: spam, abusive, duplicate
    diarsipkan,       // archived: information never came, or not a complaint
    dibuka_kembali,   // reopened by the reporter
};

inline constexpr Status kAllStatuses[] = {
    Status::diterima,
    Status::diverifikasi,
    Status::didisposisikan,
    Status::ditindaklanjuti,
    Status::selesai,
    Status::ditutup,
    Status::ditunda,
    Status::bukan_wewenang,
    Status::ditolak,
    Status::diarsipkan,
    Status::dibuka_kembali,
};

std::string_view to_string(Status status);
std::optional<Status> parse_status(std::string_view text);

// How the status reads to a citizen, in Bahasa Indonesia ("Sedang ditindaklanjuti").
std::string_view status_label(Status status);

// Terminal states take no further action except internal notes.
bool is_terminal(Status status);

// Still being worked on: not selesai, ditutup, ditolak or diarsipkan (the inbox's "open").
bool is_open(Status status);

// Answered: selesai, or ditutup after the answer (the figures' "resolved").
bool is_resolved(Status status);

// Turned away without an answer: ditolak or diarsipkan (the figures' "rejected").
bool is_dismissed(Status status);

}  // namespace tanggap::domain
