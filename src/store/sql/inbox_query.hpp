#pragma once
// The inbox query (ReadTx::inbox) as SQL: one statement per combination of filters, each
// prepared once per connection and kept in its cache.

#include "store/sql/connection.hpp"
#include "store/sql/inbox_cursor.hpp"
#include "store/sql/statement.hpp"
#include "store/store.hpp"

#include <optional>
#include <string>

namespace tanggap::store::sql {

// SELECT of kComplaintColumns plus the due key (column kComplaintColumnCount) for the filters
// present in `query`, after the cursor's row when `after_cursor`, in inbox order, with a
// :limit parameter.
std::string inbox_sql(Dialect dialect, const InboxQuery& query, bool after_cursor);

// Binds what inbox_sql() asked for; `fetch` rows at most.
void bind_inbox(Statement& select,
                const InboxQuery& query,
                const std::optional<InboxCursor>& after,
                int fetch);

}  // namespace tanggap::store::sql
