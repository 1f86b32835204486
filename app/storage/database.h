#pragma once
#include <QSqlDatabase>
#include <QString>

// One open database: a SQLite file (the zero-setup default). Opening sets the pragmas, refuses a
// file made by a newer version of the app without touching it, and applies pending migrations.
// Each Database owns its own named connection, so several can be open in one process
// (a second window, a test that plays another user) and each lives in one thread.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing) and migrates to the latest version; throws StorageError.
    void open(const QString &path);
    // For tests of the upgrade path: migrate only up to `version`.
    void openAtVersion(const QString &path, int version);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // The copy of the database saved before open() upgraded its schema; empty when no upgrade ran.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }
    int schemaVersion() const;
    // Page cache of this connection (64 MiB by default); a bulk load raises it for its duration.
    void setCacheSizeMiB(int mebibytes);

    // Where the database lives when --db is not given: the user's application data folder.
    static QString defaultPath();
    static int latestSchemaVersion();

private:
    void openConnection(const QString &path);
    QString m_connectionName;
    QString m_path;
    QString m_upgradeBackupPath;
};
