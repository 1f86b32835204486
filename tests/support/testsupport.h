#pragma once
#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class ChangeWatcher;
class Connection;
class Database;
class RegionCatalog;

namespace TestSupport {
// A fresh temporary folder for this test's files (removed when the test ends).
QTemporaryDir &tempDir();
QString tempPath(const QString &name);
// The national region catalog, loaded once per test executable.
const RegionCatalog &catalog();
// The engine under test: SQLite files by default; a PostgreSQL server when ctest runs the
// executable's "_pg" variant (PK_TEST_ENGINE=postgres, the server started by tests/pg/cluster.sh
// in PK_TEST_PG_DIR). Tests that are about files (damage, file locks, the C API) are tagged
// [sqlite] and left out of the server run.
bool onServer();
// Why the server run cannot happen (no server installed, not started); empty when it can.
QString serverSkipReason();
// postgresql://…/`database` on the test server.
QString serverUrl(const QString &database);
// Waits until `watcher` reports a change another connection made: SQLite's watcher is polled
// once (the change is committed already); PostgreSQL's notification is waited for, up to the
// two seconds the screens promise.
bool waitForChange(ChangeWatcher &watcher);
// Where a new, empty database for this test is: a fresh temporary file path, or a new database
// on the test server. `name` keeps it recognisable.
QString newDatabase(const QString &name);
// A demo database built once per test executable and copied per caller, so tests stay
// independent: a file copy, or on the server a database made from a template.
QString demoDatabaseCopy(const QString &name);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the built pantau-kopdes executable with arguments; `extraEnvironment` is added to this
// process's environment and `removedVariables` taken out of it. The child's settings and data
// folders are the test run's own.
ProcessResult runApp(const QStringList &args, int timeoutMs = 120000,
                     const QProcessEnvironment &extraEnvironment = QProcessEnvironment(),
                     const QStringList &removedVariables = {});
// Starts the app with `args` and SIGKILLs it after a random delay in [fromMs, toMs), events
// processed meanwhile; returns the delay. A child that finished first is left alone: its
// processId() is then 0, and kill(0) would end this test's whole process group (ctest included).
int runAndKill(const QStringList &args, qint64 fromMs, qint64 toMs);
// For the tests that compare SQLite's C-API paths with Qt's driver: true when this build has
// them, and then `db` must be reached through them (else the test fails instead of comparing the
// portable path with itself); false, with a printed reason, in a build configured without them.
bool sqliteDirectExpected(const Connection &db);

// The first python3 on the PATH that can import `module` (a PATH may put a python without
// Debian's packages first, e.g. pyenv's); empty when there is none.
QString python3With(const QString &module);
}   // namespace TestSupport
