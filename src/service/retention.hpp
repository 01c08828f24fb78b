#pragma once
// Retention (UU 27/2022 Pasal 16(2), 43): closed complaints whose category's retention ended
// lose their reporter and texts, as a person's erasure does (the figures stay); webhook bodies
// and chats older than their own retention go. Each erased complaint is an entry of the audit
// log by "sistem", in the same transaction as the erasure.

#include "core/error.hpp"
#include "domain/retention.hpp"
#include "store/store.hpp"

#include <string>
#include <vector>

namespace tanggap::service {

struct RetentionRound {
    std::vector<std::string> tickets;  // complaints erased this round
    store::PersonTraces traces;        // their histories' texts, photos, messages, outbound
    store::PrunedChannelData pruned;
    bool more = false;  // the batch filled: another round has work
};

// One round at `now`: up to `batch` complaints, then the channels' pruning.
core::Result<RetentionRound> apply_retention(store::WriteTx& tx,
                                             const domain::RetentionSettings& settings,
                                             domain::Timestamp now,
                                             int batch);

}  // namespace tanggap::service
