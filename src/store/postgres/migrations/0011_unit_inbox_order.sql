-- 0011_unit_inbox_order: a unit's inbox in one index walk. The inbox of an officer holds every
-- complaint the unit has held (complaint_units); with the order kept only on complaints, the
-- store had to read all of them and sort, which grew with the unit's whole history. Each row
-- now carries a copy of its complaint's inbox order and whether the complaint is open, written
-- with the complaint (SqlWriteTx::update_complaint). Conventions of 0001_init.sql.

ALTER TABLE complaint_units ADD COLUMN due_key bigint NOT NULL DEFAULT 9223372036854775807;
ALTER TABLE complaint_units ADD COLUMN created_at bigint NOT NULL DEFAULT 0;
ALTER TABLE complaint_units ADD COLUMN open bigint NOT NULL DEFAULT 1 CHECK (open IN (0, 1));

UPDATE complaint_units
SET due_key = coalesce(c.due_at, 9223372036854775807),
    created_at = c.created_at,
    open = CASE WHEN c.status IN ('selesai', 'ditutup', 'ditolak', 'diarsipkan') THEN 0 ELSE 1 END
FROM complaints c
WHERE c.id = complaint_units.complaint_id;

-- The default view (open complaints) and every status, each in inbox order.
CREATE INDEX complaint_units_open_inbox
    ON complaint_units (unit_code, due_key, created_at, complaint_id) WHERE open = 1;
CREATE INDEX complaint_units_inbox
    ON complaint_units (unit_code, due_key, created_at, complaint_id);
