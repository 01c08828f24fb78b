-- 0006_reporter_phone: a caller's earlier complaints (ReadTx::complaints_by_reporter_phone).
-- Conventions of 0001_init.sql. (0005 is taken by work on another branch.)

-- Operators look a caller up by the normalized phone number ("+62..."), newest first. Most
-- web submissions carry no phone, so those rows stay out of the index; the query states the
-- index's condition to be allowed to use it.
CREATE INDEX complaints_reporter_phone ON complaints (reporter_phone, created_at)
    WHERE reporter_phone <> '';
