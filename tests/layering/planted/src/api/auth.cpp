// Allowed: the API sees HTTP and the domain.
#include "domain/staff.hpp"
#include "http/types.hpp"

// Planted: a handler that opens a transaction of its own instead of awaiting a service desk.
auto job = [](store::ReadTx& tx) { return tx.inbox({}); };
