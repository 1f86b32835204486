#pragma once
#include "core/milestone.h"

#include "storage/connection.h"
#include <QVector>

// Milestone definitions (administered by the Dinas) and the marks on cooperatives.
// Every change is an event: marking adds a 'reach', un-marking adds an 'unreach';
// nothing is deleted, so each cooperative's full history can be shown.
class MilestoneRepository
{
public:
    explicit MilestoneRepository(Connection db) : m_db(std::move(db)) {}

    QVector<MilestoneDefinition> definitions(bool includeRetired = false) const;
    void addDefinition(const MilestoneDefinition &definition);
    void updateDefinition(const MilestoneDefinition &definition);   // name, label, phrase
    void setOrder(const QStringList &codes);                        // new positions, first = 1
    void setRetired(const QString &code, bool retired);
    // Makes the milestone list exactly `snapshot` (names, order, retired) in one transaction: the
    // undo and redo of an administrator's change. A milestone missing from the snapshot is removed,
    // which is refused (nothing changes) once dates were recorded for it.
    void restoreDefinitions(const QVector<MilestoneDefinition> &snapshot);

    // Marks the milestone reached on `date` for each cooperative that has not reached it. One that
    // has keeps its date, whatever `date` is: re-dating it would change the figures "as of" every
    // day in between, and reports already signed. Returns the previous state of those that
    // changed, so the caller can undo. One transaction for the whole selection.
    QVector<MilestoneMark> mark(const QVector<qint64> &cooperativeIds, const QString &code,
                                const QDate &date, const QString &note, const QString &actor);
    // The explicit correction of a date recorded wrongly: only cooperatives that have the milestone
    // get `date`. Returns the previous states of those that changed.
    QVector<MilestoneMark> redate(const QVector<qint64> &cooperativeIds, const QString &code,
                                  const QDate &date, const QString &note, const QString &actor);
    // How many of the cooperatives have the milestone now.
    int reachedCount(const QVector<qint64> &cooperativeIds, const QString &code) const;
    // Records an 'unreach' for each cooperative that has the milestone. Returns previous states.
    QVector<MilestoneMark> unmark(const QVector<qint64> &cooperativeIds, const QString &code,
                                  const QString &note, const QString &actor);
    // Puts marks back to a previous state (undo/redo), recording events like any other change.
    void restore(const QVector<MilestoneMark> &states, const QString &note, const QString &actor);

    // Bulk load of marks for cooperatives that have no current mark for those milestones yet
    // (the demo scenario, an import, the benchmark). Runs inside the caller's transaction.
    void insertMarks(const QVector<MilestoneMark> &marks, const QString &actor);

    QVector<MilestoneMark> currentMarks(const QVector<qint64> &cooperativeIds, const QString &code) const;
    QVector<MilestoneEvent> history(qint64 cooperativeId) const;

private:
    // mark() (onlyReached false: those without the milestone) and redate() (true: those with it).
    QVector<MilestoneMark> reach(const QVector<qint64> &ids, const QString &code, const QDate &date,
                                 const QString &note, const QString &actor, bool onlyReached);
    void reachOne(qint64 id, const QString &code, const QDate &date, const QString &note,
                  const QString &actor, const QString &now);
    void unreachOne(qint64 id, const QString &code, const QString &note, const QString &actor,
                    const QString &now);
    Connection m_db;
};
