-- 0013_publication: what the public may read of a complaint (domain/publication.hpp). Nothing a
-- citizen wrote is public until an officer verified it; then the public reads a redacted copy
-- (the redaction is computed from the words and hidden_phrases, never stored) and only the
-- report photos the officer approved. Conventions of 0001_init.sql.
--
--   verified_at     when the complaint first reached a status that counts as verified
--   hidden_phrases  phrases the officer masked, separated by U+001F (the domain refuses
--                   control characters in a phrase)
--   published       domain::is_published(), written by the store with every change of the
--                   complaint so that public reads filter on one column

ALTER TABLE complaints ADD COLUMN verified_at bigint;
ALTER TABLE complaints ADD COLUMN hidden_phrases text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE complaints ADD COLUMN published bigint NOT NULL DEFAULT 0 CHECK (published IN (0, 1));
ALTER TABLE complaint_photos ADD COLUMN published bigint NOT NULL DEFAULT 0 CHECK (published IN (0, 1));

-- Complaints already worked on count as verified from their first such event. Their report
-- photos were public without anyone approving them: they wait for an officer now.
UPDATE complaints
SET verified_at = (SELECT min(e.at) FROM complaint_events e
                   WHERE e.complaint_id = complaints.id
                     AND e.to_status IN ('diverifikasi', 'didisposisikan', 'ditindaklanjuti',
                                         'selesai', 'ditutup', 'bukan_wewenang', 'dibuka_kembali'));
UPDATE complaints SET published = 1
WHERE verified_at IS NOT NULL AND confidential = 0 AND status NOT IN ('ditolak', 'diarsipkan');

-- The public list's reads, newest first, overall and per kecamatan.
CREATE INDEX complaints_published ON complaints (created_at, id) WHERE published = 1;
CREATE INDEX complaints_published_area ON complaints (kecamatan_code, created_at, id)
    WHERE published = 1;
