-- 0010_deadline_settings: the deadline policies, the units' own policies and the holidays are
-- data the super admin edits while the server runs (they were compiled in and read from files).
-- A new installation is seeded with the built-in policies and the shipped holidays by the
-- server at start (service::seed_deadline_settings), not here, so the lists live in one place.
-- Conventions of 0001_init.sql.

CREATE TABLE deadline_policies (
    code text COLLATE "C" PRIMARY KEY  -- [a-z0-9_], e.g. sp4n_lapor, teknis_24, darurat
);

-- One row per step the policy limits; a step without a row has no deadline under it.
CREATE TABLE deadline_policy_steps (
    policy_code text COLLATE "C" NOT NULL REFERENCES deadline_policies (code) ON DELETE CASCADE,
    step        text COLLATE "C" NOT NULL,     -- verification, follow_up, resolution, info_wait
    amount      bigint NOT NULL,  -- >= 1, at most a year in `unit`
    unit        text COLLATE "C" NOT NULL,     -- working_days, working_hours, calendar_hours, ...
    PRIMARY KEY (policy_code, step)
);

-- A unit's own policy for one category; wins over the category's.
CREATE TABLE unit_deadline_policies (
    unit_code     text COLLATE "C" NOT NULL REFERENCES units (code),
    category_code text COLLATE "C" NOT NULL REFERENCES categories (code),
    policy_code   text COLLATE "C" NOT NULL REFERENCES deadline_policies (code),
    PRIMARY KEY (unit_code, category_code)
);

-- National holidays and cuti bersama: dates the office calendar is closed. Two holidays may
-- share a date (they do coincide), so the name is part of the key.
CREATE TABLE holidays (
    date text COLLATE "C" NOT NULL,  -- local date YYYY-MM-DD
    kind text COLLATE "C" NOT NULL,  -- libur_nasional, cuti_bersama
    name text COLLATE "C" NOT NULL,
    PRIMARY KEY (date, name)
);

-- Recounting open deadlines after an edit walks only the complaints with a running step.
CREATE INDEX complaints_running_step ON complaints (id) WHERE due_at IS NOT NULL;
