-- 0001_init: the first schema of Tanggap.
--
-- Conventions (every later migration keeps them):
--  * times are INTEGER milliseconds since the Unix epoch, UTC;
--  * enumerations are TEXT in their wire spelling (src/domain: "diterima", "call_center", ...);
--  * an optional reference (a parent, a category, a region code) is NULL when absent, optional
--    free text is '' ;
--  * foreign keys only where the row cannot exist without its owner (events, photos, handling
--    units, sessions); directory codes on complaints are checked by the domain, so the
--    directory can be reloaded in any order.
-- A migration runs inside a transaction opened by the migrator: no BEGIN/COMMIT here.

-- The directory -------------------------------------------------------------------------------

CREATE TABLE units (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    parent_code TEXT,
    area_code   TEXT,
    call_center TEXT NOT NULL DEFAULT '[]',  -- JSON array of phone numbers
    whatsapp    TEXT NOT NULL DEFAULT '',
    social      TEXT NOT NULL DEFAULT '[]',  -- JSON array of {"network": .., "handle": ..}
    categories  TEXT NOT NULL DEFAULT '[]',  -- JSON array of category codes (tupoksi)
    super_admin INTEGER NOT NULL DEFAULT 0 CHECK (super_admin IN (0, 1))
);
CREATE INDEX units_parent ON units (parent_code);
CREATE INDEX units_kind_area ON units (kind, area_code);

CREATE TABLE categories (
    code             TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    parent_code      TEXT,
    responsible_unit TEXT,
    responsible_kind TEXT,
    area_bound       INTEGER NOT NULL DEFAULT 0 CHECK (area_bound IN (0, 1)),
    emergency        INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)),
    deadline_policy  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX categories_parent ON categories (parent_code);

-- Complaints ----------------------------------------------------------------------------------

CREATE TABLE complaints (
    id                  INTEGER PRIMARY KEY,
    ticket              TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL,
    channel             TEXT NOT NULL,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    category_code       TEXT,
    lat                 REAL,
    lon                 REAL,
    address             TEXT NOT NULL DEFAULT '',
    kecamatan_code      TEXT,
    desa_code           TEXT,
    reporter_name       TEXT NOT NULL DEFAULT '',
    reporter_phone      TEXT NOT NULL DEFAULT '',
    reporter_email      TEXT NOT NULL DEFAULT '',
    anonymous           INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    confidential        INTEGER NOT NULL CHECK (confidential IN (0, 1)),
    unit_code           TEXT NOT NULL,            -- the unit responsible now
    status              TEXT NOT NULL,
    tracking_token_hash TEXT NOT NULL,            -- SHA-256 of the reporter's token
    created_by          TEXT NOT NULL DEFAULT '', -- staff username for operator intake
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    due_at              INTEGER,
    -- The reporter's feedback: all NULL until it is given.
    feedback_solved     INTEGER CHECK (feedback_solved IN (0, 1)),
    feedback_rating     INTEGER,
    feedback_comment    TEXT,
    feedback_at         INTEGER
);
-- The inbox order is due time with the undated last, then age, then id (the rowid ends every
-- index). The queries spell the same coalesce() so that these indexes serve them.
CREATE INDEX complaints_inbox_order
    ON complaints (coalesce(due_at, 9223372036854775807), created_at);
CREATE INDEX complaints_inbox_unit
    ON complaints (unit_code, status, coalesce(due_at, 9223372036854775807), created_at);
CREATE INDEX complaints_status ON complaints (status);
CREATE INDEX complaints_created ON complaints (created_at);
CREATE INDEX complaints_category ON complaints (category_code);

-- Every unit that has held a complaint, in the order they got it; the current unit included.
CREATE TABLE complaint_units (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    unit_code    TEXT NOT NULL,
    added_at     INTEGER NOT NULL,
    UNIQUE (complaint_id, unit_code)
);
CREATE INDEX complaint_units_unit ON complaint_units (unit_code, complaint_id);

CREATE TABLE complaint_photos (
    id           INTEGER PRIMARY KEY,  -- keeps the order they were added in
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    photo_id     TEXT NOT NULL UNIQUE, -- random; names the stored files
    stage        TEXT NOT NULL,        -- 'report' or 'proof'
    content_type TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL
);
CREATE INDEX complaint_photos_complaint ON complaint_photos (complaint_id);

-- The history: append-only, numbered 1, 2, ... per complaint.
CREATE TABLE complaint_events (
    complaint_id  INTEGER NOT NULL REFERENCES complaints (id),
    seq           INTEGER NOT NULL CHECK (seq >= 1),
    at            INTEGER NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    from_status   TEXT NOT NULL,
    to_status     TEXT NOT NULL,
    unit_from     TEXT NOT NULL DEFAULT '',
    unit_to       TEXT NOT NULL DEFAULT '',
    public_text   TEXT NOT NULL DEFAULT '',
    internal_note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (complaint_id, seq)
) WITHOUT ROWID;

CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
BEGIN
    SELECT RAISE(ABORT, 'complaint_events is append-only');
END;

CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
BEGIN
    SELECT RAISE(ABORT, 'complaint_events is append-only');
END;

-- Staff ---------------------------------------------------------------------------------------

CREATE TABLE staff_users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL,
    unit_code     TEXT,  -- NULL for super_admin, leadership, auditor
    password_hash TEXT NOT NULL,  -- argon2id string
    created_at    INTEGER NOT NULL
        DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER))
);
CREATE INDEX staff_users_unit ON staff_users (unit_code);

CREATE TABLE staff_sessions (
    id_hash    TEXT PRIMARY KEY,  -- SHA-256 of the cookie value
    user_id    INTEGER NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);
CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);
