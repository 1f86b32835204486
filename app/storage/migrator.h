#pragma once
#include "storage/connection.h"
#include <QString>
#include <QVector>

// Versioned schema migrations, kept as data/migrations/NNN_name.sql and embedded as resources.
// Each step runs in its own transaction and is recorded in schema_migration; a failing step
// rolls back and leaves the database exactly as it was before that step. Before upgrading a
// database that already has data, a copy of it as it was is saved beside it, so a mistake in a
// new version's migration can never cost the office its records.
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // `folder` holds the NNN_name.sql steps: a test's own, or (empty) the embedded ones of the
    // connection's engine (data/migrations/sqlite, data/migrations/postgres: the same versions
    // and the same tables in each engine's dialect).
    explicit Migrator(Connection db, QString folder = QString());

    static QVector<Step> steps(const QString &folder);
    // The schema version this build of the app writes (the same for both engines).
    static int latestVersion();
    // 0 for an empty database.
    int currentVersion() const;
    // Throws StorageError when the database is newer than this app knows (and changes nothing).
    void checkNotNewer() const;
    void migrateTo(int version);
    // To the last step of this migrator's folder.
    void migrate();
    // The copy saved before the last upgrade ("kmp.schema-4-backup.sqlite"); empty when none was needed.
    QString backupPath() const { return m_backupPath; }


private:
    void backUp(int version);

    Connection m_db;
    QString m_folder;
    QString m_backupPath;
};
