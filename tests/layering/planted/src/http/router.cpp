// Planted: HTTP reaching for a staff user, which is the API layer's business.
#include "http/router.hpp"

#include "domain/staff.hpp"
