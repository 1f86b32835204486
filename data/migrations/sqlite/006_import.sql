-- Schema version 6: imports from spreadsheets, recorded so that each can be shown and undone.
--
-- import_run is one import of a file (kind 'import') or the undo of one (kind 'undo'): who, when
-- (UTC), the file (name and SHA-256), the sheet, the column mapping used and the row counts. The
-- other tables say exactly what an import did, so that undo can take back exactly that import:
--   import_problem           the rows that were rejected (row and header as in the file), to send back
--   import_cooperative       per changed cooperative: updated_at/by and search text before and after
--   import_field_change      per cooperative and field: old and new value, and the cooperative_change
--                            row written for it (a later edit of that field has a higher id)
--   import_milestone_change  per cooperative and milestone: reach, re-date or withdraw; the event it
--                            made current no longer (old_event_id) and the event it inserted
-- Portable SQL: dates and timestamps are ISO-8601 TEXT, counts INTEGER.

CREATE TABLE import_run (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('import', 'undo')),
    undoes_id INTEGER REFERENCES import_run(id),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    sheet TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL DEFAULT '',
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_changed INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    fields_changed INTEGER NOT NULL DEFAULT 0,
    milestones_changed INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT,
    undone_by TEXT,
    undone_by_id INTEGER REFERENCES import_run(id)
);

CREATE TABLE import_problem (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES import_run(id),
    row_number INTEGER NOT NULL,
    column_name TEXT,
    message TEXT NOT NULL
);
CREATE INDEX import_problem_import ON import_problem(import_id);

CREATE TABLE import_cooperative (
    import_id INTEGER NOT NULL REFERENCES import_run(id),
    cooperative_id INTEGER NOT NULL REFERENCES cooperative(id),
    row_number INTEGER NOT NULL,
    old_updated_at TEXT NOT NULL,
    old_updated_by TEXT NOT NULL,
    old_search_text TEXT NOT NULL,
    new_search_text TEXT NOT NULL,
    PRIMARY KEY (import_id, cooperative_id)
);

CREATE TABLE import_field_change (
    import_id INTEGER NOT NULL REFERENCES import_run(id),
    field TEXT NOT NULL,
    cooperative_id INTEGER NOT NULL REFERENCES cooperative(id),
    old_value TEXT,
    new_value TEXT,
    change_id INTEGER NOT NULL,
    PRIMARY KEY (import_id, field, cooperative_id)
);

CREATE TABLE import_milestone_change (
    import_id INTEGER NOT NULL REFERENCES import_run(id),
    cooperative_id INTEGER NOT NULL REFERENCES cooperative(id),
    milestone_code TEXT NOT NULL REFERENCES milestone(code),
    action TEXT NOT NULL CHECK (action IN ('reach', 'redate', 'withdraw')),
    old_event_id INTEGER,
    new_event_id INTEGER NOT NULL,
    old_reached_on TEXT,
    new_reached_on TEXT,
    PRIMARY KEY (import_id, cooperative_id, milestone_code)
);
