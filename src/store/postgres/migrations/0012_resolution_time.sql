-- 0012_resolution_time: when a complaint was first resolved (its first event into `selesai`),
-- kept on the complaint by SqlWriteTx as the event is written, so that the dashboard's median
-- resolution time reads the complaints of its period and no event (it probed the history of
-- every resolved complaint). NULL until then. Conventions of 0001_init.sql.

ALTER TABLE complaints ADD COLUMN resolved_at bigint;

UPDATE complaints
SET resolved_at = (SELECT e.at FROM complaint_events e
                   WHERE e.complaint_id = complaints.id AND e.to_status = 'selesai'
                   ORDER BY e.seq LIMIT 1);

-- The median's read: a period's resolved complaints, their status and resolution time in the
-- index itself.
CREATE INDEX complaints_resolution
    ON complaints (created_at, status, resolved_at) WHERE resolved_at IS NOT NULL;
