#include "domain/complaint.hpp"

#include "domain/names.hpp"

namespace tanggap::domain {
namespace {

constexpr NameTable<ComplaintKind, 3> kKindNames{{
    {ComplaintKind::pengaduan, "pengaduan"},
    {ComplaintKind::aspirasi, "aspirasi"},
    {ComplaintKind::permintaan_informasi, "permintaan_informasi"},
}};

constexpr NameTable<Channel, 10> kChannelNames{{
    {Channel::web, "web"},
    {Channel::mobile, "mobile"},
    {Channel::whatsapp, "whatsapp"},
    {Channel::call_center, "call_center"},
    {Channel::facebook, "facebook"},
    {Channel::instagram, "instagram"},
    {Channel::sp4n_lapor, "sp4n_lapor"},
    {Channel::walk_in, "walk_in"},
    {Channel::email, "email"},
    {Channel::emergency_112, "emergency_112"},
}};

}  // namespace

std::string_view to_string(ComplaintKind kind) { return name_of(kKindNames, kind); }
std::optional<ComplaintKind> parse_complaint_kind(std::string_view text) {
    return parse_name(kKindNames, text);
}
std::string_view to_string(Channel channel) { return name_of(kChannelNames, channel); }
std::optional<Channel> parse_channel(std::string_view text) {
    return parse_name(kChannelNames, text);
}

namespace {
constexpr std::string_view kReporterWord = "pelapor";
constexpr std::string_view kSystemWord = "sistem";
}  // namespace

EventActor EventActor::parse(std::string_view stored) {
    if (stored == kReporterWord) return reporter();
    if (stored == kSystemWord) return system();
    return staff(std::string(stored));
}

std::string_view to_string(const EventActor& actor) {
    switch (actor.kind()) {
        case EventActor::Kind::reporter:
            return kReporterWord;
        case EventActor::Kind::system:
            return kSystemWord;
        case EventActor::Kind::staff:
            return actor.username();
    }
    return kSystemWord;
}

bool is_reserved_actor_name(std::string_view username) {
    return username == kReporterWord || username == kSystemWord;
}

}  // namespace tanggap::domain
