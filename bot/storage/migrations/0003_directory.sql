-- 0003: the service directory. A remembered place, follow-up consent, timed work, and
-- anonymous per-service feedback.

-- The city a person chose in 📍 Find services (never a location or address).
ALTER TABLE users ADD COLUMN area TEXT;
-- 1 when the person agreed to follow-up messages (check-ins and "did you get help?").
ALTER TABLE users ADD COLUMN followups INTEGER NOT NULL DEFAULT 0;

-- Timed work: one row per thing to do at a time, polled by the one due-work job.
CREATE TABLE scheduled (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}',
    due_at      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    dedupe_key  TEXT UNIQUE
);
CREATE INDEX scheduled_due ON scheduled (due_at);

-- "Did you get help here?" answers, per service and day, with no link to the person.
CREATE TABLE service_feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id  TEXT NOT NULL,
    answer      TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'no_access')),
    day         TEXT NOT NULL
);
CREATE INDEX service_feedback_service ON service_feedback (service_id, answer);
