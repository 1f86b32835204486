#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class RegionCatalog;

namespace TestSupport {
// A fresh temporary folder for this test's files (removed when the test ends).
QTemporaryDir &tempDir();
QString tempPath(const QString &name);
// The national region catalog, loaded once per test executable.
const RegionCatalog &catalog();
// A demo database built once per test executable and copied per caller, so tests stay independent.
QString demoDatabaseCopy(const QString &name);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the built pantau-kopdes executable with arguments.
ProcessResult runApp(const QStringList &args, int timeoutMs = 120000);
} // namespace TestSupport
