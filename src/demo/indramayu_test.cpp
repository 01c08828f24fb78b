#include "demo/indramayu.hpp"

#include "demo/indramayu_directory.hpp"
#include "domain/directory_index.hpp"
#include "domain/routing.hpp"
#include "domain/status_machine.hpp"
#include "domain/ticket.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <sstream>

namespace tanggap::demo {
namespace {

using domain::Channel;
using domain::Status;
using domain::UnitKind;

const std::filesystem::path kAreaData = TANGGAP_SOURCE_DIR "/web/node_modules/idn-area-data/data";

int wib_year(domain::Timestamp at) {
    using namespace std::chrono;
    return static_cast<int>(year_month_day{floor<days>(at + hours(7))}.year());
}

class IndramayuDemo : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        auto area = read_regency_area(kAreaData, kIndramayuRegency);
        ASSERT_TRUE(area) << area.error().message;
        area_ = new RegencyArea(std::move(*area));
        auto data = generate_indramayu(*area_);
        ASSERT_TRUE(data) << data.error().message;
        data_ = new DemoData(std::move(*data));
        directory_ = new domain::DirectoryIndex(data_->units, data_->categories);
    }
    static void TearDownTestSuite() {
        delete directory_;
        delete data_;
        delete area_;
    }

    static const domain::Unit& unit(std::string_view code) {
        const auto* u = directory_->find_unit(code);
        if (!u) throw std::runtime_error("no unit " + std::string(code));
        return *u;
    }
    static std::string kecamatan_code(std::string_view name) {
        return district_code_named(*area_, name);
    }

    static RegencyArea* area_;
    static DemoData* data_;
    static domain::DirectoryIndex* directory_;
};

RegencyArea* IndramayuDemo::area_ = nullptr;
DemoData* IndramayuDemo::data_ = nullptr;
domain::DirectoryIndex* IndramayuDemo::directory_ = nullptr;

// ---- directory ---------------------------------------------------------------------------

TEST_F(IndramayuDemo, UnitCountsByKindMatchThePublishedDirectory) {
    std::map<UnitKind, int> count;
    for (const auto& u : data_->units) ++count[u.kind];
    EXPECT_EQ(count[UnitKind::kecamatan], 31);
    EXPECT_EQ(count[UnitKind::desa], 309);
    EXPECT_EQ(count[UnitKind::kelurahan], 8);
    EXPECT_EQ(count[UnitKind::perangkat_daerah], 27);
    EXPECT_EQ(count[UnitKind::rsud], 3);
    EXPECT_EQ(count[UnitKind::bumd], 2);
    EXPECT_EQ(count[UnitKind::puskesmas], 49);
    EXPECT_EQ(count[UnitKind::pimpinan], 1);
    EXPECT_EQ(data_->units.size(), 430u);
}

TEST_F(IndramayuDemo, UnitCodesAreUniqueAndParentsComeFirst) {
    std::set<std::string> seen;
    for (const auto& u : data_->units) {
        EXPECT_TRUE(seen.insert(u.code).second) << "duplicate " << u.code;
        if (u.code == kBupati) {
            EXPECT_TRUE(u.parent_code.empty());
        } else {
            EXPECT_TRUE(seen.contains(u.parent_code)) << u.code << " before " << u.parent_code;
        }
        EXPECT_FALSE(u.call_center.empty() && u.kind != UnitKind::pimpinan) << u.code;
    }
}

TEST_F(IndramayuDemo, AreaUnitsUseOfficialCodesAndNames) {
    const auto losarang = kecamatan_code("Losarang");
    ASSERT_EQ(losarang, "32.12.20");
    const auto& kec = unit(losarang);
    EXPECT_EQ(kec.name, "Kecamatan Losarang");
    EXPECT_EQ(kec.kind, UnitKind::kecamatan);
    EXPECT_EQ(kec.parent_code, kBupati);
    EXPECT_EQ(kec.area_code, losarang);
    for (const auto& u : data_->units) {
        if (u.kind == UnitKind::desa || u.kind == UnitKind::kelurahan) {
            EXPECT_EQ(u.parent_code, domain::kecamatan_of_desa(u.code));
            EXPECT_EQ(u.area_code, u.code);
            EXPECT_EQ(unit(u.parent_code).kind, UnitKind::kecamatan);
            EXPECT_EQ(u.name.rfind(u.kind == UnitKind::desa ? "Desa " : "Kelurahan ", 0), 0u)
                << u.name;
            EXPECT_EQ(u.code[9] == '1', u.kind == UnitKind::kelurahan) << u.code;
        }
    }
    bool krimun = false;
    for (const auto& u : data_->units) {
        if (u.name == "Desa Krimun") krimun = u.parent_code == losarang;
    }
    EXPECT_TRUE(krimun);
    EXPECT_EQ(unit("32.12.15.1008").name, "Kelurahan Paoman");
}

TEST_F(IndramayuDemo, AgenciesHaveTheContractCodes) {
    for (std::string_view code : {"diskominfo",
                                  "dinsos",
                                  "dinkes",
                                  "dpupr",
                                  "bpbd",
                                  "dishub",
                                  "dlh",
                                  "satpolpp-damkar",
                                  "disdukcapil"}) {
        const auto& u = unit(code);
        EXPECT_EQ(u.kind, UnitKind::perangkat_daerah) << code;
        EXPECT_EQ(u.parent_code, kBupati) << code;
    }
    EXPECT_EQ(unit("dinsos").name, "Dinas Sosial");
    EXPECT_EQ(unit("pdam").kind, UnitKind::bumd);
    EXPECT_EQ(unit("pdam").name, "Perumdam Tirta Darma Ayu");
    EXPECT_EQ(unit("bupati").kind, UnitKind::pimpinan);
    int super_admins = 0;
    for (const auto& u : data_->units) super_admins += u.super_admin;
    EXPECT_EQ(super_admins, 1);
    EXPECT_TRUE(unit("diskominfo").super_admin);
    EXPECT_EQ(directory_->super_admin_unit()->code, "diskominfo");
}

TEST_F(IndramayuDemo, EveryKecamatanHasOneOrTwoPuskesmas) {
    std::map<std::string, int> per_kecamatan;
    for (const auto& u : data_->units) {
        if (u.kind != UnitKind::puskesmas) continue;
        EXPECT_EQ(u.code.rfind("pkm-", 0), 0u) << u.code;
        EXPECT_EQ(unit(u.area_code).kind, UnitKind::kecamatan) << u.code;
        ++per_kecamatan[u.area_code];
    }
    EXPECT_EQ(per_kecamatan.size(), 31u);
    for (const auto& [code, n] : per_kecamatan) {
        EXPECT_THAT(n, ::testing::AllOf(::testing::Ge(1), ::testing::Le(2))) << code;
    }
    const auto& gantar = unit(kPkmGantar);
    EXPECT_EQ(gantar.name, "Puskesmas Gantar");
    EXPECT_EQ(gantar.area_code, kecamatan_code("Gantar"));
}

TEST_F(IndramayuDemo, CategoriesAreTheContractTree) {
    std::vector<std::string> codes;
    for (const auto& c : data_->categories) codes.push_back(c.code);
    EXPECT_THAT(codes,
                ::testing::UnorderedElementsAre("infrastruktur",
                                                "infrastruktur.jalan_rusak",
                                                "infrastruktur.drainase",
                                                "infrastruktur.lampu_jalan",
                                                "sosial",
                                                "sosial.bansos",
                                                "kesehatan",
                                                "kesehatan.rumah_sakit",
                                                "kesehatan.gawat_darurat",
                                                "kebencanaan",
                                                "kebakaran",
                                                "kebersihan",
                                                "air_bersih",
                                                "parkir",
                                                "kependudukan",
                                                "ketertiban",
                                                "ketertiban.darurat",
                                                "pelayanan_publik",
                                                "pelayanan_desa",
                                                "lainnya"));
    std::set<std::string> seen;
    for (const auto& c : data_->categories) {
        EXPECT_FALSE(c.name.empty());
        if (!c.parent_code.empty()) {
            EXPECT_TRUE(seen.contains(c.parent_code)) << c.code;
        }
        seen.insert(c.code);
        EXPECT_EQ(c.emergency,
                  c.code == "kebencanaan" || c.code == "kebakaran" ||
                      c.code == "kesehatan.gawat_darurat" || c.code == "ketertiban.darurat")
            << c.code;
        EXPECT_EQ(
            c.area_bound,
            c.code == "kesehatan" || c.code == "pelayanan_publik" || c.code == "pelayanan_desa")
            << c.code;
    }
    EXPECT_EQ(directory_->find_category("kesehatan")->responsible_kind, UnitKind::puskesmas);
    EXPECT_EQ(directory_->find_category("pelayanan_publik")->responsible_kind, UnitKind::kecamatan);
    EXPECT_EQ(directory_->find_category("pelayanan_desa")->responsible_kind, UnitKind::desa);
}

TEST_F(IndramayuDemo, EveryCategoryRoutesToTheUnitOfItsDuty) {
    const auto gantar = kecamatan_code("Gantar");
    domain::Location in_gantar;
    in_gantar.kecamatan_code = gantar;
    in_gantar.desa_code = gantar + ".2001";
    ASSERT_NE(directory_->find_unit(in_gantar.desa_code), nullptr);

    struct Row {
        std::string category;
        UnitKind kind;
        std::string unit;  // empty: any unit of that kind
    };
    const std::vector<Row> rows = {
        {"infrastruktur", UnitKind::perangkat_daerah, "dpupr"},
        {"infrastruktur.jalan_rusak", UnitKind::perangkat_daerah, "dpupr"},
        {"infrastruktur.drainase", UnitKind::perangkat_daerah, "dpupr"},
        {"infrastruktur.lampu_jalan", UnitKind::perangkat_daerah, "dishub"},
        {"sosial", UnitKind::perangkat_daerah, "dinsos"},
        {"sosial.bansos", UnitKind::perangkat_daerah, "dinsos"},
        {"kesehatan", UnitKind::puskesmas, "pkm-gantar"},
        {"kesehatan.rumah_sakit", UnitKind::rsud, ""},
        {"kesehatan.gawat_darurat", UnitKind::rsud, "rsud-indramayu"},
        {"kebencanaan", UnitKind::perangkat_daerah, "bpbd"},
        {"kebakaran", UnitKind::perangkat_daerah, "satpolpp-damkar"},
        {"kebersihan", UnitKind::perangkat_daerah, "dlh"},
        {"air_bersih", UnitKind::bumd, "pdam"},
        {"parkir", UnitKind::perangkat_daerah, "dishub"},
        {"kependudukan", UnitKind::perangkat_daerah, "disdukcapil"},
        {"ketertiban", UnitKind::perangkat_daerah, "satpolpp-damkar"},
        {"ketertiban.darurat", UnitKind::perangkat_daerah, "satpolpp-damkar"},
        {"pelayanan_publik", UnitKind::kecamatan, gantar},
        {"pelayanan_desa", UnitKind::desa, in_gantar.desa_code},
        {"lainnya", UnitKind::perangkat_daerah, "diskominfo"},
    };
    ASSERT_EQ(rows.size(), data_->categories.size());
    for (const auto& row : rows) {
        auto routed = domain::route_complaint(*directory_, row.category, in_gantar);
        ASSERT_TRUE(routed) << row.category << ": " << routed.error().message;
        EXPECT_EQ(unit(*routed).kind, row.kind) << row.category << " -> " << *routed;
        if (!row.unit.empty()) {
            EXPECT_EQ(*routed, row.unit) << row.category;
        }
    }
    // Without a place, area-bound duties fall back to a regency-wide unit.
    const domain::Location nowhere;
    EXPECT_EQ(*domain::route_complaint(*directory_, "kesehatan", nowhere), "dinkes");
    EXPECT_EQ(*domain::route_complaint(*directory_, "pelayanan_publik", nowhere), "diskominfo");
    EXPECT_EQ(*domain::route_complaint(*directory_, "pelayanan_desa", nowhere), "dpmd");
    // Every puskesmas's kecamatan routes health complaints to a puskesmas of that kecamatan.
    for (const auto& u : data_->units) {
        if (u.kind != UnitKind::kecamatan) continue;
        domain::Location here;
        here.kecamatan_code = u.code;
        auto routed = domain::route_complaint(*directory_, "kesehatan", here);
        ASSERT_TRUE(routed);
        EXPECT_EQ(unit(*routed).area_code, u.code);
    }
}

TEST_F(IndramayuDemo, StaffAreTheContractLogins) {
    std::map<std::string, const DemoStaff*> by_name;
    for (const auto& s : data_->staff) by_name[s.user.username] = &s;
    ASSERT_EQ(by_name.size(), 11u);
    auto expect = [&](const std::string& name, domain::Role role, const std::string& unit_code) {
        ASSERT_TRUE(by_name.contains(name)) << name;
        const auto& s = *by_name[name];
        EXPECT_EQ(s.user.role, role) << name;
        EXPECT_EQ(s.user.unit_code, unit_code) << name;
        EXPECT_EQ(s.password, "tanggap-demo");
        EXPECT_FALSE(s.user.display_name.empty());
        EXPECT_EQ(s.user.email, name + "@indramayu.example") << "a reserved domain";
        if (!unit_code.empty()) {
            EXPECT_NE(directory_->find_unit(unit_code), nullptr) << name;
        }
    };
    using domain::Role;
    expect("superadmin", Role::super_admin, "diskominfo");
    expect("bupati", Role::leadership, "");
    expect("auditor", Role::auditor, "");
    expect("privasi", Role::privacy_officer, "");
    expect("dinsos.petugas", Role::officer, "dinsos");
    expect("dinsos.operator", Role::operator_, "dinsos");
    expect("operator.112", Role::operator_, "diskominfo");
    expect("pupr.petugas", Role::officer, "dpupr");
    expect("losarang.petugas", Role::officer, "32.12.20");
    expect("gantar.pkm", Role::officer, "pkm-gantar");
    expect("damkar.petugas", Role::officer, "satpolpp-damkar");
}

// ---- complaints ----------------------------------------------------------------------------

TEST_F(IndramayuDemo, YearlyFiguresMatchThePublishedOnes) {
    std::map<int, int> total;
    int agencies_2022 = 0, kecamatan_2022 = 0, puskesmas_2022 = 0, other_2022 = 0;
    int dinsos_2022 = 0, dinsos_bansos_2022 = 0, losarang_2022 = 0, gantar_2022 = 0;
    int before_19_may_2022 = 0;
    const auto losarang = kecamatan_code("Losarang");
    using namespace std::chrono;
    const domain::Timestamp may_19 = sys_days{2022y / May / 19} - hours(7);
    for (const auto& dc : data_->complaints) {
        const auto& c = dc.complaint;
        int y = wib_year(c.created_at);
        ++total[y];
        if (y != 2022) continue;
        if (c.created_at < may_19) ++before_19_may_2022;
        switch (unit(c.unit_code).kind) {
            case UnitKind::perangkat_daerah:
            case UnitKind::rsud:
            case UnitKind::bumd:
                ++agencies_2022;
                break;
            case UnitKind::kecamatan:
                ++kecamatan_2022;
                break;
            case UnitKind::puskesmas:
                ++puskesmas_2022;
                break;
            default:
                ++other_2022;
        }
        if (c.unit_code == "dinsos") {
            ++dinsos_2022;
            dinsos_bansos_2022 += c.category_code == "sosial.bansos";
        }
        losarang_2022 += c.unit_code == losarang;
        gantar_2022 += c.unit_code == "pkm-gantar";
    }
    EXPECT_EQ(total.size(), 2u);
    EXPECT_EQ(total[2021], 2245);
    EXPECT_EQ(total[2022], 845);
    EXPECT_EQ(agencies_2022, 767);
    EXPECT_EQ(kecamatan_2022, 43);
    EXPECT_EQ(puskesmas_2022, 35);
    EXPECT_EQ(other_2022, 0);
    EXPECT_EQ(dinsos_2022, 281);
    EXPECT_GT(dinsos_bansos_2022, 281 / 2);  // "mostly social aid"
    EXPECT_EQ(losarang_2022, 14);
    EXPECT_EQ(gantar_2022, 25);
    EXPECT_EQ(before_19_may_2022, 183);
}

TEST_F(IndramayuDemo, EveryComplaintWasFollowedUpThroughLegalSteps) {
    for (const auto& dc : data_->complaints) {
        const auto& c = dc.complaint;
        SCOPED_TRACE(c.ticket);
        EXPECT_TRUE(c.status == Status::ditutup || c.status == Status::selesai);
        ASSERT_GE(dc.events.size(), 4u);
        EXPECT_EQ(dc.events.front().action, "submit");
        EXPECT_EQ(dc.events.front().at, c.created_at);
        EXPECT_EQ(dc.events.front().unit_to, c.handling_units.front());
        for (std::size_t i = 0; i < dc.events.size(); ++i) {
            const auto& e = dc.events[i];
            EXPECT_EQ(e.seq, static_cast<std::int64_t>(i) + 1);
            EXPECT_FALSE(domain::to_string(e.actor).empty());
            if (i == 0) continue;
            const auto& prev = dc.events[i - 1];
            EXPECT_GE(e.at, prev.at);
            EXPECT_EQ(e.from, prev.to);
            EXPECT_EQ(e.unit_from, prev.unit_to);
            if (e.action == "confirm" || e.action == "reopen") {
                EXPECT_EQ(e.from, Status::selesai);
                EXPECT_EQ(e.actor, domain::EventActor::reporter());
                continue;
            }
            auto action = domain::parse_action(e.action);
            ASSERT_TRUE(action) << e.action;
            EXPECT_EQ(domain::next_status(e.from, *action), e.to) << e.action;
        }
        EXPECT_EQ(dc.events.back().to, c.status);
        EXPECT_EQ(dc.events.back().unit_to, c.unit_code);
        EXPECT_EQ(dc.events.back().at, c.updated_at);
        EXPECT_EQ(c.handling_units.back(), c.unit_code);
        EXPECT_TRUE(c.tracking_token_hash.empty());  // the loader's job
        if (c.feedback) {
            EXPECT_THAT(c.feedback->rating, ::testing::AllOf(::testing::Ge(1), ::testing::Le(5)));
        }
    }
}

TEST_F(IndramayuDemo, ComplaintsReadLikeRealOnes) {
    std::set<Channel> channels;
    int anonymous = 0, confidential = 0, selesai = 0;
    std::set<std::string> tickets;
    for (const auto& dc : data_->complaints) {
        const auto& c = dc.complaint;
        SCOPED_TRACE(c.ticket);
        EXPECT_TRUE(domain::is_ticket_shaped(c.ticket));
        EXPECT_TRUE(tickets.insert(c.ticket).second) << "duplicate ticket";
        using namespace std::chrono;
        year_month_day ymd{floor<days>(c.created_at + hours(7))};
        EXPECT_EQ(std::stoi(c.ticket.substr(0, 2)), static_cast<int>(ymd.year()) % 100);
        EXPECT_EQ(std::stoi(c.ticket.substr(2, 2)), static_cast<int>(unsigned(ymd.month())));
        EXPECT_FALSE(c.title.empty());
        EXPECT_LE(c.title.size(), 200u);
        EXPECT_GE(c.description.size(), 10u);
        EXPECT_EQ(c.title.find('{'), std::string::npos);
        EXPECT_EQ(c.description.find('{'), std::string::npos);
        for (const auto& e : dc.events) {
            EXPECT_EQ(e.public_text.find('{'), std::string::npos);
        }
        EXPECT_NE(directory_->find_category(c.category_code), nullptr);
        // The place is a village of the kecamatan, and the unit's own when it serves an area.
        EXPECT_EQ(domain::kecamatan_of_desa(c.location.desa_code), c.location.kecamatan_code);
        const auto& u = unit(c.unit_code);
        if (!u.area_code.empty()) {
            EXPECT_EQ(c.location.kecamatan_code, u.area_code);
        }
        if (c.confidential) {
            EXPECT_NE(c.channel, Channel::facebook);
            EXPECT_NE(c.channel, Channel::instagram);
        }
        channels.insert(c.channel);
        anonymous += c.anonymous;
        confidential += c.confidential;
        selesai += c.status == Status::selesai;
    }
    EXPECT_THAT(channels,
                ::testing::IsSupersetOf({Channel::call_center,
                                         Channel::whatsapp,
                                         Channel::web,
                                         Channel::sp4n_lapor,
                                         Channel::facebook,
                                         Channel::instagram,
                                         Channel::walk_in}));
    const auto n = static_cast<int>(data_->complaints.size());
    EXPECT_GT(anonymous, n / 50);
    EXPECT_LT(anonymous, n / 5);
    EXPECT_GT(confidential, 0);
    EXPECT_LT(confidential, n / 20);
    EXPECT_GT(selesai, 0);
    EXPECT_LT(selesai, n / 10);
}

TEST_F(IndramayuDemo, StaffWorkOfficeHoursExceptOnEmergencies) {
    using namespace std::chrono;
    int checked = 0;
    for (const auto& dc : data_->complaints) {
        if (directory_->find_category(dc.complaint.category_code)->emergency) continue;
        for (const auto& e : dc.events) {
            if (e.action != "dispose" && e.action != "start" && e.action != "respond" &&
                e.action != "resolve" && e.action != "defer") {
                continue;
            }
            const auto local = e.at + hours(7);
            const auto day = floor<days>(local);
            const weekday wd{day};
            EXPECT_TRUE(wd != Saturday && wd != Sunday) << dc.complaint.ticket << " " << e.action;
            EXPECT_GE(local - day, hours(7) + minutes(30)) << dc.complaint.ticket;
            EXPECT_LT(local - day, hours(16)) << dc.complaint.ticket;
            ++checked;
        }
        if (dc.complaint.channel == Channel::walk_in) {
            const auto local = dc.complaint.created_at + hours(7);
            const auto day = floor<days>(local);
            EXPECT_GE(local - day, hours(7) + minutes(30)) << dc.complaint.ticket;
            EXPECT_LT(local - day, hours(16)) << dc.complaint.ticket;
        }
    }
    EXPECT_GT(checked, 5000);
}

std::string fingerprint(const DemoData& data) {
    std::ostringstream out;
    for (const auto& u : data.units) {
        out << u.code << '|' << u.name << '|' << u.parent_code << '|' << u.whatsapp << '\n';
    }
    for (const auto& dc : data.complaints) {
        const auto& c = dc.complaint;
        out << c.ticket << '|' << c.title << '|' << c.description << '|' << c.unit_code << '|'
            << c.category_code << '|' << domain::to_string(c.channel) << '|'
            << c.created_at.time_since_epoch().count() << '|' << c.reporter.name << '|'
            << c.reporter.phone << '|' << c.location.desa_code << '|' << c.anonymous
            << c.confidential << '\n';
        for (const auto& e : dc.events) {
            out << e.at.time_since_epoch().count() << '|' << domain::to_string(e.actor) << '|'
                << e.action << '|' << e.public_text << '\n';
        }
    }
    return out.str();
}

TEST_F(IndramayuDemo, GenerationIsDeterministic) {
    auto again = generate_indramayu(*area_);
    ASSERT_TRUE(again);
    EXPECT_EQ(fingerprint(*again), fingerprint(*data_));

    auto other = generate_indramayu(*area_, kDemoSeed + 1);
    ASSERT_TRUE(other);
    EXPECT_NE(other->complaints.front().complaint.ticket,
              data_->complaints.front().complaint.ticket);
    EXPECT_EQ(other->complaints.size(), data_->complaints.size());
}

TEST(IndramayuDemoErrors, OtherRegencyIsRefused) {
    auto area = read_regency_area(kAreaData, "32.13");  // Kabupaten Subang
    ASSERT_TRUE(area);
    auto data = generate_indramayu(*area);
    ASSERT_FALSE(data);
    EXPECT_EQ(data.error().code, core::ErrorCode::invalid_field);
}

TEST(IndramayuDemoErrors, MissingAreaDataIsUnavailable) {
    auto data = build_indramayu_demo("/nonexistent");
    ASSERT_FALSE(data);
    EXPECT_EQ(data.error().code, core::ErrorCode::unavailable);
}

}  // namespace
}  // namespace tanggap::demo
