#include "catch.h"
#include <QJsonDocument>
#include "support/testsupport.h"

#include "io/areasetup.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/milestonerepository.h"
#include "storage/progressrepository.h"
#include "io/regioncatalog.h"
#include "storage/settingsrepository.h"
#include "storage/sqlitedirect.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A small area (one kecamatan's worth is enough for storage tests): Kota Pematangsiantar, 12.72.
void setUpSmallArea(Database &db)
{
    AreaSetup::apply(db.connection(), TestSupport::catalog().area(QStringLiteral("12.72")), QStringLiteral("test"));
}
}   // namespace

TEST_CASE("an empty database migrates to the latest version with pragmas set", "[migrations][sqlite]")
{
    const QString path = TestSupport::tempPath(QStringLiteral("empty.sqlite"));
    Database db;
    db.open(path);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    // A new database needs no copy of its former self, and neither does one already up to date.
    CHECK(db.upgradeBackupPath().isEmpty());
    {
        Database again;
        again.open(path);
        CHECK(again.upgradeBackupPath().isEmpty());
    }
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("empty.schema-*")}).isEmpty());
    QSqlQuery q(db.connection().qt());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));   // every commit on disk: survives a power cut
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 1000);
    // The default milestone set is data.
    const auto milestones = MilestoneRepository(db.connection()).definitions();
    QStringList codes;
    for (const auto &m : milestones)
        codes << m.code;
    CHECK(codes == QStringList{QStringLiteral("musdesus"), QStringLiteral("badan_hukum"), QStringLiteral("akun"), QStringLiteral("profil"), QStringLiteral("gerai"), QStringLiteral("gerai_aktif"), QStringLiteral("kemitraan"), QStringLiteral("pembiayaan")});
}

TEST_CASE("every earlier schema version upgrades to the latest and keeps its data", "[migrations][sqlite]")
{
    const int latest = Database::latestSchemaVersion();
    for (int from = 1; from < latest; ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            const QString path = TestSupport::tempPath(QStringLiteral("upgrade-%1.sqlite").arg(from));
            QFile::remove(path);
            {
                Database db;
                db.openAtVersion(path, from);
                REQUIRE(db.schemaVersion() == from);
                setUpSmallArea(db);
                MilestoneRepository(db.connection()).mark({1}, QStringLiteral("akun"), QDate(2025, 10, 1), QString(), QStringLiteral("t"));
            }
            Database db;
            db.open(path);
            CHECK(db.schemaVersion() == latest);
            // The database as it was is kept beside it, untouched by the upgrade.
            const QString backup = TestSupport::tempPath(QStringLiteral("upgrade-%1.schema-%1-backup.sqlite").arg(from));
            CHECK(db.upgradeBackupPath() == backup);
            {
                Database before;
                before.openAtVersion(backup, from);   // opening at its own version changes nothing
                CHECK(before.schemaVersion() == from);
                CHECK(before.upgradeBackupPath().isEmpty());
                CHECK(CooperativeRepository(before.connection()).count() == 53);
            }
            CHECK(CooperativeRepository(db.connection()).count() == 53);
            const ProgressSummary summary = ProgressRepository(db.connection()).summary(QDate(2025, 10, 1));
            CHECK(summary.reachedCount(QStringLiteral("akun")) == 1);
            CHECK(summary.total == 53);   // the kecamatan tallies counted what was there before
        }
    }
    SUCCEED("all earlier versions upgraded");
}

TEST_CASE("a database from a newer version is refused and left untouched", "[migrations][sqlite]")
{
    const QString path = TestSupport::tempPath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        db.open(path);
        QSqlQuery q(db.connection().qt());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) VALUES (999, 'future', '2030-01-01')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    Database db;
    try {
        db.open(path);
        FAIL("a newer database was opened");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("999")));
    }
    CHECK_FALSE(db.isOpen());
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file that is not a database is refused and not overwritten", "[migrations][sqlite]")
{
    const QString path = TestSupport::tempPath(QStringLiteral("spreadsheet.xlsx"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 not a database");
    f.close();
    const QByteArray before = fileHash(path);
    Database db;
    CHECK_THROWS_AS(db.open(path), StorageError);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a failing migration step rolls back completely", "[migrations]")
{
    const QString path = TestSupport::newDatabase(QStringLiteral("rollback.sqlite"));
    Database db;
    db.open(path);
    setUpSmallArea(db);
    const int latest = Database::latestSchemaVersion();
    const QStringList tablesBefore = db.engine().tables(db.connection().qt());
    const int cooperativesBefore = Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM cooperative"), {}, QString()).toInt();

    // The app's own steps, then a new one that creates a table, changes rows and then fails.
    QTemporaryDir folder;
    for (const Migrator::Step &step : Migrator::steps(db.engine().migrationFolder()))
        REQUIRE(QFile::copy(step.resourcePath, QDir(folder.path()).filePath(QFileInfo(step.resourcePath).fileName())));
    QFile broken(QDir(folder.path()).filePath(QStringLiteral("%1_broken.sql").arg(latest + 1, 3, 10, QLatin1Char('0'))));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("CREATE TABLE half_done (x INTEGER);\n"
                 "DELETE FROM cooperative;\n"
                 "CREATE TABLE broken (;\n");
    broken.close();

    Migrator migrator(db.connection(), folder.path());
    CHECK_THROWS_AS(migrator.migrate(), StorageError);
    CHECK(db.engine().tables(db.connection().qt()) == tablesBefore);
    CHECK(Migrator(db.connection()).currentVersion() == latest);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM cooperative"), {}, QString()).toInt() == cooperativesBefore);
    CHECK(cooperativesBefore > 0);
}

TEST_CASE("a new database whose set-up fails at its last step keeps no step at all", "[migrations]")
{
    // All steps are one transaction: a set-up that fails (or is killed) midway never leaves a
    // database between two versions, which every later open would take for an old one to upgrade.
    Database db;
    db.open(TestSupport::newDatabase(QStringLiteral("first-setup.sqlite")));
    QTemporaryDir folder;
    const auto steps = Migrator::steps(db.engine().migrationFolder());
    REQUIRE(steps.size() > 2);
    for (const Migrator::Step &step : steps)
        REQUIRE(QFile::copy(step.resourcePath, QDir(folder.path()).filePath(QFileInfo(step.resourcePath).fileName())));
    QFile broken(QDir(folder.path()).filePath(QStringLiteral("%1_broken.sql").arg(steps.last().version + 1, 3, 10, QLatin1Char('0'))));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("CREATE TABLE broken (;\n");
    broken.close();

    // An empty database (the schema of a server database, a new file) set up from scratch.
    const Connection c = db.connection();
    QSqlQuery q(c.qt());   // DDL is not prepared on PostgreSQL: executed as plain text
    if (db.isServer()) {
        REQUIRE(q.exec(QStringLiteral("DROP SCHEMA pantau CASCADE")));
        REQUIRE(q.exec(QStringLiteral("CREATE SCHEMA pantau")));
    } else {
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        for (const QString &table : db.engine().tables(c.qt()))
            REQUIRE(q.exec(QStringLiteral("DROP TABLE %1").arg(table)));
    }
    REQUIRE(db.engine().tables(c.qt()).isEmpty());
    CHECK_THROWS_AS(Migrator(c, folder.path()).migrate(), StorageError);
    CHECK(db.engine().tables(c.qt()).isEmpty());
    CHECK(Migrator(c).currentVersion() == 0);
}

TEST_CASE("marking many never re-dates a milestone already reached: earlier figures stay as they were", "[milestones]")
{
    const QString path = TestSupport::newDatabase(QStringLiteral("mark-many.sqlite"));
    Database db;
    db.open(path);
    setUpSmallArea(db);
    MilestoneRepository milestones(db.connection());
    ProgressRepository progress(db.connection());
    const QString akun = QStringLiteral("akun");
    REQUIRE(milestones.mark({1, 2}, akun, QDate(2025, 9, 1), QString(), QStringLiteral("ani")).size() == 2);
    const auto figuresUpTo = [&](const QDate &last) {
        QByteArray all;
        for (QDate d(2025, 8, 30); d <= last; d = d.addDays(1))
            all += QJsonDocument(progress.summary(d).toJson()).toJson();
        return all;
    };
    const QByteArray before = figuresUpTo(QDate(2025, 10, 9));
    CHECK(milestones.reachedCount({1, 2, 3, 4}, akun) == 2);
    // Four selected, two of them reached on 1 September: only the other two are marked.
    const auto changed = milestones.mark({1, 2, 3, 4}, akun, QDate(2025, 10, 10), QString(), QStringLiteral("budi"));
    REQUIRE(changed.size() == 2);
    CHECK(changed.at(0).cooperativeId == 3);
    CHECK(changed.at(1).cooperativeId == 4);
    for (const MilestoneMark &m : milestones.currentMarks({1, 2}, akun))
        CHECK(m.reachedOn == QDate(2025, 9, 1));
    CHECK(figuresUpTo(QDate(2025, 10, 9)) == before);
    CHECK(progress.summary(QDate(2025, 10, 10)).reachedCount(akun) == 4);
    // A wrong date is corrected only on purpose.
    CHECK(milestones.redate({1, 5}, akun, QDate(2025, 9, 2), QString(), QStringLiteral("budi")).size() == 1);
    CHECK(milestones.currentMarks({1}, akun).first().reachedOn == QDate(2025, 9, 2));
}

TEST_CASE("marking, un-marking and restoring milestones keep the whole history", "[milestones]")
{
    const QString path = TestSupport::newDatabase(QStringLiteral("marks.sqlite"));
    Database db;
    db.open(path);
    setUpSmallArea(db);
    MilestoneRepository milestones(db.connection());
    ProgressRepository progress(db.connection());
    const QString akun = QStringLiteral("akun");

    auto previous = milestones.mark({1, 2, 3}, akun, QDate(2025, 10, 3), QStringLiteral("workshop"), QStringLiteral("ani"));
    CHECK(previous.size() == 3);
    CHECK(progress.summary(QDate(2025, 10, 3)).reachedCount(akun) == 3);
    CHECK(progress.summary(QDate(2025, 10, 2)).reachedCount(akun) == 0);

    // Marking again with the same date changes nothing.
    CHECK(milestones.mark({1}, akun, QDate(2025, 10, 3), QString(), QStringLiteral("ani")).isEmpty());

    const auto unmarked = milestones.unmark({2}, akun, QStringLiteral("entered by mistake"), QStringLiteral("budi"));
    REQUIRE(unmarked.size() == 1);
    CHECK(unmarked.first().reachedOn == QDate(2025, 10, 3));
    CHECK(progress.summary(QDate(2025, 10, 3)).reachedCount(akun) == 2);

    const auto history = milestones.history(2);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).action == MilestoneEvent::Action::Reach);
    CHECK_FALSE(history.at(0).current);
    CHECK(history.at(1).action == MilestoneEvent::Action::Unreach);
    CHECK(history.at(1).recordedBy == QStringLiteral("budi"));
    CHECK(history.at(1).note == QStringLiteral("entered by mistake"));

    // Undo of the un-mark puts the original date back, as a new event.
    milestones.restore(unmarked, QStringLiteral("undo"), QStringLiteral("budi"));
    CHECK(progress.summary(QDate(2025, 10, 3)).reachedCount(akun) == 3);
    CHECK(milestones.history(2).size() == 3);

    // Undo of the first mark returns those cooperatives to "not reached".
    milestones.restore(previous, QStringLiteral("undo"), QStringLiteral("ani"));
    CHECK(progress.summary(QDate::currentDate()).reachedCount(akun) == 0);

    CHECK_THROWS_AS(milestones.mark({1}, akun, QDate::currentDate().addDays(1), QString(), QStringLiteral("ani")), StorageError);
}

TEST_CASE("milestones can be added, renamed, reordered and retired", "[milestones]")
{
    Database db;
    db.open(TestSupport::newDatabase(QStringLiteral("admin.sqlite")));
    MilestoneRepository repo(db.connection());
    repo.addDefinition({QStringLiteral("verifikasi_lahan"), QStringLiteral("Verifikasi lahan"), QStringLiteral("lahan terverifikasi"),
                        QStringLiteral("lahannya telah diverifikasi"), 0, false});
    CHECK(repo.definitions().last().code == QStringLiteral("verifikasi_lahan"));
    CHECK_THROWS_AS(repo.addDefinition({QStringLiteral("akun"), QStringLiteral("x"), {}, {}, 0, false}), StorageError);
    CHECK_THROWS_AS(repo.addDefinition({QStringLiteral("Bad Code"), QStringLiteral("x"), {}, {}, 0, false}), StorageError);

    auto defs = repo.definitions();
    MilestoneDefinition renamed = defs.first();
    renamed.name = QStringLiteral("Musyawarah Desa Khusus");
    repo.updateDefinition(renamed);
    CHECK(repo.definitions().first().name == QStringLiteral("Musyawarah Desa Khusus"));

    QStringList order;
    for (const auto &d : defs)
        order.prepend(d.code);
    repo.setOrder(order);
    CHECK(repo.definitions().first().code == QStringLiteral("verifikasi_lahan"));

    repo.setRetired(QStringLiteral("verifikasi_lahan"), true);
    CHECK(repo.definitions().first().code == QStringLiteral("pembiayaan"));
    CHECK(repo.definitions(true).size() == 9);
}

namespace {
QStringList describe(const QVector<MilestoneDefinition> &defs)
{
    QStringList out;
    for (const MilestoneDefinition &d : defs)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6").arg(d.code, d.name, d.label, d.phrase).arg(d.position).arg(d.retired);
    return out;
}
}   // namespace

TEST_CASE("the milestone list can be put back as it was, unless dates were recorded for a new one", "[milestones]")
{
    Database db;
    db.open(TestSupport::newDatabase(QStringLiteral("admin-restore.sqlite")));
    setUpSmallArea(db);
    MilestoneRepository repo(db.connection());
    const QVector<MilestoneDefinition> before = repo.definitions(true);

    repo.addDefinition({QStringLiteral("verifikasi_lahan"), QStringLiteral("Verifikasi lahan"), {}, {}, 0, false});
    MilestoneDefinition renamed = before.first();
    renamed.name = QStringLiteral("Musyawarah Desa Khusus");
    repo.updateDefinition(renamed);
    QStringList order;
    for (const MilestoneDefinition &d : repo.definitions(true))
        order.prepend(d.code);
    repo.setOrder(order);
    repo.setRetired(QStringLiteral("akun"), true);
    const QVector<MilestoneDefinition> after = repo.definitions(true);
    REQUIRE(describe(after) != describe(before));

    repo.restoreDefinitions(before);
    CHECK(describe(repo.definitions(true)) == describe(before));
    repo.restoreDefinitions(after);
    CHECK(describe(repo.definitions(true)) == describe(after));

    // Once a date is recorded for the new milestone, taking it away is refused and nothing changes.
    repo.mark({1}, QStringLiteral("verifikasi_lahan"), QDate(2025, 10, 1), QString(), QStringLiteral("t"));
    CHECK_THROWS_AS(repo.restoreDefinitions(before), StorageError);
    CHECK(describe(repo.definitions(true)) == describe(after));
}

TEST_CASE("cooperatives read the same through SQLite's C API and through Qt's driver", "[cooperatives][sqlite]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("storage-engines.sqlite")));
    if (!TestSupport::sqliteDirectExpected(db.connection()))
        return;
    const CooperativeRepository repo(db.connection());
    const QVector<qint64> ids = repo.findIds(RegistryQuery());
    REQUIRE(ids.size() == 413);
    const auto describe = [&] {
        QStringList out;
        for (const RegistryRow &r : repo.loadRows(ids)) {
            const Cooperative &c = r.cooperative;
            QStringList dates;
            for (auto it = r.reached.cbegin(); it != r.reached.cend(); ++it)
                dates << it.key() + QLatin1Char('=') + it.value().toString(Qt::ISODate);
            dates.sort();
            out << QStringList{QString::number(c.id), c.villageCode, c.villageName, c.villageKind, c.districtName, c.name,
                               c.legalNumber, c.legalDate.toString(Qt::ISODate), c.chairName, c.chairPhone,
                               QString::number(c.memberCount), c.updatedAt.toString(Qt::ISODateWithMs), c.updatedBy,
                               QString::number(c.demo), dates.join(QLatin1Char(','))}
                       .join(QLatin1Char('|'));
        }
        return out;
    };
    const QStringList direct = describe();
    SqliteDirect::setEnabled(false);
    const QStringList portable = describe();
    const Cooperative one = repo.get(ids.at(7));
    SqliteDirect::setEnabled(true);
    CHECK(portable == direct);
    CHECK(one.sameEditableFields(repo.get(ids.at(7))));
    CHECK(one.legalDate.isValid());
}

TEST_CASE("the upgrade to one phone form rewrites every typed form of a number, and nothing else", "[migrations][phones]")
{
    Database db;
    db.open(TestSupport::newDatabase(QStringLiteral("phones.sqlite")));
    setUpSmallArea(db);
    // Numbers as earlier versions stored them: as typed.
    const struct
    {
        const char *column;
        const char *typed;
        const char *stored;
    } cases[] = {
        {"chair_phone", "+62 812-3456-7890", "081234567890"},
        {"secretary_phone", "62812 3456 789", "08123456789"},
        {"treasurer_phone", "(0622) 21.345", "062221345"},
        {"phone", "0812-0000-0001", "081200000001"},
        {"chair_phone", "tanya kepala desa", "tanya kepala desa"},
        {"phone", "12345", "12345"},
        {"secretary_phone", "", ""},
    };
    const Connection c = db.connection();
    const QVector<qint64> ids = CooperativeRepository(c).findIds(RegistryQuery());
    REQUIRE(ids.size() >= int(std::size(cases)));
    for (int i = 0; i < int(std::size(cases)); ++i)
        Sql::run(c, QStringLiteral("UPDATE cooperative SET %1 = ? WHERE id = ?").arg(QLatin1String(cases[i].column)),
                 {QString::fromUtf8(cases[i].typed), ids.at(i)}, QStringLiteral("test"));
    // The step of this version, run once more on these rows.
    QTemporaryDir folder;
    const auto steps = Migrator::steps(db.engine().migrationFolder());
    for (const Migrator::Step &step : steps)
        REQUIRE(QFile::copy(step.resourcePath, QDir(folder.path()).filePath(QFileInfo(step.resourcePath).fileName())));
    const auto phoneStep = std::find_if(steps.cbegin(), steps.cend(), [](const Migrator::Step &s) { return s.name.contains(QLatin1String("phone")); });
    REQUIRE(phoneStep != steps.cend());
    REQUIRE(QFile::copy(phoneStep->resourcePath,
                        QDir(folder.path()).filePath(QStringLiteral("%1_again.sql").arg(steps.last().version + 1, 3, 10, QLatin1Char('0')))));
    Migrator(c, folder.path()).migrate();
    for (int i = 0; i < int(std::size(cases)); ++i) {
        INFO(cases[i].typed);
        CHECK(Sql::scalar(c, QStringLiteral("SELECT %1 FROM cooperative WHERE id = ?").arg(QLatin1String(cases[i].column)), {ids.at(i)}, QString())
                  .toString()
              == QString::fromUtf8(cases[i].stored));
    }
}

TEST_CASE("cooperatives: one per village, edits recorded field by field", "[cooperatives]")
{
    Database db;
    db.open(TestSupport::newDatabase(QStringLiteral("coops.sqlite")));
    setUpSmallArea(db);
    CooperativeRepository coops(db.connection());
    const int count = coops.count();
    Cooperative second;
    second.villageCode = coops.get(1).villageCode;
    second.name = QStringLiteral("Koperasi tandingan");
    second.kind = QStringLiteral("KDMP");
    CHECK_THROWS_AS(coops.add(second, QStringLiteral("t")), StorageError);
    CHECK(coops.count() == count);

    // Setting the area up again creates nothing twice.
    setUpSmallArea(db);
    CHECK(coops.count() == count);

    Cooperative c = coops.get(1);
    c.chairName = QStringLiteral("Togar Purba");
    c.chairPhone = QStringLiteral("0812-1111-2222");
    coops.update(c, QStringLiteral("ani"));
    const auto changes = coops.changes(1);
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0).field == QStringLiteral("chair_name"));
    CHECK(changes.at(0).newValue == QStringLiteral("Togar Purba"));
    CHECK(changes.at(0).changedBy == QStringLiteral("ani"));

    RegistryQuery q;
    q.search = QStringLiteral("togar");
    CHECK(coops.findIds(q) == QVector<qint64>{1});
    q.search = QStringLiteral("100%_");   // LIKE wildcards are matched literally
    CHECK(coops.findIds(q).isEmpty());
}

namespace {
// Overwrites `count` bytes in the middle of the file (a failing sector, a copy cut short).
void damageMiddle(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 40 * 4096);
    for (const double at : {0.35, 0.5, 0.65}) {
        f.seek(qint64(size * at) / 4096 * 4096);
        f.write(QByteArray(4096, char(0xA5)));
    }
}

TestSupport::ProcessResult cli(const QStringList &args)
{
    return TestSupport::runApp(args);
}
}   // namespace

TEST_CASE("a damaged database opens read-only with a plain warning and refuses writes", "[open][damaged][sqlite]")
{
    const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("damaged.sqlite"));
    damageMiddle(path);
    const QByteArray before = fileHash(path);
    {
        Database db;
        db.open(path, Database::OpenMode::ReadWrite);
        CHECK(db.isDamaged());
        CHECK(db.isReadOnly());
        CHECK(db.warning().contains(QLatin1String("damaged")));
        CHECK(db.warning().contains(QLatin1String("backup")));
        try {
            Transaction tx(db.connection(), QStringLiteral("Saving"));
            Sql::run(db.connection(), QStringLiteral("UPDATE setting SET value = value"), {}, QStringLiteral("Saving"));
            tx.commit();
            FAIL("a write to a damaged database went through");
        } catch (const StorageError &e) {
            CHECK(e.message().contains(QLatin1String("read-only")));
            CHECK(!e.message().contains(QLatin1String("malformed")));
        }
        try {
            Sql::run(db.connection(), QStringLiteral("UPDATE setting SET value = value"), {}, QStringLiteral("Saving"));
            FAIL("a write to a damaged database went through");
        } catch (const StorageError &e) {
            CHECK((e.message().contains(QLatin1String("read-only")) || e.message().contains(QLatin1String("damaged"))));
            CHECK(!e.message().contains(QLatin1String("malformed")));
        }
    }
    CHECK(fileHash(path) == before);

    const auto summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), path});
    CHECK(QString::fromUtf8(summary.err).contains(QLatin1String("rusak")));
    QString absentCode;
    {
        Database db;
        db.open(TestSupport::demoDatabaseCopy(QStringLiteral("undamaged.sqlite")), Database::OpenMode::ReadOnly);
        absentCode = WorkshopRepository(db.connection()).absentees(1).first().villageCode;
    }
    const auto mark = cli({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path, QStringLiteral("--workshop"),
                           QStringLiteral("1"), QStringLiteral("--code"), absentCode});
    INFO(mark.out.toStdString() << mark.err.toStdString());
    CHECK(mark.exitCode != 0);
    CHECK(!QString::fromUtf8(mark.err).contains(QLatin1String("malformed")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("another program's SQLite file is refused and left unchanged byte for byte", "[open][foreign][sqlite]")
{
    const QString path = TestSupport::tempPath(QStringLiteral("foreign.sqlite"));
    QFile::remove(path);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO invoices (amount) VALUES (12.5)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(path);
    for (const QStringList &args : {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--workshop"), QStringLiteral("1")},
                                    QStringList{QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--code"), QStringLiteral("1")}}) {
        const auto r = cli(args + QStringList{QStringLiteral("--db"), path});
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(QString::fromUtf8(r.err).contains(QLatin1String("milik program lain")));   // "another program's"
    }
    for (const auto mode : {Database::OpenMode::ReadOnly, Database::OpenMode::ReadWrite, Database::OpenMode::Create}) {
        Database db;
        CHECK_THROWS_AS(db.open(path, mode), StorageError);
    }
    CHECK(fileHash(path) == before);
    CHECK(!QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("read-only commands never create or fill a file", "[open][empty][sqlite]")
{
    const QString empty = TestSupport::tempPath(QStringLiteral("empty-file.sqlite"));
    QFile::remove(empty);
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QString missing = TestSupport::tempPath(QStringLiteral("missing.sqlite"));
    QFile::remove(missing);
    const QString out = TestSupport::tempPath(QStringLiteral("from-empty.pdf"));
    for (const QString &path : {empty, missing}) {
        for (const QStringList &args :
             {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("report"), QStringLiteral("--out"), out},
              QStringList{QStringLiteral("export"), QStringLiteral("--out"), out + QStringLiteral(".csv")},
              QStringList{QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--workshop"), QStringLiteral("1")}}) {
            const auto r = cli(args + QStringList{QStringLiteral("--db"), path});
            INFO(path.toStdString() << " " << args.join(QLatin1Char(' ')).toStdString());
            CHECK(r.exitCode != 0);
        }
    }
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(!QFileInfo::exists(missing));
    CHECK(!QFileInfo::exists(out));
    for (const auto mode : {Database::OpenMode::ReadOnly, Database::OpenMode::ReadWrite}) {
        Database db;
        CHECK_THROWS_AS(db.open(empty, mode), StorageError);
        CHECK_THROWS_AS(db.open(missing, mode), StorageError);
    }
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(!QFileInfo::exists(missing));
    // The commands that create may.
    Database created;
    created.open(empty, Database::OpenMode::Create);
    CHECK(created.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a read-only open of this app's database changes nothing", "[open][readonly][sqlite]")
{
    const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("readonly.sqlite"));
    const QByteArray before = fileHash(path);
    {
        Database db;
        db.open(path, Database::OpenMode::ReadOnly);
        CHECK(db.isReadOnly());
        CHECK(!db.isDamaged());
        CHECK(db.warning().isEmpty());
        CHECK(CooperativeRepository(db.connection()).count() == 413);
        CHECK_THROWS_AS(Transaction(db.connection(), QStringLiteral("Saving")), StorageError);
    }
    CHECK(cli({QStringLiteral("summary"), QStringLiteral("--db"), path}).exitCode == 0);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a save cut off in rollback-journal mode: readers say so without calling the file damaged, the next writer rolls it back", "[open][journal][sqlite]")
{
    // What a kill during a write leaves in rollback-journal mode (every backup is in that mode):
    // the file with some pages of the unfinished transaction, and its hot -journal beside it.
    const QString source = TestSupport::demoDatabaseCopy(QStringLiteral("hot-journal-source.sqlite"));
    const QString path = TestSupport::tempPath(QStringLiteral("hot-journal.sqlite"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QString committed;
    {
        Database db;
        db.open(source, Database::OpenMode::ReadWrite);
        committed = CooperativeRepository(db.connection()).get(1).notes;
    }
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hot-journal-writer"));
        writer.setDatabaseName(source);
        REQUIRE(writer.open());
        QSqlQuery q(writer);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size = 2")));   // spill the change into the file before the commit
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        REQUIRE(q.exec(QStringLiteral("UPDATE cooperative SET notes = notes || '-unfinished-unfinished-unfinished'")));
        REQUIRE(q.exec(QStringLiteral("UPDATE milestone_event SET note = 'unfinished'")));
        // The state a kill leaves: both files as they are now, without the writer's locks.
        REQUIRE(QFile::copy(source, path));
        REQUIRE(QFile::copy(source + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        q.exec(QStringLiteral("ROLLBACK"));
        q = QSqlQuery();
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hot-journal-writer"));
    REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    const QByteArray leftBehind = fileHash(path);

    // A command that only reads: a plain sentence, not "damaged", and the files stay as they are.
    QProcessEnvironment english;
    english.insert(QStringLiteral("PANTAU_KOPDES_LANG"), QStringLiteral("en"));
    const auto summary = TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--db"), path}, 120000, english);
    const QString said = QString::fromUtf8(summary.err + summary.out);
    INFO(said.toStdString());
    CHECK(summary.exitCode != 0);
    CHECK(said.contains(QStringLiteral("was cut off")));
    CHECK(said.contains(QStringLiteral("nothing saved earlier is lost")));
    CHECK_FALSE(said.contains(QStringLiteral("damaged")));
    CHECK(fileHash(path) == leftBehind);
    CHECK(QFile::exists(path + QStringLiteral("-journal")));

    // The next writer (the app opening it) rolls the unfinished save back: the committed state, healthy.
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    CHECK_FALSE(db.isDamaged());
    CHECK(db.warning().isEmpty());
    CHECK(CooperativeRepository(db.connection()).get(1).notes == committed);
    CHECK(CooperativeRepository(db.connection()).count() == 413);
}

TEST_CASE("errors become plain sentences by each engine's own codes, never by their text", "[errors]")
{
    using P = StorageError::Problem;
    const auto sqlite = [](const char *code) { return SqlEngine::sqlite().classify(QSqlError(QString(), QStringLiteral("some text"), QSqlError::StatementError, QString::fromLatin1(code))); };
    const auto postgres = [](const char *code) { return SqlEngine::postgres().classify(QSqlError(QString(), QStringLiteral("some text"), QSqlError::StatementError, QString::fromLatin1(code))); };
    CHECK(sqlite("13") == P::DiskFull);
    CHECK(sqlite("11") == P::Damaged);
    CHECK(sqlite("10") == P::IoError);
    CHECK(sqlite("5") == P::Busy);
    CHECK(sqlite("2067") == P::Duplicate);   // SQLITE_CONSTRAINT_UNIQUE
    CHECK(sqlite("787") == P::Constraint);   // SQLITE_CONSTRAINT_FOREIGNKEY
    CHECK(postgres("23505") == P::Duplicate);
    CHECK(postgres("23503") == P::Constraint);
    CHECK(postgres("40001") == P::Busy);
    CHECK(postgres("55P03") == P::Busy);
    CHECK(postgres("53100") == P::DiskFull);
    CHECK(postgres("57P01") == P::ConnectionLost);
    CHECK(postgres("08006") == P::ConnectionLost);
    CHECK(postgres("25006") == P::ReadOnly);
    CHECK(StorageError::messageFor(P::DiskFull, QStringLiteral("Saving")).contains(QLatin1String("disk is full")));
    CHECK(StorageError::messageFor(P::Damaged, QStringLiteral("Saving")).contains(QLatin1String("damaged")));
    CHECK(StorageError::messageFor(P::Busy, QStringLiteral("Saving")).contains(QLatin1String("busy")));
    CHECK(StorageError::messageFor(P::ConnectionLost, QStringLiteral("Saving")).contains(QLatin1String("reconnects")));
}

TEST_CASE("nothing above the storage layer touches Qt's SQL classes", "[layers]")
{
    // The one seam between the app and its two database engines: code outside app/storage passes
    // a Connection along and asks repositories; SQL and QSqlDatabase/QSqlQuery stay in storage.
    const QDir source(QStringLiteral(PK_SOURCE_DIR));
    int files = 0;
    for (const QString &folder : {QStringLiteral("app/core"), QStringLiteral("app/io"), QStringLiteral("app/report"),
                                  QStringLiteral("app/cli"), QStringLiteral("app/models"), QStringLiteral("app/import"),
                                  QStringLiteral("app/importer"), QStringLiteral("ui"), QStringLiteral("tests/bench")}) {
        QDirIterator it(source.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++files;
            INFO(f.fileName().toStdString());
            CHECK_FALSE(text.contains(QLatin1String("QSqlDatabase")));
            CHECK_FALSE(text.contains(QLatin1String("QSqlQuery")));
            CHECK_FALSE(text.contains(QLatin1String(".qt()")));
        }
    }
    CHECK(files > 100);
}
