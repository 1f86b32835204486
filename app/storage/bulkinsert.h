#pragma once
#include "storage/connection.h"
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <memory>

// Inserts many rows fast (a whole area's cooperatives, the national benchmark). Call inside a
// Transaction. Two engines behind one interface:
// - SQLite with the system library: rows are bound straight through the C API on the handle Qt
//   opened (QSqlDriver::handle()), skipping Qt's per-statement overhead, 64 rows to a statement;
// - PostgreSQL: COPY … FROM STDIN through libpq on the connection Qt opened, the server's own
//   bulk path (the rows stream without a round trip each);
// - anything else (Qt's bundled SQLite on Windows): multi-row VALUES statements of 100 rows
//   through QSqlQuery, portable SQL.
// On every path rows may wait in the insert until flush(), which writes them (and ends the COPY):
// call it before the table is read back or the transaction commits.
class BulkInsert
{
public:
    // onConflict, when given, ends every INSERT (e.g. "ON CONFLICT (k) DO UPDATE SET n = n + excluded.n"):
    // an upsert of many rows. It takes the statements' path on PostgreSQL (COPY has no such clause).
    BulkInsert(Connection db, const QString &table, const QStringList &columns, const QString &what, const QString &onConflict = QString());
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Which of the three paths this insert takes (the tests check the fast one is used).
    enum class Path { SqliteApi,
                      Copy,
                      Statements };
    Path path() const { return m_direct ? Path::SqliteApi : m_copy ? Path::Copy
                                                                   : Path::Statements; }

    void add(const QVariantList &row);
    void flush();
    qint64 rowsWritten() const { return m_written; }

private:
    class Direct;
    class Copy;
    QSqlQuery prepared(int rows);

    Connection m_db;
    QString m_table;
    QStringList m_columns;
    QString m_what;
    QString m_onConflict;
    std::unique_ptr<Direct> m_direct;
    std::unique_ptr<Copy> m_copy;
    static constexpr int kRowsPerStatement = 100;
    QVariantList m_pending;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    qint64 m_written = 0;
};
