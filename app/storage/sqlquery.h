#pragma once
#include "storage/storageerror.h"

#include "storage/connection.h"
#include "storage/sqlengine.h"
#include <QSqlQuery>
#include <QVariant>

// Small helpers so repositories stay short: prepare/bind/exec that throw StorageError.
namespace Sql {
QSqlQuery prepare(const Connection &db, const QString &sql, const QString &what);
void exec(QSqlQuery &query, const QString &what);
QSqlQuery run(const Connection &db, const QString &sql, const QVariantList &values, const QString &what);
// A statement without parameters run as it is, not prepared: DDL (ALTER TABLE …), which
// PostgreSQL cannot PREPARE.
void execute(const Connection &db, const QString &sql, const QString &what);
// First column of the first row, or an invalid QVariant.
QVariant scalar(const Connection &db, const QString &sql, const QVariantList &values, const QString &what);
// "?, ?, ?" for an IN (...) list of n values.
QString placeholders(int n);
// Runs an INSERT … RETURNING id (both engines) and returns the new row's id.
qint64 insertReturningId(const Connection &db, const QString &sql, const QVariantList &values, const QString &what);
// Current UTC time as ISO-8601 text, the stored form of every timestamp.
QString nowUtc();
QVariant textOrNull(const QString &s);
QVariant dateOrNull(const class QDate &d);
}   // namespace Sql

// Rolls back unless commit() was called: every multi-statement write uses one.
class Transaction
{
public:
    Transaction(Connection db, const QString &what);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Connection m_db;
    QString m_what;
    bool m_done = false;
};
