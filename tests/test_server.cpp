// The PostgreSQL engine against the SQLite one, and what only a server shared by several PCs
// has: desks writing at once, changes arriving at other windows, the server going away.
// [server] tests need both engines and run in the "_pg" run only (ctest: test_server_pg).
#include "catch.h"
#include "support/testsupport.h"

#include "storage/bulkinsert.h"
#include "storage/changewatcher.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "storage/databasecopier.h"
#include "io/demoscenario.h"
#include "storage/milestonerepository.h"
#include "storage/postgresengine.h"
#include "storage/progressrepository.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {
qint64 count(const Connection &db, const QString &sql, const QVariantList &values = {})
{
    return Sql::scalar(db, sql, values, QStringLiteral("test")).toLongLong();
}

QString sqliteDemo(const QString &name)
{
    const QString path = TestSupport::tempPath(name);
    QFile::remove(path);
    DemoScenario::buildFile(path, false, TestSupport::catalog());
    return path;
}

QByteArray summaryJson(const QString &location)
{
    const auto r = TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--db"), location, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

qint64 newWorkshopForToday(const Connection &db)
{
    WorkshopRepository repo(db);
    Workshop w;
    w.title = QStringLiteral("Bimtek SIMKOPDES");
    w.heldOn = QDate::currentDate();
    const qint64 id = repo.create(w, QStringLiteral("staf"));
    repo.invite(id, InvitationScope(), QStringLiteral("staf"));
    return id;
}

QStringList villageCodes(const Connection &db)
{
    QStringList codes;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT village_code FROM cooperative ORDER BY village_code"), {}, QStringLiteral("test"));
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

// The test server's own control script (tests/pg/cluster.sh writes it).
bool serverControl(const char *action)
{
    QProcess p;
    p.start(QDir(qEnvironmentVariable("PK_TEST_PG_DIR")).filePath(QStringLiteral("ctl")), {QString::fromLatin1(action)});
    return p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Starts the test server again when a test that stopped it ends early (a failed REQUIRE), so the
// tests after it still have a server.
struct ServerRestartGuard
{
    bool *stopped;
    ~ServerRestartGuard()
    {
        if (*stopped)
            serverControl("start");
    }
};
}   // namespace

TEST_CASE("eight desks marking attendance and milestones at once: 5,000 writes, none lost or doubled", "[server][concurrency]")
{
    const QString location = TestSupport::demoDatabaseCopy(QStringLiteral("eight-desks"));
    QStringList codes;
    qint64 workshop = 0;
    QSet<QString> reachedBefore;
    {
        Database db;
        db.open(location);
        workshop = newWorkshopForToday(db.connection());
        codes = villageCodes(db.connection());
        QSqlQuery q = Sql::run(db.connection(), QStringLiteral("SELECT c.village_code FROM milestone_event e JOIN cooperative c ON c.id = e.cooperative_id "
                                                               "WHERE e.milestone_code = 'pembiayaan' AND e.current = 1"),
                               {}, QStringLiteral("test"));
        while (q.next())
            reachedBefore.insert(q.value(0).toString());
    }
    REQUIRE(codes.size() == 413);
    // Each desk takes 313 of the 413 boards in its own order: every board is scanned by six
    // desks on average, so most writes race another desk's write of the same board.
    std::vector<std::unique_ptr<QProcess>> desks;
    int writes = 0;
    for (int k = 0; k < 8; ++k) {
        QStringList mine = codes;
        QRandomGenerator rng(quint32(k + 1));
        std::shuffle(mine.begin(), mine.end(), rng);
        mine = mine.mid(0, 313);
        writes += 2 * int(mine.size());
        QFile f(TestSupport::tempPath(QStringLiteral("desk-%1.txt").arg(k)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(mine.join(QLatin1Char('\n')).toUtf8());
        f.close();
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(PK_STORAGE_CLIENT), {location, QString::number(workshop), f.fileName(), QStringLiteral("pembiayaan"),
                                                     QStringLiteral("Meja %1").arg(k + 1)});
        desks.push_back(std::move(p));
    }
    CHECK(writes >= 5000);
    QHash<QString, int> presentMarked, reachedMarked;
    int lines = 0;
    for (auto &p : desks) {
        REQUIRE(p->waitForFinished(600000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');   // "\r\n" on Windows
            if (parts.size() != 3)
                continue;
            ++lines;
            const QString code = QString::fromLatin1(parts.at(1));
            if (parts.at(0) == "P" && parts.at(2) == "marked")
                ++presentMarked[code];
            else if (parts.at(0) == "M" && parts.at(2) == "reached")
                ++reachedMarked[code];
            else
                CHECK(parts.at(2) == "already");   // never an error, never a raw unique violation
        }
    }
    CHECK(lines == writes);
    Database db;
    db.open(location);
    const Connection c = db.connection();
    // Each board marked present exactly once, by exactly one desk; the others heard "already".
    QSet<QString> scanned;
    for (int k = 0; k < 8; ++k) {
        QFile f(TestSupport::tempPath(QStringLiteral("desk-%1.txt").arg(k)));
        REQUIRE(f.open(QIODevice::ReadOnly));
        for (const QByteArray &code : f.readAll().split('\n'))
            scanned.insert(QString::fromLatin1(code));
    }
    CHECK(presentMarked.size() == scanned.size());
    for (auto it = presentMarked.cbegin(); it != presentMarked.cend(); ++it)
        CHECK(it.value() == 1);
    CHECK(count(c, QStringLiteral("SELECT COUNT(*) FROM attendance_event WHERE workshop_id = ?"), {workshop}) == scanned.size());
    CHECK(WorkshopRepository(c).counts(workshop).present == scanned.size());
    // Milestones likewise: each scanned board not reached before is reached today by exactly one
    // desk; the few reached earlier keep their date (a mark never re-dates), and the kept counts are exact.
    const QSet<QString> newlyReached = QSet<QString>(scanned).subtract(reachedBefore);
    CHECK(reachedMarked.size() == newlyReached.size());
    for (auto it = reachedMarked.cbegin(); it != reachedMarked.cend(); ++it)
        CHECK(it.value() == 1);
    const qint64 reachedAfter = count(c, QStringLiteral("SELECT COUNT(*) FROM milestone_event WHERE milestone_code = 'pembiayaan' AND current = 1"));
    CHECK(reachedAfter == (QSet<QString>(scanned) |= reachedBefore).size());
    CHECK(count(c, QStringLiteral("SELECT COUNT(*) FROM milestone_event WHERE milestone_code = 'pembiayaan' AND current = 1 AND reached_on = ?"),
                {QDate::currentDate().toString(Qt::ISODate)})
          == newlyReached.size());
    CHECK(count(c, QStringLiteral("SELECT SUM(reached) FROM progress_district WHERE milestone_code = 'pembiayaan'")) == reachedAfter);
}

TEST_CASE("a change saved through one connection reaches another connection's watcher within two seconds", "[server][live]")
{
    const QString location = TestSupport::demoDatabaseCopy(QStringLiteral("live"));
    Database mine;
    mine.open(location);
    ChangeWatcher watcher(mine.connection());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSignalSpy lost(&watcher, &ChangeWatcher::connectionLost);
    // A healthy connection stays one session: no false alarm, no reconnecting behind the scenes.
    const int session = PostgresEngine::backendPid(mine.connection().qt());
    CHECK(session != 0);
    QTest::qWait(2500);
    CHECK(lost.isEmpty());
    CHECK(changed.isEmpty());
    CHECK(PostgresEngine::backendPid(mine.connection().qt()) == session);
    QElapsedTimer t;
    {
        Database theirs;   // another PC
        theirs.open(location);
        const qint64 id = CooperativeRepository(theirs.connection()).idForVillage(QStringLiteral("12.08.30.2002"));
        t.start();
        MilestoneRepository(theirs.connection()).mark({id}, QStringLiteral("pembiayaan"), QDate(2025, 10, 6), QString(), QStringLiteral("pc-2"));
    }
    REQUIRE(changed.wait(2000));
    WARN("notification arrived after " << t.elapsed() << " ms");
    CHECK(t.elapsed() < 2000);
}

TEST_CASE("the demo's summary is the same on both engines, and after migrate-db there and back", "[server][migrate]")
{
    const QString file = sqliteDemo(QStringLiteral("summary-demo.sqlite"));
    const QString server = TestSupport::demoDatabaseCopy(QStringLiteral("summary-demo"));
    const QByteArray fromFile = summaryJson(file);
    CHECK(fromFile.contains("\"total\": 413"));
    CHECK(summaryJson(server) == fromFile);

    // A file moved onto a new server database, and that moved back into a new file.
    const QString moved = TestSupport::newDatabase(QStringLiteral("moved"));
    auto r = TestSupport::runApp({QStringLiteral("migrate-db"), QStringLiteral("--from"), file, QStringLiteral("--to"), moved});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("cooperative: 413 di"));
    CHECK(summaryJson(moved) == fromFile);
    const QString back = TestSupport::tempPath(QStringLiteral("moved-back.sqlite"));
    QFile::remove(back);
    r = TestSupport::runApp({QStringLiteral("migrate-db"), QStringLiteral("--from"), moved, QStringLiteral("--to"), back});
    REQUIRE(r.exitCode == 0);
    CHECK(summaryJson(back) == fromFile);
    // Everything came along: the history of every cooperative and the workshop's marks.
    Database a, b;
    a.open(file, Database::OpenMode::ReadOnly);
    b.open(back, Database::OpenMode::ReadOnly);
    for (const char *table : {"cooperative_change", "milestone_event", "attendance_event", "workshop_invitation"})
        CHECK(count(a.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
              == count(b.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    // New rows on the server continue after the copied ids.
    Database onServer;
    onServer.open(moved);
    Workshop w;
    w.title = QStringLiteral("Setelah pindah");
    w.heldOn = QDate(2025, 11, 1);
    CHECK(WorkshopRepository(onServer.connection()).create(w, QStringLiteral("staf")) == 2);
    // Into a database that already holds data: refused, nothing changed.
    r = TestSupport::runApp({QStringLiteral("migrate-db"), QStringLiteral("--from"), file, QStringLiteral("--to"), moved});
    CHECK(r.exitCode == 1);
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("sudah berisi data")));
}

namespace {
// Every row of a table as text, sorted: two databases hold the same rows when these are equal.
QStringList tableRows(const Connection &db, const QString &table)
{
    QStringList rows;
    QSqlQuery q = Sql::run(db, QStringLiteral("SELECT * FROM %1").arg(table), {}, QStringLiteral("test"));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows << values.join(QChar(0x1f));
    }
    rows.sort();
    return rows;
}

QString importCorpus(const char *name)
{
    return QDir(QStringLiteral(PK_IMPORT_CORPUS)).filePath(QLatin1String(name));
}
}   // namespace

TEST_CASE("migrate-db carries every table of the schema, row for row, to a server and back", "[server][migrate]")
{
    // The demo, two imports (one with rejected rows) and the undo of one: every table has rows.
    const QString file = sqliteDemo(QStringLiteral("every-table.sqlite"));
    auto r = TestSupport::runApp({QStringLiteral("import"), QStringLiteral("--db"), file, QStringLiteral("--in"), importCorpus("csv_utf8.csv")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = TestSupport::runApp({QStringLiteral("import"), QStringLiteral("--db"), file, QStringLiteral("--undo"), QStringLiteral("1")});
    REQUIRE(r.exitCode == 0);
    r = TestSupport::runApp({QStringLiteral("import"), QStringLiteral("--db"), file, QStringLiteral("--in"), importCorpus("bad_phone.csv"),
                             QStringLiteral("--skip-bad-rows")});
    REQUIRE(r.exitCode == 0);
    QStringList tables;
    {
        Database a;
        a.open(file, Database::OpenMode::ReadOnly);
        tables = DatabaseCopier::tablesToCopy(a.connection());
        // A table this test leaves empty is a table it cannot prove migrate-db carries: fill it above.
        for (const QString &t : tables) {
            INFO("table " << t.toStdString() << " is empty in the test's source database");
            CHECK(count(a.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)) > 0);
        }
        // Every table of the schema is either copied or rebuilt by the target's triggers.
        CHECK(tables.size() >= 18);
    }
    const QString moved = TestSupport::newDatabase(QStringLiteral("every-table"));
    r = TestSupport::runApp({QStringLiteral("migrate-db"), QStringLiteral("--from"), file, QStringLiteral("--to"), moved});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString back = TestSupport::tempPath(QStringLiteral("every-table-back.sqlite"));
    QFile::remove(back);
    r = TestSupport::runApp({QStringLiteral("migrate-db"), QStringLiteral("--from"), moved, QStringLiteral("--to"), back});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(back + QStringLiteral(".part")));
    Database a, b, server;
    a.open(file, Database::OpenMode::ReadOnly);
    b.open(back, Database::OpenMode::ReadOnly);
    server.open(moved, Database::OpenMode::ReadOnly);
    for (const QString &t : tables) {
        INFO("table " << t.toStdString());
        CHECK(tableRows(b.connection(), t) == tableRows(a.connection(), t));
        CHECK(count(server.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(t))
              == count(a.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)));
    }
    // The undo on the server is refused or allowed exactly as in the file: the links came along.
    CHECK(tableRows(server.connection(), QStringLiteral("import_run")).size() == 3);
}

TEST_CASE("migrate-db killed at any moment leaves the target empty or complete, never half", "[server][migrate][kill]")
{
    const QString file = sqliteDemo(QStringLiteral("kill-source.sqlite"));
    qint64 cooperatives = 0;
    {
        Database a;
        a.open(file, Database::OpenMode::ReadOnly);
        cooperatives = count(a.connection(), QStringLiteral("SELECT COUNT(*) FROM cooperative"));
    }
    const QString server = TestSupport::newDatabase(QStringLiteral("kill-server"));
    for (int round = 0; round < 10; ++round) {
        // Onto a server: one transaction, so a killed copy leaves the database empty.
        const QString target = TestSupport::newDatabase(QStringLiteral("kill-target-%1").arg(round));
        TestSupport::runAndKill({QStringLiteral("migrate-db"), QStringLiteral("--from"), file, QStringLiteral("--to"), target}, 50, 2500);
        qint64 n = 0;   // killed before it made the schema: the database is as empty as it was
        try {
            Database t;
            t.open(target, Database::OpenMode::ReadOnly);
            n = count(t.connection(), QStringLiteral("SELECT COUNT(*) FROM cooperative"));
        } catch (const StorageError &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(QStringLiteral("holds no Pantau Kopdes data")));
        }
        INFO("round " << round << ": " << n << " cooperatives on the server");
        CHECK((n == 0 || n == cooperatives));
    }
    REQUIRE(TestSupport::runApp({QStringLiteral("migrate-db"), QStringLiteral("--from"), file, QStringLiteral("--to"), server}).exitCode == 0);
    for (int round = 0; round < 10; ++round) {
        // Into a file: written under a temporary name, so the file is there complete or not at all.
        const QString target = TestSupport::tempPath(QStringLiteral("kill-back-%1.sqlite").arg(round));
        QFile::remove(target);
        TestSupport::runAndKill({QStringLiteral("migrate-db"), QStringLiteral("--from"), server, QStringLiteral("--to"), target}, 50, 2500);
        INFO("round " << round);
        if (QFileInfo::exists(target)) {
            Database t;
            t.open(target, Database::OpenMode::ReadOnly);
            CHECK(count(t.connection(), QStringLiteral("SELECT COUNT(*) FROM cooperative")) == cooperatives);
        }
        // A retry after the kill is not refused, and completes.
        QFile::remove(target);
        const auto retry = TestSupport::runApp({QStringLiteral("migrate-db"), QStringLiteral("--from"), server, QStringLiteral("--to"), target});
        INFO(retry.err.toStdString());
        CHECK(retry.exitCode == 0);
        CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
    }
}

TEST_CASE("the registry's sorts, search and kecamatan filter give the same rows on both engines", "[server][registry]")
{
    Database file, server;
    file.open(sqliteDemo(QStringLiteral("registry-demo.sqlite")));
    server.open(TestSupport::demoDatabaseCopy(QStringLiteral("registry-demo")));
    const auto codesOf = [](const Database &db, const RegistryQuery &q) {
        const CooperativeRepository repo(db.connection());
        QStringList codes;
        for (const RegistryRow &row : repo.loadRows(repo.findIds(q)))
            codes << row.cooperative.villageCode;
        return codes;
    };
    QVector<RegistryQuery> queries;
    for (auto key : {RegistryQuery::SortKey::VillageCode, RegistryQuery::SortKey::Name, RegistryQuery::SortKey::District,
                     RegistryQuery::SortKey::Village, RegistryQuery::SortKey::Chair, RegistryQuery::SortKey::LegalDate,
                     RegistryQuery::SortKey::Milestone}) {
        for (bool descending : {false, true}) {
            RegistryQuery q;
            q.sortKey = key;
            q.sortMilestone = QStringLiteral("akun");
            q.descending = descending;
            queries << q;
        }
    }
    RegistryQuery search;
    search.search = QStringLiteral("huta");
    queries << search;
    RegistryQuery district;
    district.districtCode = QStringLiteral("12.08.30");
    queries << district;
    RegistryQuery notReached;
    notReached.milestoneCode = QStringLiteral("akun");
    notReached.milestoneFilter = RegistryQuery::MilestoneFilter::NotReached;
    notReached.sortKey = RegistryQuery::SortKey::Chair;
    queries << notReached;
    for (const RegistryQuery &q : queries) {
        INFO("sort " << int(q.sortKey) << (q.descending ? " desc" : " asc") << " search '" << q.search.toStdString() << "' district '"
                     << q.districtCode.toStdString() << "'");
        const QStringList expected = codesOf(file, q);
        CHECK_FALSE(expected.isEmpty());
        CHECK(codesOf(server, q) == expected);
    }
    // The summaries of an area select their kecamatan by a code range ('12.08.30' up to the next
    // code): byte-wise on both engines, whatever the server's locale.
    const QVector<QPair<QString, QString>> ranges{{QStringLiteral("12.08."), QStringLiteral("12.08/")},
                                                  {QStringLiteral("12.08.30"), QStringLiteral("12.08.31")},
                                                  {QStringLiteral("12.08.3"), QStringLiteral("12.08.4")}};
    for (const auto &range : ranges) {
        INFO("kecamatan from '" << range.first.toStdString() << "' to '" << range.second.toStdString() << "'");
        const ProgressSummary expected = ProgressRepository(file.connection()).summaryWithin(QDate(2025, 10, 4), range.first, range.second);
        CHECK(expected.districts.size() > 0);
        const ProgressSummary actual = ProgressRepository(server.connection()).summaryWithin(QDate(2025, 10, 4), range.first, range.second);
        CHECK(QJsonDocument(actual.toJson()).toJson() == QJsonDocument(expected.toJson()).toJson());
    }
}

TEST_CASE("text that looks like SQL is stored and shown verbatim", "[injection]")
{
    const QStringList hostile{
        QStringLiteral("Robert'); DROP TABLE cooperative;--"),
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("$$; DELETE FROM milestone_event; $$"),
        QStringLiteral("back\\slash \\N \t tab"),
        QStringLiteral("100% _persen_ \"kutip\""),
        QStringLiteral("Nagori Sait Buttu Saribu; --"),
    };
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("injection")));
    CooperativeRepository repo(db.connection());
    const qint64 id = repo.idForVillage(QStringLiteral("12.08.30.2002"));
    const qint64 before = repo.count();
    for (const QString &text : hostile) {
        INFO(text.toStdString());
        Cooperative c = repo.get(id);
        c.chairName = text;
        c.notes = text;
        c.businessUnits.clear();
        c.supervisorName = text;
        repo.update(c, text);
        const Cooperative read = repo.get(id);
        CHECK(read.chairName == text);
        CHECK(read.notes == text);
        CHECK(read.supervisorName == text);
        CHECK(read.updatedBy == text);
        RegistryQuery q;
        q.search = text.left(12);
        CHECK(repo.findIds(q).contains(id));
        MilestoneRepository(db.connection()).mark({id}, QStringLiteral("pembiayaan"), QDate(2025, 10, 6), text, text);
        CHECK(MilestoneRepository(db.connection()).history(id).last().note == text);
        MilestoneRepository(db.connection()).unmark({id}, QStringLiteral("pembiayaan"), text, text);
        Workshop w;
        w.title = text;
        w.heldOn = QDate(2025, 11, 1);
        w.place = text;
        const qint64 workshop = WorkshopRepository(db.connection()).create(w, text);
        CHECK(WorkshopRepository(db.connection()).get(workshop).title == text);
        CHECK(WorkshopRepository(db.connection()).get(workshop).place == text);
    }
    CHECK(repo.count() == before);
    CHECK(count(db.connection(), QStringLiteral("SELECT COUNT(*) FROM milestone_event")) > 0);
}

// Linux-only: the server is stopped and started by the test cluster's shell script, which a program
// under Wine cannot run; the reconnection itself is the same code on Windows.
TEST_CASE("the server stopped during a check-in loop: every mark reported saved is kept, and the app reconnects", "[server][outage][linux-only]")
{
    const QString location = TestSupport::demoDatabaseCopy(QStringLiteral("outage"));
    Database db;
    db.open(location);
    const qint64 workshop = newWorkshopForToday(db.connection());
    const QStringList codes = villageCodes(db.connection());
    ChangeWatcher watcher(db.connection());
    QSignalSpy lost(&watcher, &ChangeWatcher::connectionLost);
    QSignalSpy restored(&watcher, &ChangeWatcher::connectionRestored);
    WorkshopRepository repo(db.connection());
    CooperativeRepository coops(db.connection());
    QStringList saved, refused;
    bool stopped = false, started = false;
    const ServerRestartGuard guard{&stopped};
    for (int i = 0; i < codes.size(); ++i) {
        if (i == 100) {
            REQUIRE(serverControl("stop"));
            stopped = true;
        }
        if (i == 140) {
            QTest::qWait(1500);   // the status bar has time to say so
            REQUIRE(serverControl("start"));
            stopped = false;
            started = true;
        }
        try {
            const qint64 id = coops.idForVillage(codes.at(i));
            if (repo.markPresent(workshop, id, QString(), QString(), QStringLiteral("Meja 1")).status == MarkResult::Status::Marked)
                saved << codes.at(i);
        } catch (const StorageError &e) {
            refused << codes.at(i);
            // What the door screen shows: a plain sentence, never the driver's text.
            INFO(e.message().toStdString() << " / " << e.technical().toStdString());
            CHECK(e.problem() == StorageError::Problem::ConnectionLost);
            CHECK(e.message().contains(QStringLiteral("connection to the database server was lost")));
        }
        QCoreApplication::processEvents();
    }
    REQUIRE(started);
    CHECK(lost.size() >= 1);
    CHECK(refused.size() >= 30);   // the marks tried while the server was down
    CHECK(saved.size() + refused.size() == codes.size());
    QTest::qWait(1500);
    CHECK(restored.size() >= 1);
    CHECK(watcher.isConnected());
    // Every mark the app reported saved is on the server, and nothing else.
    Database check;
    check.open(location);
    QSet<QString> present;
    for (const AttendanceEntry &e : WorkshopRepository(check.connection()).attendees(workshop))
        present.insert(e.villageCode);
    CHECK(present == QSet<QString>(saved.begin(), saved.end()));
}

TEST_CASE("bulk loads take each engine's fast path", "[bulk]")
{
    Database db;
    db.open(TestSupport::newDatabase(QStringLiteral("bulk")));
    Transaction tx(db.connection(), QStringLiteral("test"));
    BulkInsert insert(db.connection(), QStringLiteral("setting"), {QStringLiteral("key"), QStringLiteral("value")}, QStringLiteral("test"));
    if (db.isServer()) {
        CHECK(insert.path() == BulkInsert::Path::Copy);
    } else if (TestSupport::sqliteDirectExpected(db.connection())) {
        CHECK(insert.path() == BulkInsert::Path::SqliteApi);
    }
    // Text COPY must escape: tabs, line breaks, backslashes and NULL stay what they were.
    const QStringList values{QStringLiteral("a\tb"), QStringLiteral("line\nbreak\r"), QStringLiteral("back\\slash \\N"), QString()};
    for (int i = 0; i < values.size(); ++i)
        insert.add({QStringLiteral("k%1").arg(i), values.at(i).isNull() ? QVariant(QStringLiteral("")) : QVariant(values.at(i))});
    insert.flush();
    tx.commit();
    const SettingsRepository settings(db.connection());
    for (int i = 0; i < values.size(); ++i)
        CHECK(settings.value(QStringLiteral("k%1").arg(i), QStringLiteral("missing")) == (values.at(i).isNull() ? QString() : values.at(i)));
}

TEST_CASE("attendance mark --codes-from with the server gone midway says exactly what was recorded and what was not", "[server][outage][cli][linux-only]")
{
    const QString location = TestSupport::demoDatabaseCopy(QStringLiteral("outage-cli"));
    qint64 workshop = 0;
    QStringList codes;
    {
        Database db;
        db.open(location);
        workshop = newWorkshopForToday(db.connection());
        codes = villageCodes(db.connection()).mid(0, 30);
    }
    bool stopped = false;
    const ServerRestartGuard guard{&stopped};
    // A scanner's stream on stdin: twenty codes, the server stops, ten more.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), TestSupport::tempDir().path());
    env.insert(QStringLiteral("PANTAU_KOPDES_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PK_BINARY), {QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), location,
                                        QStringLiteral("--workshop"), QString::number(workshop), QStringLiteral("--codes-from"), QStringLiteral("-")});
    REQUIRE(p.waitForStarted());
    QByteArray out;
    for (int i = 0; i < 20; ++i)
        p.write(codes.at(i).toUtf8() + '\n');
    QElapsedTimer waited;
    waited.start();
    while (out.count('\n') < 20 && waited.elapsed() < 60000) {
        p.waitForReadyRead(1000);
        out += p.readAllStandardOutput();
    }
    REQUIRE(out.count('\n') == 20);
    REQUIRE(serverControl("stop"));
    stopped = true;
    for (int i = 20; i < 30; ++i)
        p.write(codes.at(i).toUtf8() + '\n');
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    out += p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("20 code(s) were recorded")));
    CHECK(err.contains(codes.at(20)));
    CHECK(err.contains(QStringLiteral("not recorded")));
    CHECK_FALSE(err.contains(QStringLiteral("Nothing was saved")));
    CHECK_FALSE(err.contains(QStringLiteral("QPSQL")));
    CHECK_FALSE(err.contains(QStringLiteral("server closed the connection")));
    REQUIRE(serverControl("start"));
    stopped = false;
    // Exactly the twenty reported on stdout are on the server.
    Database check;
    check.open(location);
    QSet<QString> present;
    for (const AttendanceEntry &e : WorkshopRepository(check.connection()).attendees(workshop))
        present.insert(e.villageCode);
    CHECK(present == QSet<QString>(codes.begin(), codes.begin() + 20));
}
