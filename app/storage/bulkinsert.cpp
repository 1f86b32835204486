#include "bulkinsert.h"

#include "sqlitedirect.h"
#include "sqlquery.h"
#include "storageerror.h"

#ifdef PK_SQLITE_DIRECT
#include <sqlite3.h>

class BulkInsert::Direct
{
public:
    static std::unique_ptr<Direct> open(const QSqlDatabase &db, const QString &sql)
    {
        sqlite3 *connection = SqliteDirect::handle(db);
        if (!connection)
            return nullptr;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return nullptr;
        return std::unique_ptr<Direct>(new Direct(connection, statement));
    }
    ~Direct() { sqlite3_finalize(m_statement); }

    void insert(const QVariantList &row, const QString &what)
    {
        for (int i = 0; i < row.size(); ++i)
            if (SqliteDirect::bind(m_statement, i + 1, row.at(i)) != SQLITE_OK)
                fail(what);
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            fail(what);
        sqlite3_reset(m_statement);
    }

private:
    Direct(sqlite3 *connection, sqlite3_stmt *statement) : m_connection(connection), m_statement(statement) {}
    [[noreturn]] void fail(const QString &what)
    {
        const QString technical = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_reset(m_statement);
        throw StorageError(what + QStringLiteral(": ") + technical, technical);
    }
    sqlite3 *m_connection;
    sqlite3_stmt *m_statement;
};
#else
class BulkInsert::Direct
{
public:
    static std::unique_ptr<Direct> open(const QSqlDatabase &, const QString &) { return nullptr; }
    void insert(const QVariantList &, const QString &) {}
};
#endif

BulkInsert::BulkInsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &what)
    : m_db(std::move(db)), m_table(table), m_columns(columns), m_what(what)
{
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        // A plain INSERT that may abort makes SQLite keep a statement journal: every row copies
        // the pages it touches to a temporary file first (most of a bulk load's time). OR ROLLBACK
        // and deferred foreign keys need none; a failure still undoes the whole transaction,
        // which is what the caller's Transaction would do anyway. defer_foreign_keys resets at commit.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        m_direct = Direct::open(m_db, QStringLiteral("INSERT OR ROLLBACK INTO %1 (%2) VALUES (%3)")
                                          .arg(m_table, m_columns.join(QStringLiteral(", ")), Sql::placeholders(int(m_columns.size()))));
    }
    if (!m_direct)
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
