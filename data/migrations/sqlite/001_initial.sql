-- Schema version 1: region reference of the office's area, cooperatives, milestones and their history.
-- Portable SQL (SQLite and PostgreSQL): codes and dates are TEXT (ISO-8601, timestamps in UTC),
-- counts are INTEGER, nothing is a float. Statements end with ';' at the end of a line.

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE province (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE regency (
    code TEXT PRIMARY KEY,
    province_code TEXT NOT NULL REFERENCES province(code),
    name TEXT NOT NULL
);

CREATE TABLE district (
    code TEXT PRIMARY KEY,
    regency_code TEXT NOT NULL REFERENCES regency(code),
    name TEXT NOT NULL
);

CREATE TABLE village (
    code TEXT PRIMARY KEY,
    district_code TEXT NOT NULL REFERENCES district(code),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('desa', 'kelurahan', 'desa_adat'))
);
CREATE INDEX village_district ON village(district_code);

CREATE TABLE cooperative (
    id INTEGER PRIMARY KEY,
    village_code TEXT NOT NULL UNIQUE REFERENCES village(code),
    district_code TEXT NOT NULL REFERENCES district(code),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('KDMP', 'KKMP')),
    legal_number TEXT,
    legal_date TEXT,
    nik_koperasi TEXT,
    npwp TEXT,
    nib TEXT,
    chair_name TEXT,
    chair_phone TEXT,
    secretary_name TEXT,
    secretary_phone TEXT,
    treasurer_name TEXT,
    treasurer_phone TEXT,
    supervisor_name TEXT,
    phone TEXT,
    member_count INTEGER NOT NULL DEFAULT 0,
    business_units TEXT,
    notes TEXT,
    is_demo INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX cooperative_district ON cooperative(district_code);

-- Every edit of a cooperative's fields, so its history can be shown and nothing is lost silently.
CREATE TABLE cooperative_change (
    id INTEGER PRIMARY KEY,
    cooperative_id INTEGER NOT NULL REFERENCES cooperative(id),
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);
CREATE INDEX cooperative_change_cooperative ON cooperative_change(cooperative_id);

CREATE TABLE milestone (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    phrase TEXT NOT NULL,
    position INTEGER NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0
);

INSERT INTO milestone (code, name, label, phrase, position) VALUES
    ('musdesus', 'Musdesus', 'melaksanakan Musdesus', 'telah melaksanakan Musyawarah Desa Khusus', 1),
    ('badan_hukum', 'Badan hukum', 'berbadan hukum', 'telah berbadan hukum', 2),
    ('akun', 'Akun SIMKOPDES', 'teraktivasi', 'telah teraktivasi di SIMKOPDES', 3),
    ('profil', 'Profil diperbarui', 'memperbarui profil', 'memperbarui data', 4),
    ('gerai', 'Data gerai', 'memperbarui gerai', 'memperbarui gerai', 5),
    ('gerai_aktif', 'Gerai aktif', 'memiliki gerai aktif', 'memiliki gerai aktif', 6),
    ('kemitraan', 'Kemitraan', 'mengajukan kemitraan', 'mengajukan kemitraan', 7),
    ('pembiayaan', 'Pembiayaan', 'bertransaksi pembiayaan', 'melakukan transaksi pembiayaan', 8);

-- Milestone history. A reach event carries the date the milestone was reached; un-marking adds an
-- 'unreach' event and clears `current` on the reach it withdraws. Exactly one reach per cooperative
-- and milestone can be current: that is the present state, and "as of D" counts current reaches
-- with reached_on <= D.
CREATE TABLE milestone_event (
    id INTEGER PRIMARY KEY,
    cooperative_id INTEGER NOT NULL REFERENCES cooperative(id),
    milestone_code TEXT NOT NULL REFERENCES milestone(code),
    action TEXT NOT NULL CHECK (action IN ('reach', 'unreach')),
    reached_on TEXT,
    current INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    note TEXT
);
CREATE INDEX milestone_event_cooperative ON milestone_event(cooperative_id);
CREATE UNIQUE INDEX milestone_event_current ON milestone_event(cooperative_id, milestone_code) WHERE current = 1;
CREATE INDEX milestone_event_as_of ON milestone_event(milestone_code, reached_on) WHERE current = 1;
