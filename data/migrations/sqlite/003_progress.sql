-- Schema version 3: progress counts kept up to date for the dashboard and the reports.
--
-- Why: an "as of" summary of a national database (83,762 cooperatives, about 670,000 milestone
-- events) must come back in tens of milliseconds, for today and for any past date, while a
-- facilitator marks attendance. Counting the events and joining each to its cooperative takes
-- close to a second. These tables hold the same counts already grouped; the triggers below keep
-- them exact whoever writes an event (this window, another process, a bulk import), in the same
-- transaction as the write. Only the triggers write to them.
--   progress_district      current reaches per kecamatan and milestone (the summary for today)
--   progress_district_day  the same split by the date reached: "as of D" sums the rows dated
--                          up to D (read only when some reach is dated after D)
--   progress_day           per milestone and date for the whole area (the line chart over time,
--                          the cards' comparison figures, and whether anything is dated after D)
-- Counts are INTEGER, dates ISO TEXT. The tables and the upserts are portable SQL; the trigger
-- wrapper is SQLite's (a PostgreSQL port would call the same statements from a trigger function).

CREATE TABLE progress_district (
    district_code TEXT NOT NULL,
    milestone_code TEXT NOT NULL,
    reached INTEGER NOT NULL,
    PRIMARY KEY (district_code, milestone_code)
);

CREATE TABLE progress_district_day (
    district_code TEXT NOT NULL,
    milestone_code TEXT NOT NULL,
    reached_on TEXT NOT NULL,
    reached INTEGER NOT NULL,
    PRIMARY KEY (district_code, milestone_code, reached_on)
);
-- Covering, in group order: "as of D" per kecamatan and milestone is one pass over this index,
-- summing as it goes (no sort, no table lookups).
CREATE INDEX progress_district_day_cover ON progress_district_day(district_code, milestone_code, reached_on, reached);

CREATE TABLE progress_day (
    milestone_code TEXT NOT NULL,
    reached_on TEXT NOT NULL,
    reached INTEGER NOT NULL,
    PRIMARY KEY (milestone_code, reached_on)
);

INSERT INTO progress_district (district_code, milestone_code, reached)
SELECT c.district_code, e.milestone_code, COUNT(*) FROM milestone_event e JOIN cooperative c ON c.id = e.cooperative_id
WHERE e.current = 1 AND e.reached_on IS NOT NULL GROUP BY c.district_code, e.milestone_code;

INSERT INTO progress_district_day (reached_on, district_code, milestone_code, reached)
SELECT e.reached_on, c.district_code, e.milestone_code, COUNT(*) FROM milestone_event e JOIN cooperative c ON c.id = e.cooperative_id
WHERE e.current = 1 AND e.reached_on IS NOT NULL GROUP BY e.reached_on, c.district_code, e.milestone_code;

INSERT INTO progress_day (milestone_code, reached_on, reached)
SELECT e.milestone_code, e.reached_on, COUNT(*) FROM milestone_event e
WHERE e.current = 1 AND e.reached_on IS NOT NULL GROUP BY e.milestone_code, e.reached_on;

-- The migrator ends a statement at a line that ends in ';', so the statements inside a trigger
-- body are separated by a ';' at the start of the next line.

-- A reach that becomes current counts: inserted as current (marking, import) ...
CREATE TRIGGER progress_event_insert AFTER INSERT ON milestone_event
WHEN NEW.current = 1 AND NEW.reached_on IS NOT NULL
BEGIN
    INSERT INTO progress_district (district_code, milestone_code, reached)
        SELECT c.district_code, NEW.milestone_code, 1 FROM cooperative c WHERE c.id = NEW.cooperative_id
        ON CONFLICT (district_code, milestone_code) DO UPDATE SET reached = progress_district.reached + 1
    ; INSERT INTO progress_district_day (reached_on, district_code, milestone_code, reached)
        SELECT NEW.reached_on, c.district_code, NEW.milestone_code, 1 FROM cooperative c WHERE c.id = NEW.cooperative_id
        ON CONFLICT (district_code, milestone_code, reached_on) DO UPDATE SET reached = progress_district_day.reached + 1
    ; INSERT INTO progress_day (milestone_code, reached_on, reached) VALUES (NEW.milestone_code, NEW.reached_on, 1)
        ON CONFLICT (milestone_code, reached_on) DO UPDATE SET reached = progress_day.reached + 1
    ; END;

-- ... and a change of an event (withdrawn, restored, re-dated) takes the old state out and puts
-- the new one in; an update that changes nothing nets to zero.
CREATE TRIGGER progress_event_update_old AFTER UPDATE OF current, reached_on, milestone_code, cooperative_id ON milestone_event
WHEN OLD.current = 1 AND OLD.reached_on IS NOT NULL
BEGIN
    UPDATE progress_district SET reached = reached - 1
        WHERE district_code = (SELECT c.district_code FROM cooperative c WHERE c.id = OLD.cooperative_id)
          AND milestone_code = OLD.milestone_code
    ; UPDATE progress_district_day SET reached = reached - 1
        WHERE reached_on = OLD.reached_on
          AND district_code = (SELECT c.district_code FROM cooperative c WHERE c.id = OLD.cooperative_id)
          AND milestone_code = OLD.milestone_code
    ; UPDATE progress_day SET reached = reached - 1 WHERE milestone_code = OLD.milestone_code AND reached_on = OLD.reached_on
    ; END;

CREATE TRIGGER progress_event_update_new AFTER UPDATE OF current, reached_on, milestone_code, cooperative_id ON milestone_event
WHEN NEW.current = 1 AND NEW.reached_on IS NOT NULL
BEGIN
    INSERT INTO progress_district (district_code, milestone_code, reached)
        SELECT c.district_code, NEW.milestone_code, 1 FROM cooperative c WHERE c.id = NEW.cooperative_id
        ON CONFLICT (district_code, milestone_code) DO UPDATE SET reached = progress_district.reached + 1
    ; INSERT INTO progress_district_day (reached_on, district_code, milestone_code, reached)
        SELECT NEW.reached_on, c.district_code, NEW.milestone_code, 1 FROM cooperative c WHERE c.id = NEW.cooperative_id
        ON CONFLICT (district_code, milestone_code, reached_on) DO UPDATE SET reached = progress_district_day.reached + 1
    ; INSERT INTO progress_day (milestone_code, reached_on, reached) VALUES (NEW.milestone_code, NEW.reached_on, 1)
        ON CONFLICT (milestone_code, reached_on) DO UPDATE SET reached = progress_day.reached + 1
    ; END;

CREATE TRIGGER progress_event_delete AFTER DELETE ON milestone_event
WHEN OLD.current = 1 AND OLD.reached_on IS NOT NULL
BEGIN
    UPDATE progress_district SET reached = reached - 1
        WHERE district_code = (SELECT c.district_code FROM cooperative c WHERE c.id = OLD.cooperative_id)
          AND milestone_code = OLD.milestone_code
    ; UPDATE progress_district_day SET reached = reached - 1
        WHERE reached_on = OLD.reached_on
          AND district_code = (SELECT c.district_code FROM cooperative c WHERE c.id = OLD.cooperative_id)
          AND milestone_code = OLD.milestone_code
    ; UPDATE progress_day SET reached = reached - 1 WHERE milestone_code = OLD.milestone_code AND reached_on = OLD.reached_on
    ; END;
