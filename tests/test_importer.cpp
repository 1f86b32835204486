#include "catch.h"
#include "testsupport.h"

#include "cooperativerepository.h"
#include "database.h"
#include "importer.h"
#include "importerror.h"
#include "importplanner.h"
#include "importrepository.h"
#include "milestonerepository.h"
#include "sqlquery.h"
#include "storageerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QSqlRecord>

// The applying half of the import: the corpus of real-looking files against the Simalungun demo
// database, all-or-nothing, undo, the counts tables, the command line and the remembered mapping.
namespace {

// The import's own record tables, left out of the checksums that compare a database before an
// import with the database after its undo: the record of both is what stays.
const QStringList kImportTables = {QStringLiteral("import_run"), QStringLiteral("import_problem"), QStringLiteral("import_cooperative"),
                                   QStringLiteral("import_field_change"), QStringLiteral("import_milestone_change")};

// A hash of every table's rows in primary key order. A progress row whose count is 0 is the
// same as no row (the triggers leave a row at 0 when its last reach goes). The remembered column
// mappings in `setting` belong to the import's record too.
QByteArray checksum(const Connection &db, bool withImportRecord = true)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &table : db.engine().tables(db.qt())) {
        if (!withImportRecord && kImportTables.contains(table))
            continue;
        QString where;
        if (table.startsWith(QLatin1String("progress_")))
            where = QStringLiteral(" WHERE reached <> 0");
        if (table == QLatin1String("setting") && !withImportRecord)
            where = QStringLiteral(" WHERE key NOT LIKE 'import_mapping.%'");
        QSqlQuery q(db.qt());
        // Every column, ordered by all of them: the primary key comes first in every table here,
        // and ordering by all columns is a total order whatever the key.
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table)));
        QStringList order;
        for (int i = 0; i < q.record().count(); ++i)
            order << QString::number(i + 1);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1%2 ORDER BY %3").arg(table, where, order.join(QLatin1Char(',')))));
        h.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                h.addData(v.isNull() ? QByteArray("\\N") : v.toString().toUtf8());
                h.addData("\x1f");
            }
            h.addData("\x1e");
        }
    }
    return h.result();
}

// The progress tables against a count of the events themselves.
void checkCountsMatchEvents(const Connection &db)
{
    const QVariant mismatch = Sql::scalar(
        db,
        QStringLiteral("SELECT COUNT(*) FROM ("
                       " SELECT c.district_code, e.milestone_code, COUNT(*) AS n FROM milestone_event e JOIN cooperative c ON c.id = e.cooperative_id"
                       " WHERE e.current = 1 AND e.reached_on IS NOT NULL GROUP BY c.district_code, e.milestone_code) x"
                       " FULL OUTER JOIN (SELECT * FROM progress_district WHERE reached <> 0) p"
                       " ON p.district_code = x.district_code AND p.milestone_code = x.milestone_code"
                       " WHERE x.n IS NULL OR p.reached IS NULL OR x.n <> p.reached"),
        {}, QStringLiteral("test"));
    CHECK(mismatch.toInt() == 0);
    const QVariant dayMismatch = Sql::scalar(
        db,
        QStringLiteral("SELECT COUNT(*) FROM ("
                       " SELECT e.milestone_code, e.reached_on, COUNT(*) AS n FROM milestone_event e"
                       " WHERE e.current = 1 AND e.reached_on IS NOT NULL GROUP BY e.milestone_code, e.reached_on) x"
                       " FULL OUTER JOIN (SELECT * FROM progress_day WHERE reached <> 0) p"
                       " ON p.milestone_code = x.milestone_code AND p.reached_on = x.reached_on"
                       " WHERE x.n IS NULL OR p.reached IS NULL OR x.n <> p.reached"),
        {}, QStringLiteral("test"));
    CHECK(dayMismatch.toInt() == 0);
    const QVariant districtDayMismatch = Sql::scalar(
        db,
        QStringLiteral("SELECT COUNT(*) FROM ("
                       " SELECT c.district_code, e.milestone_code, e.reached_on, COUNT(*) AS n FROM milestone_event e"
                       " JOIN cooperative c ON c.id = e.cooperative_id"
                       " WHERE e.current = 1 AND e.reached_on IS NOT NULL GROUP BY c.district_code, e.milestone_code, e.reached_on) x"
                       " FULL OUTER JOIN (SELECT * FROM progress_district_day WHERE reached <> 0) p"
                       " ON p.district_code = x.district_code AND p.milestone_code = x.milestone_code AND p.reached_on = x.reached_on"
                       " WHERE x.n IS NULL OR p.reached IS NULL OR x.n <> p.reached"),
        {}, QStringLiteral("test"));
    CHECK(districtDayMismatch.toInt() == 0);
}

QString writeFile(const QString &name, const QByteArray &content)
{
    const QString path = TestSupport::tempPath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

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
        FAIL_CHECK(e.message().toStdString() << " / " << e.technical().toStdString());
        throw;
    }
}

QString field(const Connection &db, const QString &villageCode, const QString &column)
{
    return Sql::scalar(db, QStringLiteral("SELECT %1 FROM cooperative WHERE village_code = ?").arg(column), {villageCode},
                       QStringLiteral("test")).toString();
}

QDate reached(const Connection &db, const QString &villageCode, const QString &milestone)
{
    return QDate::fromString(Sql::scalar(db, QStringLiteral("SELECT e.reached_on FROM milestone_event e JOIN cooperative c ON c.id = e.cooperative_id "
                                                            "WHERE c.village_code = ? AND e.milestone_code = ? AND e.current = 1"),
                                         {villageCode, milestone}, QStringLiteral("test")).toString(),
                             Qt::ISODate);
}

TestSupport::ProcessResult runEnglish(const QStringList &args)
{
    QProcessEnvironment english;
    english.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return TestSupport::runApp(args, 300000, english);
}

} // namespace

TEST_CASE("a generated file imports, and its undo gives back the database as it was", "[importer][undo]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("importer-undo.sqlite")), Database::OpenMode::ReadWrite);
    const Connection c = db.connection();
    const QByteArray before = checksum(c, false);
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
