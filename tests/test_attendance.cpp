#include "catch.h"
#include "support/guicontext.h"
#include "support/testsupport.h"

#include "io/areasetup.h"
#include "workshops/checkinpage.h"
#include "storage/changewatcher.h"
#include "storage/database.h"
#include "io/demoscenario.h"
#include "report/qrcodeimage.h"
#include "io/regioncatalog.h"
#include "storage/sqlitedirect.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"
#include "workshops/workshopoutcomepage.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <QKeyEvent>
#include <QUndoStack>
#include <memory>

namespace {
int scalarInt(const Connection &db, const QString &sql)
{
    QSqlQuery q(db.qt());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

qint64 demoWorkshopId(WorkshopRepository &repo)
{
    const QVector<Workshop> all = repo.list();
    REQUIRE(all.size() == 1);
    return all.first().id;
}

qint64 newWorkshop(WorkshopRepository &repo, const InvitationScope &scope = {})
{
    Workshop w;
    w.title = QStringLiteral("Bimtek SIMKOPDES");
    w.heldOn = QDate::currentDate();   // a workshop being held: its attendance is open
    const qint64 id = repo.create(w, QStringLiteral("test"));
    repo.invite(id, scope, QStringLiteral("test"));
    return id;
}

// A whole province (Sumatera Utara, about 6,000 villages) so that thousands of distinct marks fit.
QString provinceDatabase(const QString &name)
{
    const QString path = TestSupport::tempPath(name);
    Database db;
    db.open(path);
    AreaSetup::apply(db.connection(), TestSupport::catalog().area(QStringLiteral("12")), QStringLiteral("test"));
    return path;
}

QStringList villageCodes(const Connection &db, int n)
{
    QSqlQuery q(db.qt());
    REQUIRE(q.exec(QStringLiteral("SELECT village_code FROM cooperative ORDER BY village_code LIMIT %1").arg(n)));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString writeCodes(const QString &name, const QStringList &codes)
{
    const QString path = TestSupport::tempPath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(codes.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

std::unique_ptr<QProcess> startApp(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), TestSupport::tempDir().path());
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(PK_BINARY), args);
    return p;
}

// What a USB scanner does: types the characters, then Enter (QtTest is not linked into the tests).
void typeAndEnter(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(w, &enter);
}

QStringList firstFields(const QByteArray &out)
{
    QStringList codes;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            codes << QString::fromUtf8(line.split('\t').first());
    return codes;
}
}   // namespace

TEST_CASE("the demo's workshop: 360 present, 53 absent, absentees by kecamatan with phones", "[attendance][demo]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("attendance-demo.sqlite")));
    WorkshopRepository repo(db.connection());
    const qint64 id = demoWorkshopId(repo);
    const Workshop w = repo.get(id);
    CHECK(w.heldOn == QDate(2025, 10, 4));
    CHECK(w.title == QStringLiteral("Workshop Percepatan Operasional KMP"));

    const AttendanceCounts c = repo.counts(id);
    CHECK(c.invited == 413);
    CHECK(c.present == 360);
    CHECK(c.absent() == 53);
    CHECK(c.districts.size() == 32);
    int present = 0;
    int invited = 0;
    for (const DistrictAttendance &d : c.districts) {
        present += d.present;
        invited += d.invited;
    }
    CHECK(present == 360);
    CHECK(invited == 413);

    // Those present are exactly the cooperatives with an account after the workshop.
    QSet<qint64> attendees;
    for (const AttendanceEntry &e : repo.attendees(id))
        attendees.insert(e.cooperativeId);
    QSet<qint64> withAccount;
    for (qint64 coop : DemoScenario::attendees(db.connection()))
        withAccount.insert(coop);
    CHECK(attendees == withAccount);

    const QVector<AttendanceEntry> absent = repo.absentees(id);
    REQUIRE(absent.size() == 53);
    QSet<QString> districtsSeen;
    QString previous;
    for (const AttendanceEntry &e : absent) {
        CHECK_FALSE(e.present);
        CHECK_FALSE(withAccount.contains(e.cooperativeId));
        CHECK_FALSE(e.chairName.isEmpty());
        CHECK_FALSE(e.chairPhone.isEmpty());
        CHECK_FALSE(e.districtName.isEmpty());
        // Grouped: a kecamatan's rows are contiguous, kecamatan in code order.
        if (e.districtCode != previous) {
            CHECK_FALSE(districtsSeen.contains(e.districtCode));
            CHECK(e.districtCode > previous);
            districtsSeen.insert(e.districtCode);
            previous = e.districtCode;
        }
    }
    // Arrivals between 08:00 and 10:30 WIB (UTC+7) on the day.
    for (const AttendanceEntry &e : repo.attendees(id)) {
        const QDateTime wib = e.markedAt.toUTC().addSecs(7 * 3600);
        CHECK(wib.date() == QDate(2025, 10, 4));
        CHECK(wib.time() >= QTime(8, 0));
        CHECK(wib.time() <= QTime(10, 30));
    }
}

TEST_CASE("attendance lists read the same through SQLite's C API and through Qt's driver", "[attendance][sqlite]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("attendance-engines.sqlite")));
    if (!TestSupport::sqliteDirectExpected(db.connection()))
        return;
    WorkshopRepository repo(db.connection());
    const qint64 id = demoWorkshopId(repo);
    const auto describe = [](const QVector<AttendanceEntry> &entries) {
        QStringList out;
        for (const AttendanceEntry &e : entries)
            out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                       .arg(e.cooperativeId)
                       .arg(e.villageCode, e.cooperativeName, e.villageName, e.districtName, e.chairPhone)
                       .arg(e.present ? QStringLiteral("present") : QStringLiteral("absent"))
                       .arg(e.markedAt.toString(Qt::ISODateWithMs), e.markedBy);
        return out;
    };
    const QStringList direct = describe(repo.entries(id));
    SqliteDirect::setEnabled(false);
    const QStringList portable = describe(repo.entries(id));
    SqliteDirect::setEnabled(true);
    REQUIRE(direct.size() == 413);
    CHECK(portable == direct);
    CHECK(direct.filter(QStringLiteral("|present|")).size() == 360);
}

TEST_CASE("a second scan changes nothing and says when the first one was", "[attendance]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("attendance-double.sqlite")));
    WorkshopRepository repo(db.connection());
    const qint64 id = newWorkshop(repo);
    REQUIRE(repo.counts(id).invited == 413);
    REQUIRE(repo.counts(id).present == 0);

    // The scanner types the code without dots, then Enter.
    const auto found = repo.findByCode(id, QStringLiteral("1208302002"));
    REQUIRE(found.status == WorkshopRepository::CodeLookup::Status::Found);
    CHECK(found.entry.villageCode == QStringLiteral("12.08.30.2002"));
    CHECK_FALSE(found.entry.present);

    const MarkResult first = repo.markPresent(id, found.entry.cooperativeId, QStringLiteral("Budi"), QStringLiteral("Ketua"), QStringLiteral("meja-1"));
    CHECK(first.status == MarkResult::Status::Marked);
    CHECK(first.entry.present);
    const MarkResult second = repo.markPresent(id, found.entry.cooperativeId, QStringLiteral("Rina"), QStringLiteral("Sekretaris"), QStringLiteral("meja-2"));
    CHECK(second.status == MarkResult::Status::AlreadyPresent);
    CHECK(second.entry.markedAt == first.entry.markedAt);
    CHECK(second.entry.markedBy == QStringLiteral("meja-1"));
    CHECK(second.entry.attendeeName == QStringLiteral("Budi"));
    CHECK(repo.history(id, found.entry.cooperativeId).size() == 1);
    CHECK(repo.counts(id).present == 1);
    CHECK(repo.attendees(id).size() == 1);
}

TEST_CASE("a workshop that has ended takes no mark, unless reopened for today", "[attendance][closed]")
{
    const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("attendance-ended.sqlite"));
    qint64 id = 0;
    qint64 coop = 0;
    {
        Database db;
        db.open(path);
        WorkshopRepository repo(db.connection());
        id = demoWorkshopId(repo);   // 4 October 2025: long over, its report signed
        const Workshop w = repo.get(id);
        CHECK_FALSE(repo.isOpenForMarks(w));
        const AttendanceEntry absent = repo.absentees(id).first();
        coop = absent.cooperativeId;
        const int before = repo.counts(id).present;
        CHECK_THROWS_AS(repo.markPresent(id, coop, QString(), QString(), QStringLiteral("meja-1")), StorageError);
        const AttendanceEntry present = repo.attendees(id).first();
        CHECK_THROWS_AS(repo.takeBack(id, present.cooperativeId, QString(), QStringLiteral("meja-1")), StorageError);
        CHECK(repo.counts(id).present == before);
        try {
            repo.markPresent(id, coop, QString(), QString(), QStringLiteral("meja-1"));
        } catch (const StorageError &e) {
            CHECK(e.message().contains(QStringLiteral("ended")));
        }
    }
    // The command line refuses before reading a code, with the way out in the message.
    const QString code = [&] {
        Database db;
        db.open(path);
        return WorkshopRepository(db.connection()).entry(id, coop).villageCode;
    }();
    const auto refused = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path,
                                              QStringLiteral("--workshop"), QString::number(id), QStringLiteral("--code"), code});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("--reopen"));
    const auto reopened = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path,
                                               QStringLiteral("--workshop"), QString::number(id), QStringLiteral("--code"), code,
                                               QStringLiteral("--reopen")});
    CHECK(reopened.exitCode == 0);
    Database db;
    db.open(path);
    WorkshopRepository repo(db.connection());
    CHECK(repo.entry(id, coop).present);
    CHECK(repo.isOpenForMarks(repo.get(id)));   // for the rest of today
}

TEST_CASE("the check-in screen of an ended workshop says it is closed and refuses a scan", "[attendance][closed][widget]")
{
    auto database = std::make_shared<Database>();
    database->open(TestSupport::demoDatabaseCopy(QStringLiteral("attendance-ended-widget.sqlite")));
    WorkshopRepository repo(database->connection());
    const qint64 id = demoWorkshopId(repo);
    QUndoStack undo;
    ChangeWatcher watcher(database->connection());
    AppContext ctx{database, &undo, &watcher, QStringLiteral("meja-1")};
    CheckInPage page(ctx);
    page.setWorkshop(id);
    page.resize(1024, 600);
    page.show();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("checkInSearch"));
    auto *present = page.findChild<QLabel *>(QStringLiteral("presentCount"));
    auto *message = page.findChild<QLabel *>(QStringLiteral("checkInMessage"));
    REQUIRE(search);
    REQUIRE(present);
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("ended")));
    const QString before = present->text();
    const AttendanceEntry absent = repo.absentees(id).first();
    search->setFocus();
    typeAndEnter(search, absent.villageCode);
    CHECK(present->text() == before);
    CHECK(message->text().contains(QStringLiteral("ended")));
    CHECK_FALSE(repo.entry(id, absent.cooperativeId).present);
}

TEST_CASE("a mark taken back is recorded, not deleted, and can be made again", "[attendance]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("attendance-takeback.sqlite")));
    WorkshopRepository repo(db.connection());
    const qint64 id = newWorkshop(repo);
    const qint64 coop = repo.findByCode(id, QStringLiteral("12.08.30.2002")).entry.cooperativeId;
    REQUIRE(coop != 0);
    REQUIRE(repo.markPresent(id, coop, QString(), QString(), QStringLiteral("meja-1")).status == MarkResult::Status::Marked);
    REQUIRE(repo.counts(id).present == 1);

    CHECK(repo.takeBack(id, coop, QStringLiteral("scanned the wrong card"), QStringLiteral("meja-1")));
    CHECK(repo.counts(id).present == 0);
    CHECK(repo.absentees(id).size() == 413);
    CHECK_FALSE(repo.entry(id, coop).present);
    CHECK_FALSE(repo.takeBack(id, coop, QString(), QStringLiteral("meja-1")));   // nothing to take back

    const QVector<AttendanceEvent> h = repo.history(id, coop);
    REQUIRE(h.size() == 2);
    CHECK(h.at(0).action == AttendanceEvent::Action::Present);
    CHECK_FALSE(h.at(0).current);
    CHECK(h.at(1).action == AttendanceEvent::Action::Withdrawn);
    CHECK(h.at(1).note == QStringLiteral("scanned the wrong card"));

    CHECK(repo.markPresent(id, coop, QString(), QString(), QStringLiteral("meja-2")).status == MarkResult::Status::Marked);
    CHECK(repo.counts(id).present == 1);
    CHECK(repo.history(id, coop).size() == 3);
}

TEST_CASE("the search box finds by code, code prefix, cooperative, village and chair name", "[attendance]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("attendance-lookup.sqlite")));
    WorkshopRepository repo(db.connection());
    const qint64 id = newWorkshop(repo);
    const AttendanceEntry huta = repo.findByCode(id, QStringLiteral("12.08.30.2002")).entry;
    REQUIRE(huta.villageName.size() > 0);

    CHECK(repo.lookup(id, QStringLiteral(" 1208302002 ")).value(0).cooperativeId == huta.cooperativeId);
    const QVector<AttendanceEntry> prefix = repo.lookup(id, QStringLiteral("120830"), 100);
    REQUIRE_FALSE(prefix.isEmpty());
    for (const AttendanceEntry &e : prefix)
        CHECK(e.villageCode.startsWith(QStringLiteral("12.08.30.")));
    CHECK(repo.lookup(id, huta.villageName.toUpper()).value(0).cooperativeId == huta.cooperativeId);
    const QString chairWord = huta.chairName.section(QLatin1Char(' '), 1, 2);   // "(Demo) Budi Saragih" -> "Budi Saragih"
    bool chairFound = false;
    for (const AttendanceEntry &e : repo.lookup(id, chairWord, 100))
        chairFound = chairFound || e.cooperativeId == huta.cooperativeId;
    CHECK(chairFound);
    CHECK(repo.lookup(id, QStringLiteral("tidak ada desa seperti ini")).isEmpty());
}

TEST_CASE("unknown, malformed and not-invited codes are refused by the command line, nothing written", "[attendance][cli]")
{
    const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("attendance-refused.sqlite"));
    qint64 id = 0;
    QString outside;
    {
        Database db;
        db.open(path);
        WorkshopRepository repo(db.connection());
        InvitationScope oneDistrict;
        oneDistrict.kind = InvitationScope::Kind::Districts;
        oneDistrict.districtCodes = {QStringLiteral("12.08.30")};
        id = newWorkshop(repo, oneDistrict);
        outside = villageCodes(db.connection(), 1).first();   // 12.08.01.xxxx, another kecamatan
        REQUIRE_FALSE(outside.startsWith(QStringLiteral("12.08.30")));
    }
    const QString wid = QString::number(id);
    const auto mark = [&](const QString &code) {
        return TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path,
                                    QStringLiteral("--workshop"), wid, QStringLiteral("--code"), code});
    };
    const auto unknown = mark(QStringLiteral("12.08.99.9999"));
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains("12.08.99.9999"));
    const auto malformed = mark(QStringLiteral("12.08.30.20O2"));
    CHECK(malformed.exitCode == 3);
    CHECK_FALSE(malformed.err.trimmed().isEmpty());
    const auto notInvited = mark(outside);
    CHECK(notInvited.exitCode == 3);
    CHECK(notInvited.err.contains(outside.toUtf8()));
    const auto wrongWorkshop = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path,
                                                    QStringLiteral("--workshop"), QStringLiteral("999"), QStringLiteral("--code"),
                                                    QStringLiteral("12.08.30.2002")});
    CHECK(wrongWorkshop.exitCode != 0);
    {
        Database db;
        db.open(path);
        CHECK(scalarInt(db.connection(), QStringLiteral("SELECT COUNT(*) FROM attendance_event WHERE workshop_id = %1").arg(id)) == 0);
    }

    // A good code, then the same code again: saved once, the second says so and exits 0.
    const auto first = mark(QStringLiteral("1208302002"));
    CHECK(first.exitCode == 0);
    CHECK(first.out.startsWith("12.08.30.2002\t"));
    const auto second = mark(QStringLiteral("12.08.30.2002"));
    CHECK(second.exitCode == 0);
    CHECK(second.out != first.out);
    const auto list = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--db"), path,
                                           QStringLiteral("--workshop"), wid, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(list.out).object();
    CHECK(doc.value(QStringLiteral("present")).toInt() == 1);
    CHECK(doc.value(QStringLiteral("invited")).toInt() == doc.value(QStringLiteral("entries")).toArray().size());
    const auto absent = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--db"), path,
                                             QStringLiteral("--workshop"), wid, QStringLiteral("--absent"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(absent.out).object().value(QStringLiteral("entries")).toArray().size()
          == doc.value(QStringLiteral("invited")).toInt() - 1);
    Database db;
    db.open(path);
    CHECK(scalarInt(db.connection(), QStringLiteral("SELECT COUNT(*) FROM attendance_event WHERE workshop_id = %1").arg(id)) == 1);
}

TEST_CASE("four processes marking 2,000 cooperatives at once lose none and double none", "[attendance][concurrency]")
{
    const QString path = provinceDatabase(QStringLiteral("attendance-four.sqlite"));
    qint64 id = 0;
    QStringList codes;
    {
        Database db;
        db.open(path);
        WorkshopRepository repo(db.connection());
        id = newWorkshop(repo);
        codes = villageCodes(db.connection(), 2000);
        REQUIRE(codes.size() == 2000);
    }
    // Each process takes 500 codes plus the first 100 of its neighbour's: 2,400 scans, 400 of them
    // a second scan of a cooperative another desk is marking at the same moment.
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int k = 0; k < 4; ++k) {
        QStringList mine = codes.mid(k * 500, 500) + codes.mid(((k + 1) % 4) * 500, 100);
        const QString file = writeCodes(QStringLiteral("desk-%1.txt").arg(k), mine);
        desks.push_back(startApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path,
                                  QStringLiteral("--workshop"), QString::number(id), QStringLiteral("--codes-from"), file,
                                  QStringLiteral("--by"), QStringLiteral("meja-%1").arg(k + 1)}));
    }
    QStringList reported;
    for (auto &p : desks) {
        REQUIRE(p->waitForFinished(600000));
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
        const QByteArray err = p->readAllStandardError();
        CHECK(err.trimmed().isEmpty());
        reported += firstFields(p->readAllStandardOutput());
    }
    CHECK(reported.size() == 2400);

    Database db;
    db.open(path);
    WorkshopRepository repo(db.connection());
    CHECK(scalarInt(db.connection(), QStringLiteral("SELECT COUNT(*) FROM attendance_event WHERE workshop_id = %1").arg(id)) == 2000);
    CHECK(scalarInt(db.connection(), QStringLiteral("SELECT COUNT(DISTINCT cooperative_id) FROM attendance_event WHERE workshop_id = %1 AND current = 1").arg(id)) == 2000);
    CHECK(repo.counts(id).present == 2000);
    QSet<QString> present;
    for (const AttendanceEntry &e : repo.attendees(id))
        present.insert(e.villageCode);
    CHECK(present == QSet<QString>(codes.begin(), codes.end()));
}

TEST_CASE("a marking process killed with SIGKILL loses no mark it reported as saved", "[attendance][durability]")
{
    const QString path = provinceDatabase(QStringLiteral("attendance-kill.sqlite"));
    qint64 id = 0;
    QStringList codes;
    {
        Database db;
        db.open(path);
        WorkshopRepository repo(db.connection());
        id = newWorkshop(repo);
        codes = villageCodes(db.connection(), 5000);
    }
    auto p = startApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path, QStringLiteral("--workshop"),
                       QString::number(id), QStringLiteral("--codes-from"), writeCodes(QStringLiteral("kill.txt"), codes)});
    QByteArray out;
    while (out.count('\n') < 150 && p->state() != QProcess::NotRunning) {
        p->waitForReadyRead(10000);
        out += p->readAllStandardOutput();
    }
    p->kill();   // SIGKILL on Unix: no chance to flush, close or roll anything back
    p->waitForFinished();
    out += p->readAllStandardOutput();
    const QStringList reported = firstFields(out);
    REQUIRE(reported.size() >= 150);
    CHECK(reported.size() < codes.size());   // it really was stopped in the middle

    Database db;
    db.open(path);
    WorkshopRepository repo(db.connection());
    QSet<QString> present;
    for (const AttendanceEntry &e : repo.attendees(id))
        present.insert(e.villageCode);
    for (const QString &code : reported)
        CHECK(present.contains(code));
    CHECK(repo.counts(id).present == present.size());
}

TEST_CASE("check-in screen: a code and Enter marks present, a second scan says already present", "[attendance][widget]")
{
    auto database = std::make_shared<Database>();
    database->open(TestSupport::demoDatabaseCopy(QStringLiteral("attendance-widget.sqlite")));
    WorkshopRepository repo(database->connection());
    const qint64 id = newWorkshop(repo);
    QUndoStack undo;
    ChangeWatcher watcher(database->connection());
    AppContext ctx{database, &undo, &watcher, QStringLiteral("meja-1")};

    CheckInPage page(ctx);
    page.setWorkshop(id);
    page.resize(1280, 800);
    page.show();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("checkInSearch"));
    auto *present = page.findChild<QLabel *>(QStringLiteral("presentCount"));
    auto *absent = page.findChild<QLabel *>(QStringLiteral("absentCount"));
    auto *message = page.findChild<QLabel *>(QStringLiteral("checkInMessage"));
    REQUIRE(search);
    REQUIRE(present);
    REQUIRE(absent);
    REQUIRE(message);
    CHECK(present->text() == QStringLiteral("0"));
    CHECK(absent->text() == QStringLiteral("413"));

    search->setFocus();
    typeAndEnter(search, QStringLiteral("1208302002"));
    CHECK(present->text() == QStringLiteral("1"));
    CHECK(absent->text() == QStringLiteral("412"));
    CHECK(search->text().isEmpty());   // ready for the next card
    CHECK(repo.entry(id, repo.findByCode(id, QStringLiteral("12.08.30.2002")).entry.cooperativeId).present);
    const QString afterFirst = message->text();

    typeAndEnter(search, QStringLiteral("1208302002"));
    CHECK(present->text() == QStringLiteral("1"));
    CHECK(message->text() != afterFirst);
    CHECK(message->text().contains(QStringLiteral("already present"), Qt::CaseInsensitive));
    CHECK(repo.history(id, repo.findByCode(id, QStringLiteral("12.08.30.2002")).entry.cooperativeId).size() == 1);

    // Another facilitator's mark (another connection) appears after the watcher notices it.
    {
        Database other;
        other.open(database->path());
        WorkshopRepository theirs(other.connection());
        const AttendanceEntry next = theirs.absentees(id).first();
        REQUIRE(theirs.markPresent(id, next.cooperativeId, QString(), QString(), QStringLiteral("meja-2")).status
                == MarkResult::Status::Marked);
    }
    CHECK(TestSupport::waitForChange(watcher));
    CHECK(present->text() == QStringLiteral("2"));
}

TEST_CASE("QR codes carry the village code the check-in screen reads", "[attendance][qr]")
{
    if (!QrCodeImage::isAvailable()) {
        WARN("built without libqrencode: no QR codes on the cards");
        return;
    }
    CHECK(QrCodeImage::payloadForVillage(QStringLiteral("12.08.30.2002")) == QStringLiteral("1208302002"));
    const QImage qr = QrCodeImage::fromText(QStringLiteral("1208302002"), 2);
    REQUIRE_FALSE(qr.isNull());
    CHECK(qr.width() == qr.height());
    // Version 1 (21 modules) plus a 4-module quiet zone each side, 2 px per module.
    CHECK(qr.width() == (21 + 8) * 2);
    CHECK(qr.pixelIndex(0, 0) == 0);           // quiet zone is white
    CHECK(qr.pixelIndex(4 * 2, 4 * 2) == 1);   // finder pattern corner is dark
}

TEST_CASE("outcome page: 360/53, accounts 266 -> 360 that day, absentees exported as CSV with BOM", "[attendance][widget]")
{
    const TestSupport::GuiContext gui(QStringLiteral("attendance-outcome.sqlite"));
    WorkshopRepository repo(gui.database->connection());
    WorkshopOutcomePage page(gui.context);
    page.setWorkshop(demoWorkshopId(repo));

    CHECK(page.headline() == QStringLiteral("360 present, 53 absent"));
    REQUIRE(page.report());
    const WorkshopReportData &o = page.report()->data();
    CHECK(page.report()->headline() == QStringLiteral("360 hadir, 53 tidak hadir"));
    CHECK(o.before.reachedCount(QStringLiteral("akun")) == 266);
    CHECK(o.after.reachedCount(QStringLiteral("akun")) == 360);
    CHECK(o.after.reachedCount(QStringLiteral("profil")) == 249);
    CHECK(o.after.reachedCount(QStringLiteral("gerai")) == 173);
    CHECK(o.after.reachedCount(QStringLiteral("kemitraan")) == 90);
    CHECK(page.report()->html().contains(QStringLiteral("0812-0000-")));

    const QString path = TestSupport::tempPath(QStringLiteral("absent.csv"));
    QString error;
    REQUIRE(page.exportAbsentees(path, &error));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 53);
    for (int i = 1; i < lines.size(); ++i) {
        CHECK(lines.at(i).startsWith(QStringLiteral("\"12.08.")));   // codes stay text, quoted
        CHECK(lines.at(i).contains(QStringLiteral("0812-0000-")));
    }
}
