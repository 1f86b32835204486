#include "storage/dailybackup.h"

#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/sqlengine.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace {
int cooperativeCount(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("cooperative")))
        return 0;
    return Sql::scalar(Connection(db, &SqlEngine::sqlite()), QStringLiteral("SELECT COUNT(*) FROM cooperative"), {}, QCoreApplication::translate("BackupService", "Reading the database")).toInt();
}
}   // namespace

namespace BackupService {

bool dailyBackupDue(const Database &db, const QDateTime &now)
{
    if (isServerDatabase(db.path()) || !db.isOpen() || db.isReadOnly() || db.isDamaged())
        return false;
    if (cooperativeCount(db.connection().qt()) == 0)
        return false;
    for (const BackupInfo &b : listBackups(db.path(), false))
        if (b.reason == QLatin1String("daily") && b.madeAt.date() == now.date())
            return false;
    return true;
}

BackupInfo backupIfFirstToday(const Database &db, const QDateTime &now)
{
    if (!dailyBackupDue(db, now))
        return {};
    return backUp(db, Reason::Daily, QString(), now);
}

}   // namespace BackupService
