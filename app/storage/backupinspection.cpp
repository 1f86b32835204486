#include "storage/backupinspection.h"

#include "storage/backupfiles.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

using BackupFiles::FileConnection;
using BackupFiles::shown;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("BackupService", s); }

bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3", 16);
}
}   // namespace

namespace BackupService {

void readFigures(const QSqlDatabase &db, BackupInfo *info)
{
    const QString name = shown(info->path);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        info->problem = QCoreApplication::translate("BackupService", "\"%1\" is damaged: SQLite cannot read it.").arg(name);
        return;
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (lines != QStringList{QStringLiteral("ok")}) {
        info->problem = QCoreApplication::translate("BackupService", "\"%1\" is damaged: some of its records cannot be read correctly.").arg(name);
        return;
    }
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("schema_migration")) || !tables.contains(QStringLiteral("cooperative"))) {
        info->problem = QCoreApplication::translate("BackupService", "\"%1\" is not a Pantau Kopdes database.").arg(name);
        return;
    }
    QSqlQuery v(db);
    if (!v.exec(QStringLiteral("SELECT MAX(version) FROM schema_migration")) || !v.next()) {
        info->problem = QCoreApplication::translate("BackupService", "\"%1\" is not a Pantau Kopdes database.").arg(name);
        return;
    }
    info->schemaVersion = v.value(0).toInt();
    QSqlQuery c(db);
    if (!c.exec(QStringLiteral("SELECT COUNT(*) FROM cooperative")) || !c.next()) {
        info->problem = QCoreApplication::translate("BackupService", "\"%1\" is damaged: its cooperatives cannot be read.").arg(name);
        return;
    }
    info->cooperatives = c.value(0).toInt();
    if (info->schemaVersion > Database::latestSchemaVersion()) {
        info->problem = QCoreApplication::translate("BackupService", "\"%1\" was made by a newer version of Pantau Kopdes (schema %2; this version knows up to %3). "
                                                                     "Install the newer version to use it.")
                            .arg(name)
                            .arg(info->schemaVersion)
                            .arg(Database::latestSchemaVersion());
        return;
    }
    info->usable = true;
}

BackupInfo inspect(const QString &file)
{
    BackupInfo info;
    info.path = file;
    const QFileInfo fi(file);
    info.sizeBytes = fi.size();
    info.madeAt = fi.lastModified();
    QDateTime at;
    // The name gives the time when the file is one of ours (any database's base name).
    static const QRegularExpression ours(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-\\d+)?-(daily|manual|import|before-restore)\\.sqlite$"));
    const auto m = ours.match(fi.fileName());
    if (m.hasMatch()) {
        at = QDateTime::fromString(m.captured(1), BackupFiles::kStamp);
        if (at.isValid()) {
            info.madeAt = at;
            info.reason = m.captured(2);
        }
    }
    info.checked = true;
    const QString name = shown(file);
    if (!fi.isFile()) {
        info.problem = tr("\"%1\" does not exist.").arg(name);
        return info;
    }
    // Never open by path a file this process has open as its database (see Database).
    if (Database::isOpenDatabaseFile(file)) {
        info.problem = tr("\"%1\" is the database that is open, not a backup.").arg(name);
        return info;
    }
    if (!hasSqliteHeader(file)) {
        info.problem = tr("\"%1\" is not a Pantau Kopdes database (it is not an SQLite file).").arg(name);
        return info;
    }
    FileConnection c(file, true);
    if (!c.isOpen()) {
        info.problem = tr("\"%1\" cannot be opened.").arg(name);
        return info;
    }
    readFigures(c.db(), &info);
    return info;
}

}   // namespace BackupService
