#pragma once
// SMS through a generic HTTP gateway: POST {url} with JSON
// {"to": "+62...", "message": ..., "reference": idempotency_key}, an optional bearer token and
// the Idempotency-Key header. 2xx -> sent (the answer's "id" when it has one); transport error,
// timeout, 408, 429, 5xx -> retry; other statuses -> permanent with the gateway's message.
//
// Thread-safety: const after construction; send() may run on several threads at once.

#include "channels/outbound/curl_http.hpp"
#include "channels/sender.hpp"

#include <string>

namespace tanggap::channels::outbound {

struct SmsGatewayConfig {
    std::string url;           // the gateway's send endpoint
    std::string bearer_token;  // secret; no Authorization header when empty
    Timeouts timeouts;
};

class SmsGatewaySender final : public Sender {
  public:
    using Config = SmsGatewayConfig;

    explicit SmsGatewaySender(Config config);

    // message.recipient is E.164 digits (a leading '+' is added) or already starts with '+'.
    SendOutcome send(const OutboundMessage& message) override;

  private:
    Config config_;
};

}  // namespace tanggap::channels::outbound
