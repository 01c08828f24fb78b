#pragma once
// Finds the kecamatan or desa/kelurahan a citizen typed, case- and accent-insensitively, in the
// directory's unit names ("Kecamatan Jatibarang", "Desa Bulak", "Kelurahan Margadadi").

#include "domain/directory_index.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tanggap::channels::whatsapp {

// Lower-case ASCII words: Latin-1 accents folded ("Cipéndéuy" -> "cipendeuy"), everything
// but letters and digits a single space, trimmed.
std::string fold(std::string_view text);

// The name without its "Kecamatan "/"Desa "/"Kelurahan " prefix.
std::string place_name(const domain::Unit& unit);

struct PlaceMatch {
    const domain::Unit* exact = nullptr;     // the one unit whose name equals the text
    std::vector<const domain::Unit*> close;  // when no exact match: similar names, best first
};

// Among kecamatan units. A leading "kecamatan"/"kec" in the text is ignored.
PlaceMatch match_kecamatan(const domain::DirectoryIndex& directory, std::string_view text);
// Among the desa/kelurahan of `kecamatan_code`. A leading "desa"/"kelurahan" is ignored.
PlaceMatch match_desa(const domain::DirectoryIndex& directory,
                      std::string_view kecamatan_code,
                      std::string_view text);

}  // namespace tanggap::channels::whatsapp
