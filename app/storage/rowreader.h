#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include "storage/connection.h"
#include <QVariant>
#include <memory>

// Reads the rows of one SELECT forward, for results of tens of thousands of small rows (the
// national summary reads 58,000). QSqlQuery turns every value into a QVariant holding a
// UTF-16 copy; here text comes as UTF-8 bytes straight from SQLite's C API when the build can
// (see SqliteDirect), or from libpq's result on PostgreSQL, with no allocation per value.
// Elsewhere it reads through QSqlQuery.
// Throws StorageError, with `what` in the message, when the statement fails.
class RowReader
{
public:
    RowReader(const Connection &db, const QString &sql, const QVariantList &values, const QString &what);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    bool next();
    // Valid until the next call to next().
    QByteArrayView text(int column) const;
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // An ISO date ("2025-10-04"); invalid for NULL, empty or anything else.
    QDate date(int column) const;

private:
    class Engine;
    class Direct;
    class Portable;
    class Libpq;
    std::unique_ptr<Engine> m_engine;
};
