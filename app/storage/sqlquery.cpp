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
bool execPlain(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

// SQLite: BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy
// timeout instead of one failing with "database is locked" when it upgrades a read lock.
Transaction::Transaction(QSqlDatabase db, const QString &what) : m_db(std::move(db)), m_what(what)
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QString error;
    if (!execPlain(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &error)) {
        const bool busy = error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy"));
        throw StorageError(busy ? QCoreApplication::translate("StorageError", "%1: the database is busy because another window or computer is saving. Nothing was changed; try again in a moment.").arg(what)
                                : QCoreApplication::translate("StorageError", "%1: could not start a transaction (%2). Nothing was changed.").arg(what, error),
                           error);
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        QString ignored;
        execPlain(m_db, QStringLiteral("ROLLBACK"), &ignored);
    }
}

void Transaction::commit()
{
    QString error;
    if (!execPlain(m_db, QStringLiteral("COMMIT"), &error)) {
        QString ignored;
        execPlain(m_db, QStringLiteral("ROLLBACK"), &ignored);
        m_done = true;
        throw StorageError(QCoreApplication::translate("StorageError", "%1: saving failed (%2). Nothing was changed; try again.")
                               .arg(m_what, error),
                           error);
    }
    m_done = true;
}
