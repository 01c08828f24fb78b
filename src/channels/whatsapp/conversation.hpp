#pragma once
// The WhatsApp chat that turns a citizen's messages (Bahasa Indonesia) into a complaint: a pure
// state machine. The caller keeps one ConversationState per phone number (as JSON text), calls
// converse() for every inbound message, sends the replies, and acts on the effect (files the
// submission, looks up a ticket, hands the chat to an operator, records an opt-out). No I/O.
//
// Flow: greeting + main menu (Lapor pengaduan / Cek status / Konsultasi) -> category list
// (paged, then subcategories) -> description -> location (shared location, or typed
// "kecamatan, desa") -> photos -> summary with Kirim / Ubah / Batal. At any step: "cek <tiket>",
// "batal", "menu", "berhenti"/"stop" and "mulai".

#include "channels/meta/webhook_payload.hpp"
#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "domain/directory_index.hpp"
#include "domain/submission.hpp"
#include "domain/time.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::channels::whatsapp {

enum class Stage {
    menu,             // greeted; waiting for a main-menu choice
    choose_category,  // a category list is shown (category_parent/category_page say which)
    describe,         // waiting for the description
    locate,           // waiting for a shared location or "kecamatan, desa"
    locate_desa,      // kecamatan known (location.kecamatan_code); waiting for the desa
    photos,           // collecting photos until "selesai"/"lewati"
    confirm,          // summary shown with Kirim / Ubah / Batal
    choose_edit,      // "Ubah": which part to change
    with_operator,    // Konsultasi: messages go to the operator console until "menu"
};

std::string_view to_string(Stage stage);
std::optional<Stage> parse_stage(std::string_view text);

struct ConversationState {
    Stage stage = Stage::menu;
    std::string category_code;
    std::string category_parent;  // the list shown: "" top level, else a category's children
    int category_page = 0;
    std::string description;
    domain::Location location;
    std::vector<std::string> photo_ids;  // stored photo ids, at most domain::kMaxPhotos
    std::string reporter_name;           // the WhatsApp profile name
    bool editing = false;  // changing one part from the summary: go back to confirm after it
    domain::Timestamp started_at;
    domain::Timestamp last_activity;
};

std::string to_json(const ConversationState& state);
// Errors: invalid_field when the text is not a JSON object or names an unknown stage.
core::Result<ConversationState> conversation_from_json(std::string_view text);

struct Option {
    std::string id;           // comes back as InboundMessage::reply_id
    std::string title;        // <= 24 characters for list rows, <= 20 for buttons
    std::string description;  // list rows only, <= 72 characters
};

// One outbound message. `text`: body only. `buttons`: up to 3 reply buttons. `list`: up to 10
// rows behind `button_label` (<= 20 characters); header <= 60 characters.
struct Reply {
    enum class Kind { text, list, buttons };
    Kind kind = Kind::text;
    std::string header;
    std::string body;
    std::string footer;
    std::string button_label;
    std::vector<Option> options;
};

struct ConversationContext {
    const domain::DirectoryIndex& directory;  // categories, kecamatan and desa names
    domain::Timestamp now;
    std::chrono::seconds expire_after{std::chrono::hours(24)};
    std::string tracking_base_url;  // e.g. "https://tanggap.indramayukab.go.id/lacak/"
};

enum class Effect {
    none,
    file_complaint,       // file `submission` (photos: next.photo_ids), then send filed_reply()
    check_status,         // look up `ticket`, then send status_reply()
    forward_to_operator,  // show this message to the operator console
    opt_out,              // stop sending this number anything but replies to its messages
    opt_in,
};

struct Turn {
    ConversationState next;
    bool ended = false;  // delete the stored state (next still carries photo_ids for filing)
    std::vector<Reply> replies;
    Effect effect = Effect::none;
    domain::Submission submission;  // when file_complaint; passes validate_submission
    std::string ticket;             // when check_status, upper-cased
};

// One step of the chat. `state` is the stored state, if any; one older than
// ctx.expire_after (by last_activity) counts as absent. Images must carry
// message.stored_photo_id: the caller fetches and stores the media first and leaves the id
// empty when that failed. Never throws on odd input: unsupported messages re-prompt the step.
Turn converse(const std::optional<ConversationState>& state,
              const meta::InboundMessage& message,
              const ConversationContext& ctx);

// Sent after filing: the ticket and the tracking link (tracking_base_url + token).
Reply filed_reply(std::string_view ticket,
                  std::string_view tracking_token,
                  const ConversationContext& ctx);
// Sent after a status lookup; `complaint` null when no such ticket. The caller decides whether
// the asker may see it (e.g. confidential complaints only to the reporter's number); only the
// status, the unit, the last update time and `last_public_text` are shown.
Reply status_reply(std::string_view ticket,
                   const domain::Complaint* complaint,
                   std::string_view last_public_text,
                   const ConversationContext& ctx);
// Sent when an image could not be fetched from Meta.
Reply photo_failed_reply();

}  // namespace tanggap::channels::whatsapp
