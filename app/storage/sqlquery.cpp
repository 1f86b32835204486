#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>

#include "storage/sqlengine.h"

namespace Sql {

QSqlQuery prepare(const Connection &db, const QString &sql, const QString &what)
{
    if (db.isServer()) {
        QSqlDatabase qt = db.qt();
        db.engine().ensureConnected(qt);
    }
    QSqlQuery q(db.qt());
    // Every reader walks its rows once with next(); a scrollable query would make Qt's SQLite
    // driver keep a copy of every row read (hundreds of MB for a national export). Not on
    // PostgreSQL: there a forward-only query streams row by row and a second query on the same
    // connection (two cursors merged, as the registry export does) would discard its rows; a
    // whole result arrives in one exchange instead, held compactly by libpq.
    q.setForwardOnly(db.engine().kind() == SqlEngine::Kind::Sqlite);
    if (!q.prepare(sql))
        throw StorageError::fromQuery(q, what);
    return q;
}

void exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StorageError::fromQuery(query, what);
}

QSqlQuery run(const Connection &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q = prepare(db, sql, what);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    exec(q, what);
    return q;
}

void execute(const Connection &db, const QString &sql, const QString &what)
{
    if (db.isServer()) {
        QSqlDatabase qt = db.qt();
        db.engine().ensureConnected(qt);
    }
    QSqlQuery q(db.qt());
    if (!q.exec(sql))
        throw StorageError::fromQuery(q, what);
}

QVariant scalar(const Connection &db, const QString &sql, const QVariantList &values, const QString &what)
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

}   // namespace Sql

namespace {
bool execPlain(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}
}   // namespace

Transaction::Transaction(Connection db, const QString &what) : m_db(std::move(db)), m_what(what)
{
    const SqlEngine &engine = m_db.engine();
    if (m_db.isServer()) {
        QSqlDatabase qt = m_db.qt();
        engine.ensureConnected(qt);
    }
    try {
        engine.beginWrite(m_db.qt(), what);
    } catch (const StorageError &e) {
        // A server that restarted or a network that came back: reconnect once and begin again.
        // Nothing was written yet, so this cannot save anything twice.
        QSqlDatabase qt = m_db.qt();
        if (e.problem() != StorageError::Problem::ConnectionLost || !engine.reconnect(qt)) {
            m_done = true;
            throw;
        }
        try {
            engine.beginWrite(m_db.qt(), what);
        } catch (...) {
            m_done = true;
            throw;
        }
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlError ignored;
        execPlain(m_db.qt(), QStringLiteral("ROLLBACK"), &ignored);
    }
}

void Transaction::commit()
{
    QSqlError error;
    if (!execPlain(m_db.qt(), QStringLiteral("COMMIT"), &error)) {
        QSqlError ignored;
        execPlain(m_db.qt(), QStringLiteral("ROLLBACK"), &ignored);
        m_done = true;
        throw StorageError::fromError(error, m_db.engine(), m_what);
    }
    m_done = true;
}

qint64 Sql::insertReturningId(const Connection &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q = run(db, sql + QStringLiteral(" RETURNING id"), values, what);
    if (!q.next())
        throw StorageError::fromQuery(q, what);
    return q.value(0).toLongLong();
}
