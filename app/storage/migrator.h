#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QVector>

// Versioned schema migrations, kept as data/migrations/NNN_name.sql and embedded as resources.
// Each step runs in its own transaction and is recorded in schema_migration; a failing step
// rolls back and leaves the database exactly as it was before that step.
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(QSqlDatabase db);

    static QVector<Step> steps();
    static int latestVersion();
    // 0 for an empty database.
    int currentVersion() const;
    // Throws StorageError when the database is newer than this app knows (and changes nothing).
    void checkNotNewer() const;
    void migrateTo(int version);
    void migrate() { migrateTo(latestVersion()); }

    // Splits a migration file into statements (';' at the end of a line ends a statement).
    static QStringList splitStatements(const QString &script);

private:
    QSqlDatabase m_db;
};
