-- 0019_breaches: the breach register (UU 27/2022 Pasal 46): each incident with the three texts
-- its notices carry, the complaints it reached (a period of receipt, optionally one unit's),
-- what was found then, and when the notices were queued against the 3 x 24-hour deadline.
-- Conventions of 0001_init.sql.

CREATE TABLE breaches (
    id             INTEGER PRIMARY KEY,
    discovered_at  INTEGER NOT NULL,
    notify_by      INTEGER NOT NULL,
    data_exposed   TEXT NOT NULL,
    how            TEXT NOT NULL,
    measures       TEXT NOT NULL,
    received_from  INTEGER NOT NULL,
    received_until INTEGER NOT NULL,
    unit_code      TEXT NOT NULL DEFAULT '',
    recorded_by    TEXT NOT NULL,
    recorded_at    INTEGER NOT NULL,
    complaints     INTEGER NOT NULL DEFAULT 0,
    people         INTEGER NOT NULL DEFAULT 0,
    unreachable    INTEGER NOT NULL DEFAULT 0,
    notified_at    INTEGER,
    notices        INTEGER NOT NULL DEFAULT 0
);
