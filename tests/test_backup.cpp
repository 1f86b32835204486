// Backups and restores: made through SQLite while others write, checked, pruned by the retention
// rule (never touching a file the app did not make), restored exactly, refused when unusable.
#include "catch.h"
#include "support/dialogsteps.h"
#include "support/testsupport.h"

#include "storage/backupretention.h"
#include "storage/backupservice.h"
#include "storage/changewatcher.h"
#include "storage/cooperativerepository.h"
#include "storage/database.h"
#include "core/indonesianformat.h"
#include "shell/mainwindow.h"
#include "storage/migrator.h"
#include "models/registrymodel.h"
#include "reports/reportspage.h"
#include "shell/restorebackupdialog.h"
#include "storage/sqlitedirect.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/workshoprepository.h"
#include "workshops/workshopspage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <memory>
#include <QSqlRecord>
#include <QThread>
#include <atomic>
#include <thread>

namespace {
// A copy of the demo database alone in a folder of its own, so each test has its own backups folder.
QString freshCopy(const QString &name)
{
    const QString dir = TestSupport::tempPath(name);
    QDir(dir).removeRecursively();
    REQUIRE(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("kmp.sqlite"));
    REQUIRE(QFile::rename(TestSupport::demoDatabaseCopy(name + QStringLiteral(".sqlite")), path));
    return path;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A checksum of every row of every table (in a fixed order), and of the schema's objects.
QByteArray contentHash(const QSqlDatabase &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    REQUIRE(tables.exec(QStringLiteral("SELECT name, type, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")));
    QStringList names;
    while (tables.next()) {
        h.addData(tables.value(0).toString().toUtf8() + '|' + tables.value(2).toString().simplified().toUtf8() + '\n');
        if (tables.value(1).toString() == QLatin1String("table"))
            names << tables.value(0).toString();
    }
    for (const QString &t : names) {
        QSqlQuery count(db);
        REQUIRE(count.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(t)));
        const int columns = count.record().count();
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order << QString::number(i);
        QSqlQuery rows(db);
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(t, order.join(QLatin1Char(',')))));
        h.addData(t.toUtf8() + ":\n");
        while (rows.next()) {
            for (int i = 0; i < columns; ++i)
                h.addData((rows.isNull(i) ? QByteArray("NULL") : rows.value(i).toString().toUtf8()) + '\x1f');
            h.addData("\n");
        }
    }
    return h.result();
}

QByteArray contentHashOf(const QString &path)
{
    Database db;
    db.open(path, Database::OpenMode::ReadOnly);
    return contentHash(db.connection().qt());
}

// Changes that touch several tables (and their triggers): edits, milestone marks.
void changeSomething(Database &db, const QString &tag)
{
    Transaction tx(db.connection(), QStringLiteral("test"));
    Sql::run(db.connection(), QStringLiteral("UPDATE cooperative SET chair_name = ? WHERE id IN (1, 2, 3)"), {tag}, QStringLiteral("test"));
    Sql::run(db.connection(), QStringLiteral("DELETE FROM milestone_event WHERE id IN (SELECT id FROM milestone_event ORDER BY id LIMIT 5)"), {},
             QStringLiteral("test"));
    Sql::run(db.connection(), QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('test/tag', ?)"), {tag}, QStringLiteral("test"));
    tx.commit();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::AllDirs | QDir::NoDotAndDotDot, QDir::Name);
}

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

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}
}   // namespace

TEST_CASE("a backup goes into the backups folder beside the database, named, checked and complete", "[backup]")
{
    const QString path = freshCopy(QStringLiteral("backup-named"));
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    const int cooperatives = CooperativeRepository(db.connection()).count();
    REQUIRE(cooperatives > 0);
    const BackupInfo b = BackupService::backUp(db, BackupService::Reason::Manual, QString(), at(QStringLiteral("2026-12-02T09:30:00")));
    CHECK(QFileInfo(b.path).absolutePath() == QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups")));
    CHECK(QFileInfo(b.path).fileName() == QStringLiteral("kmp-2026-12-02-0930-manual.sqlite"));
    CHECK(b.usable);
    CHECK(b.cooperatives == cooperatives);
    CHECK(b.schemaVersion == Database::latestSchemaVersion());
    // A single file: no .part, no -wal or -journal beside it.
    CHECK(filesIn(BackupService::backupFolder(path)) == QStringList{QStringLiteral("kmp-2026-12-02-0930-manual.sqlite")});
    CHECK(contentHashOf(b.path) == contentHash(db.connection().qt()));

    // A second one in the same minute gets a name of its own; the first is not overwritten.
    const QByteArray first = fileHash(b.path);
    const BackupInfo again = BackupService::backUp(db, BackupService::Reason::Manual, QString(), at(QStringLiteral("2026-12-02T09:30:40")));
    CHECK(again.path != b.path);
    CHECK(fileHash(b.path) == first);
    QDateTime when;
    QString reason;
    CHECK(BackupService::parseName(path, QFileInfo(again.path).fileName(), &when, &reason));
    CHECK(reason == QStringLiteral("manual"));

    const QVector<BackupInfo> list = BackupService::listBackups(path);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).cooperatives == cooperatives);
    CHECK(list.at(0).sizeBytes == QFileInfo(list.at(0).path).size());
    CHECK(list.at(0).madeAt == at(QStringLiteral("2026-12-02T09:30:00")));

    // --out: anywhere, never over an existing file.
    const QString out = QFileInfo(path).absoluteDir().filePath(QStringLiteral("elsewhere.sqlite"));
    CHECK(BackupService::backUp(db, BackupService::Reason::Manual, out).usable);
    const QByteArray outHash = fileHash(out);
    CHECK_THROWS_AS(BackupService::backUp(db, BackupService::Reason::Manual, out), StorageError);
    CHECK(fileHash(out) == outHash);
}

TEST_CASE("a backup taken while another connection writes is consistent and opens", "[backup][concurrent]")
{
    const QString path = freshCopy(QStringLiteral("backup-concurrent"));
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    std::atomic<bool> stop{false};
    std::atomic<int> commits{0};
    // The writer keeps two rows equal in every transaction; a torn copy would show them apart.
    // A QThread, as the app's own workers: a std::thread that opened a Qt SQL connection crashed in
    // Qt's clean-up of the thread as it ended, under Wine every time (Qt on MinGW does not expect
    // Qt objects in a thread it did not start).
    std::unique_ptr<QThread> writer(QThread::create([&] {
        Database other;
        other.open(path, Database::OpenMode::ReadWrite);
        for (int i = 1; !stop; ++i) {
            Transaction tx(other.connection(), QStringLiteral("writer"));
            Sql::run(other.connection(), QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('test/a', ?)"), {i}, QStringLiteral("w"));
            Sql::run(other.connection(), QStringLiteral("UPDATE cooperative SET chair_name = ? WHERE id = 1"), {QString::number(i)}, QStringLiteral("w"));
            Sql::run(other.connection(), QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES ('test/b', ?)"), {i}, QStringLiteral("w"));
            tx.commit();
            ++commits;
        }
    }));
    writer->start();
    while (commits < 5)
        std::this_thread::yield();
    QVector<BackupInfo> made;
    for (int i = 0; i < 3; ++i)
        made << BackupService::backUp(db, BackupService::Reason::Manual, QString(), QDateTime::currentDateTime().addSecs(i * 60));
    const int during = commits;
    stop = true;
    writer->wait();
    INFO("commits during the backups: " << during);
    CHECK(commits > 5);
    for (const BackupInfo &b : made) {
        CHECK(b.usable);
        Database copy;
        copy.open(b.path, Database::OpenMode::ReadOnly);
        const QString a = Sql::scalar(copy.connection(), QStringLiteral("SELECT value FROM setting WHERE key = 'test/a'"), {}, QString()).toString();
        const QString bValue = Sql::scalar(copy.connection(), QStringLiteral("SELECT value FROM setting WHERE key = 'test/b'"), {}, QString()).toString();
        const QString chair = Sql::scalar(copy.connection(), QStringLiteral("SELECT chair_name FROM cooperative WHERE id = 1"), {}, QString()).toString();
        CHECK(!a.isEmpty());
        CHECK(a == bValue);
        CHECK(a == chair);
    }
}

TEST_CASE("retention over a year of daily backups keeps 7 days, 4 weeks, 12 months", "[backup][retention]")
{
    struct Case
    {
        const char *name;
        QVector<BackupRetention::Candidate> backups;
        QDateTime now;
        QStringList kept;   // yyyy-MM-dd HH:mm reason, derived by hand from the calendar
    };
    QVector<BackupRetention::Candidate> year;
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
        year.append({QDateTime(d, QTime(9, 30)), QStringLiteral("daily")});
    // 2026-12-31 is a Thursday of ISO week 53; weeks 52, 51, 50 end on Sundays 27, 20 and 13 December.
    const QStringList yearKept = {
        QStringLiteral("2026-12-31 09:30 daily"),
        QStringLiteral("2026-12-30 09:30 daily"),
        QStringLiteral("2026-12-29 09:30 daily"),
        QStringLiteral("2026-12-28 09:30 daily"),
        QStringLiteral("2026-12-27 09:30 daily"),
        QStringLiteral("2026-12-26 09:30 daily"),
        QStringLiteral("2026-12-25 09:30 daily"),
        QStringLiteral("2026-12-20 09:30 daily"),
        QStringLiteral("2026-12-13 09:30 daily"),
        QStringLiteral("2026-11-30 09:30 daily"),
        QStringLiteral("2026-10-31 09:30 daily"),
        QStringLiteral("2026-09-30 09:30 daily"),
        QStringLiteral("2026-08-31 09:30 daily"),
        QStringLiteral("2026-07-31 09:30 daily"),
        QStringLiteral("2026-06-30 09:30 daily"),
        QStringLiteral("2026-05-31 09:30 daily"),
        QStringLiteral("2026-04-30 09:30 daily"),
        QStringLiteral("2026-03-31 09:30 daily"),
        QStringLiteral("2026-02-28 09:30 daily"),
        QStringLiteral("2026-01-31 09:30 daily"),
    };

    // The year plus backups before imports and restores: kept 30 days, then ordinary.
    QVector<BackupRetention::Candidate> withProtected = year;
    withProtected.append({at(QStringLiteral("2026-12-10T14:00:00")), QStringLiteral("import")});           // 21 days old: kept
    withProtected.append({at(QStringLiteral("2026-12-01T10:00:00")), QStringLiteral("before-restore")});   // 30 days old to the minute: kept
    withProtected.append({at(QStringLiteral("2026-11-20T08:00:00")), QStringLiteral("before-restore")});   // 41 days: not the newest of anything
    withProtected.append({at(QStringLiteral("2026-11-25T11:00:00")), QStringLiteral("manual")});           // 36 days: gone
    QStringList protectedKept = yearKept;
    protectedKept << QStringLiteral("2026-12-10 14:00 import") << QStringLiteral("2026-12-01 10:00 before-restore");

    // Several a day: the newest of each day; an office closed for weeks keeps its last 7 working days.
    QVector<BackupRetention::Candidate> gaps;
    for (const char *d : {"2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05", "2026-06-08", "2026-06-09", "2026-06-10"})
        for (int hour : {8, 12, 16})
            gaps.append({QDateTime(QDate::fromString(QLatin1String(d), Qt::ISODate), QTime(hour, 0)), QStringLiteral("daily")});
    // now is 2026-08-15: the newest of each of the last 7 days with backups (June 2..10), of weeks 23 and 24
    // (June 5 and 10: already in) and of June (10th). June 1 goes.
    const QStringList gapsKept = {
        QStringLiteral("2026-06-10 16:00 daily"),
        QStringLiteral("2026-06-09 16:00 daily"),
        QStringLiteral("2026-06-08 16:00 daily"),
        QStringLiteral("2026-06-05 16:00 daily"),
        QStringLiteral("2026-06-04 16:00 daily"),
        QStringLiteral("2026-06-03 16:00 daily"),
        QStringLiteral("2026-06-02 16:00 daily"),
    };

    // A backup dated in the future (a clock set wrong) is never deleted.
    QVector<BackupRetention::Candidate> future = {{at(QStringLiteral("2027-05-01T09:00:00")), QStringLiteral("daily")}};
    for (int i = 0; i < 10; ++i)
        future.append({at(QStringLiteral("2026-03-01T09:00:00")).addDays(i), QStringLiteral("daily")});
    // The future one takes no place: 7 days = Mar 10..4; weeks W11 (Mar 10), W10 (Mar 8), W9 (Mar 1); month: Mar 10.
    const QStringList futureKept = {
        QStringLiteral("2027-05-01 09:00 daily"),
        QStringLiteral("2026-03-10 09:00 daily"),
        QStringLiteral("2026-03-09 09:00 daily"),
        QStringLiteral("2026-03-08 09:00 daily"),
        QStringLiteral("2026-03-07 09:00 daily"),
        QStringLiteral("2026-03-06 09:00 daily"),
        QStringLiteral("2026-03-05 09:00 daily"),
        QStringLiteral("2026-03-04 09:00 daily"),
        QStringLiteral("2026-03-01 09:00 daily"),
    };

    // A backup by hand and one before a restore, later on the same day, leave the day's daily backup in place.
    const QVector<BackupRetention::Candidate> sameDay = {
        {at(QStringLiteral("2026-12-02T08:00:00")), QStringLiteral("daily")},
        {at(QStringLiteral("2026-12-02T15:00:00")), QStringLiteral("manual")},
        {at(QStringLiteral("2026-12-02T16:00:00")), QStringLiteral("before-restore")},
        {at(QStringLiteral("2026-12-02T16:30:00")), QStringLiteral("import")},
        {at(QStringLiteral("2026-12-01T08:00:00")), QStringLiteral("daily")},
        {at(QStringLiteral("2026-12-01T07:00:00")), QStringLiteral("daily")},
    };
    const QStringList sameDayKept = {
        QStringLiteral("2026-12-02 08:00 daily"),
        QStringLiteral("2026-12-02 15:00 manual"),
        QStringLiteral("2026-12-02 16:00 before-restore"),
        QStringLiteral("2026-12-02 16:30 import"),
        QStringLiteral("2026-12-01 08:00 daily"),
    };

    const QVector<Case> cases = {
        {"a year of daily backups", year, at(QStringLiteral("2026-12-31T10:00:00")), yearKept},
        {"with import and restore backups", withProtected, at(QStringLiteral("2026-12-31T10:00:00")), protectedKept},
        {"several a day and gaps", gaps, at(QStringLiteral("2026-08-15T10:00:00")), gapsKept},
        {"a backup from the future", future, at(QStringLiteral("2026-03-20T10:00:00")), futureKept},
        {"later backups on the same day", sameDay, at(QStringLiteral("2026-12-02T17:00:00")), sameDayKept},
        {"nothing to prune", {}, at(QStringLiteral("2026-03-20T10:00:00")), {}},
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            const QVector<int> gone = BackupRetention::toDelete(c.backups, c.now);
            QStringList kept;
            for (int i = 0; i < c.backups.size(); ++i)
                if (!gone.contains(i))
                    kept << c.backups.at(i).madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + c.backups.at(i).reason;
            QStringList expected = c.kept;
            kept.sort();
            expected.sort();
            CHECK(kept.join(QLatin1Char('\n')).toStdString() == expected.join(QLatin1Char('\n')).toStdString());
            CHECK(gone.size() + kept.size() == c.backups.size());
        }
    }
}

TEST_CASE("pruning deletes only this database's backups by the rule, never other files", "[backup][retention]")
{
    const QString path = freshCopy(QStringLiteral("backup-prune"));
    const QString folder = BackupService::backupFolder(path);
    REQUIRE(QDir().mkpath(folder));
    const auto touch = [&](const QString &name) {
        QFile f(QDir(folder).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    };
    // Ours, old: 40 daily backups of January, the newest of which (Feb 9) stays.
    QStringList ours;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("kmp-%1-daily.sqlite").arg(QDateTime(QDate(2026, 1, 1).addDays(i), QTime(9, 30)).toString(QStringLiteral("yyyy-MM-dd-HHmm")));
        touch(name);
        ours << name;
    }
    const QStringList foreign = {
        QStringLiteral("notes.txt"),
        QStringLiteral("kmp-copy.sqlite"),                        // a copy the clerk made
        QStringLiteral("kmp-2026-01-02-0930-daily.sqlite.bak"),   // not our extension
        QStringLiteral("kmp-2026-01-02-0930-weekly.sqlite"),      // not one of our reasons
        QStringLiteral("other-2026-01-02-0930-daily.sqlite"),     // another database's backup
        QStringLiteral("kmp2-2026-01-02-0930-daily.sqlite"),
#ifndef Q_OS_WIN   // on Windows that is the same name as our own: its file names ignore case
        QStringLiteral("KMP-2026-01-02-0930-daily.sqlite"),
#endif
        QStringLiteral("kmp-2026-01-02-0930-daily.sqlite.part"),
    };
    for (const QString &name : foreign)
        touch(name);
    // A backup killed midway two days ago left its .part: ours, so it goes; a fresh .part (one being written) stays.
    touch(QStringLiteral("kmp-2026-01-03-0930-manual.sqlite.part"));
    {
        QFile old(QDir(folder).filePath(QStringLiteral("kmp-2026-01-03-0930-manual.sqlite.part")));
        REQUIRE(old.open(QIODevice::ReadWrite));
        REQUIRE(old.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime));
    }
    const QStringList deleted = BackupService::prune(path, at(QStringLiteral("2026-12-01T10:00:00")));
    CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("kmp-2026-01-03-0930-manual.sqlite.part"))));
    CHECK(deleted.size() > 20);
    for (const QString &name : foreign)
        CHECK(QFileInfo::exists(QDir(folder).filePath(name)));
    // Of ours: Feb 3..9 (7 days), weeks 6 (Feb 8) and 5 (Feb 1), 4 (Jan 25) + Feb 9 / Jan 31 months.
    QStringList left;
    for (const QString &name : ours)
        if (QFileInfo::exists(QDir(folder).filePath(name)))
            left << name.mid(4, 10);
    CHECK(left == QStringList({QStringLiteral("2026-01-25"), QStringLiteral("2026-01-31"), QStringLiteral("2026-02-01"), QStringLiteral("2026-02-03"), QStringLiteral("2026-02-04"), QStringLiteral("2026-02-05"), QStringLiteral("2026-02-06"), QStringLiteral("2026-02-07"), QStringLiteral("2026-02-08"), QStringLiteral("2026-02-09")}));
}

TEST_CASE("a restore gives back exactly the backed-up content; the replaced state is backed up first", "[backup][restore]")
{
    const bool direct = GENERATE(true, false);
    INFO((direct ? "SQLite's online backup API" : "table by table through ATTACH"));
    SqliteDirect::setEnabled(direct);
    const QString path = freshCopy(direct ? QStringLiteral("restore-direct") : QStringLiteral("restore-portable"));
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    changeSomething(db, QStringLiteral("first"));
    const QByteArray backedUp = contentHash(db.connection().qt());
    const BackupInfo b = BackupService::backUp(db, BackupService::Reason::Manual);
    changeSomething(db, QStringLiteral("second"));
    Sql::run(db.connection(), QStringLiteral("DELETE FROM workshop_invitation"), {}, QStringLiteral("test"));
    const QByteArray replaced = contentHash(db.connection().qt());
    REQUIRE(replaced != backedUp);

    // Another window on the same file, open through the restore.
    Database other;
    other.open(path, Database::OpenMode::ReadWrite);
    REQUIRE(contentHash(other.connection().qt()) == replaced);

    const BackupService::RestoreResult r = BackupService::restore(db, b.path);
    CHECK(contentHash(db.connection().qt()) == backedUp);
    CHECK(contentHash(other.connection().qt()) == backedUp);
    CHECK(r.restored.cooperatives == b.cooperatives);
    CHECK(r.beforeRestore.reason == QStringLiteral("before-restore"));
    CHECK(QFileInfo(r.beforeRestore.path).fileName().endsWith(QStringLiteral("-before-restore.sqlite")));
    CHECK(contentHashOf(r.beforeRestore.path) == replaced);
    // Still usable for writing afterwards, by both connections, with the triggers in place.
    changeSomething(db, QStringLiteral("third"));
    changeSomething(other, QStringLiteral("fourth"));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"), {}, QString()).toInt() > 0);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA journal_mode"), {}, QString()).toString() == QStringLiteral("wal"));
    QSqlQuery check(db.connection().qt());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    // The district tallies kept by triggers agree with a count from scratch.
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(SUM(cooperatives), 0) FROM district_tally"), {}, QString()).toInt()
          == Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM cooperative"), {}, QString()).toInt());
    SqliteDirect::setEnabled(true);
    // No work files left behind.
    for (const QString &name : filesIn(BackupService::backupFolder(path)))
        CHECK(name.endsWith(QStringLiteral(".sqlite")));
}

TEST_CASE("a backup with 4 KiB pages (an earlier version's file) restores exactly into a database of 16 KiB pages", "[backup][restore]")
{
    const QString path = freshCopy(QStringLiteral("restore-page-size"));
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA page_size"), {}, QString()).toInt() == 16384);
    changeSomething(db, QStringLiteral("first"));
    const QByteArray backedUp = contentHash(db.connection().qt());
    const BackupInfo b = BackupService::backUp(db, BackupService::Reason::Manual);
    {
        // The backup rewritten with the page size SQLite gave every file before.
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("page-size"));
        old.setDatabaseName(b.path);
        REQUIRE(old.open());
        QSqlQuery q(old);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
        REQUIRE(q.exec(QStringLiteral("VACUUM")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 4096);
        q = QSqlQuery();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("page-size"));
    changeSomething(db, QStringLiteral("second"));
    REQUIRE(contentHash(db.connection().qt()) != backedUp);

    BackupService::restore(db, b.path);
    CHECK(contentHash(db.connection().qt()) == backedUp);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA page_size"), {}, QString()).toInt() == 16384);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check"), {}, QString()).toString() == QStringLiteral("ok"));
    changeSomething(db, QStringLiteral("third"));
}

TEST_CASE("an older backup is upgraded as it is restored", "[backup][restore]")
{
    const QString path = freshCopy(QStringLiteral("restore-older"));
    const QString older = QFileInfo(path).absoluteDir().filePath(QStringLiteral("older.sqlite"));
    {
        Database old;
        old.openAtVersion(older, 2);
    }
    QFile::remove(older + QStringLiteral("-wal"));
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    const BackupService::RestoreResult r = BackupService::restore(db, older);
    CHECK(r.restored.schemaVersion == 2);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(CooperativeRepository(db.connection()).count() == 0);
    CHECK(contentHashOf(r.beforeRestore.path) != QByteArray());
    CHECK(BackupService::inspect(r.beforeRestore.path).cooperatives > 0);
}

TEST_CASE("a restore of a non-database, a damaged or a newer file is refused and changes nothing", "[backup][restore]")
{
    const QString path = freshCopy(QStringLiteral("restore-refused"));
    const QString dir = QFileInfo(path).absolutePath();
    const QString text = QDir(dir).filePath(QStringLiteral("text.sqlite"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("village_code;name\n12.08;x\n");
    }
    const QString damaged = QDir(dir).filePath(QStringLiteral("damaged-copy.sqlite"));
    REQUIRE(QFile::copy(path, damaged));
    damageMiddle(damaged);
    const QString newer = QDir(dir).filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        db.open(path, Database::OpenMode::ReadWrite);
        db.copyTo(newer);
    }
    {
        Database n;
        n.open(newer, Database::OpenMode::ReadWrite);
        Sql::run(n.connection(), QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) VALUES (999, 'future', '2030-01-01')"), {},
                 QStringLiteral("test"));
    }
    const QString foreign = QDir(dir).filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase f = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        f.setDatabaseName(foreign);
        REQUIRE(f.open());
        QSqlQuery(f).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
        f.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    const QByteArray before = contentHash(db.connection().qt());
    for (const QString &bad : {text, damaged, newer, foreign, QDir(dir).filePath(QStringLiteral("missing.sqlite")), path}) {
        INFO(bad.toStdString());
        const QStringList backupsBefore = filesIn(BackupService::backupFolder(path));
        try {
            BackupService::restore(db, bad);
            FAIL("restored from an unusable file");
        } catch (const StorageError &e) {
            CHECK(e.message().contains(QLatin1String("Nothing was changed")));
        }
        CHECK(contentHash(db.connection().qt()) == before);
        CHECK(filesIn(BackupService::backupFolder(path)) == backupsBefore);   // not even a before-restore backup
    }
    CHECK(BackupService::inspect(newer).problem.contains(QLatin1String("newer")));
    CHECK(BackupService::inspect(damaged).problem.contains(QLatin1String("damaged")));
    CHECK(BackupService::inspect(foreign).problem.contains(QLatin1String("not a Pantau Kopdes")));
}

TEST_CASE("the start-up backup runs once a day, not for an empty, read-only or damaged database", "[backup][daily]")
{
    const QString path = freshCopy(QStringLiteral("backup-daily"));
    {
        Database db;
        db.open(path, Database::OpenMode::ReadWrite);
        const QDateTime morning = at(QStringLiteral("2026-12-02T08:05:00"));
        const BackupInfo first = BackupService::backupIfFirstToday(db, morning);
        REQUIRE(first.isValid());
        CHECK(first.reason == QStringLiteral("daily"));
        CHECK(QFileInfo(first.path).fileName() == QStringLiteral("kmp-2026-12-02-0805-daily.sqlite"));
        CHECK_FALSE(BackupService::backupIfFirstToday(db, morning.addSecs(3600 * 6)).isValid());
        // A backup by hand does not replace the day's.
        BackupService::backUp(db, BackupService::Reason::Manual, QString(), morning.addDays(1));
        const BackupInfo next = BackupService::backupIfFirstToday(db, morning.addDays(1).addSecs(60));
        CHECK(next.isValid());
        CHECK_FALSE(BackupService::backupIfFirstToday(db, morning.addDays(1).addSecs(120)).isValid());
        CHECK(BackupService::listBackups(path, false).size() == 3);
    }
    {
        Database ro;
        ro.open(path, Database::OpenMode::ReadOnly);
        CHECK_FALSE(BackupService::backupIfFirstToday(ro, at(QStringLiteral("2026-12-05T08:00:00"))).isValid());
        // A backup by hand (and the window's start-up worker) reads through a read-only connection.
        const BackupInfo b = BackupService::backUp(ro, BackupService::Reason::Manual, QString(), at(QStringLiteral("2026-12-05T08:00:00")));
        CHECK(b.usable);
        CHECK(contentHashOf(b.path) == contentHash(ro.connection().qt()));
        QFile::remove(b.path);
    }
    const QString empty = QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("new.sqlite"));
    {
        Database db;
        db.open(empty, Database::OpenMode::Create);
        CHECK_FALSE(BackupService::backupIfFirstToday(db, at(QStringLiteral("2026-12-05T08:00:00"))).isValid());
        CHECK(BackupService::listBackups(empty, false).isEmpty());
    }
    const QString damaged = QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(path, damaged));
    damageMiddle(damaged);
    {
        Database db;
        db.open(damaged, Database::OpenMode::ReadWrite);
        REQUIRE(db.isDamaged());
        CHECK_FALSE(BackupService::backupIfFirstToday(db, at(QStringLiteral("2026-12-05T08:00:00"))).isValid());
    }
    CHECK(BackupService::listBackups(damaged, false).isEmpty());
}

TEST_CASE("a damaged database is restored by moving it aside, never by writing into it", "[backup][damaged]")
{
    const QString path = freshCopy(QStringLiteral("restore-damaged"));
    QByteArray good;
    BackupInfo b;
    {
        Database db;
        db.open(path, Database::OpenMode::ReadWrite);
        changeSomething(db, QStringLiteral("good"));
        good = contentHash(db.connection().qt());
        b = BackupService::backUp(db, BackupService::Reason::Daily);
        QSqlQuery(db.connection().qt()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    damageMiddle(path);
    const QByteArray damagedBytes = fileHash(path);
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    REQUIRE(db.isDamaged());
    const BackupInfo latest = BackupService::latestGoodBackup(path);
    CHECK(latest.path == b.path);
    // A damaged backup newer than the good one is passed over.
    const QString worse = QDir(BackupService::backupFolder(path)).filePath(QStringLiteral("kmp-2099-01-01-0000-daily.sqlite"));
    REQUIRE(QFile::copy(path, worse));
    CHECK(BackupService::latestGoodBackup(path).path == b.path);
    CHECK_THROWS_AS(BackupService::restore(db, b.path), StorageError);
    CHECK(fileHash(path) == damagedBytes);

    const QString aside = BackupService::restoreDamaged(db, b.path);
    CHECK(QFileInfo(aside).fileName().startsWith(QStringLiteral("kmp-damaged-")));
    CHECK(fileHash(aside) == damagedBytes);
    CHECK(db.isOpen());
    CHECK_FALSE(db.isDamaged());
    CHECK_FALSE(db.isReadOnly());
    CHECK(contentHash(db.connection().qt()) == good);
    changeSomething(db, QStringLiteral("after"));
}

TEST_CASE("a PostgreSQL database is not backed up here: that is the server's job", "[backup][server]")
{
    CHECK(BackupService::isServerDatabase(QStringLiteral("postgresql://kantor@10.0.0.5/kmp")));
    CHECK_FALSE(BackupService::isServerDatabase(QStringLiteral("/home/staf/postgresql/kmp.sqlite")));
    CHECK(BackupService::serverMessage().contains(QLatin1String("pg_dump")));
    CHECK(BackupService::listBackups(QStringLiteral("postgresql://kantor@10.0.0.5/kmp")).isEmpty());
    const auto r = TestSupport::runApp({QStringLiteral("backup"), QStringLiteral("--db"), QStringLiteral("postgresql://kantor@10.0.0.5/kmp")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("pg_dump"));
}

TEST_CASE("backup and restore from the command line", "[backup][cli]")
{
    const QString path = freshCopy(QStringLiteral("backup-cli"));
    QProcessEnvironment english;
    english.insert(QStringLiteral("PANTAU_KOPDES_LANG"), QStringLiteral("en"));
    const auto b = TestSupport::runApp({QStringLiteral("backup"), QStringLiteral("--db"), path}, 120000, english);
    INFO(b.out.toStdString() << b.err.toStdString());
    REQUIRE(b.exitCode == 0);
    const QVector<BackupInfo> list = BackupService::listBackups(path);
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).reason == QStringLiteral("manual"));
    CHECK(QString::fromUtf8(b.out).contains(QDir::toNativeSeparators(list.at(0).path)));
    CHECK(b.err.isEmpty());
    const QByteArray backedUp = contentHashOf(path);

    const QString out = QFileInfo(path).absoluteDir().filePath(QStringLiteral("usb.sqlite"));
    CHECK(TestSupport::runApp({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), out}).exitCode == 0);
    CHECK(BackupService::inspect(out).usable);
    const auto again = TestSupport::runApp({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), out}, 120000, english);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already exists"));

    {
        Database db;
        db.open(path, Database::OpenMode::ReadWrite);
        changeSomething(db, QStringLiteral("later"));
    }
    const QByteArray changed = contentHashOf(path);
    const auto r = TestSupport::runApp({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"), list.at(0).path}, 120000, english);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(contentHashOf(path) == backedUp);
    CHECK(r.out.contains("before-restore"));
    const QString cooperatives = QString::number(list.at(0).cooperatives);
    CHECK(QString::fromUtf8(r.out).contains(cooperatives));
    BackupInfo before;
    for (const BackupInfo &i : BackupService::listBackups(path))
        if (i.reason == QStringLiteral("before-restore"))
            before = i;
    REQUIRE(before.isValid());
    CHECK(contentHashOf(before.path) == changed);

    const auto refused = TestSupport::runApp({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"), path + QStringLiteral("-nope")},
                                             120000, english);
    CHECK(refused.exitCode == 1);
    CHECK(contentHashOf(path) == backedUp);
    const auto help = TestSupport::runApp({QStringLiteral("help")}, 120000, english);
    CHECK(help.out.contains("backup --db FILE"));
    CHECK(help.out.contains("restore --db FILE --from"));
}

namespace {
using TestSupport::whenReady;

// Clicks the button named `name` of the next message box that appears; `seen` gets its text.
void clickInNextBox(const QString &objectName, const QString &button, QString *seen)
{
    whenReady([=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || (!objectName.isEmpty() && box->objectName() != objectName))
            return false;
        *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        QPushButton *b = button.isEmpty() ? qobject_cast<QPushButton *>(box->defaultButton()) : box->findChild<QPushButton *>(button);
        if (!b)
            b = qobject_cast<QPushButton *>(box->buttons().value(0));
        REQUIRE(b);
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    });
}

// Opens the File menu with a click on the menu bar and clicks its item `actionName`.
void clickMenuItem(QMainWindow &window, const QString &actionName)
{
    QMenuBar *bar = window.menuBar();
    QAction *fileMenu = bar->actions().value(0);
    REQUIRE(fileMenu);
    REQUIRE(fileMenu->menu());
    QMenu *menu = fileMenu->menu();
    QAction *item = menu->findChild<QAction *>(actionName);
    if (!item)
        for (QAction *a : menu->actions())
            if (a->objectName() == actionName)
                item = a;
    REQUIRE(item);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(fileMenu).center());
    REQUIRE(QTest::qWaitForWindowExposed(menu));
    QTest::mouseMove(menu, menu->actionGeometry(item).center());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
}
}   // namespace

TEST_CASE("journey: Back up now from the File menu, then restore it through the dialog", "[backup][journey]")
{
    const QString path = freshCopy(QStringLiteral("backup-journey"));
    auto db = std::make_shared<Database>();
    db->open(path, Database::OpenMode::ReadWrite);
    MainWindow window(db);
    window.resize(1024, 600);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QString shown;
    clickInNextBox(QStringLiteral("backupDone"), QString(), &shown);
    clickMenuItem(window, QStringLiteral("backupNowAction"));
    const QVector<BackupInfo> made = BackupService::listBackups(path);
    REQUIRE(made.size() == 1);
    CHECK(made.at(0).reason == QStringLiteral("manual"));
    CHECK(shown.contains(QDir::toNativeSeparators(made.at(0).path)));
    const QByteArray backedUp = contentHash(db->connection().qt());

    // The pages as the user saw them at the backup, then after a workshop was added.
    auto *workshopsTable = window.findChild<QTableWidget *>(QStringLiteral("workshopList"));
    REQUIRE(workshopsTable);
    const auto titles = [workshopsTable] {
        QStringList out;
        for (int r = 0; r < workshopsTable->rowCount(); ++r)
            out << workshopsTable->item(r, 1)->text();
        return out;
    };
    const QStringList titlesAtBackup = titles();
    auto *registry = window.findChild<RegistryModel *>();
    REQUIRE(registry);
    const auto chairOfFirst = [registry] {
        const QVector<int> rows = registry->rowsOf({1});
        return rows.isEmpty() || !registry->rowAt(rows.first()) ? QString() : registry->rowAt(rows.first())->cooperative.chairName;
    };
    const QString chairAtBackup = chairOfFirst();
    REQUIRE_FALSE(chairAtBackup.isEmpty());
    REQUIRE_FALSE(titlesAtBackup.isEmpty());
    changeSomething(*db, QStringLiteral("after the backup"));
    Workshop added;
    added.title = QStringLiteral("Workshop after the backup");
    added.heldOn = QDate(2025, 11, 1);
    added.place = QStringLiteral("Aula");
    WorkshopRepository(db->connection()).create(added, QStringLiteral("tester"));
    window.context().watcher->notifyLocalChange();
    CHECK(titles().contains(added.title));
    CHECK(chairOfFirst() == QStringLiteral("after the backup"));
    auto *reportsWorkshops = window.findChild<ReportsPage *>()->findChild<QComboBox *>(QStringLiteral("reportKind"));
    const QByteArray changed = contentHash(db->connection().qt());
    REQUIRE(changed != backedUp);

    bool dialogSeen = false;
    QString confirmation, done;
    int rows = -1;
    whenReady([&] {
        auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return false;
        dialogSeen = true;
        QTableWidget *table = dialog->table();
        rows = table->rowCount();
        // The one backup, with its date and cooperatives as the user reads them.
        CHECK(table->item(0, 0)->text() == IndonesianFormat::dateTime(made.at(0).madeAt));
        CHECK(table->item(0, 2)->text() == IndonesianFormat::number(made.at(0).cooperatives));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 1)).center());
        REQUIRE(dialog->restoreButton()->isEnabled());
        clickInNextBox(QString(), QStringLiteral("confirmRestore"), &confirmation);
        // After the confirmation: the message saying it was done.
        whenReady([&] {
            if (confirmation.isEmpty())
                return false;
            clickInNextBox(QStringLiteral("restoreDone"), QString(), &done);
            return true;
        });
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        QTimer::singleShot(2500, dialog, [dialog] { if (dialog->isVisible()) dialog->done(QDialog::Rejected); });
        return true;
    });
    clickMenuItem(window, QStringLiteral("restoreAction"));
    REQUIRE(dialogSeen);
    CHECK(rows == 1);
    CHECK(confirmation.contains(IndonesianFormat::dateTime(made.at(0).madeAt)));
    CHECK(confirmation.contains(IndonesianFormat::number(made.at(0).cooperatives)));
    CHECK(done.contains(QLatin1String("before-restore")));
    CHECK(contentHash(db->connection().qt()) == backedUp);
    CHECK(window.context().undoStack->count() == 0);
    // Every page shows the restored content: the workshop added after the backup is gone.
    QCoreApplication::processEvents();
    CHECK(titles() == titlesAtBackup);
    CHECK(chairOfFirst() == chairAtBackup);
    REQUIRE(reportsWorkshops);
    CHECK(reportsWorkshops->findText(added.title, Qt::MatchContains) < 0);
    BackupInfo before;
    for (const BackupInfo &b : BackupService::listBackups(path))
        if (b.reason == QStringLiteral("before-restore"))
            before = b;
    REQUIRE(before.isValid());
    CHECK(contentHashOf(before.path) == changed);
}

TEST_CASE("the window makes the day's backup at start-up on a worker thread, once", "[backup][daily][journey]")
{
    const QString path = freshCopy(QStringLiteral("backup-startup"));
    auto db = std::make_shared<Database>();
    db->open(path, Database::OpenMode::ReadWrite);
    {
        MainWindow window(db);
        window.show();
        QSignalSpy finished(&window, &MainWindow::startupBackupFinished);
        window.runStartupBackup();
        REQUIRE((finished.count() == 1 || finished.wait(20000)));
        const QString made = finished.at(0).at(0).toString();
        INFO(finished.at(0).at(1).toString().toStdString());
        CHECK(finished.at(0).at(1).toString().isEmpty());
        const QVector<BackupInfo> list = BackupService::listBackups(path);
        REQUIRE(list.size() == 1);
        CHECK(list.at(0).path == made);
        CHECK(list.at(0).reason == QStringLiteral("daily"));
        CHECK(list.at(0).usable);
        CHECK(list.at(0).cooperatives == CooperativeRepository(db->connection()).count());
        // The window is usable meanwhile and afterwards; a second start the same day backs up nothing.
        window.runStartupBackup();
        REQUIRE(finished.count() == 2);
        CHECK(finished.at(1).at(0).toString().isEmpty());
    }
    CHECK(BackupService::listBackups(path, false).size() == 1);
}

TEST_CASE("a restore while this connection still has a query open succeeds exactly or changes nothing", "[backup][restore]")
{
    const QString path = freshCopy(QStringLiteral("restore-busy"));
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    const QByteArray backedUp = contentHash(db.connection().qt());
    const BackupInfo b = BackupService::backUp(db, BackupService::Reason::Manual);
    changeSomething(db, QStringLiteral("later"));
    const QByteArray changed = contentHash(db.connection().qt());
    QSqlQuery reading(db.connection().qt());
    reading.setForwardOnly(true);
    REQUIRE(reading.exec(QStringLiteral("SELECT id FROM cooperative ORDER BY id")));
    REQUIRE(reading.next());
    try {
        BackupService::restore(db, b.path);
        reading.finish();
        CHECK(contentHash(db.connection().qt()) == backedUp);
    } catch (const StorageError &e) {
        reading.finish();
        INFO(e.message().toStdString());
        CHECK(e.message().contains(QLatin1String("othing was changed")));
        CHECK(contentHash(db.connection().qt()) == changed);
    }
}

TEST_CASE("journey: a damaged database at start-up offers the newest good backup", "[backup][damaged][journey]")
{
    const bool restore = GENERATE(true, false);
    const QString path = freshCopy(restore ? QStringLiteral("damaged-journey-restore") : QStringLiteral("damaged-journey-readonly"));
    BackupInfo b;
    QByteArray good;
    {
        Database db;
        db.open(path, Database::OpenMode::ReadWrite);
        good = contentHash(db.connection().qt());
        b = BackupService::backUp(db, BackupService::Reason::Daily);
        QSqlQuery(db.connection().qt()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    damageMiddle(path);
    const QByteArray damagedBytes = fileHash(path);
    QString question, done;
    clickInNextBox(QStringLiteral("damagedQuestion"), restore ? QStringLiteral("restoreFromBackup") : QStringLiteral("openReadOnly"), &question);
    if (restore)
        whenReady([&] {
            if (question.isEmpty())
                return false;
            clickInNextBox(QString(), QString(), &done);
            return true;
        });
    const auto db = MainWindow::openDatabase(path, nullptr);
    REQUIRE(db);
    CHECK(question.contains(IndonesianFormat::dateTime(b.madeAt)));
    CHECK(question.contains(IndonesianFormat::number(b.cooperatives)));
    if (restore) {
        CHECK_FALSE(db->isDamaged());
        CHECK_FALSE(db->isReadOnly());
        CHECK(contentHash(db->connection().qt()) == good);
        QStringList aside = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("kmp-damaged-*.sqlite")});
        REQUIRE(aside.size() == 1);
        CHECK(fileHash(QDir(QFileInfo(path).absolutePath()).filePath(aside.at(0))) == damagedBytes);
        CHECK(done.contains(aside.at(0)));
    } else {
        CHECK(db->isDamaged());
        CHECK(db->isReadOnly());
        db->close();
        CHECK(fileHash(path) == damagedBytes);
    }
}

TEST_CASE("the .part files of a backup or a restore killed midway are removed at the next start, an hour later", "[backup][leftovers]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("leftovers.sqlite"));
    const QString folder = BackupService::backupFolder(db);
    QDir().mkpath(folder);
    const QString base = QFileInfo(db).completeBaseName();
    const QString oldBackup = QDir(folder).filePath(base + QStringLiteral("-2025-10-04-0800-daily.sqlite.part"));
    const QString freshBackup = QDir(folder).filePath(base + QStringLiteral("-2025-10-05-0800-daily.sqlite.part"));
    const QString oldRestore = QFileInfo(db).absoluteDir().filePath(QStringLiteral(".%1.restore.part").arg(QFileInfo(db).fileName()));
    const QString notOurs = QDir(folder).filePath(QStringLiteral("laporan.sqlite.part"));
    for (const QString &path : {oldBackup, freshBackup, oldRestore, notOurs}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
    }
    const QDateTime twoHoursAgo = QDateTime::currentDateTime().addSecs(-7200);
    for (const QString &path : {oldBackup, oldRestore, notOurs}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(twoHoursAgo, QFileDevice::FileModificationTime));
    }
    const QStringList removed = BackupService::removeLeftovers(db);
    CHECK(removed.size() == 2);
    CHECK_FALSE(QFileInfo::exists(oldBackup));
    CHECK_FALSE(QFileInfo::exists(oldRestore));
    CHECK(QFileInfo::exists(freshBackup));   // may be a backup being written right now
    CHECK(QFileInfo::exists(notOurs));       // not a name of this app's
}
