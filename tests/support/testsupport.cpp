#include "support/testsupport.h"

#include "storage/changewatcher.h"
#include "storage/database.h"
#include "io/demoscenario.h"
#include "io/regioncatalog.h"
#include "storage/serveraddress.h"
#include "storage/sqlitedirect.h"

#include "catch.h"

#include <QDir>
#include <QHash>
#include <QStandardPaths>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

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

const RegionCatalog &catalog()
{
    static const RegionCatalog instance;
    return instance;
}

bool onServer()
{
    return qEnvironmentVariable("PK_TEST_ENGINE") == QLatin1String("postgres");
}

QString serverSkipReason()
{
    if (!onServer())
        return QString();
    const QString file = qEnvironmentVariable("PK_TEST_PG_DIR");
    if (file.isEmpty())
        return QStringLiteral("PK_TEST_PG_DIR is not set (run the PostgreSQL tests through ctest)");
    QFile skipped(QDir(file).filePath(QStringLiteral("skipped")));
    if (skipped.open(QIODevice::ReadOnly))
        return QString::fromUtf8(skipped.readAll()).trimmed();
    if (!QFile::exists(QDir(file).filePath(QStringLiteral("url"))))
        return QStringLiteral("the test server was not started (no %1/url)").arg(file);
    return QString();
}

QString serverUrl(const QString &database)
{
    static QString base;
    if (base.isEmpty()) {
        QFile f(QDir(qEnvironmentVariable("PK_TEST_PG_DIR")).filePath(QStringLiteral("url")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        base = QString::fromUtf8(f.readAll()).trimmed();
        base = base.left(base.lastIndexOf(QLatin1Char('/')));   // without "/postgres"
    }
    return base + QLatin1Char('/') + database;
}

namespace {
// The maintenance connection of the test server: creates and drops the tests' databases.
QSqlDatabase adminConnection()
{
    const QString name = QStringLiteral("pk-test-admin");
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        // A test that stopped and started the server (test_server_ui) broke the connection: make it again.
        if (QSqlQuery(db).exec(QStringLiteral("SELECT 1")))
            return db;
        db.close();
        REQUIRE(db.open());
        return db;
    }
    ServerAddress address;
    QString error;
    REQUIRE(ServerAddress::parse(serverUrl(QStringLiteral("postgres")), &address, &error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(QStringLiteral("postgres"));
    REQUIRE(db.open());
    return db;
}

void adminExec(const QString &sql)
{
    QSqlQuery q(adminConnection());
    INFO(sql.toStdString());
    if (!q.exec(sql)) {   // the server was restarted by a test since: connect again
        QSqlDatabase db = adminConnection();
        db.close();
        REQUIRE(db.open());
        QSqlQuery again(db);
        REQUIRE(again.exec(sql));
    }
}

// Database names are per test executable (its pid) and per call.
QString serverDatabaseName(const QString &name)
{
    static int counter = 0;
    QString clean = name.toLower();
    clean.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return QStringLiteral("t%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(++counter).arg(clean.left(30));
}
}   // namespace

bool waitForChange(ChangeWatcher &watcher)
{
    if (!onServer())
        return watcher.poll();
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    return spy.wait(2000);
}

QString newDatabase(const QString &name)
{
    if (!onServer()) {
        const QString path = tempPath(name);
        QFile::remove(path);
        return path;
    }
    const QString database = serverDatabaseName(name);
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(database));
    return serverUrl(database);
}

QString demoDatabaseCopy(const QString &name)
{
    if (onServer()) {
        // PostgreSQL copies a whole database from a template in one statement: the demo is
        // built once per executable into a template, then each caller gets its own copy.
        static QString templateName;
        if (templateName.isEmpty()) {
            templateName = serverDatabaseName(QStringLiteral("demo_template"));
            adminExec(QStringLiteral("CREATE DATABASE %1").arg(templateName));
            Database db;
            db.open(serverUrl(templateName));
            DemoScenario::build(db.connection(), catalog());
        }   // closed: a template must have no open connection while it is copied
        const QString database = serverDatabaseName(name);
        adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(database, templateName));
        return serverUrl(database);
    }
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

int runAndKill(const QStringList &args, qint64 fromMs, qint64 toMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
#ifndef Q_OS_WIN
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));   // Windows: see main.cpp
#endif
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PK_BINARY), args);
    REQUIRE(p.waitForStarted());
    const qint64 pid = p.processId();
    const int delay = int(fromMs + QRandomGenerator::global()->bounded(qMax<qint64>(1, toMs - fromMs)));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < delay) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    if (p.state() == QProcess::Running && pid > 0) {
#ifdef Q_OS_UNIX
        ::kill(pid_t(pid), SIGKILL);
#else
        p.kill();   // TerminateProcess: as abrupt as SIGKILL, nothing flushed or rolled back
#endif
    }
    p.waitForFinished();
    return delay;
}

ProcessResult runApp(const QStringList &args, int timeoutMs, const QProcessEnvironment &extraEnvironment,
                     const QStringList &removedVariables)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
#ifndef Q_OS_WIN
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));   // Windows: see main.cpp
#endif
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

}   // namespace TestSupport
