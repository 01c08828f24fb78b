-- 0005_channels: the outbox every message to a citizen leaves through, the WhatsApp
-- conversations and contacts, opt-outs, and the queue of webhook bodies received from Meta.
-- Conventions of 0001_init.sql (times are UTC milliseconds).

CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY,  -- ascending: the order per recipient
    idempotency_key     TEXT NOT NULL UNIQUE,
    channel             TEXT NOT NULL CHECK (channel IN ('whatsapp', 'email', 'sms')),
    recipient           TEXT NOT NULL,
    complaint_id        INTEGER REFERENCES complaints (id),
    purpose             TEXT NOT NULL,
    subject             TEXT NOT NULL DEFAULT '',
    body                TEXT NOT NULL,
    interactive         TEXT NOT NULL DEFAULT '',
    template_name       TEXT NOT NULL DEFAULT '',
    template_parameters TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    state               TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sending', 'sent', 'dead')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL,
    lease_until         INTEGER,
    last_error          TEXT NOT NULL DEFAULT '',
    provider_message_id TEXT NOT NULL DEFAULT '',
    delivery            TEXT NOT NULL DEFAULT 'none',
    sent_as_template    INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL,
    sent_at             INTEGER
);
-- The worker's claim: what is due, and whether an earlier message to the same recipient is
-- still on its way (messages to one recipient go out in order).
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state IN ('pending', 'sending');
CREATE INDEX outbox_recipient_open ON outbox (channel, recipient, id)
    WHERE state IN ('pending', 'sending');
CREATE INDEX outbox_provider_id ON outbox (provider_message_id) WHERE provider_message_id <> '';
CREATE INDEX outbox_dead ON outbox (id) WHERE state = 'dead';
CREATE INDEX outbox_complaint ON outbox (complaint_id, id) WHERE complaint_id IS NOT NULL;
CREATE INDEX outbox_recipient ON outbox (channel, recipient, id);

-- Citizens who asked not to be messaged on an address.
CREATE TABLE opt_outs (
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    at      INTEGER NOT NULL,
    PRIMARY KEY (channel, address)
) WITHOUT ROWID;

-- WhatsApp users who wrote to us: the 24-hour window runs from last_inbound_at.
CREATE TABLE whatsapp_contacts (
    phone           TEXT PRIMARY KEY,  -- digits, 628...
    profile_name    TEXT NOT NULL DEFAULT '',
    last_inbound_at INTEGER NOT NULL
) WITHOUT ROWID;

-- The bot's conversation with one chat user; deleted when it ends.
CREATE TABLE conversations (
    channel    TEXT NOT NULL,
    address    TEXT NOT NULL,
    state      TEXT NOT NULL,  -- JSON, owned by the conversation module
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (channel, address)
) WITHOUT ROWID;

-- Every message received from a chat channel, once (Meta retries a webhook until it gets 200):
-- the de-duplication key, and the transcript the console shows.
CREATE TABLE inbound_messages (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,  -- whatsapp, page, instagram
    message_id   TEXT NOT NULL,
    sender       TEXT NOT NULL,
    profile_name TEXT NOT NULL DEFAULT '',
    type         TEXT NOT NULL,
    text         TEXT NOT NULL DEFAULT '',
    received_at  INTEGER NOT NULL,
    complaint_id INTEGER REFERENCES complaints (id),
    UNIQUE (source, message_id)
);
CREATE INDEX inbound_messages_sender ON inbound_messages (source, sender, id);

-- Webhook bodies accepted (signature checked) and not yet processed.
CREATE TABLE webhook_queue (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL,
    body            TEXT NOT NULL,
    received_at     INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX webhook_queue_due ON webhook_queue (next_attempt_at) WHERE state = 'pending';
