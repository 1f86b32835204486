#include "importplan.h"

#include <QCryptographicHash>

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
