#include "storage/backupretention.h"

#include <QSet>
#include <algorithm>

namespace BackupRetention {

QVector<int> toDelete(const QVector<Candidate> &backups, const QDateTime &now)
{
    QVector<int> order(backups.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return backups.at(a).madeAt > backups.at(b).madeAt; });

    QSet<int> keep;
    QSet<qint64> days, weeks, months;
    for (int i : order) {
        const Candidate &c = backups.at(i);
        const QDate d = c.madeAt.date();
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        const bool isProtected = c.reason == QLatin1String("manual") || c.reason == QLatin1String("import")
                              || c.reason == QLatin1String("before-restore");
        // Kept for now, and not taking a day's, week's or month's place from an ordinary backup:
        // a backup by hand in the afternoon leaves the morning's daily one where it was.
        if (c.madeAt > now || (isProtected && c.madeAt >= now.addDays(-kProtectedDays))) {
            keep.insert(i);
            continue;
        }
        const qint64 dayKey = d.toJulianDay();
        const qint64 weekKey = qint64(weekYear) * 100 + week;
        const qint64 monthKey = qint64(d.year()) * 100 + d.month();
        if (!days.contains(dayKey) && days.size() < kDays) {
            days.insert(dayKey);
            keep.insert(i);
        }
        if (!weeks.contains(weekKey) && weeks.size() < kWeeks) {
            weeks.insert(weekKey);
            keep.insert(i);
        }
        if (!months.contains(monthKey) && months.size() < kMonths) {
            months.insert(monthKey);
            keep.insert(i);
        }
    }
    QVector<int> result;
    for (int i = 0; i < backups.size(); ++i)
        if (!keep.contains(i))
            result.append(i);
    return result;
}

}   // namespace BackupRetention
