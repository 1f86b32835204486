#pragma once
#include <QDateTime>
#include <QString>
#include <QVector>

// Which backups to keep: the newest of each of the 7 most recent calendar days that have a
// backup, of the 4 most recent ISO weeks that have one and of the 12 most recent months that have
// one (local time; counted by days with backups, not by the calendar, so an office closed for a
// month still has its last 7 working days). A backup made by hand or before an import or a
// restore is kept for 30 days whatever else there is, and meanwhile takes no day's, week's or
// month's place from the ordinary (daily) backups; after 30 days it is ordinary. A backup dated
// after `now` (a clock set wrong) is kept and takes no place either.
namespace BackupRetention {
struct Candidate
{
    QDateTime madeAt;
    QString reason;
};
constexpr int kDays = 7;
constexpr int kWeeks = 4;
constexpr int kMonths = 12;
constexpr int kProtectedDays = 30;
// Indices into `backups` of those to delete.
QVector<int> toDelete(const QVector<Candidate> &backups, const QDateTime &now);
}   // namespace BackupRetention
