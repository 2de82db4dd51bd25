-- 0007: welfare check-ins (issue 8). Opt-in choice, answer times and counts, the welfare call
-- list, the one daily cap for every proactive sender, off days, the tip of the week, and
-- anonymous weekly counts. (0005 is reserved for drop-in booking, built on another branch.)
-- Deliberately absent: free text from the person, phone numbers, what they answered in words.

-- One row per person who chose (on or off). Rows without a choice do not exist: off.
CREATE TABLE checkins (
    user_id          INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    cadence          TEXT NOT NULL CHECK (cadence IN ('off', 'weekly', 'fortnightly')),
    time_of_day      TEXT NOT NULL DEFAULT 'morning'
                     CHECK (time_of_day IN ('morning', 'afternoon', 'evening')),
    first_name       TEXT,             -- as Telegram gave it, for the call list only
    chosen_at        TEXT NOT NULL,
    sent_count       INTEGER NOT NULL DEFAULT 0,   -- check-ins handed to the outbox
    last_sent_at     TEXT,
    last_sent_due    TEXT,                         -- due time of that one: counted once
    answered_count   INTEGER NOT NULL DEFAULT 0,   -- number of the last check-in answered
    last_answer_at   TEXT,
    last_answer      TEXT CHECK (last_answer IN ('ok', 'help', 'not_ok', 'sos')),
    expired_count    INTEGER NOT NULL DEFAULT 0,   -- number of the last check-in judged
    missed           INTEGER NOT NULL DEFAULT 0,   -- in a row, without any answer
    missed_total     INTEGER NOT NULL DEFAULT 0,
    not_ok_pending   INTEGER NOT NULL DEFAULT 0,   -- 1 after 😟 until Yes or No
    stopped_reason   TEXT                          -- 'person' or 'blocked' when cadence is off
);

-- Scheduled rows: claimed by the one poller before they are worked on (a crash leaves the
-- claim, which start-up clears). At most one pending check-in row per person.
ALTER TABLE scheduled ADD COLUMN claimed_at TEXT;
CREATE INDEX scheduled_user ON scheduled (user_id, kind);
CREATE UNIQUE INDEX scheduled_one_checkin ON scheduled (user_id) WHERE kind = 'checkin';

-- The welfare call list. One open entry per person; an entry is closed with its outcome.
CREATE TABLE call_list (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('missed', 'not_ok', 'followup_no')),
    need        TEXT,                 -- the flow of a follow-up answered "No"
    added_at    TEXT NOT NULL,
    done_at     TEXT,
    outcome     TEXT CHECK (outcome IN ('reached', 'not_reached', 'referred')),
    ticket_id   INTEGER
);
CREATE UNIQUE INDEX call_list_open ON call_list (user_id) WHERE done_at IS NULL;
CREATE INDEX call_list_done ON call_list (done_at);

-- The daily cap shared by every proactive sender: one non-exempt message per person per
-- local day. Exempt rows (reminders the person asked for) are recorded but never refused.
CREATE TABLE proactive_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    day         TEXT NOT NULL,        -- local date
    kind        TEXT NOT NULL,
    exempt      INTEGER NOT NULL DEFAULT 0,
    ref         TEXT,                 -- the outbox dedupe key, so a retried send reuses its slot
    at          TEXT NOT NULL
);
CREATE INDEX proactive_log_user_day ON proactive_log (user_id, day);
CREATE UNIQUE INDEX proactive_log_ref ON proactive_log (ref);

-- Dates staff marked as off (/offdays): no check-ins, follow-ups or other proactive messages.
CREATE TABLE off_days (
    day         TEXT PRIMARY KEY,     -- local date, YYYY-MM-DD
    added_at    TEXT NOT NULL
);

-- The tip of the week (/tip), one Fluent message per language. A language without a tip
-- gets none, never the English one.
CREATE TABLE tips (
    locale      TEXT PRIMARY KEY,
    source      TEXT NOT NULL,        -- Fluent source of the message `tip-text`
    set_at      TEXT NOT NULL
);

-- Anonymous counts per local day for the weekly summary (no person).
CREATE TABLE checkin_stats (
    day         TEXT NOT NULL,
    metric      TEXT NOT NULL,
    count       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, metric)
);
