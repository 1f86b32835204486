#include "bench/benchsteps.h"
#include "storage/cooperativerepository.h"
#include "storage/serveraddress.h"
#include "bench/benchtiming.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/workshoprepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <random>

namespace {
struct DoorFigures
{
    QVector<double> ms;   // one per check-in
    int marked = 0;
    int present = 0;
    int invited = 0;
    qint64 inviteMs = 0;
};

// A workshop inviting every cooperative of the database, then `checkins` scans in random order.
QJsonObject figures(const DoorFigures &f);

DoorFigures runDoor(const Connection &connection, int checkins)
{
    DoorFigures f;
    WorkshopRepository repo(connection);
    QElapsedTimer timer;
    timer.start();
    Workshop w;
    w.title = QStringLiteral("Bench workshop");
    w.heldOn = QDate::currentDate();   // a workshop of today: marks are open
    const qint64 id = repo.create(w, QStringLiteral("bench"));
    f.invited = repo.invite(id, InvitationScope{}, QStringLiteral("bench"));
    f.inviteMs = timer.elapsed();

    QStringList codes = CooperativeRepository(connection).villageCodes();
    for (QString &code : codes)
        code.remove(QLatin1Char('.'));   // what a scanner types
    std::mt19937 rng(4102025u);
    std::shuffle(codes.begin(), codes.end(), rng);

    for (int i = 0; i < checkins && i < codes.size(); ++i) {
        timer.restart();
        const WorkshopRepository::CodeLookup found = repo.findByCode(id, codes.at(i));
        if (found.status == WorkshopRepository::CodeLookup::Status::Found
            && repo.markPresent(id, found.entry.cooperativeId, QString(), QString(), QStringLiteral("bench")).status
                   == MarkResult::Status::Marked)
            ++f.marked;
        // What the door screen refreshes after a scan: the totals and the cooperative's kecamatan.
        f.present = repo.totals(id).present;
        repo.districtCounts(id, found.entry.districtCode);
        f.ms.append(BenchTiming::elapsedMs(timer));
    }
    return f;
}
}   // namespace

// The door at national size: a workshop inviting every cooperative in the country, then N scans.
// One check-in is timed from the Enter of a scan (the scanner's undotted code) through the code
// lookup, the mark's committed transaction and the counters the screen updates (the totals and
// the row of the cooperative's kecamatan; the full per-kecamatan table follows on the watcher).
QJsonObject BenchSteps::attendance(const BenchContext &ctx)
{
    constexpr int kCheckins = 500;
    if (ServerAddress::isServerUrl(ctx.databasePath)) {   // the server's database is the bench's own
        Database db;
        db.open(ctx.databasePath, Database::OpenMode::ReadWrite);
        return figures(runDoor(db.connection(), kCheckins));
    }
    // The step writes, so it works on its own copy of the national database.
    const QString path = QDir(ctx.workDir).filePath(QStringLiteral("attendance-bench.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        // Through SQLite (VACUUM INTO), never a file copy of a database: a copy of the main file
        // misses what is still in its WAL, and reading it by path in a process that has it open
        // would drop that connection's locks.
        Database source;
        source.open(ctx.databasePath, Database::OpenMode::ReadWrite);   // VACUUM INTO is refused under query_only
        source.copyTo(path);
    }
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    const DoorFigures f = runDoor(db.connection(), kCheckins);
    db.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return figures(f);
}

namespace {
QJsonObject figures(const DoorFigures &f)
{
    return {{QStringLiteral("checkin_median_ms"), BenchTiming::rounded(BenchTiming::percentile(f.ms, 0.5))},
            {QStringLiteral("checkin_p99_ms"), BenchTiming::rounded(BenchTiming::percentile(f.ms, 0.99))},
            {QStringLiteral("checkin_max_ms"), BenchTiming::rounded(BenchTiming::percentile(f.ms, 1.0))},
            {QStringLiteral("checkin_count"), f.marked},
            {QStringLiteral("checkin_present_after"), f.present},
            {QStringLiteral("workshop_invited"), f.invited},
            {QStringLiteral("workshop_invite_all_ms"), double(f.inviteMs)}};
}
}   // namespace
