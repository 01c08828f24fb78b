-- 0014_audit_log: every staff and admin action, appended and never changed
-- (domain/audit.hpp, service/audit_log.hpp). Each row carries the hash of the one before;
-- audit_head holds the last (one row, written by the first append and locked by each, so appends
-- take turns on every back end; absent while the log is empty, so a new database stays empty for
-- migrate-data); audit_seals signs the head at the end of each day with a key kept outside the
-- database. Conventions of 0001_init.sql.

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,              -- 1, 2, ... without gaps
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,    -- username (personal data: erasable, see nonce)
    action      TEXT NOT NULL,
    ticket      TEXT NOT NULL,    -- '' when none
    detail      TEXT NOT NULL,
    nonce       TEXT NOT NULL,    -- '' once actor and detail were erased
    commitment  TEXT NOT NULL,    -- SHA-256 of nonce, actor, detail
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);
CREATE INDEX audit_log_ticket ON audit_log (ticket, seq) WHERE ticket <> '';
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    hash  TEXT NOT NULL,
    at    INTEGER                -- of the last entry; NULL while the log is empty
);

CREATE TABLE audit_seals (
    day        TEXT PRIMARY KEY,  -- the installation's local date, 2026-12-07
    last_seq   INTEGER NOT NULL,
    head_hash  TEXT NOT NULL,
    signature  TEXT NOT NULL,     -- Ed25519, hex
    sealed_at  INTEGER NOT NULL
);
