#include "bench/benchcommand.h"

#include "bench/benchsteps.h"
#include "cli/cliarguments.h"
#include "bench/benchtiming.h"
#include "storage/database.h"
#include "core/indonesianformat.h"
#include "bench/nationalbenchdata.h"
#include "storage/cooperativerepository.h"
#include "storage/serveraddress.h"
#include "storage/settingsrepository.h"
#include "storage/workshoprepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#include <psapi.h>
#endif

namespace {
double peakRssMb()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#ifdef Q_OS_MACOS
    return usage.ru_maxrss / (1024.0 * 1024.0);
#else
    return usage.ru_maxrss / 1024.0;   // kilobytes on Linux
#endif
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    counters.cb = sizeof(counters);
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return -1;
    return counters.PeakWorkingSetSize / (1024.0 * 1024.0);   // the peak of what was resident, as ru_maxrss
#else
    return -1;
#endif
}

// Runs the sqlite3 shell on a freshly migrated copy of the schema and times its import.
double sqlite3ShellBuildMs(const NationalBenchData &data, const QString &shell, const QString &workDir)
{
    const QString csvDir = QDir(workDir).filePath(QStringLiteral("csv"));
    QDir().mkpath(csvDir);
    data.writeCsv(csvDir);
    const QString path = QDir(workDir).filePath(QStringLiteral("sqlite3-shell.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})   // a kept one from an earlier run
        QFile::remove(path + suffix);
    {
        Database schemaOnly;
        schemaOnly.open(path);
    }
    QProcess p;
    p.start(shell, {path});
    p.waitForStarted();
    QElapsedTimer timer;
    timer.start();
    p.write(data.sqlite3ImportScript(csvDir).toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600000);
    const double ms = BenchTiming::elapsedMs(timer);
    const QByteArray errors = p.readAllStandardError().trimmed();
    if (p.exitCode() != 0 || !errors.isEmpty()) {
        QTextStream(stderr) << "bench: sqlite3 shell import failed: " << errors.left(300) << '\n';
        return -1;
    }
    return ms;
}
}   // namespace

namespace BenchCommand {

int run(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args, {QStringLiteral("keep"), QStringLiteral("steps"), QStringLiteral("db")}, {QStringLiteral("json")});
    // --steps registry,dashboard runs only those steps after the build (all by default).
    const QStringList steps = a.value(QStringLiteral("steps"), QStringLiteral("registry,dashboard,attendance,reports,import"))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QTemporaryDir temp;
    const QString workDir = a.has(QStringLiteral("keep")) ? a.value(QStringLiteral("keep")) : temp.path();
    QDir().mkpath(workDir);
    BenchContext ctx;
    ctx.workDir = workDir;
    // --db postgresql://…: the same national benchmark on a server, into an empty database there
    // (or one a previous bench run filled, which is emptied first). The sqlite3 shell's anchors
    // are SQLite's and are left out; compare with a run without --db.
    const QString server = a.value(QStringLiteral("db"));
    if (!server.isEmpty() && !ServerAddress::isServerUrl(server))
        throw CliError(QCoreApplication::translate("BenchCommand", "--db takes a postgresql:// address; without it the benchmark makes its own SQLite file"));
    if (server.isEmpty()) {
        ctx.databasePath = QDir(workDir).filePath(QStringLiteral("national.sqlite"));
        ctx.sqlite3Shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(ctx.databasePath + suffix);
    } else {
        ctx.databasePath = server;
        Database db;
        db.open(server, Database::OpenMode::Create);
        const bool empty = CooperativeRepository(db.connection()).count() == 0 && WorkshopRepository(db.connection()).list().isEmpty();
        if (!empty && SettingsRepository(db.connection()).value(QStringLiteral("area_name")) != QLatin1String("Indonesia"))
            throw CliError(QCoreApplication::translate("BenchCommand", "%1 holds an office's data; the benchmark needs an empty database of its own")
                               .arg(db.path()));
        if (!empty)
            db.recreateServerSchema();
    }

    const NationalBenchData data;
    QJsonObject result;
    result.insert(QStringLiteral("cooperatives"), data.cooperativeCount());
    result.insert(QStringLiteral("milestone_events"), data.eventCount());
    QElapsedTimer timer;
    timer.start();
    data.writeDatabase(ctx.databasePath);
    result.insert(QStringLiteral("build_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer), 1));
    QTextStream(stderr) << "bench: national database built\n";
    if (!ctx.sqlite3Shell.isEmpty())
        result.insert(QStringLiteral("sqlite3_cli_build_ms"), BenchTiming::rounded(sqlite3ShellBuildMs(data, ctx.sqlite3Shell, workDir), 1));

    using Step = QJsonObject (*)(const BenchContext &);
    const QList<QPair<QString, Step>> allSteps{{QStringLiteral("registry"), BenchSteps::registry},
                                               {QStringLiteral("dashboard"), BenchSteps::dashboard},
                                               {QStringLiteral("attendance"), BenchSteps::attendance},
                                               {QStringLiteral("reports"), BenchSteps::reports},
                                               {QStringLiteral("import"), BenchSteps::import}};
    for (const auto &[name, step] : allSteps) {
        if (!steps.contains(name))
            continue;
        const QJsonObject figures = step(ctx);
        for (auto it = figures.begin(); it != figures.end(); ++it)
            result.insert(it.key(), it.value());
    }
    result.insert(QStringLiteral("peak_rss_mb"), BenchTiming::rounded(peakRssMb(), 1));

    if (a.has(QStringLiteral("json"))) {
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (auto it = result.begin(); it != result.end(); ++it)
            out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    return 0;
}

}   // namespace BenchCommand
