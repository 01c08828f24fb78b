-- 0014_audit_log: every staff and admin action, appended and never changed
-- (domain/audit.hpp, service/audit_log.hpp). Each row carries the hash of the one before;
-- audit_head holds the last (one row, written by the first append and locked by each, so appends
-- take turns on every back end; absent while the log is empty, so a new database stays empty for
-- migrate-data); audit_seals signs the head at the end of each day with a key kept outside the
-- database. Conventions of 0001_init.sql.

CREATE TABLE audit_log (
    seq         bigint PRIMARY KEY,              -- 1, 2, ... without gaps
    at          bigint NOT NULL,
    actor       text COLLATE "C" NOT NULL,    -- username (personal data: erasable, see nonce)
    action      text COLLATE "C" NOT NULL,
    ticket      text COLLATE "C" NOT NULL,    -- '' when none
    detail      text COLLATE "C" NOT NULL,
    nonce       text COLLATE "C" NOT NULL,    -- '' once actor and detail were erased
    commitment  text COLLATE "C" NOT NULL,    -- SHA-256 of nonce, actor, detail
    prev_hash   text COLLATE "C" NOT NULL,
    hash        text COLLATE "C" NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);
CREATE INDEX audit_log_ticket ON audit_log (ticket, seq) WHERE ticket <> '';
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_head (
    id    bigint PRIMARY KEY CHECK (id = 1),
    seq   bigint NOT NULL,
    hash  text COLLATE "C" NOT NULL,
    at    bigint                -- of the last entry; NULL while the log is empty
);

CREATE TABLE audit_seals (
    day        text COLLATE "C" PRIMARY KEY,  -- the installation's local date, 2026-12-07
    last_seq   bigint NOT NULL,
    head_hash  text COLLATE "C" NOT NULL,
    signature  text COLLATE "C" NOT NULL,     -- Ed25519, hex
    sealed_at  bigint NOT NULL
);
