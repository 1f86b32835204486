-- Schema version 9: every phone number is stored in one normal form, digits with a leading 0
-- ("+62 812-3456-789" and "62812 3456 789" become "08123456789"), as the app now writes them.
--
-- Why: the registry listed "0812…", "+62812…" and "62812…" side by side, and a registry exported
-- and imported back changed every cooperative, since the export and the import wrote the same
-- number in two forms. The app shows the normal form grouped ("0812-3456-789"). A value that is
-- not an Indonesian number in any form is left exactly as it was typed.
CREATE TEMP TABLE phone_form (raw TEXT PRIMARY KEY, digits TEXT);
INSERT OR IGNORE INTO phone_form (raw, digits)
SELECT raw, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(TRIM(raw), ' ', ''), '.', ''), '-', ''), '(', ''), ')', ''), char(9), '')
FROM (SELECT chair_phone AS raw FROM cooperative UNION SELECT secretary_phone FROM cooperative
      UNION SELECT treasurer_phone FROM cooperative UNION SELECT phone FROM cooperative)
WHERE raw IS NOT NULL;
UPDATE phone_form SET digits = '0' || substr(digits, 4) WHERE digits LIKE '+62%';
UPDATE phone_form SET digits = '0' || substr(digits, 3) WHERE digits LIKE '62%' AND length(digits) > 10;
DELETE FROM phone_form
WHERE digits = raw OR NOT (digits GLOB '0[1-9]*' AND digits NOT GLOB '*[^0-9]*' AND length(digits) BETWEEN 9 AND 14);
UPDATE cooperative SET chair_phone = (SELECT digits FROM phone_form WHERE raw = chair_phone)
WHERE chair_phone IN (SELECT raw FROM phone_form);
UPDATE cooperative SET secretary_phone = (SELECT digits FROM phone_form WHERE raw = secretary_phone)
WHERE secretary_phone IN (SELECT raw FROM phone_form);
UPDATE cooperative SET treasurer_phone = (SELECT digits FROM phone_form WHERE raw = treasurer_phone)
WHERE treasurer_phone IN (SELECT raw FROM phone_form);
UPDATE cooperative SET phone = (SELECT digits FROM phone_form WHERE raw = phone)
WHERE phone IN (SELECT raw FROM phone_form);
DROP TABLE phone_form;
