// Allowed: the API sees HTTP and the domain.
#include "domain/staff.hpp"
#include "http/types.hpp"
