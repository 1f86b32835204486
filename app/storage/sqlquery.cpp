#include "sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>

namespace Sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    // Every reader walks its rows once with next(); a scrollable query would make Qt's SQLite
    // driver keep a copy of every row read (hundreds of MB for a national export).
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StorageError::fromQuery(q, what);
    return q;
}

void exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StorageError::fromQuery(query, what);
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q = prepare(db, sql, what);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    exec(q, what);
    return q;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q = run(db, sql, values, what);
    return q.next() ? q.value(0) : QVariant();
}

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace Sql

namespace {
bool execPlain(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}
} // namespace

// SQLite: BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy
// timeout instead of one failing with "database is locked" when it upgrades a read lock.
Transaction::Transaction(QSqlDatabase db, const QString &what) : m_db(std::move(db)), m_what(what)
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    // SQLite lets a read-only connection (a damaged file, a read-only command) begin a write
    // transaction; refuse it here, before anything is attempted.
    if (sqlite && m_db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"))) {
        m_done = true;
        throw StorageError(StorageError::messageFor(StorageError::SqliteReadOnly, what, QString()));
    }
    QSqlError error;
    // Classified by SQLite's result code: busy, read-only (a damaged file), full disk, ...
    if (!execPlain(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &error))
        throw StorageError::fromError(error, what);
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlError ignored;
        execPlain(m_db, QStringLiteral("ROLLBACK"), &ignored);
    }
}

void Transaction::commit()
{
    QSqlError error;
    if (!execPlain(m_db, QStringLiteral("COMMIT"), &error)) {
        QSqlError ignored;
        execPlain(m_db, QStringLiteral("ROLLBACK"), &ignored);
        m_done = true;
        throw StorageError::fromError(error, m_what);
    }
    m_done = true;
}
