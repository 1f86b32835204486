#include "storage/sqliteengine.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
void pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw StorageError::fromError(q.lastError(), SqlEngine::sqlite(),
                                      QCoreApplication::translate("Database", "Opening the database"));
}
}   // namespace

void SqliteEngine::beginWrite(const QSqlDatabase &db, const QString &what) const
{
    // SQLite lets a read-only connection (a damaged file, a read-only command) begin a write
    // transaction; refuse it here, before anything is attempted.
    if (db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY")))
        throw StorageError(StorageError::messageFor(StorageError::Problem::ReadOnly, what), QString(),
                           StorageError::Problem::ReadOnly);
    // BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
    // instead of one failing with "database is locked" when it upgrades a read lock.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        throw StorageError::fromError(q.lastError(), *this, what);
}

bool SqliteEngine::tableExists(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

QStringList SqliteEngine::tables(const QSqlDatabase &db) const
{
    QStringList names;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

namespace {
constexpr int kReadOnlyRollback = StorageError::SqliteReadOnly | (3 << 8);   // SQLITE_READONLY_ROLLBACK
}   // namespace

StorageError::Problem SqliteEngine::classify(const QSqlError &error) const
{
    using P = StorageError::Problem;
    bool ok = false;
    const int extended = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return P::None;
    switch (extended & 0xff) {
    case StorageError::SqliteBusy:
    case StorageError::SqliteLocked: return P::Busy;
    case StorageError::SqliteConstraint:
        // SQLITE_CONSTRAINT_UNIQUE (2067) and _PRIMARYKEY (1555); Qt's driver reports extended codes.
        return (extended == 2067 || extended == 1555) ? P::Duplicate : P::Constraint;
    case StorageError::SqliteReadOnly:
        // SQLITE_READONLY_ROLLBACK: a hot journal left by a writer that stopped midway, which
        // only a connection that may write can roll back. The file is healthy.
        return extended == kReadOnlyRollback ? P::UnfinishedWrite : P::ReadOnly;
    case StorageError::SqliteFull: return P::DiskFull;
    case StorageError::SqliteIoError: return P::IoError;
    case StorageError::SqliteCorrupt:
    case StorageError::SqliteNotADatabase: return P::Damaged;
    case StorageError::SqliteCantOpen: return P::CantOpen;
    case StorageError::SqliteNoMemory: return P::NoMemory;
    default: return P::None;
    }
}

bool SqliteEngine::reconnect(QSqlDatabase &db) const
{
    return db.isOpen() || db.open();
}

void SqliteEngine::configure(const QSqlDatabase &db, bool readOnly) const
{
    // Connection-only settings first: nothing here writes to the file.
    pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    // 64 MiB page cache (the default is 2 MiB): a national registry's indexes stay in memory, and a
    // bulk load does not spill pages to the WAL one by one.
    pragma(db, QStringLiteral("PRAGMA cache_size = -65536"));
    // Statement journals and sorts in memory rather than in temporary files.
    pragma(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (readOnly)   // a write outside a Transaction fails too, with SQLITE_READONLY
        pragma(db, QStringLiteral("PRAGMA query_only = ON"));
}

QList<SqlEngine::ForeignKey> SqliteEngine::foreignKeys(const QSqlDatabase &db, const QString &table) const
{
    QList<ForeignKey> keys;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?) ORDER BY id, seq"));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            keys.append({q.value(0).toString(), q.value(1).toString()});
    return keys;
}

QStringList SqliteEngine::columns(const QSqlDatabase &db, const QString &table) const
{
    QStringList names;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(QString(table).remove(QLatin1Char('\'')))))
        while (q.next())
            names << q.value(0).toString();
    return names;
}
