-- 0006 (to be renumbered 0007 at merge): staff broadcasts (issue 9). Self-contained: it only
-- adds its own tables and one column to users.

-- 400 "chat not found": the person's account is gone (deleted, or never reachable). Kept apart
-- from blocked_at (403) so the report can tell the two apart; both leave every audience.
-- Cleared when the person writes again (UserRepo.touch).
ALTER TABLE users ADD COLUMN gone_at TEXT;

-- One broadcast, from the first /broadcast to the final report. The wizard's state lives here,
-- so a draft survives a restart. created_by / approved_by are staff ids (not `user_id`: a
-- broadcast is the team's record, not the data of the person who wrote it).
CREATE TABLE broadcasts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    created_by    INTEGER NOT NULL,
    chat_id       INTEGER NOT NULL,        -- where the wizard runs (private or staff chat)
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                  ('draft', 'awaiting_approval', 'scheduled', 'sending', 'done', 'cancelled')),
    kind          TEXT CHECK (kind IN ('template', 'text')),
    template      TEXT,                    -- notice-closed, notice-moved, notice-esol
    params        TEXT NOT NULL DEFAULT '{}',  -- JSON: session, day (template variables)
    photo         TEXT,                    -- Telegram file id of the one photo, if any
    audience      TEXT NOT NULL DEFAULT '{}',  -- JSON segments, combined with AND
    missing       TEXT CHECK (missing IN ('skip', 'english')),
    button        TEXT NOT NULL DEFAULT 'none' CHECK (button IN ('none', 'ack', 'book')),
    send_at       TEXT,                    -- NULL: now
    previewed     INTEGER NOT NULL DEFAULT 0,
    approved_by   INTEGER,
    total         INTEGER NOT NULL DEFAULT 0,
    progress_message_id INTEGER,
    created_at    TEXT NOT NULL,
    started_at    TEXT,
    finished_at   TEXT
);
CREATE INDEX broadcasts_status ON broadcasts (status);

-- Free-text versions, one per language, with who added it. Staff's words, not a client's.
CREATE TABLE broadcast_versions (
    broadcast_id  INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    locale        TEXT NOT NULL,
    text          TEXT NOT NULL,
    added_by      INTEGER NOT NULL,
    added_at      TEXT NOT NULL,
    PRIMARY KEY (broadcast_id, locale)
);

-- One row per person a broadcast is for. The outbox row is keyed `bc:<broadcast>:<user>`, so
-- nobody gets a broadcast twice. message_id is kept for /broadcast_edit and /broadcast_delete
-- and purged after 7 days (housekeeping). /forget removes the rows (user_id).
CREATE TABLE broadcast_recipients (
    broadcast_id  INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL,
    locale        TEXT NOT NULL,           -- the person's language
    version       TEXT,                    -- the language of the text sent (en: fallback)
    state         TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'blocked', 'gone',
                  'skipped', 'capped', 'cancelled', 'deleted')),
    reason        TEXT,
    message_id    INTEGER,
    sent_at       TEXT,
    pressed_at    TEXT,
    PRIMARY KEY (broadcast_id, user_id)
);
CREATE INDEX broadcast_recipients_state ON broadcast_recipients (broadcast_id, state);
CREATE INDEX broadcast_recipients_user ON broadcast_recipients (user_id);
