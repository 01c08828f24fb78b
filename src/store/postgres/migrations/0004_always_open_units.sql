-- 0004_always_open_units: units that work around the clock (RSUD, emergency services, call
-- centers) count their deadlines on a 24/7 calendar. Conventions of 0001_init.sql.

ALTER TABLE units ADD COLUMN always_open bigint NOT NULL DEFAULT 0 CHECK (always_open IN (0, 1));
