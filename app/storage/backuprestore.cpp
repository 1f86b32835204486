#include "storage/backuprestore.h"

#include "storage/backupfiles.h"
#include "core/filesync.h"
#include "storage/backupinspection.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlitedirect.h"
#include "storage/sqlengine.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#ifdef PK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

using BackupFiles::FileConnection;
using BackupFiles::shown;

namespace {
QString tr(const char *s) { return QCoreApplication::translate("BackupService", s); }

void exec(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StorageError::fromQuery(q, what);
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The portable copy: the staged database attached to the open connection, every table emptied and
// refilled inside one transaction, the triggers (which keep tallies) dropped meanwhile and put back.
void copyTableByTable(const QSqlDatabase &db, const QString &stagedPath)
{
    const QString what = QCoreApplication::translate("BackupService", "Restoring the backup");
    {
        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS restore_source"));
        attach.addBindValue(stagedPath);
        if (!attach.exec())
            throw StorageError::fromQuery(attach, what);
    }
    struct Detach
    {
        QSqlDatabase db;
        ~Detach() { QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE restore_source")); }
    } detach{db};

    auto names = [&](const QString &schema, const QString &type) {
        QStringList result;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = '%2' AND name NOT LIKE 'sqlite_%' ORDER BY name").arg(schema, type)))
            throw StorageError::fromQuery(q, what);
        while (q.next())
            result << q.value(0).toString();
        return result;
    };
    const QStringList tables = names(QStringLiteral("main"), QStringLiteral("table"));
    if (tables != names(QStringLiteral("restore_source"), QStringLiteral("table")))
        throw StorageError(QCoreApplication::translate("BackupService", "The backup's tables differ from this version's; nothing was restored."));

    Transaction tx(Connection(db, &SqlEngine::sqlite()), what);
    exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), what);
    QStringList triggerSql;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'")))
            throw StorageError::fromQuery(q, what);
        QStringList triggers;
        while (q.next()) {
            triggers << q.value(0).toString();
            triggerSql << q.value(1).toString();
        }
        for (const QString &t : triggers)
            exec(db, QStringLiteral("DROP TRIGGER main.%1").arg(quoted(t)), what);
    }
    for (const QString &t : tables)
        exec(db, QStringLiteral("DELETE FROM main.%1").arg(quoted(t)), what);
    for (const QString &t : tables) {
        QStringList columns;
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(t))))
            throw StorageError::fromQuery(info, what);
        while (info.next())
            columns << quoted(info.value(1).toString());
        const QString list = columns.join(QStringLiteral(", "));
        exec(db, QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM restore_source.%1").arg(quoted(t), list), what);
    }
    if (db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_sequence"))) {
        exec(db, QStringLiteral("DELETE FROM main.sqlite_sequence"), what);
        QSqlQuery has(db);
        if (has.exec(QStringLiteral("SELECT 1 FROM restore_source.sqlite_master WHERE name = 'sqlite_sequence'")) && has.next())
            exec(db, QStringLiteral("INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM restore_source.sqlite_sequence"), what);
    }
    for (const QString &sql : triggerSql)
        exec(db, sql, what);
    tx.commit();
}

// SQLite's online backup API, from the staged connection into the open one, in one step: the
// destination is written in one transaction (rolled back by sqlite3_backup_finish on failure), and
// other connections to the file see the new content when it commits. False, with nothing changed,
// when the C API cannot reach both connections or cannot copy this way (the table-by-table copy
// then runs).
bool copyWithBackupApi(const QSqlDatabase &destination, const QSqlDatabase &source)
{
#ifdef PK_SQLITE_DIRECT
    sqlite3 *dst = SqliteDirect::handle(Connection(destination, &SqlEngine::sqlite()));
    sqlite3 *src = SqliteDirect::handle(Connection(source, &SqlEngine::sqlite()));
    if (!dst || !src)
        return false;
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup)   // e.g. "destination database is in use": a statement of this connection still reads
        return false;
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(50);   // another window or process is saving: wait for it, as a save does
    } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < 10000);
    sqlite3_backup_finish(backup);        // rolls the destination back unless the copy was complete
    if ((rc & 0xff) == SQLITE_READONLY)   // a WAL database takes no pages of another page size
        return false;
    if (rc != SQLITE_DONE) {
        const QString message = StorageError::messageFor(SqlEngine::sqlite().classify(QSqlError(QString(), QString(), QSqlError::StatementError, QString::number(rc))), QCoreApplication::translate("BackupService", "Restoring the backup"));
        throw StorageError(message.isEmpty() ? QCoreApplication::translate("BackupService", "Restoring the backup failed; the database was not changed.") : message,
                           QString::fromUtf8(sqlite3_errstr(rc)));
    }
    return true;
#else
    Q_UNUSED(destination)
    Q_UNUSED(source)
    return false;
#endif
}

// The backup copied into `stagedPath` (a file that does not exist yet) through SQLite.
void stageCopy(const QString &backupFile, const QString &stagedPath)
{
    FileConnection source(backupFile, true);
    if (!source.isOpen())
        throw StorageError(QCoreApplication::translate("BackupService", "The backup \"%1\" cannot be opened.").arg(shown(backupFile)), source.error());
    QSqlQuery q(source.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(stagedPath);
    if (!q.exec()) {
        QFile::remove(stagedPath);
        throw StorageError::fromQuery(q, QCoreApplication::translate("BackupService", "Copying the backup \"%1\"").arg(shown(backupFile)));
    }
}

BackupInfo checkedBackup(const QString &backupFile)
{
    const BackupInfo info = BackupService::inspect(backupFile);
    if (!info.usable)
        throw StorageError(QCoreApplication::translate("BackupService", "This backup cannot be restored: %1 Nothing was changed.").arg(info.problem));
    return info;
}
}   // namespace

namespace BackupService {

RestoreResult restore(Database &open, const QString &backupFile)
{
    refuseServer(open.path());
    if (!open.isOpen())
        throw StorageError(tr("No database is open."));
    if (open.isDamaged())
        throw StorageError(tr("The database is damaged; it is restored by putting the backup in its place, not by writing into it. Nothing was changed."));
    if (open.isReadOnly())
        throw StorageError(tr("The database is open read-only; a backup cannot be restored into it. Nothing was changed."));
    RestoreResult result;
    result.restored = checkedBackup(backupFile);

    // A copy of the backup, upgraded to this version when it is older, in a folder of its own
    // beside the backups (same disk; removed afterwards).
    const QString folder = backupFolder(open.path());
    QDir().mkpath(folder);
    QTemporaryDir work(QDir(folder).filePath(QStringLiteral(".restore-XXXXXX")));
    if (!work.isValid())
        throw StorageError(tr("The backup folder \"%1\" cannot be written to; nothing was restored.").arg(shown(folder)));
    const QString staged = QDir(work.path()).filePath(QStringLiteral("staged.sqlite"));
    stageCopy(backupFile, staged);
    Database stagedDb;
    stagedDb.open(staged, Database::OpenMode::ReadWrite);   // migrates an older backup
    if (stagedDb.isReadOnly())
        throw StorageError(tr("The copy of the backup is damaged; nothing was restored."));

    result.beforeRestore = backUp(open, Reason::BeforeRestore);

    if (!copyWithBackupApi(open.connection().qt(), stagedDb.connection().qt())) {
        const QString stagedPath = stagedDb.path();
        // The attached copy is read by the open connection; its own connection stays open meanwhile,
        // which is harmless (it is another file).
        copyTableByTable(open.connection().qt(), stagedPath);
    }
    stagedDb.close();
    // The open connection's schema is the backup's now (already upgraded); check that it reads.
    Migrator(open.connection()).migrate();
    return result;
}

QString restoreDamaged(Database &damaged, const QString &backupFile)
{
    const QString path = damaged.path();
    refuseServer(path);
    if (path.isEmpty())
        throw StorageError(tr("No database is open."));
    checkedBackup(backupFile);
    const QFileInfo fi(path);
    const QString staged = fi.absoluteDir().filePath(QStringLiteral(".%1.restore.part").arg(fi.fileName()));
    QFile::remove(staged);
    stageCopy(backupFile, staged);
    FileSync::toDisk(staged);

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const QString aside = fi.absoluteDir().filePath(QStringLiteral("%1-damaged-%2.sqlite").arg(fi.completeBaseName(), stamp));
    damaged.close();
    if (!QFile::rename(path, aside)) {
        QFile::remove(staged);
        damaged.open(path, Database::OpenMode::ReadWrite);   // as it was: damaged, read-only
        throw StorageError(tr("The damaged database could not be renamed to \"%1\"; nothing was changed.").arg(shown(aside)));
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            QFile::rename(companion, aside + QLatin1String(suffix));
    }
    if (!QFile::rename(staged, path)) {
        QFile::rename(aside, path);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (QFileInfo::exists(aside + QLatin1String(suffix)))
                QFile::rename(aside + QLatin1String(suffix), path + QLatin1String(suffix));
        QFile::remove(staged);
        damaged.open(path, Database::OpenMode::ReadWrite);
        throw StorageError(tr("The backup could not be put in place of the damaged database; nothing was changed."));
    }
    damaged.open(path, Database::OpenMode::ReadWrite);   // upgrades an older backup
    return aside;
}

}   // namespace BackupService
