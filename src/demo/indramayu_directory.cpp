#include "demo/indramayu_directory.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace tanggap::demo {
namespace {

using domain::Category;
using domain::Role;
using domain::SocialAccount;
using domain::StaffUser;
using domain::Unit;
using domain::UnitKind;

struct AgencySpec {
    std::string_view code;
    std::string_view name;
    std::vector<std::string> categories;
};

// The 27 perangkat daerah. The nine the contract names first, then the regency's other
// dinas, badan and offices under their usual names.
const std::vector<AgencySpec>& agencies() {
    static const std::vector<AgencySpec> kAgencies = {
        {kDiskominfo, "Dinas Komunikasi dan Informatika", {"lainnya"}},
        {kDinsos, "Dinas Sosial", {"sosial", "sosial.bansos"}},
        {kDinkes, "Dinas Kesehatan", {"kesehatan"}},
        {kDpupr,
         "Dinas Pekerjaan Umum dan Penataan Ruang",
         {"infrastruktur", "infrastruktur.jalan_rusak", "infrastruktur.drainase"}},
        {kBpbd, "Badan Penanggulangan Bencana Daerah", {"kebencanaan"}},
        {kDishub, "Dinas Perhubungan", {"infrastruktur.lampu_jalan", "parkir"}},
        {kDlh, "Dinas Lingkungan Hidup", {"kebersihan"}},
        {kSatpolPpDamkar,
         "Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
         {"kebakaran", "ketertiban"}},
        {kDisdukcapil, "Dinas Kependudukan dan Pencatatan Sipil", {"kependudukan"}},
        {"setda", "Sekretariat Daerah", {}},
        {"inspektorat", "Inspektorat Daerah", {}},
        {"bappeda", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", {}},
        {"bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", {}},
        {"bapenda", "Badan Pendapatan Daerah", {}},
        {"bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", {}},
        {"kesbangpol", "Badan Kesatuan Bangsa dan Politik", {}},
        {"disdik", "Dinas Pendidikan", {}},
        {"disperkim", "Dinas Perumahan dan Kawasan Permukiman", {}},
        {"dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", {}},
        {"dppkb", "Dinas Pengendalian Penduduk dan Keluarga Berencana", {}},
        {kDpmd, "Dinas Pemberdayaan Masyarakat dan Desa", {}},
        {"distan", "Dinas Pertanian", {}},
        {"diskanla", "Dinas Perikanan dan Kelautan", {}},
        {"disperindag", "Dinas Perindustrian dan Perdagangan", {}},
        {"disnaker", "Dinas Tenaga Kerja", {}},
        {"dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", {}},
        {"disbudpar", "Dinas Kebudayaan dan Pariwisata", {}},
    };
    return kAgencies;
}

// RSUD Indramayu and RSUD Pantura M.A. Sentot (Patrol) are the regency's hospitals; the
// third name is demo data.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kRsud{{
    {"rsud-indramayu", "RSUD Kabupaten Indramayu"},
    {"rsud-pantura", "RSUD Pantura M.A. Sentot"},
    {"rsud-bangodua", "RSUD Bangodua"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kBumd{{
    {kPdam, "Perumdam Tirta Darma Ayu"},
    {"bpr-karya-remaja", "PT BPR Karya Remaja Indramayu"},
}};

// Every kecamatan has a puskesmas named after it; these 18 have a second one, named after a
// village of the kecamatan. The published count is 49; the second names are DEMO DATA where
// the real ones are not in the data.
constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kSecondPuskesmas{{
    {"Haurgeulis", "Cipancuh"},
    {"Kroya", "Tanjungkerta"},
    {"Gabuswetan", "Drunten Kulon"},
    {"Lelea", "Tamansari"},
    {"Kertasemaya", "Tulungagung"},
    {"Krangkeng", "Kalianyar"},
    {"Karangampel", "Dukuh Jeruk"},
    {"Juntinyuat", "Limbangan"},
    {"Sliyeg", "Majasih"},
    {"Jatibarang", "Pilangsari"},
    {"Indramayu", "Plumbon"},
    {"Sindang", "Terusan"},
    {"Lohbener", "Larangan"},
    {"Losarang", "Santing"},
    {"Kandanghaur", "Eretan Wetan"},
    {"Anjatan", "Salamdarma"},
    {"Terisi", "Plosokerep"},
    {"Tukdana", "Bodas"},
}};

// FNV-1a: a stable hash of a unit code, so each unit's demo numbers stay the same when the
// list around it changes.
std::uint64_t fnv1a(std::string_view text, std::uint64_t salt) {
    std::uint64_t h = 1469598103934665603ULL ^ salt;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

std::string digits(std::string_view code, std::uint64_t salt, int count) {
    auto h = fnv1a(code, salt);
    std::string out;
    for (int i = 0; i < count; ++i) {
        out += static_cast<char>('0' + h % 10);
        h /= 10;
    }
    return out;
}

// DEMO DATA: a landline in Indramayu's area code (0234) and a 24-hour mobile hotline.
std::vector<std::string> demo_call_center(std::string_view code) {
    auto land = digits(code, 1, 5);
    auto mobile = digits(code, 2, 8);
    return {"(0234) 2" + land, "0811-2" + mobile.substr(0, 3) + "-" + mobile.substr(3)};
}

// DEMO DATA: a WhatsApp number in E.164.
std::string demo_whatsapp(std::string_view code) { return "+62812" + digits(code, 3, 8); }

std::string handle(std::string_view text, char separator) {
    std::string out;
    for (char c : text) out += c == '-' ? separator : c;
    return out;
}

// DEMO DATA: account names in the style the regency's units use.
std::vector<SocialAccount> demo_social(std::string_view handle_base) {
    return {{"facebook", handle(handle_base, '.') + ".indramayu"},
            {"instagram", handle(handle_base, '_') + "_indramayu"}};
}

Unit make_unit(std::string_view code, std::string name, UnitKind kind, std::string_view parent) {
    Unit u;
    u.code = std::string(code);
    u.name = std::move(name);
    u.kind = kind;
    u.parent_code = std::string(parent);
    u.call_center = demo_call_center(code);
    u.whatsapp = demo_whatsapp(code);
    return u;
}

Category make_category(std::string_view code,
                       std::string_view name,
                       std::string_view responsible_unit,
                       std::optional<UnitKind> kind,
                       std::string_view deadline_policy) {
    Category c;
    c.code = std::string(code);
    c.name = std::string(name);
    auto dot = code.rfind('.');
    if (dot != std::string_view::npos) c.parent_code = std::string(code.substr(0, dot));
    c.responsible_unit = std::string(responsible_unit);
    c.responsible_kind = kind;
    c.deadline_policy = std::string(deadline_policy);
    return c;
}

StaffUser make_user(std::string_view username,
                    std::string_view display_name,
                    Role role,
                    std::string_view unit) {
    StaffUser u;
    u.username = std::string(username);
    u.display_name = std::string(display_name);
    u.role = role;
    u.unit_code = std::string(unit);
    // A reserved domain (RFC 2606): a demo configured with a real SMTP server mails nobody.
    u.email = std::string(username) + "@indramayu.example";
    return u;
}

}  // namespace

std::string slug(std::string_view name) {
    std::string out;
    for (unsigned char c : name) {
        if (std::isalnum(c)) {
            out += static_cast<char>(std::tolower(c));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string district_code_named(const RegencyArea& area, std::string_view name) {
    for (const auto& d : area.districts) {
        if (d.name == name) return d.code;
    }
    return {};
}

core::Result<std::vector<Unit>> indramayu_units(const RegencyArea& area) {
    std::vector<Unit> units;

    Unit bupati = make_unit(kBupati, "Bupati Indramayu", UnitKind::pimpinan, "");
    bupati.social = {{"instagram", "humas_indramayu"}};
    units.push_back(std::move(bupati));

    for (const auto& spec : agencies()) {
        Unit u = make_unit(spec.code, std::string(spec.name), UnitKind::perangkat_daerah, kBupati);
        u.categories = spec.categories;
        u.social = demo_social(spec.code);
        u.super_admin = spec.code == kDiskominfo;
        // Emergency lines also answer on the national emergency number.
        if (spec.code == kBpbd || spec.code == kSatpolPpDamkar) {
            u.call_center.push_back("112");
            u.always_open = true;
        }
        units.push_back(std::move(u));
    }
    for (const auto& [code, name] : kRsud) {
        Unit u = make_unit(code, std::string(name), UnitKind::rsud, kBupati);
        u.categories = {"kesehatan.rumah_sakit"};
        u.always_open = true;
        u.social = demo_social(code);
        units.push_back(std::move(u));
    }
    for (const auto& [code, name] : kBumd) {
        Unit u = make_unit(code, std::string(name), UnitKind::bumd, kBupati);
        if (code == kPdam) u.categories = {"air_bersih"};
        u.social = demo_social(code);
        units.push_back(std::move(u));
    }

    for (const auto& d : area.districts) {
        Unit u = make_unit(d.code, "Kecamatan " + d.name, UnitKind::kecamatan, kBupati);
        u.area_code = d.code;
        u.categories = {"pelayanan_publik"};
        u.social = {{"instagram", "kec." + handle(slug(d.name), '.')}};
        units.push_back(std::move(u));
    }

    auto add_puskesmas = [&](std::string_view name, const std::string& kecamatan_code) {
        std::string code = "pkm-" + slug(name);
        Unit u = make_unit(code, "Puskesmas " + std::string(name), UnitKind::puskesmas, kDinkes);
        u.area_code = kecamatan_code;
        u.categories = {"kesehatan"};
        u.social = {{"instagram", handle(code, '_')}};
        units.push_back(std::move(u));
    };
    for (const auto& d : area.districts) add_puskesmas(d.name, d.code);
    for (const auto& [kecamatan, village] : kSecondPuskesmas) {
        auto code = district_code_named(area, kecamatan);
        if (code.empty()) {
            return core::make_error(
                core::ErrorCode::invalid_field,
                "Kecamatan " + std::string(kecamatan) + " tidak ada di data wilayah",
                "regency_code");
        }
        add_puskesmas(village, code);
    }
    if (district_code_named(area, "Gantar").empty()) {
        return core::make_error(core::ErrorCode::invalid_field,
                                "Kecamatan Gantar tidak ada di data wilayah",
                                "regency_code");
    }

    for (const auto& v : area.villages) {
        bool kelurahan = v.is_kelurahan();
        Unit u = make_unit(v.code,
                           (kelurahan ? "Kelurahan " : "Desa ") + v.name,
                           kelurahan ? UnitKind::kelurahan : UnitKind::desa,
                           v.district_code);
        u.area_code = v.code;
        u.categories = {"pelayanan_desa"};
        u.call_center.resize(1);  // a village office has its mobile line only
        u.call_center[0] = "0812-" + digits(v.code, 4, 4) + "-" + digits(v.code, 5, 4);
        units.push_back(std::move(u));
    }
    return units;
}

std::vector<Category> indramayu_categories() {
    // Deadline policies of src/sla: emergencies in minutes on a 24/7 calendar, everything else
    // on the national SP4N-LAPOR! working-day limits (a region may move a category to a
    // faster policy such as teknis_48: it is data).
    constexpr std::string_view kEmergency = "darurat";
    constexpr std::string_view kStandard = "sp4n_lapor";
    using K = UnitKind;
    std::vector<Category> c;
    c.push_back(
        make_category("infrastruktur", "Infrastruktur", kDpupr, K::perangkat_daerah, kStandard));
    c.push_back(make_category(
        "infrastruktur.jalan_rusak", "Jalan Rusak", kDpupr, K::perangkat_daerah, kStandard));
    c.push_back(make_category("infrastruktur.drainase",
                              "Drainase dan Saluran Air",
                              kDpupr,
                              K::perangkat_daerah,
                              kStandard));
    c.push_back(make_category("infrastruktur.lampu_jalan",
                              "Lampu Penerangan Jalan",
                              kDishub,
                              K::perangkat_daerah,
                              kStandard));
    c.push_back(make_category("sosial", "Sosial", kDinsos, K::perangkat_daerah, kStandard));
    c.push_back(
        make_category("sosial.bansos", "Bantuan Sosial", kDinsos, K::perangkat_daerah, kStandard));
    // Area-bound: the puskesmas of the complaint's kecamatan; Dinas Kesehatan when the place
    // is unknown.
    c.push_back(make_category("kesehatan", "Kesehatan", kDinkes, K::puskesmas, kStandard));
    c.back().area_bound = true;
    // No fixed unit: the first RSUD listing it in its tupoksi.
    c.push_back(
        make_category("kesehatan.rumah_sakit", "Pelayanan Rumah Sakit", "", K::rsud, kStandard));
    // Medical emergencies and accidents from the 112 line: the ambulance of the regency's RSUD.
    c.push_back(make_category(
        "kesehatan.gawat_darurat", "Gawat Darurat Medis", "rsud-indramayu", K::rsud, kEmergency));
    c.back().emergency = true;
    c.push_back(
        make_category("kebencanaan", "Kebencanaan", kBpbd, K::perangkat_daerah, kEmergency));
    c.back().emergency = true;
    c.push_back(
        make_category("kebakaran", "Kebakaran", kSatpolPpDamkar, K::perangkat_daerah, kEmergency));
    c.back().emergency = true;
    c.push_back(
        make_category("kebersihan", "Kebersihan dan Sampah", kDlh, K::perangkat_daerah, kStandard));
    c.push_back(make_category("air_bersih", "Air Bersih", kPdam, K::bumd, kStandard));
    c.push_back(make_category("parkir", "Parkir", kDishub, K::perangkat_daerah, kStandard));
    c.push_back(make_category(
        "kependudukan", "Administrasi Kependudukan", kDisdukcapil, K::perangkat_daerah, kStandard));
    c.push_back(make_category(
        "ketertiban", "Ketertiban Umum", kSatpolPpDamkar, K::perangkat_daerah, kStandard));
    c.push_back(make_category("ketertiban.darurat",
                              "Gangguan Ketertiban Darurat",
                              kSatpolPpDamkar,
                              K::perangkat_daerah,
                              kEmergency));
    c.back().emergency = true;
    // Area-bound: the kecamatan of the place; the super admin triages when it is unknown.
    c.push_back(make_category(
        "pelayanan_publik", "Pelayanan Publik Kecamatan", kDiskominfo, K::kecamatan, kStandard));
    c.back().area_bound = true;
    // Area-bound: the desa/kelurahan of the place (its kecamatan when only that is known);
    // Dinas PMD, which oversees the villages, when the place is unknown.
    c.push_back(
        make_category("pelayanan_desa", "Pelayanan Desa/Kelurahan", kDpmd, K::desa, kStandard));
    c.back().area_bound = true;
    c.push_back(make_category("lainnya", "Lainnya", kDiskominfo, K::perangkat_daerah, kStandard));
    return c;
}

std::vector<DemoStaff> indramayu_staff(const std::string& losarang_code) {
    const std::string password(kDemoPassword);
    return {
        {make_user("superadmin", "Admin Diskominfo", Role::super_admin, kDiskominfo),
         password,
         std::string(kDemoTotpSecret)},
        {make_user("bupati", "Bupati Indramayu", Role::leadership, ""), password},
        {make_user("auditor", "Auditor Inspektorat", Role::auditor, ""), password},
        // Pejabat pelindungan data pribadi: signs in with a one-time code, as the super admin.
        {make_user("privasi", "Pejabat Pelindungan Data Pribadi", Role::privacy_officer, ""),
         password,
         std::string(kDemoTotpSecret)},
        {make_user("dinsos.petugas", "Petugas Pengaduan Dinas Sosial", Role::officer, kDinsos),
         password},
        {make_user(
             "dinsos.operator", "Operator Call Center Dinas Sosial", Role::operator_, kDinsos),
         password},
        // The 112 line is Diskominfo's call center.
        {make_user("operator.112", "Operator Call Center 112", Role::operator_, kDiskominfo),
         password},
        {make_user("pupr.petugas", "Petugas Pengaduan Dinas PUPR", Role::officer, kDpupr),
         password},
        {make_user("losarang.petugas",
                   "Petugas Pengaduan Kecamatan Losarang",
                   Role::officer,
                   losarang_code),
         password},
        {make_user("gantar.pkm", "Petugas Pengaduan Puskesmas Gantar", Role::officer, kPkmGantar),
         password},
        // On duty for the 112 line's fires and public-order calls.
        {make_user("damkar.petugas",
                   "Petugas Piket Satpol PP dan Damkar",
                   Role::officer,
                   kSatpolPpDamkar),
         password},
    };
}

}  // namespace tanggap::demo
