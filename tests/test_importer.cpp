#include "catch.h"
#include "support/testsupport.h"
#include "support/importchecks.h"
#include "import/spreadsheetreader.h"
#include "support/dialogsteps.h"

#include "io/areasetup.h"
#include "storage/cooperativerepository.h"
#include "io/regioncatalog.h"
#include "storage/database.h"
#include "import/importdialog.h"
#include "importer/importer.h"
#include "import/importhistorydialog.h"
#include "shell/mainwindow.h"
#include "models/registrymodel.h"
#include "registry/registrypage.h"
#include "import/importerror.h"
#include "importer/importplanner.h"
#include "storage/importrepository.h"
#include "storage/milestonerepository.h"
#include "report/spreadsheetexport.h"
#include "storage/registryquery.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QComboBox>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QApplication>
#include <QDragEnterEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlQuery>


// The applying half of the import: the corpus of real-looking files against the Simalungun demo
// database, all-or-nothing, undo, the counts tables, the command line and the remembered mapping.
using ImportChecks::checkCountsMatchEvents;
using ImportChecks::checksum;
using ImportChecks::writeFile;

namespace {

Importer::Options optionsFor(const QString &actor = QStringLiteral("tester"))
{
    Importer::Options o;
    o.actor = actor;
    o.reachedOnHint = QStringLiteral("--reached-on");
    return o;
}

ImportOutcome importFile(Database &db, const QString &path, const Importer::Options &options)
{
    const ImportSource source = Importer::read(db.connection(), path);
    try {
        return Importer::apply(db.connection(), source, source.mapping, options);
    } catch (const StorageError &e) {
        FAIL_CHECK(e.message().toStdString() << " / " << e.technical().toStdString());   // the driver's words, to find the fault
        throw;
    }
}

QString field(const Connection &db, const QString &villageCode, const QString &column)
{
    return Sql::scalar(db, QStringLiteral("SELECT %1 FROM cooperative WHERE village_code = ?").arg(column), {villageCode},
                       QStringLiteral("test"))
        .toString();
}

QDate reached(const Connection &db, const QString &villageCode, const QString &milestone)
{
    return QDate::fromString(Sql::scalar(db, QStringLiteral("SELECT e.reached_on FROM milestone_event e JOIN cooperative c ON c.id = e.cooperative_id "
                                                            "WHERE c.village_code = ? AND e.milestone_code = ? AND e.current = 1"),
                                         {villageCode, milestone}, QStringLiteral("test"))
                                 .toString(),
                             Qt::ISODate);
}

TestSupport::ProcessResult runEnglish(const QStringList &args)
{
    QProcessEnvironment english;
    english.insert(QStringLiteral("PANTAU_KOPDES_LANG"), QStringLiteral("en"));
    return TestSupport::runApp(args, 300000, english);
}

}   // namespace

TEST_CASE("a generated file imports, and its undo gives back the database as it was", "[importer][undo]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("importer-undo.sqlite")), Database::OpenMode::ReadWrite);
    const Connection c = db.connection();
    const QByteArray before = checksum(c, false);
    // SQLite: the counting triggers, set aside while the import writes its events, are back as they were.
    const bool sqlite = c.engine().kind() == SqlEngine::Kind::Sqlite;
    const QString triggersSql = QStringLiteral("SELECT group_concat(name || ':' || sql, ';') FROM (SELECT name, sql FROM sqlite_master "
                                               "WHERE type = 'trigger' ORDER BY name)");
    const QString triggersBefore = sqlite ? Sql::scalar(c, triggersSql, {}, QStringLiteral("test")).toString() : QString();
    if (sqlite)
        CHECK(triggersBefore.count(QStringLiteral("progress_event_")) >= 4);
    const QString path = writeFile(QStringLiteral("undo.csv"),
                                   "Kode Desa;Nama Ketua;No HP;Tanggal Aktivasi;Tanggal Musdesus\n"
                                   "12.08.30.2002;Hotman Sinaga Baru;0813-7022-3456;04/10/2025;21/06/2025\n"
                                   "12.08.30.2004;Jhon Purba;0852-7644-5678;05/10/2025;\n");
    const ImportOutcome out = importFile(db, path, optionsFor());
    INFO(Importer::summaryText(out).toStdString());
    REQUIRE(out.applied());
    CHECK(out.plan.changed == 2);
    CHECK(field(c, QStringLiteral("12.08.30.2002"), QStringLiteral("chair_name")) == QLatin1String("Hotman Sinaga Baru"));
    CHECK(field(c, QStringLiteral("12.08.30.2004"), QStringLiteral("chair_phone")) == QLatin1String("085276445678"));
    CHECK(reached(c, QStringLiteral("12.08.30.2004"), QStringLiteral("akun")) == QDate(2025, 10, 5));
    CHECK(field(c, QStringLiteral("12.08.30.2002"), QStringLiteral("search_text")).contains(QLatin1String("hotman sinaga baru")));
    checkCountsMatchEvents(c);
    if (sqlite)
        CHECK(Sql::scalar(c, triggersSql, {}, QStringLiteral("test")).toString() == triggersBefore);
    CHECK(checksum(c, false) != before);

    Importer::undo(c, out.importId, QStringLiteral("tester"));
    CHECK(checksum(c, false) == before);
    checkCountsMatchEvents(c);
    const QVector<ImportRecord> history = ImportRepository(c).history();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).kind == QLatin1String("undo"));
    CHECK(history.at(0).undoesId == out.importId);
    CHECK(history.at(1).undoneById == history.at(0).id);
    // Twice is refused.
    CHECK_THROWS_AS(Importer::undo(c, out.importId, QStringLiteral("tester")), StorageError);
}

namespace {
struct Expected
{
    QString file;
    QString sheet;
    QString options;
    bool accepted = false;
    int rows = 0, changed = 0, unchanged = 0, rejected = 0, conflicts = 0;
    QList<int> problemRows;
    bool fileProblem = false;
};

QVector<Expected> expectations()
{
    QFile f(QStringLiteral(PK_IMPORTER_EXPECTED));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QVector<Expected> out;
    for (const QByteArray &rawLine : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList c = line.split(QLatin1Char('\t'));
        REQUIRE(c.size() == 11);
        Expected e;
        e.file = c.at(0);
        e.sheet = c.at(1);
        e.options = c.at(2);
        e.accepted = c.at(3) == QLatin1String("1");
        e.rows = c.at(4).toInt();
        e.changed = c.at(5).toInt();
        e.unchanged = c.at(6).toInt();
        e.rejected = c.at(7).toInt();
        e.conflicts = c.at(8).toInt();
        for (const QString &r : c.at(9).split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.problemRows << r.toInt();
        e.fileProblem = c.at(10) == QLatin1String("1");
        out.append(e);
    }
    return out;
}

Importer::Options parseOptions(const QString &text)
{
    Importer::Options o = optionsFor();
    for (const QString &word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("skip"))
            o.skipBadRows = true;
        else if (word == QLatin1String("withdraw"))
            o.allowWithdraw = true;
        else if (word.startsWith(QLatin1String("reached=")))
            o.reachedOn = QDate::fromString(word.mid(8), Qt::ISODate);
    }
    return o;
}

QStringList cliOptions(const QString &text)
{
    QStringList args;
    for (const QString &word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("skip"))
            args << QStringLiteral("--skip-bad-rows");
        else if (word == QLatin1String("withdraw"))
            args << QStringLiteral("--allow-withdraw");
        else if (word.startsWith(QLatin1String("reached=")))
            args << QStringLiteral("--reached-on") << word.mid(8);
    }
    return args;
}

QString corpusFile(const QString &name)
{
    return QDir(QStringLiteral(PK_IMPORT_CORPUS)).filePath(name);
}

// The outcome of a file through the same steps as the dialog: read, check, apply with the
// fingerprint of the check.
ImportOutcome throughDialogCore(Database &db, const Expected &e, const Importer::Options &options)
{
    ImportSource source;
    try {
        source = Importer::read(db.connection(), corpusFile(e.file), e.sheet);
    } catch (const ImportError &error) {
        ImportOutcome out;
        out.plan.fileName = e.file;
        out.plan.problems.append({ImportProblem::Kind::File, 0, QString(), error.message()});
        return out;
    }
    const ImportPlan preview = Importer::check(db.connection(), source, source.mapping, options);
    if (!preview.accepted()) {
        ImportOutcome out;
        out.plan = preview;
        return out;
    }
    return Importer::apply(db.connection(), source, source.mapping, options, preview.fingerprint());
}
}   // namespace

TEST_CASE("every file of the corpus has its expected outcome; a rejected one leaves the database exactly as it was", "[importer][corpus]")
{
    const QVector<Expected> all = expectations();
    REQUIRE(all.size() > 50);
    // Every corpus file has at least one expectation.
    QFile manifest(corpusFile(QStringLiteral("corpus.tsv")));
    REQUIRE(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    for (const QByteArray &line : manifest.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString name = QString::fromUtf8(line.split('\t').first());
        bool found = false;
        for (const Expected &e : all)
            found = found || e.file == name;
        INFO(name.toStdString());
        CHECK(found);
    }
    const QString master = TestSupport::demoDatabaseCopy(QStringLiteral("corpus-master.sqlite"));
    int n = 0;
    for (const Expected &e : all) {
        INFO(e.file.toStdString() << " sheet '" << e.sheet.toStdString() << "' options " << e.options.toStdString());
        const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("corpus-%1.sqlite").arg(n++));
        Database db;
        db.open(path, Database::OpenMode::ReadWrite);
        const Connection c = db.connection();
        const QByteArray before = checksum(c);
        const QByteArray beforeState = checksum(c, false);
        const ImportOutcome out = throughDialogCore(db, e, parseOptions(e.options));
        INFO(Importer::summaryText(out).toStdString());
        CHECK(out.plan.accepted() == e.accepted);
        CHECK(out.applied() == e.accepted);
        CHECK(out.plan.rowCount() == e.rows);
        CHECK(out.plan.changed == e.changed);
        CHECK(out.plan.unchanged == e.unchanged);
        CHECK(out.plan.rejected == e.rejected);
        CHECK(out.plan.conflicts == e.conflicts);
        CHECK(out.plan.hasFileProblem() == e.fileProblem);
        QList<int> problemRows;
        for (const ImportProblem &p : out.plan.problems) {
            if (p.kind == ImportProblem::Kind::Rejected || p.kind == ImportProblem::Kind::Ambiguous) {
                if (!problemRows.contains(p.row))
                    problemRows << p.row;
                // Every message names its row, and its column when there is one.
                CHECK(p.message.contains(QStringLiteral("Row %1").arg(p.row)));
                if (!p.column.isEmpty())
                    CHECK(p.message.contains(p.column));
            }
        }
        CHECK(problemRows == e.problemRows);
        if (!out.applied()) {
            CHECK(checksum(c) == before);
            continue;
        }
        checkCountsMatchEvents(c);
        const ImportRecord record = ImportRepository(c).get(out.importId);
        CHECK(record.rows == e.rows);
        CHECK(record.changed == e.changed);
        CHECK(record.rejected == e.rejected);
        CHECK(ImportRepository(c).problems(out.importId).size() >= e.problemRows.size());
        if (e.changed > 0)
            CHECK(checksum(c, false) != beforeState);
        Importer::undo(c, out.importId, QStringLiteral("tester"));
        CHECK(checksum(c, false) == beforeState);
        checkCountsMatchEvents(c);
    }
}

TEST_CASE("a dry run changes nothing, and the command line gives the dialog's counts", "[importer][cli]")
{
    const QString master = TestSupport::demoDatabaseCopy(QStringLiteral("cli-master.sqlite"));
    for (const Expected &e : expectations()) {
        // One of each kind is enough for the slower path through a child process.
        if (e.file != QLatin1String("csv_utf8.csv") && e.file != QLatin1String("bad_phone.csv") && e.file != QLatin1String("withdraw_belum.csv")
            && e.file != QLatin1String("xlsx_header_synonyms.xlsx") && e.file != QLatin1String("truncated.xlsx")
            && e.file != QLatin1String("xls_basic.xls"))
            continue;
        INFO(e.file.toStdString() << " " << e.options.toStdString());
        const QString cliDb = TestSupport::demoDatabaseCopy(QStringLiteral("cli-%1-%2.sqlite").arg(e.file, QString::number(qHash(e.options))));
        const QString coreDb = TestSupport::demoDatabaseCopy(QStringLiteral("core-%1-%2.sqlite").arg(e.file, QString::number(qHash(e.options))));
        QStringList args{QStringLiteral("import"), QStringLiteral("--db"), cliDb, QStringLiteral("--in"), corpusFile(e.file), QStringLiteral("--json")};
        if (!e.sheet.isEmpty())
            args << QStringLiteral("--sheet") << e.sheet;
        args << cliOptions(e.options);
        QByteArray before;
        {
            Database db;
            db.open(cliDb, Database::OpenMode::ReadOnly);
            before = checksum(db.connection());
        }
        const auto dry = runEnglish(args + QStringList{QStringLiteral("--dry-run")});
        CHECK(dry.exitCode == (e.accepted ? 0 : 1));
        const QJsonObject dryJson = QJsonDocument::fromJson(dry.out).object();
        CHECK(dryJson.value(QStringLiteral("dry_run")).toBool());
        CHECK(dryJson.value(QStringLiteral("import_id")).isNull());
        {
            Database db;
            db.open(cliDb, Database::OpenMode::ReadOnly);
            CHECK(checksum(db.connection()) == before);
        }
        const auto real = runEnglish(args);
        INFO(real.out.toStdString() << real.err.toStdString());
        CHECK(real.exitCode == (e.accepted ? 0 : 1));
        const QJsonObject cli = QJsonDocument::fromJson(real.out).object();
        Database db;
        db.open(coreDb, Database::OpenMode::ReadWrite);
        const QJsonObject core = Importer::toJson(throughDialogCore(db, e, parseOptions(e.options)));
        for (const char *key : {"accepted", "rows", "changed", "unchanged", "rejected", "ignored_columns", "problems", "file"})
            CHECK(cli.value(QLatin1String(key)) == core.value(QLatin1String(key)));
        CHECK(cli.value(QStringLiteral("dry_run")) == QJsonValue(false));
        CHECK(cli.value(QStringLiteral("accepted")) == dryJson.value(QStringLiteral("accepted")));
        CHECK(cli.value(QStringLiteral("import_id")).isNull() == !e.accepted);
        if (e.accepted && !TestSupport::onServer()) {   // a server's backups are its administrator's
            // The backup of the file from before is beside it.
            const QStringList backups = QDir(QFileInfo(cliDb).absolutePath() + QStringLiteral("/backups"))
                                            .entryList({QFileInfo(cliDb).completeBaseName() + QStringLiteral("-*-import.sqlite")});
            CHECK(backups.size() == 1);
        }
    }
    // Bad arguments exit 2.
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("cli-args.sqlite"));
    CHECK(runEnglish({QStringLiteral("import"), QStringLiteral("--db"), db}).exitCode == 2);
    CHECK(runEnglish({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), corpusFile(QStringLiteral("csv_utf8.csv")),
                      QStringLiteral("--reached-on"), QStringLiteral("4/10/2025")})
              .exitCode
          == 2);
    CHECK(runEnglish({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), corpusFile(QStringLiteral("csv_utf8.csv")),
                      QStringLiteral("--reached-on"), QDate::currentDate().addDays(3).toString(Qt::ISODate)})
              .exitCode
          == 2);
    CHECK(runEnglish({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--frobnicate")}).exitCode == 2);
    // The history lists what was done.
    REQUIRE(runEnglish({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), corpusFile(QStringLiteral("csv_phones.csv"))}).exitCode == 0);
    const auto history = runEnglish({QStringLiteral("imports"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(history.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(history.out).array();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("file")).toString() == QLatin1String("csv_phones.csv"));
    CHECK(list.at(0).toObject().value(QStringLiteral("changed")).toInt() == 6);
    const auto undone = runEnglish({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--undo"),
                                    QString::number(list.at(0).toObject().value(QStringLiteral("id")).toInt()), QStringLiteral("--json")});
    CHECK(undone.exitCode == 0);
    CHECK(QJsonDocument::fromJson(undone.out).object().value(QStringLiteral("undone")).toBool());
}

TEST_CASE("undo is refused after a later edit of the same field or milestone, and says which", "[importer][undo]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("undo-refused.sqlite")), Database::OpenMode::ReadWrite);
    const Connection c = db.connection();
    const ImportOutcome out = importFile(db, corpusFile(QStringLiteral("csv_utf8.csv")), optionsFor());
    REQUIRE(out.applied());
    CooperativeRepository coops(c);
    // An edit of another field of an imported cooperative does not stand in the way ...
    Cooperative huta = coops.get(coops.idForVillage(QStringLiteral("12.08.30.2002")));
    huta.notes = QStringLiteral("ditelepon");
    coops.update(huta, QStringLiteral("staf"));
    CHECK(ImportRepository(c).undoBlockers(out.importId).isEmpty());
    // ... an edit of the chair's phone it wrote does.
    huta.chairPhone = QStringLiteral("081399990000");
    coops.update(huta, QStringLiteral("staf"));
    // And a later correction of the date of a milestone it wrote.
    REQUIRE(MilestoneRepository(c)
                .redate({coops.idForVillage(QStringLiteral("12.08.30.2004"))}, QStringLiteral("akun"), QDate(2025, 10, 20), QString(),
                        QStringLiteral("staf"))
                .size()
            == 1);
    const QByteArray before = checksum(c);
    try {
        Importer::undo(c, out.importId, QStringLiteral("tester"));
        FAIL("undo went ahead over a later edit");
    } catch (const StorageError &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(QLatin1String("12.08.30.2002")));
        CHECK(e.message().contains(QLatin1String("chair's phone")));
        CHECK(e.message().contains(QLatin1String("12.08.30.2004")));
        CHECK(e.message().contains(QLatin1String("Akun SIMKOPDES")));
        CHECK_FALSE(e.message().contains(QLatin1String("12.08.30.1001")));
    }
    CHECK(checksum(c) == before);
    CHECK(ImportRepository(c).get(out.importId).undoneById == 0);
}

TEST_CASE("the mapping used is remembered for the next file with the same headers", "[importer][mapping]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("mapping.sqlite")), Database::OpenMode::ReadWrite);
    const Connection c = db.connection();
    const QByteArray header = "Kode Desa;Nama Ketua;No HP;Catatan\n";
    const QString first = writeFile(QStringLiteral("mapping-1.csv"), header + "12.08.30.2002;Hotman Sinaga;0813-7022-3456;0811-0000-1111\n");
    ImportSource source = Importer::read(c, first);
    CHECK_FALSE(source.mappingRemembered);
    REQUIRE(source.mapping.columns.size() == 4);
    CHECK(source.mapping.at(3).field == ImportField::Ignored);
    // The user says the last column is the cooperative's own phone.
    ColumnMapping mine = source.mapping;
    mine.columns[3] = {ImportField::Phone, QString()};
    const ImportOutcome out = Importer::apply(c, source, mine, optionsFor());
    REQUIRE(out.applied());
    CHECK(field(c, QStringLiteral("12.08.30.2002"), QStringLiteral("phone")) == QLatin1String("081100001111"));
    // Same headers (spelled a little differently), other rows: the user's mapping is proposed.
    const QString second = writeFile(QStringLiteral("mapping-2.csv"), "kode_desa;Nama  Ketua;No. HP;Catatan\n12.08.30.2004;Jhon Purba;;0811-2222-3333\n");
    const ImportSource again = Importer::read(c, second);
    CHECK(again.mappingRemembered);
    CHECK(again.mapping == mine);
    // Other headers: the detector's proposal.
    const QString other = writeFile(QStringLiteral("mapping-3.csv"), "Kode Desa;Nama Ketua;Catatan\n12.08.30.2004;Jhon Purba;x\n");
    CHECK_FALSE(Importer::read(c, other).mappingRemembered);
}

TEST_CASE("a village name that fits two villages is a question; a chosen village answers it", "[importer][names]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("names.sqlite")), Database::OpenMode::ReadWrite);
    const Connection c = db.connection();
    const QString path = writeFile(QStringLiteral("names.csv"),
                                   "Nama Desa;Kecamatan;Nama Ketua\n"
                                   "Saribu Jandi;;Ketua Satu\n"
                                   "Saribu Jandi;Purba;Ketua Dua\n"
                                   "Nagori Huta Parik;Ujung Padang;Ketua Tiga\n"
                                   "Tidak Ada Desa Ini;;Ketua Empat\n");
    const ImportSource source = Importer::read(c, path);
    Importer::Options options = optionsFor();
    ImportPlan plan = Importer::check(c, source, source.mapping, options);
    REQUIRE(plan.rowCount() == 4);
    CHECK(plan.rows.at(0).status == PlannedRow::Status::Ambiguous);
    REQUIRE(plan.rows.at(0).candidates.size() == 2);
    CHECK(plan.problems.at(0).message.contains(QLatin1String("12.08.14.2009")));
    CHECK(plan.problems.at(0).message.contains(QLatin1String("12.08.31.2007")));
    CHECK(plan.rows.at(1).status == PlannedRow::Status::Changed);   // the kecamatan tells them apart
    CHECK(plan.rows.at(1).villageCode == QLatin1String("12.08.14.2009"));
    CHECK(plan.rows.at(2).status == PlannedRow::Status::Changed);   // "Nagori" and case do not matter
    CHECK(plan.rows.at(2).villageCode == QLatin1String("12.08.30.2002"));
    CHECK(plan.rows.at(3).status == PlannedRow::Status::Rejected);
    CHECK_FALSE(plan.accepted());
    // The dialog's answer for row 2, and the unknown name skipped.
    options.chosenVillages.insert(2, QStringLiteral("12.08.31.2007"));
    options.skipBadRows = true;
    plan = Importer::check(c, source, source.mapping, options);
    CHECK(plan.rows.at(0).status == PlannedRow::Status::Changed);
    CHECK(plan.rows.at(0).villageCode == QLatin1String("12.08.31.2007"));
    const ImportOutcome out = Importer::apply(c, source, source.mapping, options, plan.fingerprint());
    REQUIRE(out.applied());
    CHECK(field(c, QStringLiteral("12.08.31.2007"), QStringLiteral("chair_name")) == QLatin1String("Ketua Satu"));
    CHECK(field(c, QStringLiteral("12.08.14.2009"), QStringLiteral("chair_name")) == QLatin1String("Ketua Dua"));
    const QVector<ImportProblemRecord> recorded = ImportRepository(c).problems(out.importId);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded.at(0).row == 5);
    CHECK(recorded.at(0).column == QLatin1String("Nama Desa"));
}

TEST_CASE("a sheet's totals line and signature block are shown as left out, not rejected", "[importer][footer]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("footer.sqlite")), Database::OpenMode::ReadWrite);
    const Connection c = db.connection();
    const QString path = writeFile(QStringLiteral("footer.csv"),
                                   "Kode Desa;Nama Desa;Nama Ketua;Keterangan\n"
                                   "12.08.30.2002;Huta Parik;Ketua Satu;total 3 gerai\n"
                                   "12.08.99.9999;Desa Salah;Ketua Dua;\n"
                                   "JUMLAH;;2;\n"
                                   ";;413;266\n"
                                   ";;;\n"
                                   "Pematang Raya, 4 Oktober 2025;;;\n"
                                   "Mengetahui,;;;\n"
                                   "Kepala Dinas Koperasi dan UMKM;;;\n"
                                   "Drs. Contoh Pejabat;;;\n"
                                   "NIP. 19700101 199503 1 001;;;\n");
    const ImportSource source = Importer::read(c, path);
    Importer::Options options = optionsFor();
    const ImportPlan plan = Importer::check(c, source, source.mapping, options);
    // The data rows only: the good one, and the one with an unknown code, which stays rejected.
    REQUIRE(plan.rowCount() == 2);
    CHECK(plan.rows.at(0).status == PlannedRow::Status::Changed);
    CHECK(plan.rows.at(1).status == PlannedRow::Status::Rejected);
    CHECK(plan.footer.totals == QVector<int>{4, 5});
    CHECK(plan.footer.signature == QVector<int>{7, 8, 9, 10, 11});
    ImportOutcome outcome;
    outcome.plan = plan;
    const QString text = Importer::summaryText(outcome);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("4\u20135 (a totals line)")));
    CHECK(text.contains(QStringLiteral("7\u201311 (the signature block)")));
    for (const ImportProblem &p : plan.problems)
        CHECK(p.row == 3);
}

TEST_CASE("applying a preview the database has moved away from is refused", "[importer]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("stale.sqlite")), Database::OpenMode::ReadWrite);
    const Connection c = db.connection();
    const ImportSource source = Importer::read(c, corpusFile(QStringLiteral("csv_phones.csv")));
    const ImportPlan preview = Importer::check(c, source, source.mapping, optionsFor());
    REQUIRE(preview.accepted());
    // Another computer sets one of the phones meanwhile.
    CooperativeRepository coops(c);
    Cooperative coop = coops.get(preview.rows.at(0).cooperativeId);
    coop.chairPhone = preview.rows.at(0).fields.at(0).newValue;
    coops.update(coop, QStringLiteral("lain"));
    const QByteArray before = checksum(c);
    CHECK_THROWS_AS(Importer::apply(c, source, source.mapping, optionsFor(), preview.fingerprint()), StorageError);
    CHECK(checksum(c) == before);
}

namespace {
// QTest's waiting macros report to QTest's log and return, which Catch never sees: wait here
// and let the caller REQUIRE the outcome.
template <class Condition>
bool waitFor(Condition condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    return condition();
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        CHECK(w->grab().save(QDir(dir).filePath(name)));
}

void clickMenu(QMainWindow &window, const char *menuName, const char *actionName)
{
    QMenuBar *bar = window.menuBar();
    auto *menu = window.findChild<QMenu *>(QLatin1String(menuName));
    auto *action = window.findChild<QAction *>(QLatin1String(actionName));
    REQUIRE(menu);
    REQUIRE(action);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    REQUIRE(waitFor([&] { return menu->isVisible(); }));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
}
}   // namespace

TEST_CASE("journey: Data → Import from file, check, preview, apply; the registry shows the new data; the history undoes it", "[importer][journey]")
{
    auto db = std::make_shared<Database>();
    db->open(TestSupport::demoDatabaseCopy(QStringLiteral("journey-import.sqlite")), Database::OpenMode::ReadWrite);
    const QByteArray before = checksum(db->connection(), false);
    MainWindow window(db);
    window.resize(1366, 768);
    window.show();
    window.showPage(1);
    auto *registry = qobject_cast<RegistryPage *>(window.page(1));
    REQUIRE(registry);
    auto rowsFound = [registry](const QString &text) {
        registry->searchBox()->setText(text);
        registry->applySearchNow();
        return registry->model()->rowCount();
    };
    CHECK(rowsFound(QStringLiteral("Rudi Hartono Saragih")) == 0);

    clickMenu(window, "dataMenu", "importAction");
    ImportDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = window.findChild<ImportDialog *>()) != nullptr && dialog->isVisible(); }));
    CHECK(dialog->step() == ImportDialog::FileStep);
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("importPath"));
    REQUIRE(path);
    QTest::keyClicks(path, corpusFile(QStringLiteral("xlsx_basic.xlsx")));
    QTest::keyClick(path, Qt::Key_Tab);
    screenshot(dialog, QStringLiteral("import-1-file.png"));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::MappingStep; }, 20000));
    CHECK(dialog->mappingTable()->rowCount() == 14);
    screenshot(dialog, QStringLiteral("import-2-mapping.png"));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::PreviewStep; }, 20000));
    CHECK(dialog->plan().changed == 8);
    CHECK(dialog->plan().conflicts == 3);
    CHECK(dialog->previewTable()->rowCount() == 8);
    CHECK(dialog->applyButton()->isEnabled());
    screenshot(dialog, QStringLiteral("import-3-preview.png"));
    // Nothing is written before Apply.
    CHECK(checksum(db->connection(), false) == before);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::ResultStep; }, 30000));
    INFO(dialog->resultText().toStdString());
    REQUIRE(dialog->importId() > 0);
    screenshot(dialog, QStringLiteral("import-4-result.png"));
    CHECK(rowsFound(QStringLiteral("Rudi Hartono Saragih")) == 1);
    checkCountsMatchEvents(db->connection());
    dialog->close();

    clickMenu(window, "dataMenu", "importHistoryAction");
    ImportHistoryDialog *history = nullptr;
    REQUIRE(waitFor([&] { return (history = window.findChild<ImportHistoryDialog *>()) != nullptr && history->isVisible(); }));
    REQUIRE(history->table()->rowCount() == 1);
    screenshot(history, QStringLiteral("import-5-history.png"));
    // The rejected rows of an import without any: nothing to export.
    CHECK_FALSE(history->exportButton()->isEnabled());
    // Undo through the button, answering the question with Yes.
    QTimer::singleShot(200, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(history->undoButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return history->table()->rowCount() == 2; }));
    CHECK(checksum(db->connection(), false) == before);
    CHECK(rowsFound(QStringLiteral("Rudi Hartono Saragih")) == 0);
}

TEST_CASE("journey: an .xls whose reading hangs does not hold up the window; Next reads it in the background", "[importer][journey]")
{
    // The helper that reads .xls files, made to hang (a test build's fault switch), with a short
    // time limit: choosing the file must leave the window working while its sheets are looked at.
    struct Env
    {
        Env() { qputenv("PK_XLS_HELPER_FAULT", "hang"), qputenv("PK_XLS_HELPER_TIMEOUT_MS", "3000"); }
        ~Env() { qunsetenv("PK_XLS_HELPER_FAULT"), qunsetenv("PK_XLS_HELPER_TIMEOUT_MS"); }
    };
    auto env = std::make_unique<Env>();
    auto db = std::make_shared<Database>();
    db->open(TestSupport::demoDatabaseCopy(QStringLiteral("journey-xls-hang.sqlite")), Database::OpenMode::ReadWrite);
    MainWindow window(db);
    window.show();
    clickMenu(window, "dataMenu", "importAction");
    ImportDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = window.findChild<ImportDialog *>()) != nullptr && dialog->isVisible(); }));
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("importPath"));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("importFileNote"));
    REQUIRE(path);
    REQUIRE(note);
    QApplication::setActiveWindow(dialog);   // so that leaving the field is a focus change
    path->setFocus();
    QTest::keyClicks(path, corpusFile(QStringLiteral("xls_basic.xls")));
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(path, Qt::Key_Tab);   // leaving the field looks at the file's sheets
    CHECK(timer.elapsed() < 1000);        // ... in the background: the helper hangs for 3 s
    CHECK(note->text().contains(QStringLiteral("xls_basic.xls")));
    bool ticked = false;
    QTimer::singleShot(100, [&] { ticked = true; });
    CHECK(waitFor([&] { return ticked; }, 1000));   // the event loop runs meanwhile
    REQUIRE(waitFor([&] { return note->text().contains(QStringLiteral("took longer than 3 seconds")); }, 20000));
    // A helper that works again: Next reads the file (in the background, with its progress).
    env.reset();
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::MappingStep; }, 20000));
}

TEST_CASE("a file dropped on the registry opens the import with it; Cancel while checking changes nothing", "[importer][journey]")
{
    auto db = std::make_shared<Database>();
    db->open(TestSupport::demoDatabaseCopy(QStringLiteral("journey-drop.sqlite")), Database::OpenMode::ReadWrite);
    const QByteArray before = checksum(db->connection());
    MainWindow window(db);
    window.show();
    window.showPage(1);
    auto *registry = qobject_cast<RegistryPage *>(window.page(1));
    REQUIRE(registry);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(corpusFile(QStringLiteral("bad_phone.csv")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(registry, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(registry, &drop);
    ImportDialog *dialog = window.findChild<ImportDialog *>();
    REQUIRE(dialog);
    // Cancel at once: back to choosing the file, nothing read into the dialog.
    if (dialog->step() == ImportDialog::WorkStep) {
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        CHECK(dialog->step() == ImportDialog::FileStep);
    }
    QTest::qWait(300);
    CHECK(dialog->step() == ImportDialog::FileStep);
    // Again, to the preview: a rejected row keeps Apply off until the good rows may go alone.
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::MappingStep; }, 20000));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::PreviewStep; }, 20000));
    CHECK(dialog->plan().rejected == 1);
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->skipBadRowsBox(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::PreviewStep; }, 20000));
    REQUIRE(waitFor([&] { return dialog->applyButton()->isEnabled(); }));
    CHECK(checksum(db->connection()) == before);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::ResultStep; }, 30000));
    REQUIRE(dialog->importId() > 0);
    // The rejected row goes to a CSV for the kecamatan.
    ImportHistoryDialog history(window.context(), &window);
    REQUIRE(history.selectedId() == dialog->importId());
    const QString csv = TestSupport::tempPath(QStringLiteral("rejected.csv"));
    CHECK(history.exportProblems(dialog->importId(), csv) == 1);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    CHECK(text.contains("0852-76"));
    CHECK(text.contains("No HP"));
}

TEST_CASE("the registry exported and imported back changes nothing, in XLSX and both CSV forms", "[importer][roundtrip]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("roundtrip.sqlite")), Database::OpenMode::ReadWrite);
    // Phones typed as people type them, and the columns the demo leaves empty, filled in.
    CooperativeRepository coops(db.connection());
    const QVector<qint64> ids = coops.findIds(RegistryQuery());
    REQUIRE(ids.size() > 3);
    const QStringList typed{QStringLiteral("+62 813-1111-2222"), QStringLiteral("62813 1111 2223"), QStringLiteral("0813.1111.2224")};
    for (int i = 0; i < 3; ++i) {
        Cooperative c = coops.get(ids.at(i));
        c.name = c.name + QStringLiteral(" Sejahtera");
        c.secretaryName = QStringLiteral("Sekretaris %1").arg(i);
        c.secretaryPhone = typed.at(i);
        c.treasurerName = QStringLiteral("Bendahara %1").arg(i);
        c.treasurerPhone = typed.at((i + 1) % 3);
        c.chairPhone = typed.at((i + 2) % 3);
        coops.update(c, QStringLiteral("tester"));
    }
    // Stored in one normal form, whatever was typed.
    const Cooperative first = coops.get(ids.at(0));
    CHECK(first.secretaryPhone == QStringLiteral("081311112222"));
    CHECK(first.treasurerPhone == QStringLiteral("081311112223"));
    CHECK(first.chairPhone == QStringLiteral("081311112224"));

    struct Form
    {
        const char *file;
        CsvDialect csv;
    };
    for (const Form &form : {Form{"roundtrip.xlsx", CsvDialect()}, Form{"roundtrip-comma.csv", CsvDialect()},
                             Form{"roundtrip-excel.csv", CsvDialect::excelIndonesian()}}) {
        INFO(form.file);
        const QString path = TestSupport::tempPath(QString::fromLatin1(form.file));
        QFile::remove(path);
        const int written = SpreadsheetExport::registry(db.connection(), RegistryQuery(), path, form.csv);
        CHECK(written == ids.size());
        const ImportSource source = Importer::read(db.connection(), path);
        // Every column the export writes is one the import reads.
        INFO(source.detection.ignoredHeaders.join(QStringLiteral(", ")).toStdString());
        CHECK(source.detection.ignoredHeaders.isEmpty());
        const ImportPlan plan = Importer::check(db.connection(), source, source.mapping, optionsFor());
        INFO(Importer::summaryText(ImportOutcome{plan}).toStdString());
        CHECK(plan.rowCount() == ids.size());
        CHECK(plan.changed == 0);
        CHECK(plan.fieldChanges == 0);
        CHECK(plan.milestoneChanges == 0);
        CHECK(plan.rejected == 0);
        CHECK(plan.unchanged == ids.size());
    }
}

TEST_CASE("a misspelt village is offered its closest villages to choose from, and the choice imports it", "[importer][villages]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("misspelt.sqlite")), Database::OpenMode::ReadWrite);
    const QString path = writeFile(QStringLiteral("misspelt.csv"),
                                   "Kecamatan;Nagori;Nama Ketua\n"
                                   "Tanah Jawa;BOSAR GALUGGUR;Rudi Saragih\n"
                                   "Ujung Padang;Nagori Huta  Parek;Lina Sinaga\n"
                                   "Ujung Padang;Kampung Tak Ada Sama Sekali;Budi\n");
    const ImportSource source = Importer::read(db.connection(), path);
    Importer::Options options = optionsFor();
    ImportPlan plan = Importer::check(db.connection(), source, source.mapping, options);
    REQUIRE(plan.rowCount() == 3);
    // The two misspelt names: their closest village, named in the reason (what the command line
    // prints) and offered as a choice (what the window shows).
    const PlannedRow &bosar = plan.rows.at(0);
    CHECK(bosar.status == PlannedRow::Status::Ambiguous);
    REQUIRE(bosar.candidates.size() == 1);
    CHECK(bosar.candidates.at(0).code == QStringLiteral("12.08.11.2005"));
    CHECK(bosar.reasons.join(QString()).contains(QStringLiteral("Bosar Galugur")));
    const PlannedRow &huta = plan.rows.at(1);
    CHECK(huta.status == PlannedRow::Status::Ambiguous);
    REQUIRE_FALSE(huta.candidates.isEmpty());
    CHECK(huta.candidates.at(0).code == QStringLiteral("12.08.30.2002"));
    // A name far from every village is rejected as before, with nothing offered.
    CHECK(plan.rows.at(2).status == PlannedRow::Status::Rejected);
    CHECK(plan.rows.at(2).candidates.isEmpty());

    // Chosen, the rows import into those villages.
    options.chosenVillages.insert(bosar.row, QStringLiteral("12.08.11.2005"));
    options.chosenVillages.insert(huta.row, QStringLiteral("12.08.30.2002"));
    options.skipBadRows = true;
    const ImportOutcome out = Importer::apply(db.connection(), source, source.mapping, options);
    INFO(Importer::summaryText(out).toStdString());
    REQUIRE(out.applied());
    CHECK(field(db.connection(), QStringLiteral("12.08.11.2005"), QStringLiteral("chair_name")) == QLatin1String("Rudi Saragih"));
    CHECK(field(db.connection(), QStringLiteral("12.08.30.2002"), QStringLiteral("chair_name")) == QLatin1String("Lina Sinaga"));
}

using TestSupport::whenReady;

TEST_CASE("journey: a misspelt village chosen in the preview, the rejected rows saved as a sheet with their reasons", "[importer][journey][villages]")
{
    auto db = std::make_shared<Database>();
    db->open(TestSupport::demoDatabaseCopy(QStringLiteral("journey-misspelt.sqlite")), Database::OpenMode::ReadWrite);
    const QString csv = writeFile(QStringLiteral("journey-misspelt.csv"),
                                  "Kecamatan;Nagori;Nama Ketua;No HP\n"
                                  "Tanah Jawa;BOSAR GALUGGUR;Rudi Saragih;0813-1111-2222\n"
                                  "Ujung Padang;Kampung Tak Ada Sama Sekali;Budi;0813-1111-3333\n");
    MainWindow window(db);
    window.resize(1024, 600);
    window.show();
    clickMenu(window, "dataMenu", "importAction");
    ImportDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = window.findChild<ImportDialog *>()) != nullptr && dialog->isVisible(); }));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("importPath")), csv);
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::MappingStep; }, 20000));
    QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return dialog->step() == ImportDialog::PreviewStep; }, 20000));
    CHECK(dialog->plan().rejected == 2);

    // The whole reason is readable: wrapped in its cell and its tooltip.
    QTableWidget *preview = dialog->previewTable();
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->wordWrap());
    CHECK(preview->item(0, 3)->toolTip().contains(QStringLiteral("Bosar Galugur")));
    QTest::qWait(50);   // the rows' heights follow the reason column's width once the page is laid out
    CHECK(preview->rowHeight(0) > preview->fontMetrics().lineSpacing());
    CHECK(preview->rowHeight(0) < 6 * preview->fontMetrics().lineSpacing());
    screenshot(dialog, QStringLiteral("import-6-misspelt.png"));

    // The rejected rows, saved through the button and the save dialog, typed as a person does.
    const QString saved = TestSupport::tempPath(QStringLiteral("journey-misspelt-rejected.xlsx"));
    QFile::remove(saved);
    QString told;
    whenReady([&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!files)
            return false;
        // The file name field's text replaced, then the dialog's Save button clicked. (Typed key
        // by key, the field's completer pops up over it and takes the Enter; under Wine the
        // field does not always have the focus at once.)
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        auto *buttons = files->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        REQUIRE(name);
        REQUIRE(buttons);
        name->setFocus();
        name->selectAll();
        name->insert(saved);
        for (QAbstractButton *b : buttons->buttons())
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                QTest::mouseClick(b, Qt::LeftButton);
        whenReady([&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("rejectedRowsSaved"))
                return false;
            told = box->text();
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
            return true;
        });
        return true;
    });
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("importSaveRejected"));
    REQUIRE(save);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(told.contains(QDir::toNativeSeparators(saved)));
    const ImportTable back = SpreadsheetReader::read(saved);
    REQUIRE(back.rows.size() == 3);
    QStringList header;
    for (const ImportCell &c : back.rows.at(0).cells)
        header << c.text;
    CHECK(header == QStringList{QStringLiteral("Row"), QStringLiteral("Kecamatan"), QStringLiteral("Nagori"), QStringLiteral("Nama Ketua"), QStringLiteral("No HP"), QStringLiteral("Why it was rejected")});
    CHECK(back.rows.at(1).cells.value(2).text == QStringLiteral("BOSAR GALUGGUR"));
    CHECK(back.rows.at(1).cells.value(4).text == QStringLiteral("0813-1111-2222"));
    CHECK(back.rows.at(1).cells.value(5).text.contains(QStringLiteral("Bosar Galugur")));
    CHECK(back.rows.at(2).cells.value(5).text.contains(QStringLiteral("Kampung Tak Ada Sama Sekali")));

    // The village chosen in the row's list: the row is matched and would change.
    auto *choose = preview->findChild<QComboBox *>(QStringLiteral("importChooseVillage2"));
    REQUIRE(choose);
    REQUIRE(choose->count() == 2);
    choose->setFocus();
    QTest::keyClick(choose, Qt::Key_Down);
    REQUIRE(waitFor([&] { return dialog->plan().rejected == 1 && dialog->plan().changed == 1; }, 20000));
    dialog->close();
}
