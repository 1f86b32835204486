-- Schema version 5 for PostgreSQL: how many villages and cooperatives each kecamatan has, kept up
-- to date (the same table as data/migrations/sqlite/005_district_tally.sql; read its header for
-- why). One plpgsql trigger function per counted table does what SQLite's three triggers do.

CREATE TABLE district_tally (
    district_code TEXT COLLATE "C" PRIMARY KEY,
    villages INTEGER NOT NULL DEFAULT 0,
    cooperatives INTEGER NOT NULL DEFAULT 0
);

INSERT INTO district_tally (district_code, villages, cooperatives)
SELECT d.code,
       (SELECT COUNT(*) FROM village v WHERE v.district_code = d.code),
       (SELECT COUNT(*) FROM cooperative c WHERE c.district_code = d.code)
FROM district d;

CREATE FUNCTION district_tally_villages() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.district_code IS NOT DISTINCT FROM NEW.district_code THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE district_tally SET villages = villages - 1 WHERE district_code = OLD.district_code;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO district_tally (district_code, villages) VALUES (NEW.district_code, 1)
            ON CONFLICT (district_code) DO UPDATE SET villages = district_tally.villages + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION district_tally_cooperatives() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.district_code IS NOT DISTINCT FROM NEW.district_code THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE district_tally SET cooperatives = cooperatives - 1 WHERE district_code = OLD.district_code;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO district_tally (district_code, cooperatives) VALUES (NEW.district_code, 1)
            ON CONFLICT (district_code) DO UPDATE SET cooperatives = district_tally.cooperatives + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER district_tally_village AFTER INSERT OR DELETE OR UPDATE OF district_code ON village
FOR EACH ROW EXECUTE FUNCTION district_tally_villages();
CREATE TRIGGER district_tally_cooperative AFTER INSERT OR DELETE OR UPDATE OF district_code ON cooperative
FOR EACH ROW EXECUTE FUNCTION district_tally_cooperatives();
