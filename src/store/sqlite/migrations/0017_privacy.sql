-- 0017_privacy: people's requests to see or erase what is held about them (UU 27/2022), each
-- with its 3 x 24-hour clock; and erasure's one exception to the append-only history: an
-- event's texts may become the tombstone '[dihapus]', nothing else of it may change.
-- Conventions of 0001_init.sql.

CREATE TABLE privacy_requests (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('export', 'erase')),
    subject     TEXT NOT NULL,  -- masked: 0812******90; never the value in clear
    reason      TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    done_at     INTEGER,
    outcome     TEXT NOT NULL DEFAULT ''
);

DROP TRIGGER complaint_events_no_update;
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
WHEN NOT (NEW.complaint_id = OLD.complaint_id AND NEW.seq = OLD.seq AND NEW.at = OLD.at
          AND NEW.actor = OLD.actor AND NEW.action = OLD.action
          AND NEW.from_status = OLD.from_status AND NEW.to_status = OLD.to_status
          AND NEW.unit_from = OLD.unit_from AND NEW.unit_to = OLD.unit_to
          AND NEW.public_text IN (OLD.public_text, '[dihapus]')
          AND NEW.internal_note IN (OLD.internal_note, '[dihapus]'))
BEGIN
    SELECT RAISE(ABORT, 'complaint_events is append-only');
END;
