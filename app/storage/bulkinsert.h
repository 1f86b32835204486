#pragma once
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Inserts many rows with multi-row VALUES statements (portable to SQLite and PostgreSQL).
// Binding 100 rows per statement cuts the per-statement cost that dominates a bulk load
// (a whole area's cooperatives, the national benchmark). Call inside a Transaction.
class BulkInsert
{
public:
    BulkInsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &what,
               int rowsPerStatement = 100);
    ~BulkInsert() = default;

    void add(const QVariantList &row);
    void flush();
    qint64 rowsWritten() const { return m_written; }

private:
    QSqlQuery prepared(int rows);
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_what;
    int m_rowsPerStatement;
    QVariantList m_pending;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    qint64 m_written = 0;
};
