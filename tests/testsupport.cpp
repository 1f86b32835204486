#include "testsupport.h"

#include "changewatcher.h"
#include "database.h"
#include "demoscenario.h"
#include "regioncatalog.h"
#include "sqlitedirect.h"

#include "catch.h"

#include <QDir>
#include <QHash>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUndoStack>
#include <memory>

namespace TestSupport {

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString tempPath(const QString &name)
{
    return QDir(tempDir().path()).filePath(name);
}

GuiContext::GuiContext(const QString &copyName, const QString &actor) : database(std::make_shared<Database>())
{
    database->open(demoDatabaseCopy(copyName));
    undo = std::make_unique<QUndoStack>();
    watcher = std::make_unique<ChangeWatcher>(database->connection());
    context = AppContext{database, undo.get(), watcher.get(), actor};
}

GuiContext::~GuiContext() = default;

const RegionCatalog &catalog()
{
    static const RegionCatalog instance;
    return instance;
}

QString demoDatabaseCopy(const QString &name)
{
    static QString master;
    if (master.isEmpty()) {
        master = tempPath(QStringLiteral("demo-master.sqlite"));
        Database db;
        db.open(master);
        DemoScenario::build(db.connection(), catalog());
        // Fold the WAL into the main file so a plain file copy is complete.
        QSqlQuery(db.connection().qt()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QString copy = tempPath(name);
    QFile::remove(copy);
    QFile::copy(master, copy);
    return copy;
}

ProcessResult runApp(const QStringList &args, int timeoutMs, const QProcessEnvironment &extraEnvironment,
                     const QStringList &removedVariables)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keeps Qt's "XDG_RUNTIME_DIR not set" notice out of the stderr the tests read.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), tempDir().path());
    // Where the app keeps its settings and default database on Linux: never the user's own.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tempPath(QStringLiteral("child-config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), tempPath(QStringLiteral("child-data")));
    for (const QString &key : extraEnvironment.keys())
        env.insert(key, extraEnvironment.value(key));
    for (const QString &key : removedVariables)
        env.remove(key);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PK_BINARY), args);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool sqliteDirectExpected(const Connection &db)
{
#ifdef PK_EXPECT_SQLITE_DIRECT
    INFO("this build has SQLite's C-API paths (PK_SQLITE_DIRECT): the connection must be reachable through them");
    REQUIRE(SqliteDirect::handle(db) != nullptr);
    return true;
#else
    Q_UNUSED(db);
    WARN("built without SQLite's C-API paths (PK_SQLITE_DIRECT=OFF): nothing to compare");
    return false;
#endif
}

QString python3With(const QString &module)
{
    static QHash<QString, QString> found;
    if (found.contains(module))
        return found.value(module);
    QString result;
    for (const QString &dir : qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        const QString candidate = QStandardPaths::findExecutable(QStringLiteral("python3"), {dir});
        if (candidate.isEmpty())
            continue;
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import ") + module});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            result = candidate;
            break;
        }
    }
    found.insert(module, result);
    return result;
}

} // namespace TestSupport
