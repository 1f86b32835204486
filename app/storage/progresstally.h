#pragma once
#include "storage/connection.h"

#include <QHash>
#include <QStringList>
#include <QVector>

// The progress counts of migration 003 kept by a bulk write of milestone events on SQLite (the
// import's quarter of a million re-dated marks) without the row triggers: there the triggers ran
// three count statements and two cooperative lookups for every event, about 1.4 s of a national
// import. Instead, in the caller's transaction:
//   ProgressTally tally(db);        // the counting triggers are set aside (dropped, to come back)
//   tally.run(sql, values);          // each statement writes events and RETURNs what it changed
//   tally.finish();                  // the counts change by the sums; the triggers come back
// The sums come from the rows the statements actually changed (their RETURNING), not from what
// the caller meant to change, so the counts stay exactly what the triggers would have made
// (the tests compare them with a recount). An exception before finish() leaves the triggers out
// of the schema only inside the transaction, which then rolls back with everything else.
// Only for SQLite: on PostgreSQL the triggers are a function of their own (see ProgressCounts),
// and dropping them would lock the table for every other desk.
class ProgressTally
{
public:
    explicit ProgressTally(Connection db);

    // A statement that writes milestone events, ending in
    //   RETURNING cooperative_id, milestone_code, reached_on, <change>
    // where <change> is +1 for a row that became a current reach, -1 for a current reach that
    // stopped being one, 0 for a row that counts for nothing. Rows without a date count nothing.
    void run(const QString &sql, const QVariantList &values);
    void finish();

    static bool applies(const Connection &db);

private:
    int districtOf(qint64 cooperativeId);
    int milestoneIndex(QByteArrayView code);
    int dayIndex(QByteArrayView text);

    Connection m_db;
    QString m_what;
    QStringList m_triggers;                       // their CREATE statements, to put back
    QHash<qint64, int> m_districtOfCooperative;   // index into m_districts
    QStringList m_districts;                      // sorted, so packed keys sort as the tables do
    QStringList m_milestones;                     // as met
    QVector<QByteArray> m_milestoneCodes;         // the same, as SQLite hands them out
    QStringList m_days;                           // dates as met; put in order at finish()
    QHash<int, int> m_isoDays;                    // 20251004 -> index into m_days
    QHash<quint64, int> m_byDistrictDay;          // packed (district, milestone, day) -> change
    bool m_finished = false;
};
