#include "progressrepository.h"

#include "milestonerepository.h"
#include "settingsrepository.h"
#include "sqlquery.h"

#include <QCoreApplication>

ProgressSummary ProgressRepository::summary(const QDate &asOf) const
{
    const QString what = QCoreApplication::translate("ProgressRepository", "Computing the progress summary");
    ProgressSummary s;
    s.asOf = asOf;
    const SettingsRepository settings(m_db);
    s.areaCode = settings.areaCode();
    s.areaName = settings.areaName();
    s.milestones = MilestoneRepository(m_db).definitions();

    QHash<QString, int> districtIndex;
    {
        QSqlQuery q = Sql::run(m_db, QStringLiteral(
            "SELECT d.code, d.name, d.regency_code, r.name, "
            "(SELECT COUNT(*) FROM village v WHERE v.district_code = d.code), "
            "(SELECT COUNT(*) FROM cooperative c WHERE c.district_code = d.code) "
            "FROM district d JOIN regency r ON r.code = d.regency_code ORDER BY d.code"), {}, what);
        while (q.next()) {
            DistrictProgress d;
            d.code = q.value(0).toString();
            d.name = q.value(1).toString();
            d.regencyCode = q.value(2).toString();
            d.regencyName = q.value(3).toString();
            d.villages = q.value(4).toInt();
            d.total = q.value(5).toInt();
            s.total += d.total;
            districtIndex.insert(d.code, int(s.districts.size()));
            s.districts.append(d);
        }
    }
    QSqlQuery q = Sql::run(m_db, QStringLiteral(
        "SELECT c.district_code, e.milestone_code, COUNT(*) FROM milestone_event e "
        "JOIN cooperative c ON c.id = e.cooperative_id "
        "WHERE e.current = 1 AND e.reached_on <= ? GROUP BY c.district_code, e.milestone_code"),
        {asOf.toString(Qt::ISODate)}, what);
    while (q.next()) {
        const QString code = q.value(1).toString();
        const int n = q.value(2).toInt();
        const auto it = districtIndex.constFind(q.value(0).toString());
        if (it != districtIndex.constEnd())
            s.districts[*it].reached[code] += n;
        s.reached[code] += n;
    }
    return s;
}
