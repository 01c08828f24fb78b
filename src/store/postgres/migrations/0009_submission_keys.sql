-- 0009_submission_keys: a citizen's phone sends a report again when it never heard the answer
-- (an offline queue retrying after a dropped connection). The Idempotency-Key it sends makes the
-- second POST return the first complaint instead of filing another.
-- Conventions of 0001_init.sql.

CREATE TABLE submission_keys (
    key_hash     text COLLATE "C" PRIMARY KEY,  -- SHA-256 of the client's Idempotency-Key
    ticket       text COLLATE "C" NOT NULL REFERENCES complaints (ticket),
    -- The tracking token, sealed under the key itself (util::seal): only the client that sent
    -- the key can have it back; the database alone does not reveal it.
    sealed_token text COLLATE "C" NOT NULL,
    created_at   bigint NOT NULL
);
