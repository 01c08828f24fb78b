-- 0007_complaint_source: the public post or comment a complaint was filed from (an operator
-- pastes its link), kept as the complaint's source. Conventions of 0001_init.sql.
ALTER TABLE complaints ADD COLUMN source_url text COLLATE "C" NOT NULL DEFAULT '';
