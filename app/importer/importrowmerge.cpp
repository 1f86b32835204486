#include "importer/importrowmerge.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// Merges `other` into `merged`: what `merged` lacks is taken, and the header of each value that
// differs is added to `disagreeing` (once).
void mergeInto(RowIntent &merged, const RowIntent &other, QStringList &disagreeing)
{
    for (int f = 0; f < ImportColumns::FieldCount; ++f) {
        if (other.values[f].isEmpty())
            continue;
        if (merged.values[f].isEmpty()) {
            merged.values[f] = other.values[f];
            merged.headers[f] = other.headers[f];
        } else if (merged.values[f] != other.values[f] && !disagreeing.contains(other.headers[f])) {
            disagreeing << other.headers[f];
        }
    }
    for (int m = 0; m < merged.milestones.size(); ++m) {
        const MilestoneIntent &o = other.milestones.at(m);
        MilestoneIntent &mine = merged.milestones[m];
        if (!o.present())
            continue;
        if (!mine.present()) {
            mine = o;
        } else if (mine.reached != o.reached || (mine.date.isValid() && o.date.isValid() && mine.date != o.date)) {
            const QString h = o.dateHeader.isEmpty() ? o.statusHeader : o.dateHeader;
            if (!disagreeing.contains(h))
                disagreeing << h;
        } else if (!mine.date.isValid()) {
            mine.date = o.date;
        }
    }
}
}   // namespace

QHash<int, int> mergeRowsPerCooperative(QVector<RowIntent> &intents, const ImportSnapshot &snapshot)
{
    QHash<int, QVector<int>> groups;   // cooperative index -> intent indexes, in row order
    for (int i = 0; i < intents.size(); ++i) {
        const RowIntent &in = intents.at(i);
        if (in.coop < 0 || !in.issues.isEmpty())
            continue;
        groups[in.coop].append(i);
    }
    QHash<int, int> duplicateOf;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const QVector<int> &g = it.value();
        if (g.size() < 2)
            continue;
        // A copy: on a disagreement the rows stay as they were read.
        RowIntent merged = intents.at(g.first());
        QStringList disagreeing;
        for (int k = 1; k < g.size(); ++k)
            mergeInto(merged, intents.at(g.at(k)), disagreeing);
        const auto &coop = snapshot.cooperatives.at(it.key());
        if (!disagreeing.isEmpty()) {
            QStringList rowNumbers;
            for (int i : g)
                rowNumbers << QString::number(intents.at(i).row);
            QStringList columns;
            for (const QString &h : std::as_const(disagreeing))
                columns << QStringLiteral("'%1'").arg(h);
            for (int i : g)
                intents[i].issues.append({QString(),
                                          QCoreApplication::translate("ImportPlanner", "rows %1 are all %2 %3 but disagree in %4; keep one row for it")
                                              .arg(rowNumbers.join(QStringLiteral(", ")), coop.villageCode, coop.name, columns.join(QStringLiteral(", ")))});
        } else {
            intents[g.first()] = std::move(merged);
            for (int k = 1; k < g.size(); ++k)
                duplicateOf.insert(g.at(k), intents.at(g.first()).row);
        }
    }
    return duplicateOf;
}
