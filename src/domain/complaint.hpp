#pragma once
// The complaint record and its append-only history.

#include "domain/status.hpp"
#include "domain/time.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::domain {

enum class ComplaintKind { pengaduan, aspirasi, permintaan_informasi };

enum class Channel {
    web,
    mobile,
    whatsapp,
    call_center,
    facebook,
    instagram,
    sp4n_lapor,
    walk_in,
    email,
    emergency_112,
};

std::string_view to_string(ComplaintKind kind);
std::optional<ComplaintKind> parse_complaint_kind(std::string_view text);
std::string_view to_string(Channel channel);
std::optional<Channel> parse_channel(std::string_view text);

// Escalation levels: 0 the unit, 1 Diskominfo (the super admin), 2 the Bupati (leadership).
inline constexpr int kTopEscalationLevel = 2;

struct Location {
    std::optional<double> lat;
    std::optional<double> lon;
    std::string address;
    std::string kecamatan_code;  // e.g. 32.12.05
    std::string desa_code;       // e.g. 32.12.05.2001

    bool empty() const {
        return !lat && !lon && address.empty() && kecamatan_code.empty() && desa_code.empty();
    }
};

// The leadership heat map counts complaints in cells of 1/kHeatMapCellsPerDegree degree (about
// 1.1 km), each named by its rounded centre.
inline constexpr int kHeatMapCellsPerDegree = 100;

// Every field is optional: a citizen may report without leaving any contact.
struct Reporter {
    std::string name;
    std::string phone;
    std::string email;
};

enum class PhotoStage { report, proof };  // sent with the report / proof attached by the unit

// A rectangle the public copy of a photo blurs, in pixels of the full-size copy: a face or a
// number plate found at upload (media/photo_blur.hpp), or one the officer drew.
enum class BlurKind { face, plate, manual };

struct BlurRegion {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    BlurKind kind = BlurKind::manual;
    bool operator==(const BlurRegion&) const = default;
};

struct Photo {
    std::string id;  // random, names the stored files
    PhotoStage stage = PhotoStage::report;
    std::string content_type;  // of the public (stripped) copy
    int width = 0;
    int height = 0;
    bool published = false;  // a report photo the officer approved for the public copy
    // What the public copy blurs. Nullopt for a photo stored before detection existed: its
    // public copy then runs the detection itself, so nothing is shown unblurred.
    std::optional<std::vector<BlurRegion>> blur_regions = std::nullopt;
};

// The most Unicode code points in the reporter's feedback comment.
inline constexpr std::size_t kFeedbackCommentMax = 2000;

struct Feedback {
    bool solved = false;
    int rating = 0;  // 1..5
    std::string comment;
    Timestamp at;
};

struct Complaint {
    std::int64_t id = 0;
    std::string ticket;
    ComplaintKind kind = ComplaintKind::pengaduan;
    Channel channel = Channel::web;
    std::string title;
    std::string description;
    std::string category_code;
    Location location;
    Reporter reporter;
    bool anonymous = false;
    bool confidential = false;
    std::string unit_code;  // the unit responsible now
    Status status = Status::diterima;
    std::string tracking_token_hash;  // the token itself is given once, to the reporter
    std::string created_by;           // staff username for operator intake, empty for citizens
    std::string source_url;           // the public post or comment it was filed from, if any
    Timestamp created_at;
    Timestamp updated_at;
    std::optional<Timestamp> due_at;  // set by the deadline engine
    // Where the current step stands on the escalation ladder (sla/escalation.hpp); kept by the
    // complaint service and the deadline sweep, reset when a new step starts.
    std::optional<Timestamp> step_started_at;
    int reminders_sent = 0;
    int escalation_level = 0;                // 0 the unit, 1 Diskominfo, 2 the Bupati
    std::optional<Timestamp> next_check_at;  // when the sweep looks again; none: nothing ahead
    std::string late_reason;                 // the unit's word on why it is late
    std::vector<Photo> photos;
    std::optional<Feedback> feedback;
    // When an officer first verified it: from then on the public reads its redacted copy
    // (domain/publication.hpp). Phrases the officer masked besides the automatic redaction.
    std::optional<Timestamp> verified_at;
    std::vector<std::string> hidden_phrases;
    // Every unit that has held the complaint; they keep seeing it after passing it on.
    std::vector<std::string> handling_units;
};

// Who an event of the history is by: the reporter, the system (deadline sweeps, SP4N-LAPOR!
// imports), or a staff member. Stored and sent as one word: the staff member's username, or
// one of the two names no account may take ("pelapor", "sistem").
class EventActor {
  public:
    enum class Kind { reporter, system, staff };

    static EventActor reporter() { return EventActor(Kind::reporter, {}); }
    static EventActor system() { return EventActor(Kind::system, {}); }
    static EventActor staff(std::string username) {
        return EventActor(Kind::staff, std::move(username));
    }
    // The stored word back: a reserved name, else a staff username.
    static EventActor parse(std::string_view stored);

    Kind kind() const { return kind_; }
    const std::string& username() const { return username_; }  // empty unless staff
    bool operator==(const EventActor&) const = default;

  private:
    EventActor(Kind kind, std::string username) : kind_(kind), username_(std::move(username)) {}
    Kind kind_;
    std::string username_;
};

// "pelapor", "sistem" or the username.
std::string_view to_string(const EventActor& actor);

// The reserved words an account's username may not be, so a stored actor reads back as itself.
bool is_reserved_actor_name(std::string_view username);

// One entry of the append-only history.
struct ComplaintEvent {
    std::int64_t seq = 0;  // 1, 2, ... within the complaint
    Timestamp at;
    EventActor actor = EventActor::reporter();
    std::string action;  // "submit", or an Action name, or "feedback"
    Status from = Status::diterima;
    Status to = Status::diterima;
    std::string unit_from;
    std::string unit_to;
    std::string public_text;    // shown to the reporter and the public
    std::string internal_note;  // staff only
};

}  // namespace tanggap::domain
