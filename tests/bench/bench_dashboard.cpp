#include "bench/benchsteps.h"
#include "bench/benchtiming.h"

#include "shell/appcontext.h"
#include "dashboard/dashboardpage.h"
#include "storage/database.h"
#include "storage/progressrepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <memory>

namespace {
// The benchmark's "past date": the day before the seed's workshop, inside the national data's
// range of milestone dates (May 2025 to late 2026), so about half the events are later than it.
const QDate kPastDate(2025, 10, 3);

// Median wall time of `runs` calls, after one warm-up call (the first run pays for reading the
// file into the page cache, which every later dashboard refresh does not).
double medianMs(const std::function<void()> &work, int runs)
{
    work();
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(BenchTiming::elapsedMs(timer));
    }
    return BenchTiming::percentile(times, 0.5);
}

// The sqlite3 shell running the same statements as ProgressRepository::summary, timed by the
// shell itself (".timer on": the sum of each statement's real time, so starting the process and
// printing the rows do not count). Median of `runs` runs after a warm-up; -1 when it failed.
double shellMs(const QString &shell, const QString &database, const QString &sql, int runs)
{
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    const QString script = QStringLiteral(".timer on\n.output /dev/null\n") + sql;
    QVector<double> times;
    for (int i = 0; i <= runs; ++i) {
        QProcess p;
        p.start(shell, {database});
        if (!p.waitForStarted())
            return -1;
        p.write(script.toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return -1;
        double total = 0;
        auto it = runTime.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
        int statements = 0;
        while (it.hasNext()) {
            total += it.next().captured(1).toDouble() * 1000;
            ++statements;
        }
        if (statements == 0)
            return -1;
        if (i > 0)
            times.append(total);
    }
    return BenchTiming::percentile(times, 0.5);
}
}   // namespace

QJsonObject BenchSteps::dashboard(const BenchContext &ctx)
{
    QJsonObject out;
    auto db = std::make_shared<Database>();
    db->open(ctx.databasePath);
    const ProgressRepository progress(db->connection());
    const QDate today = QDate::currentDate();

    out.insert(QStringLiteral("summary_today_ms"), BenchTiming::rounded(medianMs([&] { progress.summary(today); }, 7), 1));
    out.insert(QStringLiteral("summary_past_ms"), BenchTiming::rounded(medianMs([&] { progress.summary(kPastDate); }, 7), 1));

    {   // The page as the Bupati opens it: figures, cards, charts and table, painted offscreen.
        AppContext context;
        context.database = db;
        context.actor = QStringLiteral("bench");
        DashboardPage page(context);
        page.resize(1366, 800);
        out.insert(QStringLiteral("dashboard_refresh_ms"), BenchTiming::rounded(medianMs([&] {
                       page.refresh();
                       page.grab();
                   },
                                                                                         5)));
    }

    if (!ctx.sqlite3Shell.isEmpty()) {
        out.insert(QStringLiteral("sqlite3_cli_summary_ms"),
                   BenchTiming::rounded(shellMs(ctx.sqlite3Shell, ctx.databasePath, progress.summarySqlForShell(today), 7)));
        out.insert(QStringLiteral("sqlite3_cli_summary_past_ms"),
                   BenchTiming::rounded(shellMs(ctx.sqlite3Shell, ctx.databasePath, progress.summarySqlForShell(kPastDate), 7)));
    }
    return out;
}
