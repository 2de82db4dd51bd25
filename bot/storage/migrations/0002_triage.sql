-- 0002: triage. Flow position, finished triage cases (no free text), tickets.

-- Where a person is in a flow (only for people who agreed; others are kept in memory).
CREATE TABLE flow_sessions (
    user_id     INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    state       TEXT NOT NULL,        -- JSON of bot.triage.engine.FlowState
    updated_at  TEXT NOT NULL
);

-- One row per finished triage: the need, the option ids chosen, the outcome. No free text.
CREATE TABLE triage_cases (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    need        TEXT NOT NULL,
    path        TEXT NOT NULL,        -- JSON list of option ids
    outcome     TEXT NOT NULL,
    urgency     TEXT NOT NULL,
    tier        TEXT NOT NULL,
    locale      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    helpful     INTEGER              -- 1 = 👍, 0 = 👎, NULL = not answered
);
CREATE INDEX triage_cases_created ON triage_cases (created_at);

-- Work for a person on the team. A crisis ticket may exist for someone who never agreed to
-- the notice (safety comes first), so user_id does not reference users.
CREATE TABLE tickets (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    case_id     INTEGER REFERENCES triage_cases (id) ON DELETE SET NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('triage', 'person', 'crisis')),
    need        TEXT NOT NULL,
    category    TEXT,                 -- crisis category, for crisis tickets
    urgency     TEXT NOT NULL,
    tier        TEXT NOT NULL,
    priority    INTEGER NOT NULL,     -- 3 crisis, 2 urgent, 1 soon, 0 routine
    locale      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'claimed', 'closed', 'reopened')),
    created_at  TEXT NOT NULL,
    closed_at   TEXT
);
CREATE INDEX tickets_open ON tickets (status, priority DESC, created_at);
CREATE INDEX tickets_user ON tickets (user_id, status);
