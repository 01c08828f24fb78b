#include "api/complaint_json.hpp"

#include "api/json_body.hpp"
#include "domain/photo_blur.hpp"
#include "domain/proof_photo.hpp"
#include "domain/publication.hpp"
#include "domain/status_machine.hpp"
#include "domain/submission.hpp"
#include "service/deadline_clock.hpp"
#include "sla/deadline_policy.hpp"
#include "util/time_format.hpp"

namespace tanggap::api {

namespace json = boost::json;
using core::ErrorCode;
using core::make_error;

namespace {

// Copies an optional field into `out` when present; returns the error otherwise.
template <class T, class U>
std::optional<core::Error> take(core::Result<std::optional<T>> r, U& out) {
    if (!r) return r.error();
    if (*r) out = std::move(**r);
    return std::nullopt;
}

std::optional<core::Error> parse_location(const JsonFields& body, domain::Location& loc) {
    auto object = body.object("location");
    if (!object) return object.error();
    if (!*object) return std::nullopt;
    JsonFields f(**object, "location.");
    if (auto e = take(f.number("lat"), loc.lat)) return e;
    if (auto e = take(f.number("lon"), loc.lon)) return e;
    if (auto e = take(f.string("address"), loc.address)) return e;
    if (auto e = take(f.string("kecamatan_code"), loc.kecamatan_code)) return e;
    if (auto e = take(f.string("desa_code"), loc.desa_code)) return e;
    return std::nullopt;
}

std::optional<core::Error> parse_reporter(const JsonFields& body, domain::Reporter& reporter) {
    auto object = body.object("reporter");
    if (!object) return object.error();
    if (!*object) return std::nullopt;
    JsonFields f(**object, "reporter.");
    if (auto e = take(f.string("name"), reporter.name)) return e;
    if (auto e = take(f.string("phone"), reporter.phone)) return e;
    if (auto e = take(f.string("email"), reporter.email)) return e;
    return std::nullopt;
}

json::value category_ref(const std::string& code, const domain::DirectoryIndex& directory) {
    if (code.empty()) return nullptr;
    const auto* category = directory.find_category(code);
    return json::object{{"code", code}, {"name", category ? category->name : code}};
}

std::string photo_url(const domain::Photo& photo, bool thumbnail) {
    return "/api/v1/media/" + photo.id + (thumbnail ? "/thumbnail" : "");
}

}  // namespace

json::value time_or_null(const std::optional<domain::Timestamp>& t) {
    return t ? json::value(util::format_iso8601(*t)) : json::value(nullptr);
}

core::Result<domain::Submission> parse_submission(const json::object& body, bool staff_intake) {
    JsonFields f(body);
    domain::Submission s;
    std::string kind, channel;
    if (auto e = take(f.string("kind"), kind)) return *e;
    if (!kind.empty()) {
        auto parsed = domain::parse_complaint_kind(kind);
        if (!parsed) {
            return make_error(ErrorCode::invalid_field,
                              "Jenis harus pengaduan, aspirasi atau permintaan_informasi",
                              "kind");
        }
        s.kind = *parsed;
    }
    if (staff_intake) {
        if (auto e = take(f.string("channel"), channel)) return *e;
        if (channel.empty()) {
            return make_error(ErrorCode::invalid_field, "Kanal wajib diisi", "channel");
        }
        auto parsed = domain::parse_channel(channel);
        if (!parsed) return make_error(ErrorCode::invalid_field, "Kanal tidak dikenal", "channel");
        s.channel = *parsed;
        if (auto e = take(f.string("source_url"), s.source_url)) return *e;
    }
    if (auto e = take(f.string("title"), s.title)) return *e;
    if (auto e = take(f.string("description"), s.description)) return *e;
    if (auto e = take(f.string("category"), s.category_code)) return *e;
    if (auto e = take(f.boolean("anonymous"), s.anonymous)) return *e;
    if (auto e = take(f.boolean("confidential"), s.confidential)) return *e;
    if (auto e = parse_location(f, s.location)) return *e;
    if (auto e = parse_reporter(f, s.reporter)) return *e;
    return s;
}

json::value render_unit_ref(const std::string& code, const domain::DirectoryIndex& directory) {
    const auto* unit = directory.find_unit(code);
    return json::object{{"code", code}, {"name", unit ? unit->name : code}};
}

json::object render_receipt(const service::SubmitReceipt& r,
                            const domain::DirectoryIndex& directory) {
    return json::object{{"ticket", r.ticket},
                        {"tracking_token", r.tracking_token},
                        {"status", domain::to_string(r.status)},
                        {"unit", render_unit_ref(r.unit_code, directory)},
                        {"created_at", util::format_iso8601(r.created_at)}};
}

json::object render_summary(const domain::Complaint& c, const domain::DirectoryIndex& directory) {
    return json::object{{"ticket", c.ticket},
                        {"title", c.title},
                        {"status", domain::to_string(c.status)},
                        {"kind", domain::to_string(c.kind)},
                        {"channel", domain::to_string(c.channel)},
                        {"category", category_ref(c.category_code, directory)},
                        {"unit", render_unit_ref(c.unit_code, directory)},
                        {"confidential", c.confidential},
                        {"anonymous", c.anonymous},
                        {"created_at", util::format_iso8601(c.created_at)},
                        {"due_at", time_or_null(c.due_at)},
                        {"escalation_level", c.escalation_level},
                        {"late_reason", c.late_reason}};
}

json::object render_inbox_row(const domain::Complaint& c, const domain::DirectoryIndex& directory) {
    auto row = render_summary(c, directory);
    row["overdue_after"] = time_or_null(domain::overdue_after(c));
    return row;
}

json::object render_notification(const domain::Notification& n) {
    return json::object{{"id", n.id},
                        {"ticket", n.ticket},
                        {"kind", domain::to_string(n.kind)},
                        {"level", n.level},
                        {"text", n.text},
                        {"created_at", util::format_iso8601(n.created_at)}};
}

void add_deadlines(json::object& view, const domain::Complaint& c, domain::Timestamp now) {
    json::array deadlines;
    auto rule = service::step_rule(c.status);
    if (rule && c.due_at) {
        deadlines.push_back(json::object{{"step", sla::to_string(rule->step)},
                                         {"due_at", util::format_iso8601(*c.due_at)},
                                         {"overdue", sla::is_overdue(now, *c.due_at)}});
    }
    view["deadlines"] = std::move(deadlines);
    view["escalation_level"] = c.escalation_level;
    view["late_reason"] = c.late_reason;
}

void add_staff_controls(json::object& view,
                        const domain::Complaint& c,
                        const domain::StaffUser& staff,
                        domain::Timestamp now) {
    json::array actions;
    for (const auto action : domain::allowed_actions(c, domain::Actor{staff}, now)) {
        const auto fields = domain::fields_of(action);
        actions.push_back(json::object{{"action", domain::to_string(action)},
                                       {"message", domain::to_string(fields.message)},
                                       {"note", domain::to_string(fields.note)},
                                       {"unit", domain::to_string(fields.unit)},
                                       {"reason", domain::to_string(fields.reason)},
                                       {"category", domain::to_string(fields.category)}});
    }
    view["allowed_actions"] = std::move(actions);
    view["overdue_after"] = time_or_null(domain::overdue_after(c));
    view["proof_photo_room"] = domain::proof_photo_room(c, staff);
}

namespace {

// `editing`: for staff who read the original, what the public copy blurs and where to see it.
json::object render_photo(const domain::Photo& p, bool editing) {
    json::object out{{"id", p.id},
                     {"stage", p.stage == domain::PhotoStage::proof ? "proof" : "report"},
                     {"url", photo_url(p, false)},
                     {"thumbnail_url", photo_url(p, true)},
                     {"width", p.width},
                     {"height", p.height}};
    if (!editing) return out;
    json::array regions;
    for (const auto& r : p.blur_regions.value_or(std::vector<domain::BlurRegion>{})) {
        regions.push_back(json::object{{"x", r.x},
                                       {"y", r.y},
                                       {"width", r.width},
                                       {"height", r.height},
                                       {"kind", domain::to_string(r.kind)}});
    }
    out["blur_regions"] = std::move(regions);
    out["public_url"] = photo_url(p, false) + "?copy=public";
    return out;
}

// What the public reads of the complaint and what decides it, for the officer who publishes.
json::object render_publication(const domain::Complaint& c, const domain::StaffUser& staff) {
    const auto copy = domain::public_copy(c);
    json::array phrases;
    for (const auto& p : c.hidden_phrases) phrases.push_back(json::value(p));
    json::array shown;
    for (const auto& p : c.photos) {
        if (p.stage == domain::PhotoStage::report && p.published)
            shown.push_back(json::value(p.id));
    }
    return json::object{{"published", domain::is_published(c)},
                        {"state", domain::to_string(domain::publication_state(c))},
                        {"editable", !domain::check_permission(c, staff, domain::Action::verify)},
                        {"verified_at", time_or_null(c.verified_at)},
                        {"title", copy.title},
                        {"description", copy.description},
                        {"hidden_phrases", std::move(phrases)},
                        {"published_photos", std::move(shown)}};
}

}  // namespace

json::object render_staff_view(const service::ComplaintRecord& record,
                               const domain::Visibility& visibility,
                               const domain::DirectoryIndex& directory,
                               const domain::StaffUser& staff,
                               domain::Timestamp now) {
    auto view = render_complaint(record, visibility, directory, true);
    if (visibility.original) view["publication"] = render_publication(record.complaint, staff);
    add_deadlines(view, record.complaint, now);
    add_staff_controls(view, record.complaint, staff, now);
    return view;
}

json::object render_complaint(const service::ComplaintRecord& record,
                              const domain::Visibility& v,
                              const domain::DirectoryIndex& directory,
                              bool staff) {
    const auto& c = record.complaint;
    json::object out = render_summary(c, directory);
    // Without `original` everything the reporter wrote comes from the public copy.
    const auto copy = domain::public_copy(c);
    out["title"] = v.original ? c.title : copy.title;
    out["description"] = v.original ? c.description : copy.description;
    out["updated_at"] = util::format_iso8601(c.updated_at);
    if (v.location) {
        const auto& l = c.location;
        out["location"] = json::object{{"lat", l.lat ? json::value(*l.lat) : json::value(nullptr)},
                                       {"lon", l.lon ? json::value(*l.lon) : json::value(nullptr)},
                                       {"address", v.original ? l.address : std::string{}},
                                       {"kecamatan_code", l.kecamatan_code},
                                       {"desa_code", l.desa_code}};
    }
    if (v.reporter_name || v.reporter_contact) {
        json::object reporter;
        if (v.reporter_name) reporter["name"] = c.reporter.name;
        if (v.reporter_contact && staff) {
            reporter["phone"] = c.reporter.phone;
            if (auto tel = domain::tel_uri(c.reporter.phone)) reporter["phone_uri"] = *tel;
            reporter["email"] = c.reporter.email;
        }
        out["reporter"] = std::move(reporter);
    }
    json::array photos;
    for (const auto& p : v.original ? c.photos : copy.photos) {
        photos.push_back(render_photo(p, staff && v.original));
    }
    out["photos"] = std::move(photos);
    json::array history;
    for (const auto& e : record.events) {
        const bool public_entry = !e.public_text.empty() || e.from != e.to || e.action == "submit";
        if (!public_entry && !(staff && v.internal_notes)) continue;
        // The reporter's own words in the history (a reopening's reason, feedback) are theirs
        // to read, not the public's.
        const bool reporters_words = e.actor.kind() == domain::EventActor::Kind::reporter;
        json::object item{{"seq", e.seq},
                          {"at", util::format_iso8601(e.at)},
                          {"action", e.action},
                          {"status", domain::to_string(e.to)},
                          {"unit", render_unit_ref(e.unit_to, directory)},
                          {"message",
                           reporters_words && !v.original && e.action != "submit" ? std::string{}
                                                                                  : e.public_text}};
        if (staff) {
            item["actor"] = domain::to_string(e.actor);
            if (v.internal_notes) item["internal_note"] = e.internal_note;
        }
        history.push_back(std::move(item));
    }
    out["history"] = std::move(history);
    if (c.feedback) {
        out["feedback"] = json::object{{"solved", c.feedback->solved},
                                       {"rating", c.feedback->rating},
                                       {"comment", v.original ? c.feedback->comment : ""},
                                       {"at", util::format_iso8601(c.feedback->at)}};
    } else {
        out["feedback"] = nullptr;
    }
    if (staff) {
        out["source_url"] = c.source_url.empty() ? json::value(nullptr) : json::value(c.source_url);
    }
    if (staff && v.internal_notes) {
        json::array units;
        for (const auto& u : c.handling_units) units.push_back(json::value(u));
        out["handling_units"] = std::move(units);
    }
    return out;
}

}  // namespace tanggap::api
