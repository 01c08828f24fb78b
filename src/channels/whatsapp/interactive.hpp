#pragma once
// A conversation Reply as the outbox stores it: the text (what an e-mail, a log or a phone that
// cannot show buttons reads) and, for lists and buttons, the `interactive` object of Meta's
// message JSON.

#include "channels/whatsapp/conversation.hpp"

#include <string>

namespace tanggap::channels::whatsapp {

// "" for a text reply.
std::string interactive_json(const Reply& reply);

// The reply as plain text: header, body, the options numbered, footer.
std::string plain_text(const Reply& reply);

}  // namespace tanggap::channels::whatsapp
