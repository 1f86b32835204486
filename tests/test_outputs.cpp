// Files the app writes: never over the open database or any SQLite file, never a truncated file
// in place of a good one (full disk, a kill midway), CSV cells that a spreadsheet cannot run as
// formulas; and file dialogs that leave the open database's locks alone.
#include "catch.h"
#include "support/testsupport.h"

#include "storage/cooperativerepository.h"
#include "io/csvexporter.h"
#include "storage/database.h"
#include "reports/exportfiledialog.h"
#include "widgets/filedialogs.h"
#include "io/outputfile.h"
#include "report/spreadsheetexport.h"
#include "storage/workshoprepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QApplication>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#else
// A disk of a chosen size is a Linux tmpfs: the full-disk tests are Linux-only ([linux-only]) and
// say they are skipped elsewhere.
#define MNT_DETACH 0
static int umount2(const char *, int) { return 0; }
#endif
#ifdef Q_OS_WIN
#define NOMINMAX
#include <windows.h>
#endif

namespace {
void waitMs(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

bool isCompletePdf(const QByteArray &b)
{
    return b.startsWith("%PDF-") && b.right(1024).contains("%%EOF");
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
}

// One line on stderr, no usage text and no driver or OS English inside.
void checkOneLine(const TestSupport::ProcessResult &r)
{
    const QString err = QString::fromUtf8(r.err).trimmed();
    INFO(err.toStdString());
    CHECK(!err.isEmpty());
    CHECK(!err.contains(QLatin1Char('\n')));
    CHECK(!err.contains(QLatin1String("No space left")));
    CHECK(!err.contains(QLatin1String("usage:")));
}

int presentCount(const QString &db, qint64 workshop)
{
    const auto r = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                        QStringLiteral("--workshop"), QString::number(workshop), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("present")).toInt();
}

// A small tmpfs at `dir` (we run as root in CI); false, with the reason printed, where it cannot be had.
bool mountSmallDisk(const QString &dir, const char *size)
{
    QDir().mkpath(dir);
#ifndef Q_OS_LINUX
    Q_UNUSED(size)
    WARN("SKIPPED: a small disk to fill is a Linux tmpfs; this test is Linux-only");
    return false;
#else
    const QByteArray options = QByteArray("size=") + size;
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) != 0) {
        WARN("SKIPPED: cannot mount a small tmpfs to fill the disk (" << strerror(errno) << "); run as root to test a full disk");
        return false;
    }
    return true;
#endif
}

// Fills the disk at `dir` up to `leave` free bytes.
void fillDisk(const QString &dir, qint64 leave)
{
    QFile filler(QDir(dir).filePath(QStringLiteral("filler")));
    REQUIRE(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    filler.resize(qMax<qint64>(0, filler.size() - leave));
}
}   // namespace

// Linux-only: its spellings include a symbolic link, which QFile::link makes only on POSIX (on
// Windows it makes a .lnk shortcut, which no program follows when it writes).
TEST_CASE("no output is written over the open database, in any spelling of its path", "[outputs][sqlite][linux-only]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("k.sqlite"));
    const QFileInfo info(db);
    const QString dir = info.absolutePath();
    const QString otherSpelling = QDir(dir).filePath(QStringLiteral("../%1/k.sqlite").arg(QDir(dir).dirName()));
    const QString link = QDir(dir).filePath(QStringLiteral("link-to-k.sqlite"));
    const QString hardLink = QDir(dir).filePath(QStringLiteral("hard-k.pdf"));
    QFile::remove(link);
    QFile::remove(hardLink);
    REQUIRE(QFile::link(db, link));
#ifdef Q_OS_WIN
    REQUIRE(CreateHardLinkW(QDir::toNativeSeparators(hardLink).toStdWString().c_str(), QDir::toNativeSeparators(db).toStdWString().c_str(), nullptr));
#else
    REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(hardLink).constData()) == 0);
#endif
    const QByteArray before = fileHash(db);

    SECTION("the command line refuses it with one line and a non-zero exit")
    {
        for (const QString &out : {db, otherSpelling, link, hardLink}) {
            INFO(out.toStdString());
            const auto report = TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), out});
            CHECK(report.exitCode != 0);
            checkOneLine(report);
            const auto cards = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("cards"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--out"), out});
            CHECK(cards.exitCode != 0);
            checkOneLine(cards);
            CHECK(fileHash(db) == before);
        }
        const QString csv = QDir(dir).filePath(QStringLiteral("k.sqlite.csv"));
        QFile::remove(csv);
        REQUIRE(QFile::link(db, csv));
        const auto exported = TestSupport::runApp({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), csv});
        CHECK(exported.exitCode != 0);
        checkOneLine(exported);
        CHECK(fileHash(db) == before);
        CHECK(TestSupport::runApp({QStringLiteral("summary"), QStringLiteral("--db"), db}).exitCode == 0);
    }

    SECTION("in the process that has it open, every writer refuses it")
    {
        Database open;
        open.open(db, Database::OpenMode::ReadWrite);
        for (const QString &out : {db, otherSpelling, link, hardLink, db + QStringLiteral("-wal")}) {
            INFO(out.toStdString());
            CHECK(Database::isOpenDatabaseFile(out));
            CHECK(!OutputFile::refusal(out).isEmpty());
        }
        const QString csv = QDir(dir).filePath(QStringLiteral("k-link.csv"));
        QFile::remove(csv);
        REQUIRE(QFile::link(db, csv));
        CHECK_THROWS(SpreadsheetExport::registry(open.connection(), RegistryQuery(), csv));
        CHECK(CooperativeRepository(open.connection()).count() == 413);
    }

    SECTION("another SQLite file is refused too, and an ordinary file is not")
    {
        const QString other = TestSupport::demoDatabaseCopy(QStringLiteral("other.pdf"));
        const QByteArray otherBefore = fileHash(other);
        const auto r = TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), other});
        CHECK(r.exitCode != 0);
        CHECK(fileHash(other) == otherBefore);
        const QString plain = QDir(dir).filePath(QStringLiteral("plain.pdf"));
        writeFile(plain, "an earlier report");
        CHECK(TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), plain}).exitCode == 0);
        CHECK(isCompletePdf(readAll(plain)));
    }
    CHECK(leftovers(dir).isEmpty());
}

TEST_CASE("on a full disk every output fails plainly and the earlier file is kept", "[outputs][fulldisk][linux-only]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("fulldisk.sqlite"));
    const QString disk = TestSupport::tempPath(QStringLiteral("small-disk"));
    if (!mountSmallDisk(disk, "300k"))
        return;
    struct Unmount
    {
        QString dir;
        ~Unmount() { ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH); }
    } unmount{disk};

    const QByteArray earlier = "the earlier file, which must survive";
    const QList<QStringList> commands{
        {QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("report.pdf")},
        {QStringLiteral("attendance"), QStringLiteral("cards"), QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("cards.pdf")},
        {QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("registry.csv")},
        {QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("registry.xlsx")},
    };
    for (const QString &name : {QStringLiteral("report.pdf"), QStringLiteral("cards.pdf"), QStringLiteral("registry.csv"), QStringLiteral("registry.xlsx")})
        writeFile(QDir(disk).filePath(name), earlier);
    fillDisk(disk, 8 * 1024);
    for (QStringList args : commands) {
        const QString out = QDir(disk).filePath(args.last());
        args.last() = out;
        args << QStringLiteral("--db") << db;
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto r = TestSupport::runApp(args);
        CHECK(r.exitCode != 0);
        checkOneLine(r);
        // The command speaks Indonesian, as the office sees it: "penuh" (full).
        CHECK(QString::fromUtf8(r.err).contains(QLatin1String("penuh")));
        CHECK(readAll(out) == earlier);
    }
    CHECK(leftovers(disk).isEmpty());
}


TEST_CASE("a report killed while it is written leaves the earlier file intact", "[outputs][kill]")
{
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("kill.sqlite"));
    const QString out = TestSupport::tempPath(QStringLiteral("killed-report.pdf"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}).exitCode == 0);
    const qint64 duration = qMax<qint64>(50, timer.elapsed());
    const QByteArray good = readAll(out);
    REQUIRE(isCompletePdf(good));
    for (int round = 0; round < 6; ++round) {
        const int delay = TestSupport::runAndKill({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
                                                   QStringLiteral("--landscape")},
                                                  0, duration);
        const QByteArray now = readAll(out);
        INFO("killed after " << delay << " ms of " << duration);
        CHECK((now == good || isCompletePdf(now)));
    }
}

TEST_CASE("a demo killed midway leaves nothing, or the earlier file", "[outputs][kill][demo][sqlite]")
{
    QElapsedTimer timer;
    const QString first = TestSupport::tempPath(QStringLiteral("demo-timing.sqlite"));
    timer.start();
    REQUIRE(TestSupport::runApp({QStringLiteral("demo"), QStringLiteral("--db"), first}).exitCode == 0);
    const qint64 duration = qMax<qint64>(50, timer.elapsed());
    const QByteArray earlier = fileHash(first);
    for (int round = 0; round < 4; ++round) {
        const bool replace = round % 2 == 1;
        const QString path = replace ? first : TestSupport::tempPath(QStringLiteral("demo-killed-%1.sqlite").arg(round));
        QStringList args{QStringLiteral("demo"), QStringLiteral("--db"), path};
        if (replace)
            args << QStringLiteral("--replace");
        const int delay = TestSupport::runAndKill(args, 0, duration);
        INFO("killed after " << delay << " ms of " << duration << (replace ? " (replacing)" : ""));
        if (!QFileInfo::exists(path)) {
            CHECK(!replace);
            continue;
        }
        if (replace && fileHash(path) == earlier)
            continue;
        // Otherwise it must be the complete demo.
        const auto r = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--db"), path,
                                            QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        CHECK(o.value(QStringLiteral("invited")).toInt() == 413);
        CHECK(o.value(QStringLiteral("present")).toInt() == 360);
    }
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas are written as text", "[outputs][csv]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("csv-injection.sqlite")), Database::OpenMode::ReadWrite);
    CooperativeRepository coops(db.connection());
    const qint64 id = coops.findIds(RegistryQuery()).first();
    Cooperative c = coops.get(id);
    c.name = QStringLiteral("=HYPERLINK(\"http://x\",\"klik\")");
    c.chairName = QStringLiteral("+62 Budi");
    c.secretaryName = QStringLiteral("-1+1");
    c.treasurerName = QStringLiteral("@SUM(A1)");
    c.npwp = QStringLiteral("\tTAB");
    c.memberCount = 42;
    coops.update(c, QStringLiteral("test"));
    const QString path = TestSupport::tempPath(QStringLiteral("injection.csv"));
    SpreadsheetExport::registry(db.connection(), RegistryQuery(), path);
    QString text = QString::fromUtf8(readAll(path));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QString row;
    for (const QString &l : lines)
        if (l.contains(QLatin1String("HYPERLINK")))
            row = l;
    REQUIRE(!row.isEmpty());
    CHECK(row.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"")));
    CHECK(row.contains(QStringLiteral("\"'+62 Budi\"")));
    CHECK(row.contains(QStringLiteral("\"'-1+1\"")));
    CHECK(row.contains(QStringLiteral("\"'@SUM(A1)\"")));
    CHECK(row.contains(QStringLiteral("\"'\tTAB\"")));
    CHECK(row.contains(QStringLiteral("\"42\"")));         // numbers stay numbers
    CHECK(row.contains(QStringLiteral("\"0812-0000-")));   // phone numbers stay as stored
    CHECK(CsvExporter::safeText(QStringLiteral("Koperasi")) == QStringLiteral("Koperasi"));
    CHECK(CsvExporter::safeText(QString()).isEmpty());
}

TEST_CASE("showing a file dialog on the database's folder keeps the database's locks", "[outputs][locks][sqlite]")
{
    const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("two-desks.sqlite"));
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    auto repository = std::make_unique<WorkshopRepository>(db.connection());
    WorkshopRepository &repo = *repository;
    const qint64 workshop = repo.list().first().id;
    repo.reopenForToday(workshop);   // the demo's workshop was on 4 Oct 2025
    const QVector<AttendanceEntry> absent = repo.absentees(workshop);
    REQUIRE(absent.size() >= 2);
    const int before = int(repo.counts(workshop).present);

    {
        // The app's dialog, listing the folder as a user sees it, long enough for every file's
        // type and icon to be gathered.
        QFileDialog dialog(nullptr, QStringLiteral("Ekspor"), QFileInfo(path).absolutePath());
        FileDialogs::prepare(&dialog);
        dialog.show();
        auto *model = dialog.findChild<QFileSystemModel *>();
        REQUIRE(model);
        QElapsedTimer t;
        t.start();
        QModelIndex index;
        while (t.elapsed() < 10000) {
            waitMs(50);
            index = model->index(path);
            if (index.isValid() && !model->data(index.siblingAtColumn(2)).toString().isEmpty())
                break;
        }
        REQUIRE(index.isValid());
        (void)model->fileIcon(index);
        waitMs(300);
        dialog.close();
    }

    {
        // A second window of this process on the same file: its header check must not open the
        // file by path (closing that descriptor would drop the first connection's locks too).
        Database second;
        second.open(path, Database::OpenMode::ReadWrite);
        CHECK(WorkshopRepository(second.connection()).counts(workshop).present == before);
    }

    // Another desk marks one and closes; had this process lost its locks, that desk's close would
    // take the -wal/-shm away from under this connection.
    const auto mark = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path,
                                           QStringLiteral("--workshop"), QString::number(workshop), QStringLiteral("--code"),
                                           absent.at(0).villageCode, QStringLiteral("--reopen")});
    INFO(mark.err.toStdString());
    REQUIRE(mark.exitCode == 0);
    // This desk marks another; a third process must see both.
    REQUIRE(repo.markPresent(workshop, absent.at(1).cooperativeId, QString(), QString(), QStringLiteral("meja 1")).status
            == MarkResult::Status::Marked);
    CHECK(repo.counts(workshop).present == before + 2);
    CHECK(presentCount(path, workshop) == before + 2);
    repository.reset();
    db.close();
    CHECK(presentCount(path, workshop) == before + 2);
}

namespace {
// Answers the modal windows the code under test opens, one after the other, as a user would:
// a file dialog gets a name typed into its name field and its Save button clicked (or Cancel),
// a message box gets one of its buttons clicked. Each step sees the text shown.
class ModalDriver : public QObject
{
public:
    struct Step
    {
        enum Kind { SaveAs,
                    Cancel,
                    Answer } kind;
        QString name;                                           // SaveAs: what is typed
        QMessageBox::StandardButton button = QMessageBox::Ok;   // Answer
    };
    explicit ModalDriver(QList<Step> steps) : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalDriver::poll);
        m_timer.start(30);
    }
    QStringList messages;   // the texts of the message boxes, in order
    bool finished() const { return m_steps.isEmpty(); }

private:
    void poll()
    {
        QWidget *w = QApplication::activeModalWidget();
        if (!w || !w->isVisible() || w->property("pk_answered").toBool() || m_steps.isEmpty())
            return;
        const Step step = m_steps.first();
        if (auto *dialog = qobject_cast<QFileDialog *>(w)) {
            if (step.kind == Step::Answer)
                return;
            auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!box || !edit)
                return;
            const QDialogButtonBox::ButtonRole role = step.kind == Step::Cancel ? QDialogButtonBox::RejectRole : QDialogButtonBox::AcceptRole;
            if (step.kind == Step::SaveAs) {
                edit->setFocus();
                edit->selectAll();
                edit->insert(step.name);
            }
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == role) {
                    w->setProperty("pk_answered", true);
                    m_steps.removeFirst();
                    b->click();
                    return;
                }
        } else if (auto *message = qobject_cast<QMessageBox *>(w)) {
            if (step.kind != Step::Answer)
                return;
            messages << message->text();
            w->setProperty("pk_answered", true);
            m_steps.removeFirst();
            message->button(step.button)->click();
        }
    }
    QList<Step> m_steps;
    QTimer m_timer;
};
}   // namespace

// Linux-only for the same reason: a symbolic link to the database is one of the names it refuses.
TEST_CASE("the save dialog refuses the open database and asks before replacing a file", "[outputs][dialog][sqlite][linux-only]")
{
    const QString path = TestSupport::demoDatabaseCopy(QStringLiteral("dialog-k.sqlite"));
    const QString dir = QFileInfo(path).absolutePath();
    Database db;
    db.open(path, Database::OpenMode::ReadWrite);
    const QString earlier = QDir(dir).filePath(QStringLiteral("laporan.pdf"));
    writeFile(earlier, "an earlier report");
    using Step = ModalDriver::Step;

    SECTION("the database itself, then a name whose added suffix names an existing file, then cancel")
    {
        ModalDriver driver({{Step::SaveAs, QFileInfo(path).fileName()},
                            {Step::Answer, QString(), QMessageBox::Ok},
                            {Step::SaveAs, QStringLiteral("laporan")},   // becomes laporan.pdf, which exists
                            {Step::Answer, QString(), QMessageBox::No},
                            {Step::Cancel, QString()}});
        const QString chosen = ExportFileDialog::ask(nullptr, QStringLiteral("Simpan sebagai PDF"), QDir(dir).filePath(QStringLiteral("x.pdf")),
                                                     QStringLiteral("PDF (*.pdf)"));
        CHECK(driver.finished());
        CHECK(chosen.isEmpty());
        REQUIRE(driver.messages.size() == 2);
        CHECK(driver.messages.at(0).contains(QLatin1String("database")));
        CHECK(driver.messages.at(1).contains(QLatin1String("laporan.pdf")));
    }
    SECTION("replacing is the user's choice")
    {
        ModalDriver driver({{Step::SaveAs, QStringLiteral("laporan")}, {Step::Answer, QString(), QMessageBox::Yes}});
        const QString chosen = ExportFileDialog::ask(nullptr, QStringLiteral("Simpan sebagai PDF"), QDir(dir).filePath(QStringLiteral("x.pdf")),
                                                     QStringLiteral("PDF (*.pdf)"));
        CHECK(driver.finished());
        CHECK(QFileInfo(chosen) == QFileInfo(earlier));
    }
    SECTION("a spreadsheet named like the database with its suffix added is refused")
    {
        const QString sheet = QDir(dir).filePath(QStringLiteral("dialog-k.sqlite.xlsx"));
        QFile::remove(sheet);
        REQUIRE(QFile::link(path, sheet));
        ModalDriver driver({{Step::SaveAs, QStringLiteral("dialog-k.sqlite")},   // + .xlsx: the link to the database
                            {Step::Answer, QString(), QMessageBox::Ok},
                            {Step::Cancel, QString()}});
        const auto target = ExportFileDialog::askSpreadsheet(nullptr, QStringLiteral("Ekspor"), QDir(dir).filePath(QStringLiteral("Daftar_KMP")));
        CHECK(driver.finished());
        CHECK(target.isEmpty());
        REQUIRE(driver.messages.size() == 1);
        CHECK(driver.messages.at(0).contains(QLatin1String("database")));
        QFile::remove(sheet);
    }
    CHECK(readAll(earlier) == "an earlier report");
    CHECK(CooperativeRepository(db.connection()).count() == 413);
}

TEST_CASE("a full disk under the database is reported as a full disk, not as a driver message", "[outputs][fulldisk][storage][sqlite][linux-only]")
{
    const QString disk = TestSupport::tempPath(QStringLiteral("small-db-disk"));
    if (!mountSmallDisk(disk, "16m"))
        return;
    struct Unmount
    {
        QString dir;
        ~Unmount() { ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH); }
    } unmount{disk};
    const QString path = QDir(disk).filePath(QStringLiteral("kmp.sqlite"));
    REQUIRE(QFile::copy(TestSupport::demoDatabaseCopy(QStringLiteral("for-small-disk.sqlite")), path));
    QString code;
    {
        Database db;
        db.open(path, Database::OpenMode::ReadWrite);
        code = WorkshopRepository(db.connection()).absentees(1).first().villageCode;
    }
    fillDisk(disk, 0);
    const auto r = TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path,
                                        QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--code"), code,
                                        QStringLiteral("--reopen")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(QString::fromUtf8(r.err).contains(QLatin1String("penuh")));
    CHECK(!QString::fromUtf8(r.err).contains(QLatin1String("disk I/O error")));
    CHECK(!QString::fromUtf8(r.err).contains(QLatin1String("database or disk is full")));
    // Space again: the mark goes through and nothing was half-written.
    QFile::remove(QDir(disk).filePath(QStringLiteral("filler")));
    CHECK(TestSupport::runApp({QStringLiteral("attendance"), QStringLiteral("mark"), QStringLiteral("--db"), path, QStringLiteral("--workshop"),
                               QStringLiteral("1"), QStringLiteral("--code"), code, QStringLiteral("--reopen")})
              .exitCode
          == 0);
}
