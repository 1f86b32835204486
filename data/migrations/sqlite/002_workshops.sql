-- Schema version 2: workshops, their invited cooperatives and live attendance.
-- Portable SQL (SQLite and PostgreSQL): dates and timestamps are ISO-8601 TEXT (timestamps in UTC).

CREATE TABLE workshop (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    notes TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE workshop_invitation (
    workshop_id INTEGER NOT NULL REFERENCES workshop(id),
    cooperative_id INTEGER NOT NULL REFERENCES cooperative(id),
    invited_at TEXT NOT NULL,
    invited_by TEXT NOT NULL,
    PRIMARY KEY (workshop_id, cooperative_id)
);

-- Attendance history. Marking present adds a 'present' event with current = 1; taking a mark back
-- clears `current` on it and adds a 'withdrawn' event. Nothing is deleted. The partial unique index
-- makes a second current mark for the same cooperative impossible, even from a concurrent process.
CREATE TABLE attendance_event (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop(id),
    cooperative_id INTEGER NOT NULL REFERENCES cooperative(id),
    action TEXT NOT NULL CHECK (action IN ('present', 'withdrawn')),
    current INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    attendee_name TEXT,
    attendee_role TEXT,
    note TEXT
);
CREATE UNIQUE INDEX attendance_event_current ON attendance_event(workshop_id, cooperative_id) WHERE current = 1;
CREATE INDEX attendance_event_cooperative ON attendance_event(cooperative_id);

-- Running counters per workshop and kecamatan, kept in the same transaction as every invitation and
-- mark, so the door screen's counters cost a few rows instead of a count over a whole province.
CREATE TABLE workshop_tally (
    workshop_id INTEGER NOT NULL REFERENCES workshop(id),
    district_code TEXT NOT NULL REFERENCES district(code),
    invited INTEGER NOT NULL DEFAULT 0,
    present INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, district_code)
);
