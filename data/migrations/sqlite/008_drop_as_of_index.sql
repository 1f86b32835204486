-- Schema version 8: the index milestone_event_as_of of migration 001 goes.
--
-- Why: it served the first "as of" summary, which counted current reaches by milestone and date
-- from the events themselves. Since migration 003 the summaries read the progress counts, and every
-- query left on milestone_event starts from a cooperative (its history, its current marks, the
-- registry's milestone filter, the reports' list of those behind), which milestone_event_current
-- and milestone_event_cooperative serve. Kept, it cost every write of an event one more b-tree
-- change (a national import re-dating 225,576 marks spent about a third of a second on it) and
-- 20 MB of a national database, for no reader.
DROP INDEX milestone_event_as_of;
