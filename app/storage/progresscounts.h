#pragma once
#include "storage/connection.h"

// The counts migration 003 keeps (progress_district, progress_district_day, progress_day) for a
// bulk load of milestone events. Kept row by row by triggers, a national load pays three upserts
// per event: on PostgreSQL that is most of ten minutes for 670,000 events. Inside the load's own
// transaction, suspend() switches the counting trigger off and resume() recounts all three tables
// from the events in one pass and switches it back on, so the counts are exact when the
// transaction commits, and other connections, which wait on the table's lock meanwhile, never see
// anything else. SQLite keeps its triggers (its row path costs a few microseconds per event):
// there both calls do nothing. (An import's bulk write on SQLite keeps the counts itself, with
// ProgressTally.)
class ProgressCounts
{
public:
    explicit ProgressCounts(Connection db) : m_db(std::move(db)) {}
    void suspend();
    void resume();
    // Recounts from the events (both engines): the reference the tests compare the counts with.
    void rebuild();

private:
    Connection m_db;
    bool m_suspended = false;
};
