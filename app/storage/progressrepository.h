#pragma once
#include "core/progresssummary.h"

#include <QDate>
#include <QHash>
#include "storage/connection.h"
#include <QVector>

// Progress over time for the whole area: how many cooperatives had reached each milestone as of
// each date on which any count changed (from the recorded milestone dates). Counts are the same
// "as of" figures as ProgressRepository::summary gives for that date.
struct ProgressTimeline
{
    QString areaCode;
    QString areaName;
    int total = 0;                             // cooperatives in the area
    QVector<MilestoneDefinition> milestones;   // active ones, in order
    QVector<QDate> dates;                      // ascending; the last one is the "as of" date
    QHash<QString, QVector<int>> reached;      // milestone code -> count as of each of `dates`

    QDate from() const { return dates.isEmpty() ? QDate() : dates.first(); }
    QDate to() const { return dates.isEmpty() ? QDate() : dates.last(); }
};

// "As of" arithmetic: how many cooperatives had reached each milestone on a date, for the whole
// area and per kecamatan. A cooperative counts when its current reach of the milestone is dated
// on or before the date (so a correction made later also corrects past reports).
//
// The counts come from the aggregates that migration 003 keeps up to date with triggers
// (progress_district, progress_district_day, progress_day) and the kecamatan sizes migration 005
// keeps (district_tally), so a national database of 670,000 milestone events is summarised
// without reading the events themselves. The 58,000 count rows are read through RowReader.
class ProgressRepository
{
public:
    explicit ProgressRepository(Connection db) : m_db(std::move(db)) {}

    ProgressSummary summary(const QDate &asOf) const { return summaryWithin(asOf, QString(), QString()); }
    // The same, restricted to kecamatan codes in [fromCode, toCode): one province or regency of a
    // larger database (a province's report from the national one). Empty codes: everything.
    ProgressSummary summaryWithin(const QDate &asOf, const QString &fromCode, const QString &toCode) const;
    // Counts as of every date something changed between `from` and `to` (both included as points).
    // An invalid `from` starts at the first recorded milestone date.
    ProgressTimeline timeline(const QDate &from, const QDate &to) const;

    // Area totals only (milestone code -> count as of the date): the comparison figures of the cards.
    QHash<QString, int> areaReached(const QDate &asOf) const;
    // The date of the latest workshop held on or before `onOrBefore`; invalid when none (or when
    // the database has no workshops yet).
    QDate latestWorkshopDate(const QDate &onOrBefore) const;

    // The statements `summary(asOf)` runs, with their parameters written in, so the benchmark can
    // time the sqlite3 shell on exactly the same work.
    QString summarySqlForShell(const QDate &asOf) const;

private:
    Connection m_db;
};
