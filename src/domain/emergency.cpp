#include "domain/emergency.hpp"

#include "domain/names.hpp"

namespace tanggap::domain {
namespace {

constexpr NameTable<EmergencyKind, 5> kKindNames{{
    {EmergencyKind::fire, "fire"},
    {EmergencyKind::accident, "accident"},
    {EmergencyKind::medical, "medical"},
    {EmergencyKind::disaster, "disaster"},
    {EmergencyKind::public_order, "public_order"},
}};

constexpr NameTable<EmergencyKind, 5> kLabels{{
    {EmergencyKind::fire, "Kebakaran"},
    {EmergencyKind::accident, "Kecelakaan"},
    {EmergencyKind::medical, "Gawat darurat medis"},
    {EmergencyKind::disaster, "Bencana"},
    {EmergencyKind::public_order, "Gangguan ketertiban"},
}};

}  // namespace

std::string_view to_string(EmergencyKind kind) { return name_of(kKindNames, kind); }
std::optional<EmergencyKind> parse_emergency_kind(std::string_view text) {
    return parse_name(kKindNames, text);
}
std::string_view emergency_label(EmergencyKind kind) { return name_of(kLabels, kind); }

core::Result<void> EmergencyLine::validate(const DirectoryIndex& directory) const {
    for (auto kind : kAllEmergencyKinds) {
        auto it = categories.find(kind);
        const Category* c = it == categories.end() ? nullptr : directory.find_category(it->second);
        if (c == nullptr || !c->emergency) {
            return core::make_error(core::ErrorCode::invalid_field,
                                    "Jenis darurat " + std::string(to_string(kind)) +
                                        " belum dipetakan ke kategori darurat",
                                    "kind");
        }
    }
    return {};
}

EmergencyLine standard_emergency_line() {
    return EmergencyLine{{{EmergencyKind::fire, "kebakaran"},
                          {EmergencyKind::accident, "kesehatan.gawat_darurat"},
                          {EmergencyKind::medical, "kesehatan.gawat_darurat"},
                          {EmergencyKind::disaster, "kebencanaan"},
                          {EmergencyKind::public_order, "ketertiban.darurat"}}};
}

}  // namespace tanggap::domain
