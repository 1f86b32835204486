#include "storage/postgresengine.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace {
// Any constant shared by every copy of the app: the key of the one writers' advisory lock.
constexpr qint64 kWriteLockKey = 0x50414e5441550001;   // "PANTAU", 1

bool execPlain(const QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}
}   // namespace

namespace {
// Qt's driver hands out libpq's connection as a QVariant whose type is named after the struct
// behind the PGconn typedef.
PGconn *connectionOf(const QSqlDriver *driver)
{
    if (!driver)
        return nullptr;
    const QVariant h = driver->handle();
    if (!h.isValid() || (qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(h.constData());
}
}   // namespace

pg_conn *PostgresEngine::handle(const QSqlDatabase &db)
{
    return connectionOf(db.driver());
}

void PostgresEngine::beginWrite(const QSqlDatabase &db, const QString &what) const
{
    QSqlError error;
    // The lock is held to the end of the transaction; a writer waiting longer than 5 s (as
    // SQLite's busy timeout) gets "busy, try again" instead of hanging the check-in desk.
    if (!execPlain(db, QStringLiteral("BEGIN"), &error)
        || !execPlain(db, QStringLiteral("SET LOCAL lock_timeout = '5s'"), &error)
        || !execPlain(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey), &error)) {
        execPlain(db, QStringLiteral("ROLLBACK"));
        const StorageError e = StorageError::fromError(error, *this, what);
        if (e.problem() == StorageError::Problem::None && connectionBroken(db.driver()))
            throw StorageError(StorageError::messageFor(StorageError::Problem::ConnectionLost, what), e.technical(),
                               StorageError::Problem::ConnectionLost);
        throw e;
    }
}

bool PostgresEngine::tableExists(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?"));
    q.addBindValue(QString::fromLatin1(kSchema));
    q.addBindValue(table);
    return q.exec() && q.next();
}

QStringList PostgresEngine::tables(const QSqlDatabase &db) const
{
    QStringList names;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                             "AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\""));
    q.addBindValue(QString::fromLatin1(kSchema));
    if (q.exec())
        while (q.next())
            names << q.value(0).toString();
    return names;
}

StorageError::Problem PostgresEngine::classify(const QSqlError &error) const
{
    using P = StorageError::Problem;
    // Qt's driver reports the SQLSTATE as the native code.
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("23505"))
        return P::Duplicate;
    if (state.startsWith(QLatin1String("23")))
        return P::Constraint;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")
        || state == QLatin1String("57014"))
        return P::Busy;
    if (state == QLatin1String("25006"))
        return P::ReadOnly;
    if (state == QLatin1String("53100"))
        return P::DiskFull;
    if (state == QLatin1String("53200"))
        return P::NoMemory;
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return P::ConnectionLost;
    if (state == QLatin1String("42501"))
        return P::Permission;
    if (state.startsWith(QLatin1String("XX0")) || state.startsWith(QLatin1String("58")))
        return P::IoError;
    // A broken connection often comes without an SQLSTATE (libpq saw the socket close). And a
    // statement refused with no error at all is one Qt's driver did not even send because the
    // connection is closed (a reconnection after a lost link failed): classify() is only asked
    // about operations that failed.
    if (state.isEmpty())
        return P::ConnectionLost;
    return P::None;
}

bool PostgresEngine::isAlive(const QSqlDatabase &db) const
{
    PGconn *conn = handle(db);
    if (!db.isOpen() || !conn || PQstatus(conn) != CONNECTION_OK)
        return false;
    // PQstatus only notices a dead server after a failed exchange: make one.
    return execPlain(db, QStringLiteral("SELECT 1"));
}

bool PostgresEngine::ensureConnected(QSqlDatabase &db) const
{
    return db.isOpen() || reconnect(db);
}

bool PostgresEngine::reconnect(QSqlDatabase &db) const
{
    db.close();
    return db.open();
}

void PostgresEngine::configure(const QSqlDatabase &db, bool readOnly) const
{
    Q_UNUSED(readOnly);   // set in the connection options, so a reconnection keeps it
    // The server's NOTICEs (e.g. "schema already exists") are not for the user.
    execPlain(db, QStringLiteral("SET client_min_messages = warning"));
}

bool PostgresEngine::isEncrypted(const QSqlDatabase &db)
{
    PGconn *conn = handle(db);
    return conn && PQsslInUse(conn) == 1;
}

int PostgresEngine::backendPid(const QSqlDatabase &db)
{
    PGconn *conn = handle(db);
    return conn ? PQbackendPID(conn) : 0;
}

QStringList PostgresEngine::columns(const QSqlDatabase &db, const QString &table) const
{
    QStringList names;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                             "ORDER BY ordinal_position"));
    q.addBindValue(QString::fromLatin1(kSchema));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QList<SqlEngine::ForeignKey> PostgresEngine::foreignKeys(const QSqlDatabase &db, const QString &table) const
{
    QList<ForeignKey> keys;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.attname, parent.relname FROM pg_constraint c "
                             "JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid "
                             "JOIN pg_namespace n ON n.oid = child.relnamespace "
                             "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
                             "WHERE c.contype = 'f' AND n.nspname = ? AND child.relname = ? ORDER BY c.conname, a.attnum"));
    q.addBindValue(QString::fromLatin1(kSchema));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            keys.append({q.value(0).toString(), q.value(1).toString()});
    return keys;
}

void PostgresEngine::continueIdsAfterCopy(const QSqlDatabase &db, const QString &table) const
{
    if (!columns(db, table).contains(QStringLiteral("id")))
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"));
    q.addBindValue(QStringLiteral("%1.%2").arg(QLatin1String(kSchema), table));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return;   // no identity column
    const QString sequence = q.value(0).toString();
    QSqlQuery set(db);
    // The table name comes from the schema's own catalogue, never from a user.
    if (!set.exec(QStringLiteral("SELECT setval('%1', COALESCE((SELECT MAX(id) FROM %2), 0) + 1, false)").arg(sequence, table)))
        throw StorageError::fromError(set.lastError(), *this, QCoreApplication::translate("Database", "Copying the database"));
}

bool PostgresEngine::connectionBroken(const QSqlDriver *driver) const
{
    if (!driver)
        return false;
    if (!driver->isOpen())   // Qt's driver closes itself when the server ended the session
        return true;
    PGconn *conn = connectionOf(driver);
    return !conn || PQstatus(conn) != CONNECTION_OK;
}
