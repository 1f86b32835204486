#pragma once
#include "storage/storageerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlDriver;

// Everything that differs between the two database engines, in one place: SQLite (a file on one
// PC, the zero-setup default) and PostgreSQL (a server several PCs share). Repositories write
// portable SQL and ask the engine for the rest. Engines are stateless; there is one of each.
class SqlEngine
{
public:
    enum class Kind { Sqlite,
                      Postgres };
    virtual ~SqlEngine() = default;

    static const SqlEngine &sqlite();
    static const SqlEngine &postgres();
    // The engine of a Qt driver (SQLite's for an unknown or missing one).
    static const SqlEngine &forDriver(const QSqlDriver *driver);

    virtual Kind kind() const = 0;
    virtual QString qtDriverName() const = 0;
    // The migration steps written for this engine (same version numbers, same tables).
    virtual QString migrationFolder() const = 0;
    // Splits a migration script into statements: ';' outside quotes, comments, $$ bodies and
    // trigger BEGIN ... END blocks.
    virtual QStringList splitStatements(const QString &script) const;
    // Starts a transaction that will write. Both engines serialise writers here, so that
    // read-then-write logic ("is this cooperative already marked present?") holds across PCs.
    // Throws StorageError.
    virtual void beginWrite(const QSqlDatabase &db, const QString &what) const = 0;
    virtual bool tableExists(const QSqlDatabase &db, const QString &table) const = 0;
    // The user tables of the app's schema, sorted (for copying a database and comparing two).
    virtual QStringList tables(const QSqlDatabase &db) const = 0;
    virtual StorageError::Problem classify(const QSqlError &error) const = 0;
    // Whether the driver's connection is known to be broken (a failed query that came without
    // any error code: the server went away under it).
    virtual bool connectionBroken(const QSqlDriver *driver) const
    {
        Q_UNUSED(driver);
        return false;
    }
    // A join whose table order is kept as written. SQLite's planner takes CROSS JOIN as that
    // hint; PostgreSQL has no such syntax with ON and plans it well by itself.
    virtual QString orderedJoin() const = 0;
    // Whether the app copies the database before a schema upgrade. SQLite: yes, beside the file.
    // PostgreSQL: the upgrade runs in one transaction (its DDL is transactional) and backups of
    // the server are its administrator's job (pg_dump), so no.
    virtual bool backsUpBeforeUpgrade() const = 0;
    // Whether this connection still reaches its database (false after a server restart or a
    // dropped network, until reconnect()). Cheap: no round trip for SQLite.
    virtual bool isAlive(const QSqlDatabase &db) const = 0;
    // Opens the connection again with the same settings; true when it worked.
    virtual bool reconnect(QSqlDatabase &db) const = 0;
    // Before a statement: a server connection that was lost (Qt's driver closes itself when the
    // server ends the session) is made again, so the first query after the server is back works.
    virtual bool ensureConnected(QSqlDatabase &db) const { return db.isOpen(); }
    // Per-connection settings run after every open (pragmas, search_path, time zone).
    virtual void configure(const QSqlDatabase &db, bool readOnly) const = 0;
    // The columns of a table of the app's schema, in their declared order.
    virtual QStringList columns(const QSqlDatabase &db, const QString &table) const = 0;
    // The foreign keys of `table` (one entry per referring column), read from the schema itself.
    struct ForeignKey
    {
        QString column;
        QString parentTable;
    };
    virtual QList<ForeignKey> foreignKeys(const QSqlDatabase &db, const QString &table) const = 0;
    // After rows were copied in with their ids (moving a database): ids given from now on
    // continue after the highest one. SQLite does that by itself.
    virtual void continueIdsAfterCopy(const QSqlDatabase &db, const QString &table) const = 0;
};
