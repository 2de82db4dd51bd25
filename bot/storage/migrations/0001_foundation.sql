-- 0001: foundation. People who agreed to the privacy notice, key/value metadata, the outbox.

-- A person appears here only after agreeing to the privacy notice.
-- Deliberately absent: names, phone numbers, Home Office or ASPEN numbers, dates of birth,
-- addresses. The Telegram id is needed to reply at all.
CREATE TABLE users (
    user_id          INTEGER PRIMARY KEY,
    locale           TEXT NOT NULL,
    consent_version  INTEGER NOT NULL,
    consent_at       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    last_seen_at     TEXT NOT NULL,
    blocked_at       TEXT
);

-- Installation-wide values, e.g. the secret that signs callback data.
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Messages still to send. A row leaves only when Telegram accepted it or refused it for good.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER,
    chat_id      INTEGER NOT NULL,
    thread_id    INTEGER,
    payload      TEXT NOT NULL,
    priority     INTEGER NOT NULL DEFAULT 0,
    due_at       TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    created_at   TEXT NOT NULL,
    dedupe_key   TEXT UNIQUE
);
CREATE INDEX outbox_due ON outbox (due_at, priority);
