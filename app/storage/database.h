#pragma once
#include "storage/connection.h"
#include "storage/connectionsettings.h"

#include <QString>

class SqlEngine;

// One open database: a SQLite file (the zero-setup default), or a PostgreSQL database on a server
// the office's PCs share (`postgresql://user@host:5432/dbname`, see ServerAddress). Opening a file checks it before any
// change (that it is SQLite at all, that it is this app's database, that it is not damaged), sets
// the pragmas, refuses a file made by a newer version of the app without touching it, and applies
// pending migrations. Each Database owns its own named connection, so several can be open in one
// process (a second window, a test that plays another user) and each lives in one thread.
//
// While a connection is open, nothing in this process may open and close the database file by
// its path (a header check, a checksum, a file dialog sniffing its content): POSIX advisory locks
// belong to the process and go with the first close of *any* descriptor of the file, after which
// another process may delete the -wal/-shm under this one and the two see different data. Every
// open database file is therefore registered (isOpenDatabaseFile()) and code that would read an
// arbitrary file asks first.
class Database
{
public:
    enum class OpenMode {
        ReadOnly,    // read-only commands: never creates, migrates or otherwise alters the file
        ReadWrite,   // an existing database of this app (upgraded when older)
        Create,      // also creates a missing or empty (0-byte) file: `demo`, the GUI's first run
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens a file path or a server URL and (except ReadOnly) migrates to the latest version;
    // throws StorageError. A damaged file (PRAGMA quick_check) opens read-only: isReadOnly() and
    // warning() say so. On a server, Create makes the app's schema in an existing database.
    void open(const QString &location, OpenMode mode = OpenMode::Create);
    // Opens the database another Database has open (its connectionSettings()), password included.
    void open(const ConnectionSettings &settings, OpenMode mode);
    // What a worker thread needs to open this database again: the location and the password in memory.
    ConnectionSettings connectionSettings() const { return {m_path, m_serverPassword}; }
    // The password for the next open() of a server URL without one in it (a prompt, the
    // keychain). Without any, libpq's own rules apply: PGPASSWORD, then ~/.pgpass.
    void setServerPassword(const QString &password) { m_serverPassword = password; }
    // For tests of the upgrade path: migrate only up to `version`.
    void openAtVersion(const QString &path, int version);
    void close();
    bool isOpen() const;

    Connection connection() const;
    const SqlEngine &engine() const;
    // True for a PostgreSQL server: shared by several PCs; no file, no file backups.
    bool isServer() const;
    // The file path, or the server URL without its password.
    QString path() const { return m_path; }
    // For a server: whether the connection is encrypted (TLS), for the status bar and the dialog.
    bool isEncrypted() const;
    // The copy of the database saved before open() upgraded its schema; empty when no upgrade ran.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }
    int schemaVersion() const;
    // Page cache of this connection (64 MiB by default); a bulk load raises it for its duration.
    void setCacheSizeMiB(int mebibytes);

    // True when writes are refused: opened ReadOnly, or the file is damaged.
    bool isReadOnly() const { return m_readOnly; }
    bool isDamaged() const { return m_damaged; }
    // A plain sentence for the user when the database opened with a problem (damaged); else empty.
    QString warning() const { return m_warning; }
    // A consistent copy through SQLite (VACUUM INTO, WAL content included), never a file copy of
    // the live database. The target must not exist. Throws StorageError (always on a server,
    // whose backups are pg_dump's, its administrator's job).
    void copyTo(const QString &target) const;

    // A server only (`demo --replace`): drops the app's schema with all its data and makes it
    // again at the latest version. Throws StorageError.
    void recreateServerSchema();

    // Where the database lives when --db is not given: the user's application data folder.
    static QString defaultPath();
    static int latestSchemaVersion();
    // Whether `path` (any spelling: relative, "..", a symlink, a hard link) is a database file
    // this process has open, or its -wal, -shm or -journal. Never opens the file.
    static bool isOpenDatabaseFile(const QString &path);

private:
    void openConnection(const QString &path, OpenMode mode);
    void openServer(const QString &url, OpenMode mode);
    void connect(const QString &path, bool readOnly);
    void checkIsOurs(OpenMode mode);
    bool quickCheckOk(QString *detail);
    QString m_connectionName;
    QString m_serverPassword;
    const SqlEngine *m_engine = nullptr;
    QString m_path;
    QString m_upgradeBackupPath;
    QString m_warning;
    bool m_readOnly = false;
    bool m_damaged = false;
    bool m_registered = false;
};
