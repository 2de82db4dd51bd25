-- 0005: drop-in booking. Sessions and slots are derived from directory/dropin/*.yaml and are
-- never stored; only what people and staff did is stored here.

-- A place at a slot. `seat` numbers the parallel advisers of a slot, so the unique index below
-- makes a double booking impossible whatever the interleaving. A waitlist offer holds a seat
-- (status 'held') until `hold_until`.
CREATE TABLE bookings (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL,
    session_id   TEXT NOT NULL,
    day          TEXT NOT NULL,                -- local date, YYYY-MM-DD
    role         TEXT NOT NULL,                -- rota role (what they need)
    slot_start   TEXT NOT NULL,                -- ISO instant (UTC)
    seat         INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN
                 ('held', 'booked', 'cancelled', 'expired', 'closed', 'arrived', 'no_show')),
    first_name   TEXT NOT NULL DEFAULT '',     -- for the staff list only
    locale       TEXT NOT NULL,
    interpreter  TEXT,                         -- a language code, or NULL for none
    hold_until   TEXT,
    confirmed_at TEXT,                         -- "✅ I'll come" on a reminder
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX bookings_seat ON bookings (session_id, day, role, slot_start, seat)
    WHERE status IN ('held', 'booked', 'arrived', 'no_show');
CREATE UNIQUE INDEX bookings_one_per_session ON bookings (user_id, session_id, day)
    WHERE status IN ('held', 'booked', 'arrived', 'no_show');
CREATE INDEX bookings_user ON bookings (user_id, status);
CREATE INDEX bookings_session ON bookings (session_id, day, status);

-- People waiting for a place, first come first served.
CREATE TABLE waitlist (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL,
    session_id   TEXT NOT NULL,
    day          TEXT NOT NULL,
    role         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN
                 ('waiting', 'offered', 'booked', 'expired', 'left', 'closed')),
    first_name   TEXT NOT NULL DEFAULT '',
    locale       TEXT NOT NULL,
    interpreter  TEXT,
    booking_id   INTEGER,                      -- the held place while 'offered'
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX waitlist_one ON waitlist (user_id, session_id, day)
    WHERE status IN ('waiting', 'offered');
CREATE INDEX waitlist_queue ON waitlist (session_id, day, role, status, id);

-- Closures staff made with /close (closures known in advance live in the data files).
CREATE TABLE session_closures (
    session_id   TEXT NOT NULL,
    day          TEXT NOT NULL,
    reason       TEXT NOT NULL,                -- a reason code: holiday, weather, staff, building, other
    note         TEXT,                         -- staff's own words, shown to staff only
    closed_at    TEXT NOT NULL,
    PRIMARY KEY (session_id, day)
);

-- /capacity: places kept for walk-ins, per session day and role (overrides the rota).
CREATE TABLE session_capacity (
    session_id   TEXT NOT NULL,
    day          TEXT NOT NULL,
    role         TEXT NOT NULL,
    walk_in      INTEGER NOT NULL CHECK (walk_in >= 0),
    set_at       TEXT NOT NULL,
    PRIMARY KEY (session_id, day, role)
);

-- 📍 Find services: the part of the city a person chose (a district term such as
-- newcastle-west-end; never an address or a location).
ALTER TABLE users ADD COLUMN district TEXT;
