#pragma once
#include "storage/sqlengine.h"

struct pg_conn;

// PostgreSQL through Qt's QPSQL driver: one server shared by the office's PCs and a workshop's
// laptops. The app's tables live in their own schema, `pantau`, set as the search_path of every
// connection. Writers serialise on one advisory lock per transaction, so the repositories' "read,
// then write" steps (already present? already reached?) behave as under SQLite's single writer:
// two desks marking the same board get "already present", never a unique-violation error.
class PostgresEngine : public SqlEngine
{
public:
    static constexpr const char *kSchema = "pantau";
    // The NOTIFY channel the count-keeping triggers signal on (see the postgres migrations).
    static constexpr const char *kChangeChannel = "pantau_change";

    Kind kind() const override { return Kind::Postgres; }
    QString qtDriverName() const override { return QStringLiteral("QPSQL"); }
    QString migrationFolder() const override { return QStringLiteral(":/migrations/postgres"); }
    void beginWrite(const QSqlDatabase &db, const QString &what) const override;
    bool tableExists(const QSqlDatabase &db, const QString &table) const override;
    QStringList tables(const QSqlDatabase &db) const override;
    StorageError::Problem classify(const QSqlError &error) const override;
    bool connectionBroken(const QSqlDriver *driver) const override;
    QString orderedJoin() const override { return QStringLiteral("JOIN"); }
    bool backsUpBeforeUpgrade() const override { return false; }
    QStringList columns(const QSqlDatabase &db, const QString &table) const override;
    QList<ForeignKey> foreignKeys(const QSqlDatabase &db, const QString &table) const override;
    void continueIdsAfterCopy(const QSqlDatabase &db, const QString &table) const override;
    bool isAlive(const QSqlDatabase &db) const override;
    bool reconnect(QSqlDatabase &db) const override;
    bool ensureConnected(QSqlDatabase &db) const override;
    void configure(const QSqlDatabase &db, bool readOnly) const override;

    // libpq's connection under Qt's driver (for COPY and the connection state), or nullptr.
    static pg_conn *handle(const QSqlDatabase &db);
    // Whether the connection is encrypted (TLS), as the server sees it.
    static bool isEncrypted(const QSqlDatabase &db);
    // The server process of this session: changes when the connection was made again.
    static int backendPid(const QSqlDatabase &db);
};
