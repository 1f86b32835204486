#include "bulkinsert.h"

#include "sqlquery.h"

BulkInsert::BulkInsert(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &what,
                       int rowsPerStatement)
    : m_db(std::move(db)), m_table(table), m_columns(columns), m_what(what), m_rowsPerStatement(rowsPerStatement)
{
    m_pending.reserve(columns.size() * rowsPerStatement);
}

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
    m_pending += row;
    if (m_pending.size() == m_columns.size() * m_rowsPerStatement) {
        if (!m_fullPrepared) {
            m_full = prepared(m_rowsPerStatement);
            m_fullPrepared = true;
        }
        for (int i = 0; i < m_pending.size(); ++i)
            m_full.bindValue(i, m_pending.at(i));
        Sql::exec(m_full, m_what);
        m_written += m_rowsPerStatement;
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
