#pragma once
#include "storage/sqlengine.h"

// SQLite: one file, several connections (windows, processes) on one PC. Writers take the write
// lock when they begin (BEGIN IMMEDIATE), so they queue on the busy timeout instead of failing.
class SqliteEngine : public SqlEngine
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString qtDriverName() const override { return QStringLiteral("QSQLITE"); }
    QString migrationFolder() const override { return QStringLiteral(":/migrations/sqlite"); }
    void beginWrite(const QSqlDatabase &db, const QString &what) const override;
    bool tableExists(const QSqlDatabase &db, const QString &table) const override;
    QStringList tables(const QSqlDatabase &db) const override;
    StorageError::Problem classify(const QSqlError &error) const override;
    QString orderedJoin() const override { return QStringLiteral("CROSS JOIN"); }
    bool backsUpBeforeUpgrade() const override { return true; }
    QStringList columns(const QSqlDatabase &db, const QString &table) const override;
    QList<ForeignKey> foreignKeys(const QSqlDatabase &db, const QString &table) const override;
    void continueIdsAfterCopy(const QSqlDatabase &, const QString &) const override {}
    bool isAlive(const QSqlDatabase &db) const override { return db.isOpen(); }
    bool reconnect(QSqlDatabase &db) const override;
    void configure(const QSqlDatabase &db, bool readOnly) const override;
};
