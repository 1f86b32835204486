#include "storage/rowreader.h"

#include "storage/postgresengine.h"
#include "storage/sqlitedirect.h"
#include "storage/sqlquery.h"

#include <libpq-fe.h>

#include <cstdlib>

#ifdef PK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

class RowReader::Engine
{
public:
    virtual ~Engine() = default;
    virtual bool next() = 0;
    virtual QByteArrayView text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

class RowReader::Portable : public Engine
{
public:
    Portable(const Connection &db, const QString &sql, const QVariantList &values, const QString &what)
        : m_query(Sql::run(db, sql, values, what))
    {
    }
    bool next() override
    {
        m_text.clear();
        return m_query.next();
    }
    QByteArrayView text(int column) const override
    {
        if (m_text.size() <= column)
            m_text.resize(column + 1);
        if (m_text[column].isNull())
            m_text[column] = m_query.value(column).toString().toUtf8();
        return m_text[column];
    }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    bool isNull(int column) const override { return m_query.value(column).isNull(); }

private:
    QSqlQuery m_query;
    mutable QVector<QByteArray> m_text;   // the current row's text values, converted once when asked
};

#ifdef PK_SQLITE_DIRECT
class RowReader::Direct : public Engine
{
public:
    Direct(sqlite3 *connection, const QString &sql, const QVariantList &values, const QString &what)
        : m_connection(connection), m_what(what)
    {
        sqlite3_stmt *statement = nullptr;
        const int prepared = sqlite3_prepare_v2(m_connection, sql.toUtf8().constData(), -1, &statement, nullptr);
        m_statement.reset(statement);
        if (prepared != SQLITE_OK)
            fail();
        for (int i = 0; i < values.size(); ++i)
            if (SqliteDirect::bind(m_statement.get(), i + 1, values.at(i)) != SQLITE_OK)
                fail();
    }

    bool next() override
    {
        const int rc = sqlite3_step(m_statement.get());
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    QByteArrayView text(int column) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement.get(), column));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_statement.get(), column));
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement.get(), column); }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL; }

private:
    [[noreturn]] void fail() const
    {
        const QString technical = QString::fromUtf8(sqlite3_errmsg(m_connection));
        throw StorageError(m_what + QStringLiteral(": ") + technical, technical);
    }
    sqlite3 *m_connection;
    // Finalized however the reader ends, also when the constructor throws.
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> m_statement{nullptr, &sqlite3_finalize};
    QString m_what;
};
#endif

// PostgreSQL: the whole result through libpq on the connection Qt opened, read where libpq keeps
// it (text values, no QVariant and no UTF-16 copy per value): a national summary's 58,000 count
// rows cost a fraction of Qt's conversions.
class RowReader::Libpq : public Engine
{
public:
    static std::unique_ptr<Libpq> open(const Connection &db, const QString &sql, const QVariantList &values, const QString &what)
    {
        QSqlDatabase qt = db.qt();
        db.engine().ensureConnected(qt);
        PGconn *conn = PostgresEngine::handle(qt);
        if (!conn)
            return nullptr;
        return std::unique_ptr<Libpq>(new Libpq(conn, sql, values, what));
    }
    bool next() override { return ++m_row < m_rows; }
    QByteArrayView text(int column) const override
    {
        return QByteArrayView(PQgetvalue(m_result.get(), m_row, column), PQgetlength(m_result.get(), m_row, column));
    }
    qint64 integer(int column) const override { return std::strtoll(PQgetvalue(m_result.get(), m_row, column), nullptr, 10); }
    bool isNull(int column) const override { return PQgetisnull(m_result.get(), m_row, column) == 1; }

private:
    Libpq(PGconn *conn, const QString &sql, const QVariantList &values, const QString &what)
    {
        // '?' placeholders become $1, $2, ... (outside quoted text).
        QByteArray statement;
        const QByteArray utf8 = sql.toUtf8();
        int n = 0;
        char quote = 0;
        for (char c : utf8) {
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '?') {
                statement += '$' + QByteArray::number(++n);
                continue;
            }
            statement += c;
        }
        QVector<QByteArray> texts(values.size());
        QVector<const char *> pointers(values.size(), nullptr);
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).isNull())
                continue;
            texts[i] = values.at(i).typeId() == QMetaType::Bool ? QByteArray(values.at(i).toBool() ? "1" : "0")
                                                                : values.at(i).toString().toUtf8();
            pointers[i] = texts.at(i).constData();
        }
        m_result.reset(PQexecParams(conn, statement.constData(), int(values.size()), nullptr, pointers.constData(), nullptr,
                                    nullptr, 0));
        if (PQresultStatus(m_result.get()) != PGRES_TUPLES_OK) {
            const QString technical = QString::fromUtf8(PQresultErrorMessage(m_result.get()));
            const bool lost = PQstatus(conn) != CONNECTION_OK;
            throw StorageError(StorageError::messageFor(lost ? StorageError::Problem::ConnectionLost : StorageError::Problem::None, what)
                                       .isEmpty()
                                   ? what + QStringLiteral(": ") + technical
                                   : StorageError::messageFor(StorageError::Problem::ConnectionLost, what),
                               technical, lost ? StorageError::Problem::ConnectionLost : StorageError::Problem::None);
        }
        m_rows = PQntuples(m_result.get());
    }
    std::unique_ptr<PGresult, decltype(&PQclear)> m_result{nullptr, &PQclear};
    int m_row = -1;
    int m_rows = 0;
};

RowReader::RowReader(const Connection &db, const QString &sql, const QVariantList &values, const QString &what)
{
    if (db.isServer())
        m_engine = Libpq::open(db, sql, values, what);
#ifdef PK_SQLITE_DIRECT
    if (sqlite3 *connection = SqliteDirect::handle(db))
        m_engine = std::make_unique<Direct>(connection, sql, values, what);
#endif
    if (!m_engine)
        m_engine = std::make_unique<Portable>(db, sql, values, what);
}

RowReader::~RowReader() = default;

bool RowReader::next()
{
    return m_engine->next();
}

QByteArrayView RowReader::text(int column) const
{
    return m_engine->text(column);
}

qint64 RowReader::integer(int column) const
{
    return m_engine->integer(column);
}

bool RowReader::isNull(int column) const
{
    return m_engine->isNull(column);
}

QDate RowReader::date(int column) const
{
    // Parsed from the bytes: the registry export reads 650,000 dates.
    const QByteArrayView text = m_engine->text(column);
    const auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char ch = text.at(i);
            if (ch < '0' || ch > '9')
                return -1;
            n = n * 10 + (ch - '0');
        }
        return n;
    };
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return text.isEmpty() ? QDate() : QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}
