-- Schema version 8: the index milestone_event_as_of of migration 001 goes (see the SQLite step of
-- the same number: the summaries read the progress counts, and every query left on milestone_event
-- starts from a cooperative, which milestone_event_current and milestone_event_cooperative serve).
DROP INDEX milestone_event_as_of;
