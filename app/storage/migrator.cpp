#include "storage/migrator.h"

#include "storage/sqlengine.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("Migrator", s); }
}

Migrator::Migrator(Connection db, QString folder) : m_db(std::move(db)), m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder = m_db.engine().migrationFolder();
}

QVector<Migrator::Step> Migrator::steps(const QString &folder)
{
    static const QRegularExpression nameRe(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    QVector<Step> result;
    const QDir dir(folder);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = nameRe.match(file);
        if (m.hasMatch())
            result.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(result.begin(), result.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion()
{
    const auto all = steps(SqlEngine::sqlite().migrationFolder());
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion() const
{
    if (!m_db.engine().tableExists(m_db.qt(), QStringLiteral("schema_migration")))
        return 0;
    return Sql::scalar(m_db, QStringLiteral("SELECT MAX(version) FROM schema_migration"), {},
                       tr("Reading the schema version"))
        .toInt();
}

void Migrator::checkNotNewer() const
{
    const int current = currentVersion();
    const auto all = steps(m_folder);
    const int latest = all.isEmpty() ? 0 : all.last().version;
    if (current > latest)
        throw StorageError(tr("This database was made by a newer version of Pantau Kopdes (schema %1; this version knows up to %2). "
                              "It was not changed. Install the newer version to open it.")
                               .arg(current)
                               .arg(latest));
}

void Migrator::migrateTo(int version)
{
    checkNotNewer();
    const int from = currentVersion();
    const auto all = steps(m_folder);
    const bool upgrading = std::any_of(all.cbegin(), all.cend(), [&](const Step &s) { return s.version > from && s.version <= version; });
    if (!upgrading && m_db.engine().tableExists(m_db.qt(), QStringLiteral("schema_migration")))
        return;
    // The copy of an older file is made first: VACUUM INTO cannot run inside a transaction.
    if (from > 0 && upgrading && m_db.engine().backsUpBeforeUpgrade())
        backUp(from);
    // Every step in one transaction (both engines roll DDL back): a database is never left between
    // two versions. A migrate-db or a first start killed midway once left a server database with
    // some steps applied, which every later open then took for an old version to upgrade.
    Transaction tx(m_db, tr("Upgrading the database to version %1").arg(version));
    {
        QSqlQuery q(m_db.qt());
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration ("
                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
            throw StorageError::fromQuery(q, tr("Preparing the database"));
    }
    for (const Step &step : all) {
        if (step.version <= from || step.version > version)
            continue;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(tr("Migration %1 is missing from the application.").arg(step.version));
        const QString what = tr("Upgrading the database to version %1").arg(step.version);
        for (const QString &statement : m_db.engine().splitStatements(QString::fromUtf8(file.readAll()))) {
            QSqlQuery q(m_db.qt());
            if (!q.exec(statement))
                throw StorageError::fromQuery(q, what);
        }
        Sql::run(m_db, QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)"),
                 {step.version, step.name, Sql::nowUtc()}, what);
    }
    tx.commit();
}

void Migrator::migrate()
{
    const auto all = steps(m_folder);
    migrateTo(all.isEmpty() ? 0 : all.last().version);
}

void Migrator::backUp(int version)
{
    const QString path = m_db.qt().databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    const QFileInfo info(path);
    QString target = info.dir().filePath(QStringLiteral("%1.schema-%2-backup.sqlite").arg(info.completeBaseName()).arg(version));
    if (QFile::exists(target))   // an earlier copy is never overwritten
        target = info.dir().filePath(QStringLiteral("%1.schema-%2-backup-%3.sqlite")
                                         .arg(info.completeBaseName())
                                         .arg(version)
                                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    // VACUUM INTO writes a consistent, compact copy through SQLite itself (WAL content included),
    // into a temporary name renamed when complete: a kill midway never leaves a half backup
    // under the backup's name.
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    QSqlQuery q(m_db.qt());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(part);
    const bool copied = q.exec();
    if (copied && !QFile::rename(part, target)) {
        QFile::remove(part);
        throw StorageError(tr("Before upgrading \"%1\" to this version a copy of it must be saved as \"%2\", and that failed. "
                              "The database was not changed. Check that the folder can be written to.")
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)));
    }
    if (!copied) {
        QFile::remove(part);
        const bool full = StorageError::sqliteCode(q.lastError()) == StorageError::SqliteFull;
        throw StorageError((full ? tr("Before upgrading \"%1\" to this version a copy of it must be saved as \"%2\", and the disk is full. "
                                      "The database was not changed. Free some disk space and open it again.")
                                 : tr("Before upgrading \"%1\" to this version a copy of it must be saved as \"%2\", and that failed. "
                                      "The database was not changed. Free some disk space or check that the folder can be written to."))
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)),
                           q.lastError().text());
    }
    m_backupPath = target;
}
