#include "backupservice.h"

#include "backupretention.h"
#include "database.h"
#include "migrator.h"
#include "sqlitedirect.h"
#include "sqlengine.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <functional>

#ifdef PK_SQLITE_DIRECT
#include <sqlite3.h>
#endif
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
QString tr(const char *s) { return QCoreApplication::translate("BackupService", s); }
QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

const QString kStamp = QStringLiteral("yyyy-MM-dd-HHmm");

// A connection of its own to a file that is not the open database (a backup, a staged copy).
class FileConnection
{
public:
    FileConnection(const QString &path, bool readOnly)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("pantau-kopdes-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~FileConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3", 16);
}

bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(f.handle()) == 0;
#else
    Q_UNUSED(path)
    return true;
#endif
}

// Reads the figures of an open connection to a backup; sets usable/problem.
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

void refuseServer(const QString &path)
{
    if (BackupService::isServerDatabase(path))
        throw StorageError(BackupService::serverMessage());
}

int cooperativeCount(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("cooperative")))
        return 0;
    return Sql::scalar(Connection(db, &SqlEngine::sqlite()), QStringLiteral("SELECT COUNT(*) FROM cooperative"), {}, QCoreApplication::translate("BackupService", "Reading the database")).toInt();
}

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
            readFigures(c.db(), &partInfo);
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
    if (!syncFile(part) || !QFile::rename(part, target)) {
        QFile::remove(part);
        throw StorageError(QCoreApplication::translate("BackupService", "The backup could not be saved as \"%1\". Check that the folder can be written to and that the disk is not full.")
                               .arg(shown(target)));
    }
    info.checked = true;
    info.sizeBytes = QFileInfo(target).size();
    return info;
}

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
    sqlite3_backup_finish(backup);   // rolls the destination back unless the copy was complete
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
} // namespace

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
        at = QDateTime::fromString(m.captured(1), kStamp);
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

QStringList prune(const QString &databasePath, const QDateTime &now)
{
    const QVector<BackupInfo> backups = listBackups(databasePath, false);   // only names of this app's pattern
    QVector<BackupRetention::Candidate> candidates;
    for (const BackupInfo &b : backups)
        candidates.append({b.madeAt, b.reason});
    QStringList deleted;
    // What a backup killed midway left (our own name + ".part"), once it is a day old: a backup
    // being written now, by this process or another, is never that old.
    const QDir dir(backupFolder(databasePath));
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite.part")}, QDir::Files | QDir::Hidden)) {
        const QString path = dir.filePath(name);
        if (parseName(databasePath, name.chopped(5)) && QFileInfo(path).lastModified() < QDateTime::currentDateTime().addDays(-1)
            && QFile::remove(path))
            deleted << path;
    }
    for (int i : BackupRetention::toDelete(candidates, now)) {
        const QString path = backups.at(i).path;
        if (Database::isOpenDatabaseFile(path))   // someone opened a backup as their database: leave it
            continue;
        if (QFile::remove(path))
            deleted << path;
    }
    return deleted;
}

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
    syncFile(staged);

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

} // namespace BackupService
