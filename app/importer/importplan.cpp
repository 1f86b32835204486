#include "importer/importplan.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {
// "420", "422-428", "420, 425": runs of consecutive rows joined.
QString rowRanges(const QVector<int> &rows)
{
    QStringList parts;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        parts << (j > i ? QStringLiteral("%1\u2013%2").arg(rows.at(i)).arg(rows.at(j)) : QString::number(rows.at(i)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}
}   // namespace

QString ImportFooterRows::describe() const
{
    QStringList parts;
    if (!totals.isEmpty())
        parts << QCoreApplication::translate("ImportPlan", "row(s) %1 (a totals line)", nullptr, int(totals.size())).arg(rowRanges(totals));
    if (!signature.isEmpty())
        parts << QCoreApplication::translate("ImportPlan", "row(s) %1 (the signature block)", nullptr, int(signature.size())).arg(rowRanges(signature));
    if (parts.isEmpty())
        return QString();
    return QCoreApplication::translate("ImportPlan", "Not data, left out: %1.").arg(parts.join(QStringLiteral("; ")));
}

int PlannedRow::appliedMilestones() const
{
    int n = 0;
    for (const PlannedMilestoneChange &m : milestones)
        if (!m.blocked)
            ++n;
    return n;
}

bool ImportPlan::hasFileProblem() const
{
    for (const ImportProblem &p : problems)
        if (p.kind == ImportProblem::Kind::File)
            return true;
    return false;
}

bool ImportPlan::accepted() const
{
    if (hasFileProblem() || rows.isEmpty())
        return false;
    return rejected == 0 || (skipBadRows && rejected < rowCount());
}

QByteArray ImportPlan::fingerprint() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const PlannedRow &r : rows) {
        h.addData(QByteArray::number(r.row) + ':' + QByteArray::number(int(r.status)) + ':' + QByteArray::number(r.cooperativeId) + ';');
        for (const PlannedFieldChange &f : r.fields)
            h.addData((QString::number(f.field) + QLatin1Char('=') + f.oldValue + QChar(0x1F) + f.newValue + QChar(0x1E)).toUtf8());
        for (const PlannedMilestoneChange &m : r.milestones)
            h.addData((m.code + QLatin1Char(':') + QString::number(int(m.action)) + QLatin1Char(':') + QString::number(m.oldEventId)
                       + m.oldDate.toString(Qt::ISODate) + m.newDate.toString(Qt::ISODate) + (m.blocked ? QLatin1Char('b') : QLatin1Char('a')))
                          .toUtf8());
    }
    return h.result();
}
