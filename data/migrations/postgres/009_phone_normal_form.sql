-- Schema version 9: every phone number is stored in one normal form, digits with a leading 0
-- (see the SQLite step of the same number). A value that is not an Indonesian number in any form
-- is left exactly as it was typed.
CREATE TEMP TABLE phone_form AS
SELECT DISTINCT raw, regexp_replace(raw, '[\s.()-]', '', 'g') AS digits
FROM (SELECT chair_phone AS raw FROM cooperative UNION SELECT secretary_phone FROM cooperative
      UNION SELECT treasurer_phone FROM cooperative UNION SELECT phone FROM cooperative) AS p
WHERE raw IS NOT NULL;
UPDATE phone_form SET digits = '0' || substr(digits, 4) WHERE digits LIKE '+62%';
UPDATE phone_form SET digits = '0' || substr(digits, 3) WHERE digits LIKE '62%' AND length(digits) > 10;
DELETE FROM phone_form WHERE digits = raw OR digits !~ '^0[1-9][0-9]{7,12}$';
UPDATE cooperative AS c SET chair_phone = f.digits FROM phone_form AS f WHERE c.chair_phone = f.raw;
UPDATE cooperative AS c SET secretary_phone = f.digits FROM phone_form AS f WHERE c.secretary_phone = f.raw;
UPDATE cooperative AS c SET treasurer_phone = f.digits FROM phone_form AS f WHERE c.treasurer_phone = f.raw;
UPDATE cooperative AS c SET phone = f.digits FROM phone_form AS f WHERE c.phone = f.raw;
DROP TABLE phone_form;
