#include "storage/database.h"

#include "storage/migrator.h"
#include "storage/postgresengine.h"
#include "storage/serveraddress.h"
#include "storage/sqlengine.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
QString tr(const char *s) { return QCoreApplication::translate("Database", s); }

void pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw StorageError::fromQuery(q, QCoreApplication::translate("Database", "Opening the database"));
}

// The identity of a file, whatever the spelling of its path: device and inode where there are
// (a hard link is the same file), else the canonical path. Empty when the file does not exist.
struct FileId
{
    quint64 device = 0;
    quint64 inode = 0;
    QString canonical;
    bool valid() const { return !canonical.isEmpty(); }
    bool operator==(const FileId &o) const
    {
#ifdef Q_OS_UNIX
        return device == o.device && inode == o.inode;
#else
        return canonical.compare(o.canonical, Qt::CaseInsensitive) == 0;
#endif
    }
};

FileId fileId(const QString &path)
{
    FileId id;
    id.canonical = QFileInfo(path).canonicalFilePath();
#ifdef Q_OS_UNIX
    struct stat st;
    if (id.valid() && ::stat(QFile::encodeName(path).constData(), &st) == 0) {   // stat() never opens the file
        id.device = quint64(st.st_dev);
        id.inode = quint64(st.st_ino);
    } else {
        id.canonical.clear();
    }
#endif
    return id;
}

// The database files this process has open (one entry per open Database).
QMutex &registryMutex()
{
    static QMutex m;
    return m;
}
// Connection name -> the file it has open.
QVector<QPair<QString, FileId>> &registry()
{
    static QVector<QPair<QString, FileId>> files;
    return files;
}
bool registered(const FileId &id)
{
    if (!id.valid())
        return false;
    QMutexLocker lock(&registryMutex());
    for (const auto &entry : registry())
        if (entry.second == id)
            return true;
    return false;
}
}   // namespace

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

bool Database::isOpenDatabaseFile(const QString &path)
{
    if (registered(fileId(path)))
        return true;
    // The companions SQLite keeps beside the database: overwriting one loses data as surely.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QLatin1String s(suffix);
        if (path.endsWith(s) && registered(fileId(path.left(path.size() - s.size()))))
            return true;
    }
    return false;
}

void Database::connect(const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Wait up to 5 s for another writer (a second window, another facilitator's process).
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString technical = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(tr("Cannot open the database \"%1\". Check that the file and its folder can be read.")
                               .arg(QDir::toNativeSeparators(path)),
                           technical);
    }
    m_path = path;
    m_readOnly = readOnly;
    m_engine = &SqlEngine::sqlite();
}

bool Database::quickCheckOk(QString *detail)
{
    // quick_check reads every page (but skips the index-to-table cross checks of integrity_check):
    // a page overwritten in the middle shows up here instead of as rows silently missing later.
    QSqlQuery q(connection().qt());
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = q.lastError().text();
        const int code = StorageError::sqliteCode(q.lastError());
        if (code == StorageError::SqliteCorrupt || code == StorageError::SqliteNotADatabase)
            return false;
        throw StorageError::fromQuery(q, tr("Checking the database"));
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    *detail = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

void Database::checkIsOurs(OpenMode mode)
{
    const QStringList tables = engine().tables(connection().qt());
    const QString shown = isServer() ? m_path : QDir::toNativeSeparators(m_path);
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migration")))
        throw StorageError(isServer() ? tr("The schema \"pantau\" of \"%1\" holds tables of another program, not Pantau Kopdes data. It was not changed.").arg(shown)
                                      : tr("\"%1\" is an SQLite file of another program, not a Pantau Kopdes database. It was not changed.").arg(shown));
    if (tables.isEmpty() && mode != OpenMode::Create)
        throw StorageError(tr("\"%1\" holds no Pantau Kopdes data. It was not changed.").arg(shown));
}

void Database::openConnection(const QString &path, OpenMode mode)
{
    close();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        throw StorageError(tr("\"%1\" is a folder, not a database file.").arg(shown));
    const bool empty = !info.exists() || info.size() == 0;
    if (!info.exists() && mode != OpenMode::Create)
        throw StorageError(tr("The database file \"%1\" does not exist. Nothing was created.").arg(shown));
    if (info.exists() && info.size() == 0 && mode != OpenMode::Create)
        throw StorageError(tr("\"%1\" is an empty file (0 bytes), not a Pantau Kopdes database. It was not changed.").arg(shown));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        throw StorageError(tr("Cannot create the folder for \"%1\". Choose a folder you can write to.").arg(shown));
    // A non-SQLite file (a spreadsheet chosen by mistake) must be refused, never overwritten.
    // Its header is read by path only when no connection of this process has the file open
    // (closing that descriptor would drop the open connection's locks, see the class comment);
    // an open one was checked when it was opened.
    if (!empty && !isOpenDatabaseFile(path)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(tr("Cannot read \"%1\". Check that the file can be read.").arg(shown), f.errorString());
        const QByteArray head = f.read(16);
        f.close();
        if (!head.startsWith("SQLite format 3"))
            throw StorageError(tr("\"%1\" is not a Pantau Kopdes database (it is not an SQLite file). It was not changed.").arg(shown));
    }

    connect(path, mode == OpenMode::ReadOnly);
    try {
        QString detail;
        if (!empty && !quickCheckOk(&detail)) {
            // Damaged: never written to again. Reads go on, so the office can still look and print.
            m_damaged = true;
            if (!m_readOnly) {
                close();
                connect(path, true);
                m_damaged = true;
            }
            m_warning = tr("The database \"%1\" is damaged: some of its records cannot be read correctly. It was opened "
                           "read-only, so nothing more can be saved in it. Use the latest backup copy instead (for example "
                           "a \"…-backup.sqlite\" file beside it) and keep the damaged file for the helpdesk.")
                            .arg(shown);
        }
        checkIsOurs(mode);
        engine().configure(connection().qt(), m_readOnly);
        Migrator(connection()).checkNotNewer();
        if (m_readOnly && !m_damaged && Migrator(connection()).currentVersion() < Migrator::latestVersion())
            throw StorageError(tr("\"%1\" was made by an earlier version of Pantau Kopdes and must be upgraded first; this command "
                                  "only reads and did not change it. Open it once in the application (a copy of it as it was is kept).")
                                   .arg(shown));
        if (!m_readOnly) {
            // WAL lets readers (the dashboard, another window) go on while one writer saves.
            // synchronous=FULL syncs the WAL at every commit, so a mark the door screen showed as saved
            // survives a power cut too (common where the offices have no UPS), not only a crashed app;
            // it costs about 0.7 ms per check-in on this machine (median 1.0 -> 1.7 ms).
            // A new file gets 16 KiB pages (SQLite's default is 4 KiB): a national import dirties
            // most of the file, and a commit writes each dirty page to the WAL with a call of its
            // own; a quarter as many calls took its commit from 1.1 s to 0.45 s, and the b-trees are
            // shallower for every summary. An existing file keeps its page size (this is a no-op
            // once it has a table): the pages of a regency's database are few either way.
            pragma(connection().qt(), QStringLiteral("PRAGMA page_size = 16384"));
            pragma(connection().qt(), QStringLiteral("PRAGMA journal_mode = WAL"));
            pragma(connection().qt(), QStringLiteral("PRAGMA synchronous = FULL"));
        }
    } catch (...) {
        close();
        throw;
    }
    const FileId id = fileId(path);
    if (id.valid()) {
        QMutexLocker lock(&registryMutex());
        registry().append({m_connectionName, id});
        m_registered = true;
    }
}

void Database::open(const ConnectionSettings &settings, OpenMode mode)
{
    setServerPassword(settings.password);
    open(settings.location, mode);
}

void Database::open(const QString &location, OpenMode mode)
{
    if (ServerAddress::isServerUrl(location))
        openServer(location, mode);
    else
        openConnection(location, mode);
    if (m_readOnly)
        return;
    Migrator migrator(connection());
    migrator.migrate();
    m_upgradeBackupPath = migrator.backupPath();
}

void Database::openAtVersion(const QString &location, int version)
{
    if (ServerAddress::isServerUrl(location))
        openServer(location, OpenMode::Create);
    else
        openConnection(location, OpenMode::Create);
    Migrator migrator(connection());
    migrator.migrateTo(version);
    m_upgradeBackupPath = migrator.backupPath();
}

void Database::close()
{
    if (m_registered) {
        QMutexLocker lock(&registryMutex());
        auto &files = registry();
        for (int i = 0; i < files.size(); ++i)
            if (files.at(i).first == m_connectionName)
                files.remove(i--);
        m_registered = false;
    }
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
    m_warning.clear();
    m_readOnly = false;
    m_damaged = false;
    m_engine = nullptr;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

Connection Database::connection() const
{
    return Connection(QSqlDatabase::database(m_connectionName, false), &engine());
}

const SqlEngine &Database::engine() const
{
    return m_engine ? *m_engine : SqlEngine::sqlite();
}

bool Database::isServer() const
{
    return engine().kind() == SqlEngine::Kind::Postgres;
}

bool Database::isEncrypted() const
{
    return isServer() && PostgresEngine::isEncrypted(connection().qt());
}

int Database::schemaVersion() const
{
    return Migrator(connection()).currentVersion();
}

void Database::setCacheSizeMiB(int mebibytes)
{
    if (isServer())   // the server's shared_buffers are its administrator's setting
        return;
    // A negative cache_size is in KiB, independent of the page size.
    pragma(connection().qt(), QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024));
}

void Database::copyTo(const QString &target) const
{
    if (isServer())
        throw StorageError(tr("A database on a server is backed up by its administrator (pg_dump), not by this application."));
    QSqlQuery q(connection().qt());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        throw StorageError::fromError(q.lastError(), engine(), tr("Copying the database to \"%1\"").arg(QDir::toNativeSeparators(target)));
    }
}

void Database::openServer(const QString &url, OpenMode mode)
{
    close();
    ServerAddress address;
    QString problem;
    if (!ServerAddress::parse(url, &address, &problem))
        throw StorageError(problem);
    if (!address.password.isEmpty())
        // Every user of the PC sees a program's arguments (Task Manager, ps); an error message
        // or a recent-servers list could repeat it too.
        throw StorageError(tr("The server address %1 contains a password, which every user of this PC could read. Remove "
                              "\":password\" from the address: the application asks for the password when it connects and "
                              "can remember it in the system's password store.")
                               .arg(ServerAddress::redacted(url)));
    const QString shown = address.display();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError(tr("This installation cannot reach a PostgreSQL server: Qt's PostgreSQL driver is missing "
                              "(on Debian and Ubuntu, install the package libqt6sql6-psql)."));
    const bool readOnly = mode == OpenMode::ReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(m_serverPassword);
        // Kept in the connection options, so that a reconnection after a dropped network gets the
        // same session: the app's schema first on the search path, no NOTICE chatter, and for a
        // read-only command a session that refuses every write.
        QString sessionOptions = QStringLiteral("-c search_path=%1 -c client_min_messages=warning").arg(QLatin1String(PostgresEngine::kSchema));
        if (readOnly)
            sessionOptions += QStringLiteral(" -c default_transaction_read_only=on");
        QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=pantau-kopdes"),
                            QStringLiteral("options='%1'").arg(sessionOptions)};
        if (!address.sslMode.isEmpty())
            options << QStringLiteral("sslmode=") + address.sslMode;
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QString technical = db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw StorageError(tr("Cannot connect to the database server %1. Check the address and the password, that the server "
                                  "is running and that this computer can reach it (network, firewall). The server said: %2")
                                   .arg(shown, technical.trimmed()),
                               technical, StorageError::Problem::ConnectionLost);
        }
    }
    m_engine = &SqlEngine::postgres();
    m_path = shown;
    m_readOnly = readOnly;
    try {
        if (!readOnly) {
            QSqlQuery q(connection().qt());
            if (!q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(QLatin1String(PostgresEngine::kSchema))))
                throw StorageError::fromError(q.lastError(), engine(), tr("Preparing the database on the server"));
        }
        checkIsOurs(mode);
        engine().configure(connection().qt(), m_readOnly);
        Migrator(connection()).checkNotNewer();
        if (m_readOnly && Migrator(connection()).currentVersion() < Migrator::latestVersion())
            throw StorageError(tr("\"%1\" was made by an earlier version of Pantau Kopdes and must be upgraded first; this command "
                                  "only reads and did not change it. Open it once in the application.")
                                   .arg(shown));
    } catch (...) {
        close();
        throw;
    }
}

void Database::recreateServerSchema()
{
    if (!isServer() || m_readOnly)
        throw StorageError(tr("Only a database on a server opened for writing can be emptied this way."));
    const QString location = m_path;
    {
        QSqlQuery q(connection().qt());
        if (!q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(QLatin1String(PostgresEngine::kSchema))))
            throw StorageError::fromError(q.lastError(), engine(), tr("Emptying the database on the server"));
    }
    const QString password = connection().qt().password();
    close();
    m_serverPassword = password;
    open(location, OpenMode::Create);
}
