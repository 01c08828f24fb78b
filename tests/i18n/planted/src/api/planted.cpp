// Planted for i18n.catalogue_check_catches_planted: three messages the check must refuse.
namespace planted {

core::Error missing(const std::string& ticket) {
    return core::make_error(core::ErrorCode::not_found, "Tiket " + ticket + " tidak ada", "ticket");
}
core::Error misspelt() {
    return core::make_error(core::ErrorCode::not_found, "Pengaduan tidak ditemukan");
}
core::Error unreadable(bool a, bool b) {
    return core::make_error(core::ErrorCode::invalid_field, a ? "Satu" : b ? "Dua" : "Tiga");
}
core::Error catalogued() {
    return core::make_error(core::ErrorCode::not_found, "Aduan tidak ditemukan");
}

}  // namespace planted
