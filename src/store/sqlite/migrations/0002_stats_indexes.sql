-- 0002_stats_indexes: indexes for the public dashboard and the public complaint list.

-- Every figure of the dashboard (ReadTx::complaint_stats) is a GROUP BY over a created_at
-- range; with these columns in one index SQLite answers from the index alone and never reads
-- the wide complaint rows (descriptions, addresses).
CREATE INDEX complaints_stats
    ON complaints (created_at, status, unit_code, category_code, channel);

-- The public list filtered by kecamatan, newest first (ReadTx::public_complaints).
CREATE INDEX complaints_public_area ON complaints (kecamatan_code, created_at);
