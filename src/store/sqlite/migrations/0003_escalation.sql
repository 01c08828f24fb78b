-- 0003_escalation: the escalation ladder of each complaint's current step, and notifications.
-- Conventions of 0001_init.sql.

-- The state of sla::climb_ladder, saved with the complaint it belongs to.
ALTER TABLE complaints ADD COLUMN step_started_at INTEGER;
ALTER TABLE complaints ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0
    CHECK (escalation_level BETWEEN 0 AND 2);
ALTER TABLE complaints ADD COLUMN next_check_at INTEGER;
ALTER TABLE complaints ADD COLUMN late_reason TEXT NOT NULL DEFAULT '';

-- Complaints stored before the ladder existed are looked at once their deadline passes.
UPDATE complaints SET next_check_at = due_at + 1
    WHERE due_at IS NOT NULL
      AND status NOT IN ('selesai', 'ditutup', 'ditolak', 'diarsipkan');

-- The deadline sweep reads only what is due: a seek in this index, whatever the table's size.
CREATE INDEX complaints_next_check ON complaints (next_check_at) WHERE next_check_at IS NOT NULL;
-- The escalation lists of Diskominfo and the Bupati.
CREATE INDEX complaints_escalated ON complaints (escalation_level, coalesce(due_at, 9223372036854775807))
    WHERE escalation_level > 0;

-- In-app notifications, newest last; also the queue the outbound channels deliver from.
CREATE TABLE notifications (
    id           INTEGER PRIMARY KEY,
    unit_code    TEXT,  -- for the staff of this unit, or
    role         TEXT,  -- for everyone holding this role
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    kind         TEXT NOT NULL,
    level        INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    CHECK ((unit_code IS NULL) <> (role IS NULL))
);
CREATE INDEX notifications_unit ON notifications (unit_code, id) WHERE unit_code IS NOT NULL;
CREATE INDEX notifications_role ON notifications (role, id) WHERE role IS NOT NULL;
