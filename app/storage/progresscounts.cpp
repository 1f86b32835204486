#include "storage/progresscounts.h"

#include "storage/sqlengine.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("ProgressCounts", s); }
}

void ProgressCounts::suspend()
{
    if (m_db.engine().kind() != SqlEngine::Kind::Postgres || m_suspended)
        return;
    Sql::execute(m_db, QStringLiteral("ALTER TABLE milestone_event DISABLE TRIGGER progress_event"), tr("Loading milestones"));
    m_suspended = true;
}

void ProgressCounts::resume()
{
    if (!m_suspended)
        return;
    rebuild();
    Sql::execute(m_db, QStringLiteral("ALTER TABLE milestone_event ENABLE TRIGGER progress_event"), tr("Loading milestones"));
    m_suspended = false;
}

void ProgressCounts::rebuild()
{
    const QString what = tr("Recounting the milestones");
    for (const char *table : {"progress_district", "progress_district_day", "progress_day"})
        Sql::run(m_db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), {}, what);
    // The same statements migration 003 fills the tables with.
    Sql::run(m_db, QStringLiteral("INSERT INTO progress_district (district_code, milestone_code, reached) "
                                  "SELECT c.district_code, e.milestone_code, COUNT(*) FROM milestone_event e JOIN cooperative c ON c.id = e.cooperative_id "
                                  "WHERE e.current = 1 AND e.reached_on IS NOT NULL GROUP BY c.district_code, e.milestone_code"),
             {}, what);
    Sql::run(m_db, QStringLiteral("INSERT INTO progress_district_day (reached_on, district_code, milestone_code, reached) "
                                  "SELECT e.reached_on, c.district_code, e.milestone_code, COUNT(*) FROM milestone_event e "
                                  "JOIN cooperative c ON c.id = e.cooperative_id WHERE e.current = 1 AND e.reached_on IS NOT NULL "
                                  "GROUP BY e.reached_on, c.district_code, e.milestone_code"),
             {}, what);
    Sql::run(m_db, QStringLiteral("INSERT INTO progress_day (milestone_code, reached_on, reached) "
                                  "SELECT e.milestone_code, e.reached_on, COUNT(*) FROM milestone_event e "
                                  "WHERE e.current = 1 AND e.reached_on IS NOT NULL GROUP BY e.milestone_code, e.reached_on"),
             {}, what);
}
