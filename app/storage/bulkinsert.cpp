#include "storage/bulkinsert.h"

#include "storage/sqlitedirect.h"
#include "storage/sqlquery.h"
#include "storage/postgresengine.h"
#include "storage/storageerror.h"

#include <libpq-fe.h>

#ifdef PK_SQLITE_DIRECT
#include <sqlite3.h>

// Rows are bound into one statement of kRows rows: a row-at-a-time INSERT spends more on the
// statement's start and reset than on the row (a quarter of a million import lines: about half
// a second less). The rows left at flush() go through a one-row statement.
class BulkInsert::Direct
{
public:
    static constexpr int kRows = 64;

    static std::unique_ptr<Direct> open(const Connection &db, const QString &table, const QStringList &columns, const QString &onConflict)
    {
        sqlite3 *connection = SqliteDirect::handle(db);
        if (!connection)
            return nullptr;
        const QString head = QStringLiteral("INSERT OR ROLLBACK INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
        const QString tuple = QLatin1Char('(') + Sql::placeholders(int(columns.size())) + QLatin1Char(')');
        QStringList tuples;
        for (int i = 0; i < kRows; ++i)
            tuples << tuple;
        const QString tail = onConflict.isEmpty() ? QString() : QLatin1Char(' ') + onConflict;
        sqlite3_stmt *batch = prepare(connection, head + tuples.join(QStringLiteral(", ")) + tail);
        sqlite3_stmt *single = batch ? prepare(connection, head + tuple + tail) : nullptr;
        if (!single) {
            sqlite3_finalize(batch);
            return nullptr;
        }
        return std::unique_ptr<Direct>(new Direct(connection, batch, single, int(columns.size())));
    }
    ~Direct()
    {
        sqlite3_finalize(m_batch);
        sqlite3_finalize(m_single);
    }

    void insert(const QVariantList &row, const QString &what)
    {
        const int offset = m_filled * m_columns;
        for (int i = 0; i < m_columns; ++i)
            if (SqliteDirect::bindKept(m_batch, offset + i + 1, row.at(i), m_buffers[offset + i]) != SQLITE_OK)
                fail(m_batch, what);
        m_rows[m_filled] = row;   // shared, not copied: kept for finish() should the batch not fill
        if (++m_filled < kRows)
            return;
        step(m_batch, what);
        m_filled = 0;
    }

    // The rows of a batch that did not fill, through the one-row statement.
    void finish(const QString &what)
    {
        for (int r = 0; r < m_filled; ++r) {
            for (int i = 0; i < m_columns; ++i)
                if (SqliteDirect::bindKept(m_single, i + 1, m_rows.at(r).at(i), m_buffers[i]) != SQLITE_OK)
                    fail(m_single, what);
            step(m_single, what);
        }
        m_filled = 0;
        for (QVariantList &row : m_rows)
            row.clear();
    }

private:
    Direct(sqlite3 *connection, sqlite3_stmt *batch, sqlite3_stmt *single, int columns)
        : m_connection(connection), m_batch(batch), m_single(single), m_columns(columns), m_rows(kRows), m_buffers(columns * kRows)
    {
    }
    static sqlite3_stmt *prepare(sqlite3 *connection, const QString &sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return nullptr;
        return statement;
    }
    void step(sqlite3_stmt *statement, const QString &what)
    {
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail(statement, what);
        sqlite3_reset(statement);
    }
    [[noreturn]] void fail(sqlite3_stmt *statement, const QString &what)
    {
        const QString technical = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_reset(statement);
        throw StorageError(what + QStringLiteral(": ") + technical, technical);
    }
    sqlite3 *m_connection;
    sqlite3_stmt *m_batch;
    sqlite3_stmt *m_single;
    int m_columns;
    int m_filled = 0;
    QVector<QVariantList> m_rows;
    QVector<QByteArray> m_buffers;   // each parameter's text, reused batch after batch (no copy by SQLite)
};
#else
class BulkInsert::Direct
{
public:
    static std::unique_ptr<Direct> open(const Connection &, const QString &, const QStringList &, const QString &) { return nullptr; }
    void insert(const QVariantList &, const QString &) {}
    void finish(const QString &) {}
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

BulkInsert::BulkInsert(Connection db, const QString &table, const QStringList &columns, const QString &what, const QString &onConflict)
    : m_db(std::move(db)), m_table(table), m_columns(columns), m_what(what), m_onConflict(onConflict)
{
    if (m_db.engine().kind() == SqlEngine::Kind::Postgres) {
        if (m_onConflict.isEmpty())
            m_copy = Copy::open(m_db, m_table, m_columns, m_what);
    } else {
        // A plain INSERT that may abort makes SQLite keep a statement journal: every row copies
        // the pages it touches to a temporary file first (most of a bulk load's time). OR ROLLBACK
        // and deferred foreign keys need none; a failure still undoes the whole transaction,
        // which is what the caller's Transaction would do anyway. defer_foreign_keys resets at commit.
        QSqlQuery(m_db.qt()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        m_direct = Direct::open(m_db, m_table, m_columns, m_onConflict);
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
    return Sql::prepare(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4").arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")), m_onConflict.isEmpty() ? QString() : QLatin1Char(' ') + m_onConflict),
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
    if (m_direct) {
        m_direct->finish(m_what);
        return;
    }
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
