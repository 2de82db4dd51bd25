-- 0004: volunteer handoff. Roles, ticket topics and claims, the relay mapping, outbox states.

-- Team members (admins come from ADMIN_IDS and are not stored). The alias is what clients see.
CREATE TABLE team (
    member_id   INTEGER PRIMARY KEY,      -- a Telegram user id of staff, not of a client
    role        TEXT NOT NULL CHECK (role IN ('staff', 'volunteer')),
    alias       TEXT,
    languages   TEXT NOT NULL DEFAULT '[]',
    available   INTEGER NOT NULL DEFAULT 0,
    added_by    INTEGER,
    added_at    TEXT NOT NULL
);

ALTER TABLE tickets ADD COLUMN thread_id INTEGER;         -- forum topic, or NULL
ALTER TABLE tickets ADD COLUMN header_message_id INTEGER; -- the header card in the staff chat
ALTER TABLE tickets ADD COLUMN claimed_by INTEGER;
ALTER TABLE tickets ADD COLUMN claimed_at TEXT;
ALTER TABLE tickets ADD COLUMN greeted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN rating TEXT;
ALTER TABLE tickets ADD COLUMN announced_at TEXT;
ALTER TABLE tickets ADD COLUMN crisis_marked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN client_active INTEGER NOT NULL DEFAULT 1;  -- 0 after End chat
-- First name only, as Telegram gave it, for the staff card; deleted with the ticket.
ALTER TABLE tickets ADD COLUMN first_name TEXT;

-- Which message in the client's chat is which message in the staff chat (content stays in
-- Telegram). Needed for reply links and edits; deleted 90 days after a ticket closes.
CREATE TABLE relay_map (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id       INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL,
    client_msg_id   INTEGER NOT NULL,
    staff_msg_id    INTEGER NOT NULL,
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    created_at      TEXT NOT NULL
);
CREATE INDEX relay_map_client ON relay_map (user_id, client_msg_id);
CREATE INDEX relay_map_staff ON relay_map (staff_msg_id);

-- The outbox keeps a row's final state and Telegram's message id.
ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
ALTER TABLE outbox ADD COLUMN message_id INTEGER;
ALTER TABLE outbox ADD COLUMN on_sent TEXT;               -- JSON: what to record after sending
CREATE INDEX outbox_state ON outbox (state, due_at);
