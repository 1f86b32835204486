#include "database.h"

#include "migrator.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("Database", s); }

void pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw StorageError::fromQuery(q, QCoreApplication::translate("Database", "Opening the database"));
}
} // namespace

Database::Database()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("pantau-kopdes-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("pantau-kopdes.sqlite"));
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

void Database::openConnection(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        throw StorageError(tr("\"%1\" is a folder, not a database file.").arg(path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        throw StorageError(tr("Cannot create the folder for \"%1\".").arg(path));
    if (info.exists()) {
        // A non-SQLite file (a spreadsheet chosen by mistake) must be refused, never overwritten.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(tr("Cannot read \"%1\": %2").arg(path, f.errorString()));
        const QByteArray head = f.read(16);
        if (!head.isEmpty() && !head.startsWith("SQLite format 3"))
            throw StorageError(tr("\"%1\" is not a Pantau Kopdes database (it is not an SQLite file). It was not changed.").arg(path));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Wait up to 5 s for another writer (a second window, another facilitator's process).
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString technical = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(tr("Cannot open the database \"%1\": %2").arg(path, technical), technical);
    }
    m_path = path;
    // Connection-only settings first: nothing here writes to the file.
    pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    // 64 MiB page cache (the default is 2 MiB): a national registry's indexes stay in memory, and a
    // bulk load does not spill pages to the WAL one by one.
    pragma(db, QStringLiteral("PRAGMA cache_size = -65536"));
    // Statement journals and sorts in memory rather than in temporary files.
    pragma(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    try {
        Migrator(db).checkNotNewer();
    } catch (...) {
        close();
        throw;
    }
    // WAL lets readers (the dashboard, another window) go on while one writer saves.
    // synchronous=FULL syncs the WAL at every commit, so a mark the door screen showed as saved
    // survives a power cut too (common where the offices have no UPS), not only a crashed app;
    // it costs about 0.7 ms per check-in on this machine (median 1.0 -> 1.7 ms).
    pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

void Database::open(const QString &path)
{
    openConnection(path);
    Migrator migrator(connection());
    migrator.migrate();
    m_upgradeBackupPath = migrator.backupPath();
}

void Database::openAtVersion(const QString &path, int version)
{
    openConnection(path);
    Migrator migrator(connection());
    migrator.migrateTo(version);
    m_upgradeBackupPath = migrator.backupPath();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_upgradeBackupPath.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrator(connection()).currentVersion();
}

void Database::setCacheSizeMiB(int mebibytes)
{
    // A negative cache_size is in KiB, independent of the page size.
    pragma(connection(), QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024));
}
