#pragma once
// The emergency line (Call Center 112): every call is classed by its operator. An emergency is
// filed at once in the category its kind is answered under (an emergency category: the unit
// on duty around the clock, deadlines in minutes) and the unit is alerted; anything else is a
// regular complaint routed by its category, and the caller is told the ticket and where to
// report such things next time.

#include "core/error.hpp"
#include "domain/directory_index.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace tanggap::domain {

enum class EmergencyKind { fire, accident, medical, disaster, public_order };

inline constexpr EmergencyKind kAllEmergencyKinds[] = {EmergencyKind::fire,
                                                       EmergencyKind::accident,
                                                       EmergencyKind::medical,
                                                       EmergencyKind::disaster,
                                                       EmergencyKind::public_order};

std::string_view to_string(EmergencyKind kind);
std::optional<EmergencyKind> parse_emergency_kind(std::string_view text);
std::string_view emergency_label(EmergencyKind kind);  // "Kebakaran", ...

// Which category each kind is filed under. Every kind must name an emergency category of the
// directory (check with validate).
struct EmergencyLine {
    std::map<EmergencyKind, std::string> categories;

    // Errors: invalid_field naming the kind whose category is missing or not an emergency one.
    core::Result<void> validate(const DirectoryIndex& directory) const;
};

// The regency's usual line-up (the demo's categories).
EmergencyLine standard_emergency_line();

}  // namespace tanggap::domain
