#include "bench/benchsteps.h"
#include "bench/benchtiming.h"

#include "storage/database.h"
#include "importer/importer.h"
#include "storage/importrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

// The import at national size: a file with a row for every cooperative of the country (83,762),
// each with a chair, a phone and three milestone dates, as the ministry's export would give it.
//   import_preview_ms      read the file and check it against the database (the dialog's preview)
//   import_national_ms     read, check and apply it in one transaction (without the backup copy)
//   import_backup_ms       the copy of the database taken before applying (Database::copyTo)
//   sqlite3_cli_import_ms  the sqlite3 shell: .import of the same file into a staging table and
//                          the equivalent UPDATE/INSERT statements (triggers on), the anchor
namespace {
constexpr const char *kHeader = "Kode Desa,Nama Ketua,No HP,Tanggal Aktivasi,Tanggal Profil diperbarui,Tanggal Data gerai\n";

QString dayMonth(int i, int k)
{
    // Dates in 2025 spread over the year, as a year of work in the field gives them.
    return QStringLiteral("%1/%2/2025").arg(1 + (i * 7 + k) % 28, 2, 10, QLatin1Char('0')).arg(1 + (i + k) % 10, 2, 10, QLatin1Char('0'));
}

QString writeNationalCsv(const QString &database, const QString &path)
{
    Database db;
    db.open(database, Database::OpenMode::ReadOnly);
    const ImportSnapshot s = ImportRepository(db.connection()).snapshot({});
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream out(&f);
    out << kHeader;
    for (int i = 0; i < s.cooperatives.size(); ++i)
        out << s.cooperatives.at(i).villageCode << ",Ketua Bench " << i << ',' << QStringLiteral("0812%1").arg(i, 8, 10, QLatin1Char('0')) << ','
            << dayMonth(i, 1) << ',' << dayMonth(i, 2) << ',' << dayMonth(i, 3) << '\n';
    return path;
}

QString shellScript(const QString &csv)
{
    const auto iso = [](const QString &c) { return QStringLiteral("substr(%1, 7, 4) || '-' || substr(%1, 4, 2) || '-' || substr(%1, 1, 2)").arg(c); };
    QString sql = QStringLiteral(".bail on\n"
                                 "PRAGMA cache_size = -262144;\n"
                                 "CREATE TEMP TABLE stage (code TEXT, chair TEXT, phone TEXT, d1 TEXT, d2 TEXT, d3 TEXT);\n"
                                 ".import --csv --skip 1 '%1' stage\n"
                                 "BEGIN;\n"
                                 "CREATE TEMP TABLE s AS SELECT c.id AS cid, st.chair, st.phone, %2 AS d1, %3 AS d2, %4 AS d3 "
                                 "FROM stage st JOIN cooperative c ON c.village_code = st.code;\n"
                                 "CREATE UNIQUE INDEX temp.s_cid ON s(cid);\n"
                                 "INSERT INTO cooperative_change (cooperative_id, field, old_value, new_value, changed_at, changed_by) "
                                 "SELECT c.id, 'chair_name', c.chair_name, s.chair, '2025-10-04T00:00:00Z', 'bench' FROM s JOIN cooperative c ON c.id = s.cid WHERE c.chair_name IS NOT s.chair;\n"
                                 "INSERT INTO cooperative_change (cooperative_id, field, old_value, new_value, changed_at, changed_by) "
                                 "SELECT c.id, 'chair_phone', c.chair_phone, s.phone, '2025-10-04T00:00:00Z', 'bench' FROM s JOIN cooperative c ON c.id = s.cid WHERE c.chair_phone IS NOT s.phone;\n"
                                 "UPDATE cooperative SET chair_name = s.chair, chair_phone = s.phone, updated_at = '2025-10-04T00:00:00Z', updated_by = 'bench' FROM s WHERE s.cid = cooperative.id;\n")
                      .arg(csv, iso(QStringLiteral("st.d1")), iso(QStringLiteral("st.d2")), iso(QStringLiteral("st.d3")));
    for (const auto &[code, column] : {qMakePair(QStringLiteral("akun"), QStringLiteral("d1")), qMakePair(QStringLiteral("profil"), QStringLiteral("d2")),
                                       qMakePair(QStringLiteral("gerai"), QStringLiteral("d3"))}) {
        sql += QStringLiteral("UPDATE milestone_event SET current = 0 WHERE current = 1 AND milestone_code = '%1' "
                              "AND reached_on IS NOT (SELECT s.%2 FROM s WHERE s.cid = milestone_event.cooperative_id) "
                              "AND cooperative_id IN (SELECT cid FROM s);\n"
                              "INSERT INTO milestone_event (cooperative_id, milestone_code, action, reached_on, current, recorded_at, recorded_by, note) "
                              "SELECT s.cid, '%1', 'reach', s.%2, 1, '2025-10-04T00:00:00Z', 'bench', 'Impor' FROM s WHERE NOT EXISTS "
                              "(SELECT 1 FROM milestone_event e WHERE e.cooperative_id = s.cid AND e.milestone_code = '%1' AND e.current = 1);\n")
                   .arg(code, column);
    }
    sql += QStringLiteral("COMMIT;\n");
    return sql;
}
}   // namespace

namespace BenchSteps {

QJsonObject import(const BenchContext &ctx)
{
    QJsonObject figures;
    const QString csv = writeNationalCsv(ctx.databasePath, QDir(ctx.workDir).filePath(QStringLiteral("national-import.csv")));
    const QString copy = QDir(ctx.workDir).filePath(QStringLiteral("import.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    QFile::copy(ctx.databasePath, copy);
    {
        Database db;
        db.open(copy, Database::OpenMode::ReadWrite);
        Importer::Options options;
        options.actor = QStringLiteral("bench");
        QElapsedTimer timer;
        timer.start();
        const ImportSource source = Importer::read(db.connection(), csv);
        const ImportPlan plan = Importer::check(db.connection(), source, source.mapping, options);
        figures.insert(QStringLiteral("import_preview_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer), 1));
        if (!plan.accepted() || plan.changed != plan.rowCount()) {
            QTextStream(stderr) << "bench: the national import file was not accepted as expected\n";
            return figures;
        }
        const QString backup = QDir(ctx.workDir).filePath(QStringLiteral("import-backup.sqlite"));
        QFile::remove(backup);
        timer.restart();
        db.copyTo(backup);
        figures.insert(QStringLiteral("import_backup_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer), 1));
        QFile::remove(backup);
        timer.restart();
        const ImportSource again = Importer::read(db.connection(), csv);
        const ImportOutcome out = Importer::apply(db.connection(), again, again.mapping, options);
        figures.insert(QStringLiteral("import_national_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer), 1));
        figures.insert(QStringLiteral("import_rows"), out.plan.rowCount());
        figures.insert(QStringLiteral("import_milestones_changed"), out.plan.milestoneChanges);
        if (!out.applied())
            QTextStream(stderr) << "bench: the national import was not applied\n";
    }
    if (!ctx.sqlite3Shell.isEmpty()) {
        const QString shellCopy = QDir(ctx.workDir).filePath(QStringLiteral("import-shell.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(shellCopy + suffix);
        QFile::copy(ctx.databasePath, shellCopy);
        QProcess p;
        p.start(ctx.sqlite3Shell, {shellCopy});
        p.waitForStarted();
        QElapsedTimer timer;
        timer.start();
        p.write(shellScript(csv).toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(600000);
        const double ms = BenchTiming::elapsedMs(timer);
        const QByteArray errors = p.readAllStandardError().trimmed();
        if (p.exitCode() != 0 || !errors.isEmpty())
            QTextStream(stderr) << "bench: sqlite3 shell import failed: " << errors.left(300) << '\n';
        figures.insert(QStringLiteral("sqlite3_cli_import_ms"), p.exitCode() == 0 && errors.isEmpty() ? BenchTiming::rounded(ms, 1) : -1);
    }
    return figures;
}

}   // namespace BenchSteps
