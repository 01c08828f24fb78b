#include "domain/directory.hpp"

#include "domain/names.hpp"

namespace tanggap::domain {
namespace {

constexpr NameTable<UnitKind, 8> kUnitKindNames{{
    {UnitKind::perangkat_daerah, "perangkat_daerah"},
    {UnitKind::kecamatan, "kecamatan"},
    {UnitKind::desa, "desa"},
    {UnitKind::kelurahan, "kelurahan"},
    {UnitKind::puskesmas, "puskesmas"},
    {UnitKind::rsud, "rsud"},
    {UnitKind::bumd, "bumd"},
    {UnitKind::pimpinan, "pimpinan"},
}};

}  // namespace

std::string_view to_string(UnitKind kind) { return name_of(kUnitKindNames, kind); }
std::optional<UnitKind> parse_unit_kind(std::string_view text) {
    return parse_name(kUnitKindNames, text);
}

}  // namespace tanggap::domain
