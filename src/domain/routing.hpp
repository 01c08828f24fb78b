#pragma once
// Routing v1: the category's duty (tupoksi) and the complaint's place decide the unit.

#include "core/error.hpp"
#include "domain/complaint.hpp"
#include "domain/directory_index.hpp"

#include <string>

namespace tanggap::domain {

// Returns the code of the unit responsible for a complaint about `category_code` (may be
// empty) at `location`. In order:
//  1. an area-bound category goes to the unit of its responsible kind serving the complaint's
//     desa (desa/kelurahan kinds) or kecamatan (other kinds);
//  2. the category's fixed responsible unit, else the first unit with it in its tupoksi,
//     looking up the category's parents in turn;
//  3. no category: the kecamatan of the location, whose camat triages;
//  4. otherwise the super admin (Diskominfo), who re-routes by hand.
// Errors: invalid_field for an unknown category; unavailable when the directory has no
// super admin unit to fall back to.
core::Result<std::string> route_complaint(const DirectoryIndex& directory,
                                          const std::string& category_code,
                                          const Location& location);

// The kecamatan code a desa code belongs to ("32.12.05.2001" -> "32.12.05").
std::string kecamatan_of_desa(const std::string& desa_code);

}  // namespace tanggap::domain
