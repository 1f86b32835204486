#include "catch.h"
#include "support/testsupport.h"

#include "storage/database.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

// The command line as a script meets it: exit codes, and stderr that carries only our sentences.
namespace {
// The environment of a cron job or `su`: no XDG_RUNTIME_DIR, no platform chosen (the commands
// choose offscreen themselves), English messages.
TestSupport::ProcessResult runBare(const QStringList &args)
{
    QProcessEnvironment english;
    english.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return TestSupport::runApp(args, 120000, english, {QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("QT_QPA_PLATFORM")});
}

// The application's own language set to English (PANTAU_KOPDES_LANG), for messages checked word for word.
TestSupport::ProcessResult runEnglish(const QStringList &args)
{
    QProcessEnvironment english;
    english.insert(QStringLiteral("PANTAU_KOPDES_LANG"), QStringLiteral("en"));
    return TestSupport::runApp(args, 120000, english);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
}   // namespace

TEST_CASE("an unknown command says so and exits 2 instead of starting the window", "[cli]")
{
    const auto r = runBare({QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("frobnicate"));
    CHECK(r.err.contains("help"));
    CHECK(r.out.isEmpty());
    // The known ways to ask for help still succeed.
    CHECK(runBare({QStringLiteral("help")}).exitCode == 0);
    CHECK(runBare({QStringLiteral("--help")}).exitCode == 0);
    // "…" in the usage lines arrives as UTF-8, not double-encoded.
    const auto help = runBare({QStringLiteral("help")});
    CHECK(QString::fromUtf8(help.out).contains(QStringLiteral("postgresql://\u2026")));
    CHECK_FALSE(help.out.contains("\xc3\xa2\xc2\x80"));
    // A command's own --help prints its usage and succeeds.
    const auto own = runEnglish({QStringLiteral("summary"), QStringLiteral("--help")});
    CHECK(own.exitCode == 0);
    CHECK(own.out.contains("summary --db FILE"));
}

TEST_CASE("report and export refuse an area that is not in the database or not the office's", "[cli][area]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("cli-area.sqlite"));
    const QString pdf = TestSupport::tempPath(QStringLiteral("area.pdf"));
    for (const QString &area : {QStringLiteral("99.99"), QStringLiteral("12.07"), QStringLiteral("11"), QStringLiteral("garbage"),
                                QStringLiteral("12.08.30.2002")}) {
        INFO(area.toStdString());
        const auto r = runBare({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf,
                                QStringLiteral("--area"), area});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(area.toUtf8()));
        CHECK_FALSE(QFileInfo::exists(pdf));
        const auto e = runBare({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                TestSupport::tempPath(QStringLiteral("area.csv")), QStringLiteral("--what"),
                                QStringLiteral("districts"), QStringLiteral("--area"), area});
        CHECK(e.exitCode == 2);
    }
    // The office's own regency and one of its kecamatan are fine.
    for (const QString &area : {QStringLiteral("12.08"), QStringLiteral("12.08.30")}) {
        INFO(area.toStdString());
        const auto r = runBare({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf,
                                QStringLiteral("--area"), area});
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
    }
}

TEST_CASE("a date in the future and a comparison after the report's date are refused", "[cli][dates]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("cli-dates.sqlite"));
    const QString pdf = TestSupport::tempPath(QStringLiteral("dates.pdf"));
    const QString tomorrow = iso(QDate::currentDate().addDays(1));
    const auto summary = runBare({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), tomorrow});
    CHECK(summary.exitCode == 2);
    CHECK(summary.err.contains(tomorrow.toUtf8()));
    CHECK(summary.out.isEmpty());
    CHECK(runBare({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf, QStringLiteral("--as-of"), tomorrow})
              .exitCode
          == 2);
    CHECK(runBare({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), TestSupport::tempPath(QStringLiteral("d.csv")),
                   QStringLiteral("--what"), QStringLiteral("districts"), QStringLiteral("--as-of"), tomorrow})
              .exitCode
          == 2);
    const auto reversed = runBare({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf,
                                   QStringLiteral("--as-of"), QStringLiteral("2025-10-03"), QStringLiteral("--compare-from"),
                                   QStringLiteral("2025-10-10")});
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.err.contains("2025-10-10"));
    CHECK_FALSE(QFileInfo::exists(pdf));
    // Today, and an earlier comparison date, are what a report is for.
    const auto fine = runBare({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf,
                               QStringLiteral("--as-of"), iso(QDate::currentDate()), QStringLiteral("--compare-from"),
                               QStringLiteral("2025-10-03")});
    CHECK(fine.exitCode == 0);
}

TEST_CASE("ordinary commands print nothing technical on stderr", "[cli][stderr]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("cli-quiet.sqlite"));
    const QList<QStringList> commands{
        {QStringLiteral("summary"), QStringLiteral("--db"), db},
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), TestSupport::tempPath(QStringLiteral("q.pdf"))},
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--workshop"), QStringLiteral("latest"), QStringLiteral("--out"),
         TestSupport::tempPath(QStringLiteral("w.pdf"))},
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), TestSupport::tempPath(QStringLiteral("q.xlsx"))},
        {QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--workshop"), QStringLiteral("1")},
    };
    for (const QStringList &args : commands) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto r = runBare(args);
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
    }
    // An output folder that does not exist: one sentence of ours, no library's own lines.
    for (const QString &out : {QStringLiteral("/nonexistent-folder/x.xlsx"), QStringLiteral("/nonexistent-folder/x.pdf")}) {
        INFO(out.toStdString());
        const QString command = out.endsWith(QLatin1String(".pdf")) ? QStringLiteral("report") : QStringLiteral("export");
        const auto r = runBare({command, QStringLiteral("--db"), db, QStringLiteral("--out"), out});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("nonexistent-folder"));
        CHECK_FALSE(r.err.contains("[ERROR]"));
        CHECK_FALSE(r.err.contains("QPainter"));
        CHECK_FALSE(r.err.contains("XDG_RUNTIME_DIR"));
    }
}

TEST_CASE("init makes a new office's database for its regency; an existing file or an unknown code is refused", "[cli][init][sqlite]")
{
    const QString path = TestSupport::tempPath(QStringLiteral("kantor baru.sqlite"));
    QFile::remove(path);
    auto r = runEnglish({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--area"), QStringLiteral("12.08")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Kabupaten Simalungun"));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    const auto summary = runEnglish({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.contains("\"total\": 413"));
    // Never over an existing file; an unknown area says what a code looks like, and leaves nothing.
    r = runEnglish({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--area"), QStringLiteral("12.08")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("already exists"));
    const QString other = TestSupport::tempPath(QStringLiteral("salah-kode.sqlite"));
    QFile::remove(other);
    r = runEnglish({QStringLiteral("init"), QStringLiteral("--db"), other, QStringLiteral("--area"), QStringLiteral("99.99")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("12.08"));
    CHECK_FALSE(QFileInfo::exists(other));
    CHECK_FALSE(QFileInfo::exists(other + QStringLiteral(".part")));
}

TEST_CASE("a password written into a server address is refused and never printed", "[cli][password]")
{
    const QString secret = QStringLiteral("Rahasia-Sekali-42");
    for (const QString &url : {QStringLiteral("postgresql://staf:%1@127.0.0.1:1/kopdes").arg(secret),
                               QStringLiteral("postgresql://staf:%1@/").arg(secret),
                               QStringLiteral("postgresql://staf:%1@[bad").arg(secret)}) {
        INFO(url.toStdString());
        const auto r = runEnglish({QStringLiteral("summary"), QStringLiteral("--db"), url});
        CHECK(r.exitCode != 0);
        CHECK_FALSE(r.err.contains(secret.toUtf8()));
        CHECK_FALSE(r.out.contains(secret.toUtf8()));
    }
    const auto r = runEnglish({QStringLiteral("summary"), QStringLiteral("--db"),
                               QStringLiteral("postgresql://staf:%1@127.0.0.1:1/kopdes").arg(secret)});
    CHECK(r.err.contains("password"));
}

TEST_CASE("a folder as the file to import, and a read-only file to export over, get plain words on stderr", "[cli][files]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("cli-files.sqlite"));
    const QString folder = TestSupport::tempPath(QStringLiteral("a-folder"));
    QDir().mkpath(folder);
    const auto folderImport = runEnglish({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), folder});
    CHECK(folderImport.exitCode == 1);
    CHECK(folderImport.out.isEmpty());   // an error is not a result: nothing for a script on stdout
    CHECK(folderImport.err.contains("is a folder, not a file"));
    CHECK_FALSE(folderImport.err.contains("directory"));   // not Qt's own English words

    // A file someone made read-only to keep it is not replaced, even by an administrator.
    const QString kept = TestSupport::tempPath(QStringLiteral("kept.csv"));
    QFile::remove(kept);
    {
        QFile f(kept);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("kept\n");
    }
    REQUIRE(QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto exported = runEnglish({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), kept});
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains("read-only"));
    QFile f(kept);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "kept\n");
    f.close();
    QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("a mark refused because another program holds the database says what was refused", "[cli][locks][sqlite]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("cli-locked.sqlite"));
    Database holder;
    holder.open(db);
    QSqlQuery lock(holder.connection().qt());
    REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));   // another desk in the middle of a save
    const auto r = runEnglish({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), db, QStringLiteral("--workshop"),
                               QStringLiteral("1"), QStringLiteral("--code"), QStringLiteral("12.08.30.2002"), QStringLiteral("--reopen")});
    lock.exec(QStringLiteral("ROLLBACK"));
    INFO(r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains("Reopening workshop 1 for today's marks"));
    CHECK(r.err.contains("busy"));
    CHECK_FALSE(r.err.contains("Saving settings"));
}
