#include "demo/complaint_history.hpp"

#include "demo/complaint_text.hpp"
#include "demo/demo_random.hpp"
#include "demo/indramayu_directory.hpp"
#include "demo/reporters.hpp"
#include "domain/routing.hpp"
#include "domain/ticket.hpp"
#include "util/local_zone.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>

namespace tanggap::demo {
namespace {

using namespace std::chrono;
using domain::Channel;
using domain::ComplaintEvent;
using domain::Status;
using domain::Timestamp;
using domain::Unit;
using domain::UnitKind;

// Indramayu, whose published figures the history reproduces, lives in WIB.
constexpr auto kWib = util::kWibZone.offset;

// How the agencies' share spreads over them (Dinas Sosial's is fixed by the figures).
unsigned agency_weight(std::string_view code) {
    static const std::map<std::string_view, unsigned> kWeights = {
        {"dpupr", 120},
        {"disdukcapil", 80},
        {"pdam", 60},
        {"dishub", 40},
        {"dlh", 40},
        {"satpolpp-damkar", 40},
        {"bpbd", 30},
        {"dinkes", 25},
        {"rsud-indramayu", 25},
        {"rsud-pantura", 10},
        {"rsud-bangodua", 8},
        {"distan", 20},
        {"disdik", 20},
        {"disnaker", 15},
        {"diskominfo", 15},
        {"disperindag", 12},
        {"disperkim", 12},
        {"dpmd", 10},
        {"bapenda", 10},
        {"diskanla", 8},
        {"dpmptsp", 8},
        {"dp3a", 6},
        {"dppkb", 5},
        {"disbudpar", 5},
        {"bkpsdm", 5},
        {"inspektorat", 5},
        {"setda", 5},
        {"bappeda", 5},
        {"bpr-karya-remaja", 4},
        {"bpkad", 2},
        {"kesbangpol", 2},
    };
    auto it = kWeights.find(code);
    return it == kWeights.end() ? 5 : it->second;
}

struct Pool {
    std::vector<const Unit*> units;
    std::vector<unsigned> weights;

    const Unit* draw(DemoRandom& rng, const Unit* excluded) const {
        auto w = weights;
        for (std::size_t i = 0; i < units.size(); ++i) {
            if (units[i] == excluded) w[i] = 0;
        }
        return units[rng.weighted(w)];
    }
};

struct Actors {
    std::map<std::string, std::string, std::less<>> officers;
    std::map<std::string, std::string, std::less<>> operators;

    static std::string handle_of(const Unit& u) {
        if (u.kind == UnitKind::kecamatan) return slug(u.name.substr(u.name.find(' ') + 1));
        return u.code;
    }
    // Demo logins act for their units; the other units' staff get plausible usernames.
    std::string officer_of(const Unit& u) const {
        auto it = officers.find(u.code);
        return it != officers.end() ? it->second : "petugas." + handle_of(u);
    }
    std::string operator_of(const Unit& u) const {
        auto it = operators.find(u.code);
        return it != operators.end() ? it->second : "operator." + handle_of(u);
    }
};

struct Context {
    const domain::DirectoryIndex& directory;
    DemoRandom rng;
    Actors actors;
    Pool agencies;
    Pool kecamatan;
    Pool puskesmas;
    std::map<std::string, std::vector<const Village*>, std::less<>> villages_of;
    std::map<std::string, std::string, std::less<>> district_name;
    const Unit* diskominfo = nullptr;
    std::set<std::string, std::less<>> tickets;
};

// ---- when -----------------------------------------------------------------------------------

// An instant on a WIB calendar day in [from, to), weighted towards waking hours.
Timestamp random_instant(DemoRandom& rng, sys_days from, sys_days to) {
    static constexpr unsigned kHourWeights[24] = {1, 1, 1, 1, 1, 2, 4, 8, 10, 10, 10, 9,
                                                  7, 8, 9, 9, 8, 6, 5, 5, 4,  3,  2,  1};
    auto day = from + days(rng.below(static_cast<std::uint64_t>((to - from).count())));
    auto local = time_point_cast<milliseconds>(day) + hours(rng.weighted(kHourWeights)) +
                 minutes(rng.below(60)) + seconds(rng.below(60)) + milliseconds(rng.below(1000));
    return local - kWib;
}

// Unit staff work 07:30-16:00 WIB on weekdays. Emergency lines and call-centre desks run
// round the clock and skip these rules.
constexpr auto kOfficeOpens = hours(7) + minutes(30);
constexpr auto kOfficeCloses = hours(16);

bool in_office_hours(Timestamp t) {
    const auto local = t + kWib;
    const auto day = floor<days>(local);
    const weekday wd{day};
    return wd != Saturday && wd != Sunday && local - day >= kOfficeOpens &&
           local - day < kOfficeCloses;
}

// A staff step due outside office hours waits for the next working morning.
Timestamp next_office_time(DemoRandom& rng, Timestamp t) {
    auto local = t + kWib;
    auto day = floor<days>(local);
    auto time_of_day = local - day;
    if (time_of_day >= kOfficeCloses) {
        day += days(1);
        time_of_day = kOfficeOpens + minutes(rng.below(120));
    } else if (time_of_day < kOfficeOpens) {
        time_of_day = kOfficeOpens + minutes(rng.below(120));
    }
    const weekday wd{day};
    if (wd == Saturday) day += days(2);
    if (wd == Sunday) day += days(1);
    return day + time_of_day - kWib;
}

std::vector<Timestamp> year_instants(DemoRandom& rng, const YearFigures& f) {
    const auto y = year{f.year};
    const sys_days start{y / January / 1};
    const sys_days end{(y + years{1}) / January / 1};
    std::vector<Timestamp> out;
    if (f.before_19_may >= 0) {
        const sys_days cutoff{y / May / 19};
        for (int i = 0; i < f.before_19_may; ++i) out.push_back(random_instant(rng, start, cutoff));
        for (int i = f.before_19_may; i < f.total; ++i) {
            out.push_back(random_instant(rng, cutoff, end));
        }
    } else {
        for (int i = 0; i < f.total; ++i) out.push_back(random_instant(rng, start, end));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ---- who ---------------------------------------------------------------------------------------

// The handling unit of each of the year's complaints, in random order.
std::vector<const Unit*> year_units(Context& ctx, const YearFigures& f) {
    const Unit* dinsos = ctx.directory.find_unit(kDinsos);
    const Unit* gantar = ctx.directory.find_unit(kPkmGantar);
    const Unit* losarang = nullptr;
    for (const auto* u : ctx.kecamatan.units) {
        if (u->name == "Kecamatan Losarang") losarang = u;
    }
    std::vector<const Unit*> out;
    auto repeat = [&](const Unit* u, int n) { out.insert(out.end(), n, u); };
    auto spread = [&](const Pool& pool, const Unit* fixed, int n) {
        for (int i = 0; i < n; ++i) out.push_back(pool.draw(ctx.rng, fixed));
    };
    repeat(dinsos, f.dinsos);
    spread(ctx.agencies, dinsos, f.agencies - f.dinsos);
    if (f.losarang >= 0) {
        repeat(losarang, f.losarang);
        spread(ctx.kecamatan, losarang, f.kecamatan - f.losarang);
    } else {
        spread(ctx.kecamatan, nullptr, f.kecamatan);
    }
    if (f.gantar >= 0) {
        repeat(gantar, f.gantar);
        spread(ctx.puskesmas, gantar, f.puskesmas - f.gantar);
    } else {
        spread(ctx.puskesmas, nullptr, f.puskesmas);
    }
    ctx.rng.shuffle(out);
    return out;
}

std::string pick_category(DemoRandom& rng, const Unit& unit) {
    struct Mix {
        std::string_view unit;
        std::array<std::string_view, 3> categories;
        std::array<unsigned, 3> weights;
    };
    static constexpr Mix kMixes[] = {
        {kDinsos, {"sosial.bansos", "sosial", ""}, {85, 15, 0}},
        {kDpupr,
         {"infrastruktur.jalan_rusak", "infrastruktur.drainase", "infrastruktur"},
         {50, 30, 20}},
        {kDishub, {"infrastruktur.lampu_jalan", "parkir", ""}, {55, 45, 0}},
        {kSatpolPpDamkar, {"ketertiban", "kebakaran", ""}, {55, 45, 0}},
    };
    for (const auto& mix : kMixes) {
        if (mix.unit == unit.code) return std::string(mix.categories[rng.weighted(mix.weights)]);
    }
    if (unit.categories.empty()) return "lainnya";
    return rng.pick(unit.categories);
}

std::string channel_label(Channel channel) {
    switch (channel) {
        case Channel::call_center:
            return "call center";
        case Channel::whatsapp:
            return "WhatsApp";
        case Channel::web:
            return "situs web";
        case Channel::sp4n_lapor:
            return "SP4N-LAPOR!";
        case Channel::facebook:
            return "Facebook";
        case Channel::instagram:
            return "Instagram";
        case Channel::walk_in:
            return "layanan tatap muka";
        default:
            return std::string(domain::to_string(channel));
    }
}

std::string two_digits(std::uint64_t n) {
    return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

std::string unique_ticket(Context& ctx, Timestamp at) {
    while (true) {
        std::array<std::uint8_t, domain::kTicketRandomChars> bytes{};
        auto bits = ctx.rng.next();
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            bytes[i] = static_cast<std::uint8_t>(bits >> (8 * i));
        }
        auto ticket = domain::format_ticket(at, bytes, kWib);
        if (ctx.tickets.insert(ticket).second) return ticket;
    }
}

// ---- one complaint ---------------------------------------------------------------------------

DemoComplaint make_complaint(Context& ctx, const Unit& target, Timestamp created_at) {
    auto& rng = ctx.rng;
    DemoComplaint dc;
    auto& c = dc.complaint;
    c.created_at = created_at;
    c.ticket = unique_ticket(ctx, created_at);
    c.category_code = pick_category(rng, target);
    const auto* category = ctx.directory.find_category(c.category_code);
    const bool emergency = category && category->emergency;

    // Where: the unit's own kecamatan when it serves one, otherwise anywhere in the regency.
    std::string kecamatan = target.area_code;
    if (kecamatan.empty()) kecamatan = ctx.kecamatan.draw(rng, nullptr)->code;
    const Village& village = *rng.pick(ctx.villages_of.at(kecamatan));

    const auto texts = texts_for(c.category_code, target.code);
    const auto& tmpl = texts.complaints[rng.below(texts.complaints.size())];
    Placeholders values{
        (village.is_kelurahan() ? "Kelurahan " : "Desa ") + village.name,
        village.name,
        ctx.district_name.at(kecamatan),
        target.name,
        two_digits(rng.between(1, 15)),
        std::to_string(rng.between(2, 9)),
    };
    c.kind = tmpl.kind;
    c.title = fill(tmpl.title, values);
    c.description = fill(tmpl.description, values);
    // A place when the complaint is about one, the unit serves one, or the text names one.
    auto names_place = [](std::string_view text) {
        return text.find("{desa}") != std::string_view::npos ||
               text.find("{kecamatan}") != std::string_view::npos;
    };
    if (tmpl.physical || !target.area_code.empty() || names_place(tmpl.description)) {
        c.location.kecamatan_code = kecamatan;
        c.location.desa_code = village.code;
    }
    if (tmpl.physical) {
        c.location.address = "RT " + values.rt + "/RW " + two_digits(rng.between(1, 6)) + ", " +
                             values.desa + ", Kecamatan " + values.kecamatan;
    }
    c.confidential = tmpl.sensitive && rng.percent(15);
    c.anonymous = rng.percent(tmpl.sensitive ? 40 : 6);

    // How: social media is public, so nobody sends a confidential report that way.
    static constexpr Channel kChannels[] = {Channel::call_center,
                                            Channel::whatsapp,
                                            Channel::web,
                                            Channel::sp4n_lapor,
                                            Channel::facebook,
                                            Channel::instagram,
                                            Channel::walk_in};
    static constexpr unsigned kRegular[] = {26, 26, 12, 12, 9, 7, 8};
    static constexpr unsigned kEmergency[] = {60, 25, 4, 0, 4, 2, 5};
    static constexpr unsigned kPrivate[] = {30, 30, 20, 15, 0, 0, 5};
    c.channel = kChannels[rng.weighted(c.confidential ? kPrivate
                                       : emergency    ? kEmergency
                                                      : kRegular)];
    if (c.channel == Channel::walk_in && !in_office_hours(created_at)) {
        c.channel = Channel::call_center;  // nobody walks in to a closed office
    }
    c.reporter = make_reporter(rng, c.channel);

    // The first unit: the social accounts and SP4N-LAPOR! are Diskominfo's; the web form
    // routes; calls and visits reach the unit's own call centre or desk.
    const Unit* first = &target;
    if (c.channel == Channel::sp4n_lapor || c.channel == Channel::facebook ||
        c.channel == Channel::instagram) {
        first = ctx.diskominfo;
    } else if (c.channel == Channel::web) {
        auto routed = domain::route_complaint(ctx.directory, c.category_code, c.location);
        if (routed) first = ctx.directory.find_unit(*routed);
        if (!first) first = ctx.diskominfo;
    }
    auto submitter = domain::EventActor::reporter();
    if (c.channel == Channel::sp4n_lapor) {
        submitter = domain::EventActor::system();
    } else if (c.channel != Channel::web) {
        c.created_by = ctx.actors.operator_of(*first);
        submitter = domain::EventActor::staff(c.created_by);
    }

    // The history, each step after a plausible delay.
    Timestamp at = created_at;
    Status status = Status::diterima;
    std::string unit;
    auto add = [&](Timestamp when,
                   domain::EventActor actor,
                   std::string action,
                   Status to,
                   const std::string& unit_to,
                   std::string text,
                   std::string note = {}) {
        ComplaintEvent e;
        e.seq = static_cast<std::int64_t>(dc.events.size()) + 1;
        e.at = when;
        e.actor = std::move(actor);
        e.action = std::move(action);
        e.from = status;
        e.to = to;
        e.unit_from = unit;
        e.unit_to = unit_to;
        e.public_text = std::move(text);
        e.internal_note = std::move(note);
        dc.events.push_back(std::move(e));
        status = to;
        unit = unit_to;
        at = when;
    };
    auto after = [&](std::int64_t min_minutes, std::int64_t max_minutes) {
        return at + minutes(rng.between(min_minutes, max_minutes));
    };
    auto staff_after = [&](std::int64_t min_minutes, std::int64_t max_minutes) {
        auto t = after(min_minutes, max_minutes);
        return emergency ? t : next_office_time(rng, t);
    };
    const auto officer = domain::EventActor::staff(ctx.actors.officer_of(target));
    const auto first_operator = domain::EventActor::staff(ctx.actors.operator_of(*first));

    add(at,
        submitter,
        "submit",
        Status::diterima,
        first->code,
        "Aduan diterima melalui " + channel_label(c.channel) + ".");
    if (!emergency && rng.percent(4)) {
        add(staff_after(60, 6 * 60),
            first_operator,
            "defer",
            Status::ditunda,
            first->code,
            std::string(defer_request(c.category_code, tmpl.physical)));
        add(staff_after(24 * 60, 72 * 60),
            first_operator,
            "verify",
            Status::diverifikasi,
            first->code,
            "Keterangan tambahan dari pelapor sudah diterima. Aduan telah diverifikasi.");
    } else {
        auto quick = emergency || c.channel == Channel::call_center;
        add(quick ? after(2, 30) : staff_after(10, 8 * 60),
            first_operator,
            "verify",
            Status::diverifikasi,
            first->code,
            "Aduan telah diverifikasi.");
    }
    if (first != &target) {
        add(staff_after(emergency ? 5 : 30, emergency ? 30 : 30 * 60),
            domain::EventActor::staff(ctx.actors.officer_of(*first)),
            "dispose",
            Status::didisposisikan,
            target.code,
            "Aduan diteruskan kepada " + target.name + ".",
            "Mohon ditindaklanjuti sesuai tupoksi.");
    }
    add(emergency ? after(5, 60) : staff_after(60, 3 * 24 * 60),
        officer,
        "start",
        Status::ditindaklanjuti,
        target.code,
        "Aduan sedang ditindaklanjuti oleh " + target.name + ".");
    auto resolve = [&](bool again) {
        if (!emergency && rng.percent(45)) {
            add(staff_after(2 * 60, 2 * 24 * 60),
                officer,
                "respond",
                Status::ditindaklanjuti,
                target.code,
                fill(rng.pick(texts.progress), values));
        }
        std::int64_t max_days = c.category_code == "sosial.bansos" ? 21 : again ? 5 : 14;
        add(emergency ? after(60, 8 * 60) : staff_after(24 * 60, max_days * 24 * 60),
            officer,
            "resolve",
            Status::selesai,
            target.code,
            (again ? "Penanganan ulang sudah selesai. " : "") + fill(tmpl.answer, values));
    };
    resolve(false);
    if (!emergency && rng.percent(3)) {
        auto reason = std::string(rng.pick(reopen_reasons()));
        add(after(6 * 60, 5 * 24 * 60),
            domain::EventActor::reporter(),
            "reopen",
            Status::dibuka_kembali,
            target.code,
            reason);
        c.feedback = domain::Feedback{false, static_cast<int>(rng.between(1, 2)), reason, at};
        add(staff_after(60, 2 * 24 * 60),
            officer,
            "start",
            Status::ditindaklanjuti,
            target.code,
            "Aduan dibuka kembali dan sedang ditindaklanjuti ulang.");
        resolve(true);
    }
    auto ending = rng.below(100);
    if (ending >= 3 && ending < 60) {
        static constexpr unsigned kRatingWeights[] = {2, 4, 5};  // 3, 4, 5 stars
        auto comment = std::string(rng.pick(confirm_comments()));
        add(after(2 * 60, 5 * 24 * 60),
            domain::EventActor::reporter(),
            "confirm",
            Status::ditutup,
            target.code,
            comment);
        c.feedback =
            domain::Feedback{true, 3 + static_cast<int>(rng.weighted(kRatingWeights)), comment, at};
    } else if (ending >= 60) {
        add(at + days(7) + minutes(rng.between(1, 60)),
            domain::EventActor::system(),
            "close",
            Status::ditutup,
            target.code,
            "Aduan ditutup karena pelapor tidak memberi tanggapan dalam 7 hari setelah "
            "penyelesaian.");
    }

    c.status = status;
    c.unit_code = target.code;
    c.handling_units = {first->code};
    if (first != &target) c.handling_units.push_back(target.code);
    c.updated_at = at;
    return dc;
}

Context make_context(const domain::DirectoryIndex& directory,
                     const RegencyArea& area,
                     const std::vector<DemoStaff>& staff,
                     std::uint64_t seed) {
    Context ctx{directory, DemoRandom(seed), {}, {}, {}, {}, {}, {}, nullptr, {}};
    for (const auto& s : staff) {
        if (s.user.unit_code.empty()) continue;
        if (s.user.role == domain::Role::operator_) {
            ctx.actors.operators.emplace(s.user.unit_code, s.user.username);
        } else {
            ctx.actors.officers.emplace(s.user.unit_code, s.user.username);
        }
    }
    for (const auto& v : area.villages) ctx.villages_of[v.district_code].push_back(&v);
    for (const auto& d : area.districts) ctx.district_name.emplace(d.code, d.name);
    for (const auto& u : directory.units()) {
        switch (u.kind) {
            case UnitKind::perangkat_daerah:
            case UnitKind::rsud:
            case UnitKind::bumd:
                ctx.agencies.units.push_back(&u);
                ctx.agencies.weights.push_back(agency_weight(u.code));
                break;
            case UnitKind::kecamatan: {
                // Larger kecamatan (more villages) hear more complaints.
                auto it = ctx.villages_of.find(u.code);
                ctx.kecamatan.units.push_back(&u);
                ctx.kecamatan.weights.push_back(
                    it == ctx.villages_of.end() ? 1 : static_cast<unsigned>(it->second.size()));
                break;
            }
            case UnitKind::puskesmas:
                ctx.puskesmas.units.push_back(&u);
                ctx.puskesmas.weights.push_back(1);
                break;
            default:
                break;
        }
    }
    ctx.diskominfo = directory.find_unit(kDiskominfo);
    return ctx;
}

}  // namespace

std::vector<DemoComplaint> generate_history(const domain::DirectoryIndex& directory,
                                            const RegencyArea& area,
                                            const std::vector<DemoStaff>& staff,
                                            std::uint64_t seed) {
    auto ctx = make_context(directory, area, staff, seed);
    std::vector<DemoComplaint> out;
    for (const auto& figures : kPublishedFigures) {
        auto instants = year_instants(ctx.rng, figures);
        auto units = year_units(ctx, figures);
        for (std::size_t i = 0; i < instants.size(); ++i) {
            out.push_back(make_complaint(ctx, *units[i], instants[i]));
        }
    }
    return out;
}

}  // namespace tanggap::demo
