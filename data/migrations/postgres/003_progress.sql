-- Schema version 3 for PostgreSQL: progress counts kept up to date for the dashboard and the
-- reports; the same tables as data/migrations/sqlite/003_progress.sql (read its header for why).
-- The count-keeping triggers are one plpgsql trigger function here, doing what SQLite's four
-- triggers do, in the same transaction as the write.
--
-- Live across PCs: every transaction that changes the office's data NOTIFYs the channel
-- "pantau_change" (the counting trigger for milestone events, a statement trigger for the other
-- tables). Every open window LISTENs on it (ChangeWatcher) and refreshes within a moment. The
-- server folds identical notifications of one transaction into one, so a bulk load sends a few.

CREATE TABLE progress_district (
    district_code TEXT COLLATE "C" NOT NULL,
    milestone_code TEXT COLLATE "C" NOT NULL,
    reached INTEGER NOT NULL,
    PRIMARY KEY (district_code, milestone_code)
);

CREATE TABLE progress_district_day (
    district_code TEXT COLLATE "C" NOT NULL,
    milestone_code TEXT COLLATE "C" NOT NULL,
    reached_on TEXT COLLATE "C" NOT NULL,
    reached INTEGER NOT NULL,
    PRIMARY KEY (district_code, milestone_code, reached_on)
);
CREATE INDEX progress_district_day_cover ON progress_district_day(district_code, milestone_code, reached_on, reached);

CREATE TABLE progress_day (
    milestone_code TEXT COLLATE "C" NOT NULL,
    reached_on TEXT COLLATE "C" NOT NULL,
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

-- Adds one current reach to the counts (delta = 1) or takes one out (delta = -1). Taking out only
-- updates existing rows, as SQLite's triggers do.
CREATE FUNCTION progress_count(p_cooperative BIGINT, p_milestone TEXT, p_day TEXT, p_delta INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_district TEXT;
BEGIN
    SELECT c.district_code INTO v_district FROM cooperative c WHERE c.id = p_cooperative;
    IF v_district IS NULL THEN
        RETURN;
    END IF;
    IF p_delta > 0 THEN
        INSERT INTO progress_district (district_code, milestone_code, reached) VALUES (v_district, p_milestone, 1)
            ON CONFLICT (district_code, milestone_code) DO UPDATE SET reached = progress_district.reached + 1;
        INSERT INTO progress_district_day (reached_on, district_code, milestone_code, reached) VALUES (p_day, v_district, p_milestone, 1)
            ON CONFLICT (district_code, milestone_code, reached_on) DO UPDATE SET reached = progress_district_day.reached + 1;
        INSERT INTO progress_day (milestone_code, reached_on, reached) VALUES (p_milestone, p_day, 1)
            ON CONFLICT (milestone_code, reached_on) DO UPDATE SET reached = progress_day.reached + 1;
    ELSE
        UPDATE progress_district SET reached = reached - 1 WHERE district_code = v_district AND milestone_code = p_milestone;
        UPDATE progress_district_day SET reached = reached - 1
            WHERE reached_on = p_day AND district_code = v_district AND milestone_code = p_milestone;
        UPDATE progress_day SET reached = reached - 1 WHERE milestone_code = p_milestone AND reached_on = p_day;
    END IF;
END
$$;

-- A reach that stops being current (withdrawn, re-dated, deleted) comes out of the counts, one
-- that becomes current goes in; an update that changes nothing nets to zero.
CREATE FUNCTION progress_event_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.current = 1 AND OLD.reached_on IS NOT NULL THEN
        PERFORM progress_count(OLD.cooperative_id, OLD.milestone_code, OLD.reached_on, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.current = 1 AND NEW.reached_on IS NOT NULL THEN
        PERFORM progress_count(NEW.cooperative_id, NEW.milestone_code, NEW.reached_on, 1);
    END IF;
    PERFORM pg_notify('pantau_change', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER progress_event AFTER INSERT OR DELETE OR UPDATE OF current, reached_on, milestone_code, cooperative_id
ON milestone_event FOR EACH ROW EXECUTE FUNCTION progress_event_changed();

-- The other tables a screen shows: one notification per writing statement.
CREATE FUNCTION notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pantau_change', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER notify_cooperative AFTER INSERT OR UPDATE OR DELETE ON cooperative FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_milestone AFTER INSERT OR UPDATE OR DELETE ON milestone FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_setting AFTER INSERT OR UPDATE OR DELETE ON setting FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_workshop AFTER INSERT OR UPDATE OR DELETE ON workshop FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_workshop_invitation AFTER INSERT OR UPDATE OR DELETE ON workshop_invitation FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
CREATE TRIGGER notify_attendance_event AFTER INSERT OR UPDATE OR DELETE ON attendance_event FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
