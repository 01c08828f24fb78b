-- 0007_complaint_source: the public post or comment a complaint was filed from (an operator
-- pastes its link), kept as the complaint's source.
ALTER TABLE complaints ADD COLUMN source_url TEXT NOT NULL DEFAULT '';
