// The crash test of the import at national size, in an executable of its own (it takes minutes).
#include "catch.h"
#include "support/importchecks.h"
#include "support/testsupport.h"

#include "storage/database.h"
#include "storage/importrepository.h"
#include "bench/nationalbenchdata.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>


namespace {
// What an import of the kill test's file leaves, without the times it was written at: the
// fields it sets, the current marks, how many events and change lines there are, and how many
// imports are recorded.
QByteArray contentChecksum(const Connection &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &sql : {QStringLiteral("SELECT id, chair_name, chair_phone, search_text FROM cooperative ORDER BY id"),
                               QStringLiteral("SELECT cooperative_id, milestone_code, reached_on FROM milestone_event WHERE current = 1 ORDER BY 1, 2"),
                               QStringLiteral("SELECT COUNT(*), SUM(current) FROM milestone_event"),
                               QStringLiteral("SELECT COUNT(*) FROM cooperative_change"),
                               QStringLiteral("SELECT COUNT(*), SUM(rows_changed) FROM import_run"),
                               QStringLiteral("SELECT district_code, milestone_code, reached FROM progress_district WHERE reached <> 0 ORDER BY 1, 2")}) {
        QSqlQuery q(db.qt());
        REQUIRE(q.exec(sql));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(q.value(i).toString().toUtf8() + '\x1f');
    }
    return h.result();
}

}   // namespace

TEST_CASE("a national import killed at any moment leaves the database whole, and all before or all after", "[importer][kill][sqlite]")
{
    // The national benchmark database (83,762 cooperatives, about 737,000 milestone events) and
    // a file with a row for each of them: a chair, a phone and three milestone dates, as the
    // ministry's export gives them. Every round imports it through the command line (backup
    // first, as always) and kills it after a random delay.
    const QString master = TestSupport::tempPath(QStringLiteral("kill-national.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(master + suffix);
    NationalBenchData().writeDatabase(master);
    QString csv;
    {
        Database db;
        db.open(master, Database::OpenMode::ReadOnly);
        const ImportSnapshot s = ImportRepository(db.connection()).snapshot({});
        REQUIRE(s.cooperatives.size() == 83762);
        QByteArray text = "Kode Desa,Nama Ketua,No HP,Tanggal Aktivasi,Tanggal Profil diperbarui,Tanggal Data gerai\n";
        for (int i = 0; i < s.cooperatives.size(); ++i)
            text += QStringLiteral("%1,Ketua Uji %2,0813%3,%4/09/2025,%5/10/2025,0%6/11/2025\n")
                        .arg(s.cooperatives.at(i).villageCode)
                        .arg(i)
                        .arg(i, 8, 10, QLatin1Char('0'))
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .arg(1 + (i * 3) % 28, 2, 10, QLatin1Char('0'))
                        .arg(1 + i % 9)
                        .toUtf8();
        csv = ImportChecks::writeFile(QStringLiteral("kill-national.csv"), text);
    }
    auto freshCopy = [&](const QString &name) {
        const QString path = TestSupport::tempPath(name);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        REQUIRE(QFile::copy(master, path));
        return path;
    };
    QByteArray before;
    QByteArray beforeContent;
    {
        Database db;
        db.open(master, Database::OpenMode::ReadOnly);
        before = ImportChecks::checksum(db.connection());
        beforeContent = contentChecksum(db.connection());
        ImportChecks::checkCountsMatchEvents(db.connection());   // so a round equal to it needs no recount
    }
    // The whole import once, for its duration and what "after" looks like.
    const QString reference = freshCopy(QStringLiteral("kill-reference.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const auto full = TestSupport::runApp({QStringLiteral("import"), QStringLiteral("--db"), reference, QStringLiteral("--in"), csv, QStringLiteral("--json")},
                                          600000);
    const qint64 duration = timer.elapsed();
    REQUIRE(full.exitCode == 0);
    REQUIRE(QJsonDocument::fromJson(full.out).object().value(QStringLiteral("changed")).toInt() == 83762);
    QByteArray afterContent;
    {
        Database db;
        db.open(reference, Database::OpenMode::ReadOnly);
        afterContent = contentChecksum(db.connection());
    }
    REQUIRE(afterContent != beforeContent);

    int killedBefore = 0, killedAfter = 0;
    for (int round = 0; round < 20; ++round) {
        const QString path = freshCopy(QStringLiteral("kill-%1.sqlite").arg(round));
        // Every other round late, from when the writing starts to past the end, so that kills
        // land inside the write transaction and some imports finish.
        const bool late = round % 2 == 1;
        const int delay = TestSupport::runAndKill({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--in"), csv},
                                                  late ? duration * 6 / 10 : 0, late ? duration * 13 / 10 : duration);
        INFO("round " << round << ": killed after " << delay << " ms of " << duration);
        const QString backups = QFileInfo(path).absolutePath() + QStringLiteral("/backups");
        {
            Database db;
            db.open(path, Database::OpenMode::ReadWrite);   // recovers the write-ahead log as the next user would
            CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check"), {}, QStringLiteral("test")).toString() == QLatin1String("ok"));
            // Before: every row of every table as in the master. After: what the import sets
            // (its write times aside), with counts that match the events.
            const bool isAfter = contentChecksum(db.connection()) == afterContent;
            const bool isBefore = !isAfter && ImportChecks::checksum(db.connection()) == before;
            CHECK((isBefore || isAfter));
            killedBefore += isBefore ? 1 : 0;
            killedAfter += isAfter ? 1 : 0;
            if (!isBefore)
                ImportChecks::checkCountsMatchEvents(db.connection());
            // No half-written backup is left looking like a whole one.
            for (const QFileInfo &f : QDir(backups).entryInfoList({QStringLiteral("*.sqlite")})) {
                if (!f.fileName().startsWith(QFileInfo(path).completeBaseName() + QLatin1Char('-')))
                    continue;
                Database backup;
                backup.open(f.absoluteFilePath(), Database::OpenMode::ReadOnly);
                CHECK_FALSE(backup.isDamaged());
                CHECK(contentChecksum(backup.connection()) == beforeContent);
            }
        }
        // 20 national copies and their backups would fill a small disk.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        for (const QFileInfo &f : QDir(backups).entryInfoList({QFileInfo(path).completeBaseName() + QStringLiteral("-*")}))
            QFile::remove(f.absoluteFilePath());
    }
    WARN(killedBefore << " rounds left the database as before, " << killedAfter << " as after");
    CHECK(killedBefore + killedAfter == 20);
}
