-- 0002_stats_indexes: indexes for the public dashboard and the public complaint list.
-- Conventions of 0001_init.sql.

-- Every figure of the dashboard (ReadTx::complaint_stats) is a GROUP BY over a created_at
-- range; with these columns in one index the database can answer from the index alone and
-- never read the wide complaint rows (descriptions, addresses). (PostgreSQL needs the table's
-- visibility map to be current for an index-only scan: autovacuum keeps it so.)
CREATE INDEX complaints_stats
    ON complaints (created_at, status, unit_code, category_code, channel);

-- The public list filtered by kecamatan, newest first (ReadTx::public_complaints).
CREATE INDEX complaints_public_area ON complaints (kecamatan_code, created_at);
