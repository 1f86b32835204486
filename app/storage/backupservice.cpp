#include "storage/backupservice.h"

#include "storage/backupfiles.h"
#include "core/filesync.h"
#include "storage/backupretention.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

using BackupFiles::FileConnection;
using BackupFiles::kStamp;
using BackupFiles::shown;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("BackupService", s); }

// A new name in the backups folder: the time to the minute, with seconds and then a counter when
// two backups for the same reason fall in the same minute.
QString newBackupPath(const QString &databasePath, BackupService::Reason reason, const QDateTime &now)
{
    const QDir dir(BackupService::backupFolder(databasePath));
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QString word = BackupService::reasonName(reason);
    QString candidate = dir.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(base, now.toString(kStamp), word));
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral(".part")); ++n)
        candidate = dir.filePath(QStringLiteral("%1-%2-%3-%4.sqlite").arg(base, now.toString(kStamp)).arg(n).arg(word));
    return candidate;
}

// VACUUM INTO `part` from a connection, made a plain single file (rollback journal, so a backup is
// one file that can be copied to a USB stick), checked and synced. Throws; removes `part` on failure.
BackupInfo writeChecked(const std::function<void(const QString &)> &vacuumInto, const QString &part, const QString &target)
{
    QFile::remove(part);
    try {
        vacuumInto(part);
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    BackupInfo info;
    info.path = target;
    {
        FileConnection c(part, false);
        if (c.isOpen()) {
            QSqlQuery q(c.db());
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            q.finish();
            BackupInfo partInfo;
            partInfo.path = target;
            BackupService::readFigures(c.db(), &partInfo);
            info = partInfo;
        } else {
            info.problem = QCoreApplication::translate("BackupService", "The backup \"%1\" cannot be opened again to check it.").arg(shown(target));
        }
    }
    QFile::remove(part + QStringLiteral("-journal"));
    if (!info.usable) {
        QFile::remove(part);
        throw StorageError(QCoreApplication::translate("BackupService", "The backup could not be checked after writing it, so it was not kept: %1").arg(info.problem));
    }
    if (!FileSync::toDisk(part) || !QFile::rename(part, target)) {
        QFile::remove(part);
        throw StorageError(QCoreApplication::translate("BackupService", "The backup could not be saved as \"%1\". Check that the folder can be written to and that the disk is not full.")
                               .arg(shown(target)));
    }
    info.checked = true;
    info.sizeBytes = QFileInfo(target).size();
    return info;
}
}   // namespace

namespace BackupService {

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Daily: return QStringLiteral("daily");
    case Reason::Manual: return QStringLiteral("manual");
    case Reason::Import: return QStringLiteral("import");
    case Reason::BeforeRestore: return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

QString reasonText(const QString &name)
{
    if (name == QLatin1String("daily"))
        return tr("daily");
    if (name == QLatin1String("manual"))
        return tr("made by hand");
    if (name == QLatin1String("import"))
        return tr("before an import");
    if (name == QLatin1String("before-restore"))
        return tr("before a restore");
    return tr("other file");
}

bool isServerDatabase(const QString &databasePath)
{
    return databasePath.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || databasePath.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

void refuseServer(const QString &databasePath)
{
    if (isServerDatabase(databasePath))
        throw StorageError(serverMessage());
}

QString serverMessage()
{
    return tr("This database is on a PostgreSQL server. Its backups are made on the server by its administrator "
              "(for example with pg_dump); Pantau Kopdes does not back it up or restore it. Nothing was done.");
}

QString backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool parseName(const QString &databasePath, const QString &fileName, QDateTime *madeAt, QString *reason)
{
    const QRegularExpression re(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-\\d+)?-(daily|manual|import|before-restore)\\.sqlite$")
                                    .arg(QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())));
    const auto m = re.match(fileName);
    if (!m.hasMatch())
        return false;
    const QDateTime at = QDateTime::fromString(m.captured(1), kStamp);
    if (!at.isValid())
        return false;
    if (madeAt)
        *madeAt = at;
    if (reason)
        *reason = m.captured(2);
    return true;
}

BackupInfo backUp(const Database &db, Reason reason, const QString &target, const QDateTime &now)
{
    refuseServer(db.path());
    if (!db.isOpen())
        throw StorageError(tr("No database is open."));
    QString path = target;
    if (path.isEmpty()) {
        const QString folder = backupFolder(db.path());
        if (!QDir().mkpath(folder))
            throw StorageError(tr("The backup folder \"%1\" cannot be created. Check that the folder of the database can be written to.")
                                   .arg(shown(folder)));
        path = newBackupPath(db.path(), reason, now);
    } else {
        const QFileInfo fi(path);
        if (fi.exists())
            throw StorageError(tr("\"%1\" already exists. Choose a new file name; an existing file is never overwritten.").arg(shown(path)));
        if (!fi.absoluteDir().exists())
            throw StorageError(tr("The folder \"%1\" does not exist. Choose another folder.").arg(shown(fi.absolutePath())));
    }
    const QString part = path + QStringLiteral(".part");
    BackupInfo info = writeChecked(
        [&](const QString &into) {
            if (!db.isReadOnly()) {
                db.copyTo(into);
                return;
            }
            // A read-only Database refuses every write (query_only), VACUUM INTO another file too; a
            // read-only SQLite connection of our own copies it (SQLite shares its locks between the
            // connections of a process, so this is not the by-path open Database warns about).
            FileConnection c(db.path(), true);
            if (!c.isOpen())
                throw StorageError(QCoreApplication::translate("BackupService", "The database \"%1\" cannot be opened.").arg(shown(db.path())), c.error());
            QSqlQuery q(c.db());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(into);
            if (!q.exec())
                throw StorageError::fromQuery(q, QCoreApplication::translate("BackupService", "Copying the database to \"%1\"").arg(shown(path)));
        },
        part, path);
    info.madeAt = now;
    info.reason = reasonName(reason);
    if (target.isEmpty())
        prune(db.path(), now);
    return info;
}

QVector<BackupInfo> listBackups(const QString &databasePath, bool inspectEach)
{
    QVector<BackupInfo> result;
    if (isServerDatabase(databasePath))
        return result;
    const QDir dir(backupFolder(databasePath));
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        QDateTime at;
        QString reason;
        if (!parseName(databasePath, name, &at, &reason))
            continue;
        BackupInfo info;
        if (inspectEach) {
            info = inspect(dir.filePath(name));
        } else {
            info.path = dir.filePath(name);
            info.sizeBytes = QFileInfo(info.path).size();
        }
        info.madeAt = at;
        info.reason = reason;
        result.append(info);
    }
    // Names have the minute; within a minute the file's own time orders them.
    QHash<QString, QDateTime> modified;
    for (const BackupInfo &b : result)
        modified.insert(b.path, QFileInfo(b.path).lastModified());
    std::sort(result.begin(), result.end(), [&](const BackupInfo &a, const BackupInfo &b) {
        if (a.madeAt != b.madeAt)
            return a.madeAt > b.madeAt;
        const QDateTime ma = modified.value(a.path), mb = modified.value(b.path);
        return ma != mb ? ma > mb : a.path > b.path;
    });
    return result;
}

BackupInfo latestGoodBackup(const QString &databasePath)
{
    for (const BackupInfo &b : listBackups(databasePath, false)) {
        BackupInfo checked = inspect(b.path);
        if (checked.usable) {
            checked.madeAt = b.madeAt;
            checked.reason = b.reason;
            return checked;
        }
    }
    return {};
}

QStringList removeLeftovers(const QString &databasePath)
{
    // What a backup, an import's safety copy or a restore killed midway left (our own names +
    // ".part", as big as the database), once untouched for an hour: one being written now, by
    // this process or another, is written to continuously and never that old.
    QStringList deleted;
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-3600);
    const auto removeIfStale = [&](const QString &path) {
        if (QFileInfo(path).lastModified() < stale && QFile::remove(path))
            deleted << path;
    };
    const QDir dir(backupFolder(databasePath));
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite.part")}, QDir::Files | QDir::Hidden))
        if (parseName(databasePath, name.chopped(5)))
            removeIfStale(dir.filePath(name));
    const QFileInfo db(databasePath);
    removeIfStale(db.absoluteDir().filePath(QStringLiteral(".%1.restore.part").arg(db.fileName())));
    return deleted;
}

QStringList prune(const QString &databasePath, const QDateTime &now)
{
    const QVector<BackupInfo> backups = listBackups(databasePath, false);   // only names of this app's pattern
    QVector<BackupRetention::Candidate> candidates;
    for (const BackupInfo &b : backups)
        candidates.append({b.madeAt, b.reason});
    QStringList deleted = removeLeftovers(databasePath);
    for (int i : BackupRetention::toDelete(candidates, now)) {
        const QString path = backups.at(i).path;
        if (Database::isOpenDatabaseFile(path))   // someone opened a backup as their database: leave it
            continue;
        if (QFile::remove(path))
            deleted << path;
    }
    return deleted;
}

}   // namespace BackupService
