-- Schema version 7: the progress counts of migration 003 as WITHOUT ROWID tables.
--
-- Why: progress_district_day has about one row per current reach (the kecamatan, the milestone and
-- the day are nearly unique to each event), and as a rowid table with a primary key and a covering
-- index it was three b-trees of the same rows: every counted event updated all three, a national
-- database carried 80 MB of them, and a national import spent a sixth of its time there. Keyed by
-- their primary key, each table is one b-tree that is also the covering index the summaries read
-- ("as of D" per kecamatan is still one pass in key order, summing as it goes).
--
-- The counts move as they are. The counting triggers on milestone_event refer to the tables by
-- name, so they stay as they are too: nothing writes an event while this runs.

CREATE TEMP TABLE moving_district_day AS SELECT district_code, milestone_code, reached_on, reached FROM progress_district_day;
CREATE TEMP TABLE moving_district AS SELECT district_code, milestone_code, reached FROM progress_district;
CREATE TEMP TABLE moving_day AS SELECT milestone_code, reached_on, reached FROM progress_day;
DROP TABLE progress_district_day;
DROP TABLE progress_district;
DROP TABLE progress_day;

CREATE TABLE progress_district (
    district_code TEXT NOT NULL,
    milestone_code TEXT NOT NULL,
    reached INTEGER NOT NULL,
    PRIMARY KEY (district_code, milestone_code)
) WITHOUT ROWID;

CREATE TABLE progress_district_day (
    district_code TEXT NOT NULL,
    milestone_code TEXT NOT NULL,
    reached_on TEXT NOT NULL,
    reached INTEGER NOT NULL,
    PRIMARY KEY (district_code, milestone_code, reached_on)
) WITHOUT ROWID;

CREATE TABLE progress_day (
    milestone_code TEXT NOT NULL,
    reached_on TEXT NOT NULL,
    reached INTEGER NOT NULL,
    PRIMARY KEY (milestone_code, reached_on)
) WITHOUT ROWID;

INSERT INTO progress_district_day SELECT * FROM temp.moving_district_day ORDER BY 1, 2, 3;
INSERT INTO progress_district SELECT * FROM temp.moving_district ORDER BY 1, 2;
INSERT INTO progress_day SELECT * FROM temp.moving_day ORDER BY 1, 2;
DROP TABLE temp.moving_district_day;
DROP TABLE temp.moving_district;
DROP TABLE temp.moving_day;
