-- 0008_staff_contact: where an officer is told outside the console (reminders, escalations,
-- 112 dispatch): an e-mail address and a phone number, both optional. Accounts can be switched
-- off without losing the history that names them.
-- Conventions of 0001_init.sql.

ALTER TABLE staff_users ADD COLUMN email text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE staff_users ADD COLUMN phone text COLLATE "C" NOT NULL DEFAULT '';  -- +62...
ALTER TABLE staff_users ADD COLUMN active bigint NOT NULL DEFAULT 1;
