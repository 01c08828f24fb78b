-- 0015_second_factor: a staff account's TOTP secret (RFC 6238, base32; '' until enrolled) and
-- the last step it signed in with, so that no code is accepted twice; the sign-in attempts
-- counted per key (a SHA-256 of account and address, or of an address: no address is kept in
-- clear), so the sign-in limit holds across restarts and across servers. Rows whose window
-- ended are deleted at each sign-in. Conventions of 0001_init.sql.

ALTER TABLE staff_users ADD COLUMN totp_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE staff_users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sign_in_attempts (
    key           TEXT PRIMARY KEY,
    window_start  INTEGER NOT NULL,  -- first attempt of the window, ms
    attempts      INTEGER NOT NULL
);
CREATE INDEX sign_in_attempts_window ON sign_in_attempts (window_start);
