#pragma once
// Delivers the outbox: claims due messages (store: WriteTx::claim_outbound), hands each to the
// sender of its channel, and records what came of it. Transient failures are retried with
// exponential backoff (domain::outbound_backoff) up to domain::kMaxOutboundAttempts, then the
// message is dead, for the super admin to see and queue again; a refusal is dead at once.
//
// A worker that dies mid-send leaves its claim to expire (the lease); the message is then sent
// again with the same idempotency key, which providers that honour one deliver once.
// Messages to one recipient go out in order: the claim skips a recipient whose earlier message
// is still on its way.
//
// WhatsApp: a message whose recipient wrote to us within 24 hours goes out free-form; outside
// that window its template goes instead, and one without a template is refused (dead).

#include "channels/sender.hpp"
#include "domain/outbound.hpp"
#include "jobs/periodic.hpp"
#include "store/store.hpp"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace tanggap::jobs {

struct OutboxOptions {
    int batch = 16;
    std::chrono::milliseconds lease{std::chrono::minutes(2)};  // longer than any one send
    std::chrono::milliseconds retry_base{std::chrono::seconds(30)};
    std::chrono::milliseconds poll{std::chrono::seconds(1)};
    std::string template_language = "id";
};

using Senders = std::map<domain::OutboundChannel, channels::Sender*>;
using Now = std::function<domain::Timestamp()>;

struct DeliveryRound {
    int claimed = 0;
    int sent = 0;
    int retried = 0;
    int dead = 0;
};

// The sender's message for `m` at `now` (template or free-form), or the reason it may not go.
core::Result<channels::OutboundMessage> message_for_provider(const domain::Outbound& m,
                                                             domain::Timestamp now,
                                                             const std::string& language);

// One claim and its sends. Errors: the store's (nothing claimed then, or a result not recorded:
// the lease runs out and the message is tried again).
core::Result<DeliveryRound> deliver_due(store::Store& store,
                                        const Senders& senders,
                                        const OutboxOptions& options,
                                        const Now& now);

class OutboxWorker {
  public:
    // Starts delivering at once; destruction waits for the send in progress.
    OutboxWorker(store::Store& store, Senders senders, OutboxOptions options, Now now);

    // Delivers now instead of at the next poll (after a write that queued messages).
    void wake() { periodic_.wake(); }

  private:
    bool round();

    store::Store& store_;
    const Senders senders_;
    const OutboxOptions options_;
    Now now_;
    Periodic periodic_;  // last: its thread starts once everything above exists
};

}  // namespace tanggap::jobs
