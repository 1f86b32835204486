#include "bulkinsert.h"

#include "sqlitedirect.h"
#include "sqlquery.h"
#include "postgresengine.h"
#include "storageerror.h"

#include <libpq-fe.h>

#ifdef PK_SQLITE_DIRECT
#include <sqlite3.h>

class BulkInsert::Direct
{
public:
    static std::unique_ptr<Direct> open(const Connection &db, const QString &sql)
    {
        sqlite3 *connection = SqliteDirect::handle(db);
        if (!connection)
            return nullptr;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return nullptr;
        return std::unique_ptr<Direct>(new Direct(connection, statement, sqlite3_bind_parameter_count(statement)));
    }
    ~Direct() { sqlite3_finalize(m_statement); }

    void insert(const QVariantList &row, const QString &what)
    {
        for (int i = 0; i < row.size(); ++i)
            if (SqliteDirect::bindKept(m_statement, i + 1, row.at(i), m_buffers[i]) != SQLITE_OK)
                fail(what);
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            fail(what);
        sqlite3_reset(m_statement);
    }

private:
    Direct(sqlite3 *connection, sqlite3_stmt *statement, int columns) : m_connection(connection), m_statement(statement), m_buffers(columns) {}
    [[noreturn]] void fail(const QString &what)
    {
        const QString technical = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_reset(m_statement);
        throw StorageError(what + QStringLiteral(": ") + technical, technical);
    }
    sqlite3 *m_connection;
    sqlite3_stmt *m_statement;
    QVector<QByteArray> m_buffers;   // each column's text, reused row after row (no copy by SQLite)
};
#else
class BulkInsert::Direct
{
public:
    static std::unique_ptr<Direct> open(const Connection &, const QString &) { return nullptr; }
    void insert(const QVariantList &, const QString &) {}
};
#endif

// COPY's text format: tab-separated, \N for NULL, backslash escapes for the separators.
class BulkInsert::Copy
{
public:
    static std::unique_ptr<Copy> open(const Connection &db, const QString &table, const QStringList &columns, const QString &what)
    {
        PGconn *conn = PostgresEngine::handle(db.qt());
        if (!conn)
            return nullptr;
        auto copy = std::unique_ptr<Copy>(new Copy(conn, what));
        PGresult *result = PQexec(conn, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8().constData());
        const bool started = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!started)
            copy->fail();
        copy->m_open = true;
        return copy;
    }
    ~Copy()
    {
        if (m_open)   // abandoned (an exception): abort the COPY; the caller's transaction rolls back
            PQputCopyEnd(m_conn, "abandoned");
        drainResults();
    }

    void insert(const QVariantList &row)
    {
        for (int i = 0; i < row.size(); ++i) {
            if (i)
                m_buffer += '\t';
            const QVariant &v = row.at(i);
            if (v.isNull()) {
                m_buffer += "\\N";
                continue;
            }
            const QByteArray text = v.typeId() == QMetaType::Bool ? QByteArray(v.toBool() ? "1" : "0") : v.toString().toUtf8();
            for (char c : text) {
                switch (c) {
                case '\\': m_buffer += "\\\\"; break;
                case '\t': m_buffer += "\\t"; break;
                case '\n': m_buffer += "\\n"; break;
                case '\r': m_buffer += "\\r"; break;
                default: m_buffer += c;
                }
            }
        }
        m_buffer += '\n';
        if (m_buffer.size() > (1 << 16))
            send();
    }

    void finish()
    {
        send();
        m_open = false;
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            fail();
        if (!drainResults())
            fail();
    }

private:
    Copy(PGconn *conn, const QString &what) : m_conn(conn), m_what(what) {}
    void send()
    {
        if (!m_buffer.isEmpty() && PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
            fail();
        m_buffer.clear();
    }
    bool drainResults()
    {
        bool ok = true;
        while (PGresult *result = PQgetResult(m_conn)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) {
                ok = false;
                if (m_error.isEmpty())
                    m_error = QString::fromUtf8(PQresultErrorMessage(result));
            }
            PQclear(result);
        }
        return ok;
    }
    [[noreturn]] void fail()
    {
        const QString technical = m_error.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_conn)) : m_error;
        if (m_open) {
            PQputCopyEnd(m_conn, "failed");
            m_open = false;
        }
        drainResults();
        throw StorageError(StorageError::messageFor(PQstatus(m_conn) == CONNECTION_OK ? StorageError::Problem::Constraint
                                                                                      : StorageError::Problem::ConnectionLost,
                                                    m_what),
                           technical);
    }
    PGconn *m_conn;
    QString m_what;
    QString m_error;
    QByteArray m_buffer;
    bool m_open = false;
};

BulkInsert::BulkInsert(Connection db, const QString &table, const QStringList &columns, const QString &what)
    : m_db(std::move(db)), m_table(table), m_columns(columns), m_what(what)
{
    if (m_db.engine().kind() == SqlEngine::Kind::Postgres) {
        m_copy = Copy::open(m_db, m_table, m_columns, m_what);
    } else {
        // A plain INSERT that may abort makes SQLite keep a statement journal: every row copies
        // the pages it touches to a temporary file first (most of a bulk load's time). OR ROLLBACK
        // and deferred foreign keys need none; a failure still undoes the whole transaction,
        // which is what the caller's Transaction would do anyway. defer_foreign_keys resets at commit.
        QSqlQuery(m_db.qt()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        m_direct = Direct::open(m_db, QStringLiteral("INSERT OR ROLLBACK INTO %1 (%2) VALUES (%3)")
                                          .arg(m_table, m_columns.join(QStringLiteral(", ")), Sql::placeholders(int(m_columns.size()))));
    }
    if (!m_direct && !m_copy)
        m_pending.reserve(columns.size() * kRowsPerStatement);
}

BulkInsert::~BulkInsert() = default;

QSqlQuery BulkInsert::prepared(int rows)
{
    const QString tuple = QLatin1Char('(') + Sql::placeholders(int(m_columns.size())) + QLatin1Char(')');
    QStringList tuples;
    for (int i = 0; i < rows; ++i)
        tuples << tuple;
    return Sql::prepare(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                  .arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", "))),
                        m_what);
}

void BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (m_direct) {
        m_direct->insert(row, m_what);
        ++m_written;
        return;
    }
    if (m_copy) {
        m_copy->insert(row);
        ++m_written;
        return;
    }
    m_pending += row;
    if (m_pending.size() == m_columns.size() * kRowsPerStatement) {
        if (!m_fullPrepared) {
            m_full = prepared(kRowsPerStatement);
            m_fullPrepared = true;
        }
        for (int i = 0; i < m_pending.size(); ++i)
            m_full.bindValue(i, m_pending.at(i));
        Sql::exec(m_full, m_what);
        m_written += kRowsPerStatement;
        m_pending.clear();
    }
}

void BulkInsert::flush()
{
    if (m_copy) {
        m_copy->finish();
        m_copy.reset();
        // Rows after a flush (rare) go through plain statements.
        m_pending.reserve(m_columns.size() * kRowsPerStatement);
        return;
    }
    if (m_pending.isEmpty())
        return;
    const int rows = int(m_pending.size() / m_columns.size());
    QSqlQuery q = prepared(rows);
    for (int i = 0; i < m_pending.size(); ++i)
        q.bindValue(i, m_pending.at(i));
    Sql::exec(q, m_what);
    m_written += rows;
    m_pending.clear();
}
