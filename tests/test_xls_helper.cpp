// .xls files are read by the helper process pantau-kopdes-xls (FreeXL is not memory-safe on
// damaged files: tests/fuzz/findings/README.md). These tests check that whatever the helper does
// (crash, hang, flood, talk nonsense, be missing) reaches the import as a clear ImportError and
// leaves this process unharmed, and that its replies are decoded without trusting them.
// The helper's faults come from PK_XLS_HELPER_* variables that only test builds honour.
#include "catch.h"

#include "support/importtestsupport.h"
#include "import/spreadsheetreader.h"
#include "support/testsupport.h"
#include "import/xlshelperprotocol.h"
#include "import/xlsreader.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <atomic>
#include <thread>

#include <QLibrary>

namespace {
// Wine runs the Windows suite from Debian; it accepts a job object's memory limit but does not
// enforce it, so there the ceiling cannot be seen (on Windows itself it is).
bool underWine()
{
#ifdef Q_OS_WIN
    return QLibrary::resolve(QStringLiteral("ntdll"), "wine_get_version") != nullptr;
#else
    return false;
#endif
}
}   // namespace

using namespace ImportTest;

namespace {
QString corpus(const QString &name)
{
    return QStringLiteral(PK_IMPORT_CORPUS) + QLatin1Char('/') + name;
}

QString finding()
{
    return QStringLiteral(PK_SOURCE_DIR "/tests/fuzz/findings/freexl-1.0.6-iconv-overread.xls");
}

// Sets environment variables for one scope; the helper inherits them when it starts.
class ScopedEnv
{
public:
    ScopedEnv(std::initializer_list<std::pair<const char *, QByteArray>> vars)
    {
        for (const auto &v : vars) {
            m_names.append(v.first);
            qputenv(v.first, v.second);
        }
    }
    ~ScopedEnv()
    {
        for (const char *name : m_names)
            qunsetenv(name);
    }

private:
    QVector<const char *> m_names;
};

QString xlsError(const QString &file, const std::atomic_bool *cancelled = nullptr)
{
    try {
        SpreadsheetReader::read(corpus(file), QString(), cancelled);
    } catch (const ImportError &e) {
        return e.message();
    }
    return QString();
}

const QString basic = QStringLiteral("\u201Cxls_basic.xls\u201D");
}   // namespace

TEST_CASE("the corpus's .xls files read through the helper as before", "[import][xls]")
{
    const ImportTable t = SpreadsheetReader::read(corpus(QStringLiteral("xls_basic.xls")));
    CHECK(t.format == "xls");
    CHECK(t.rows.size() == 9);
    CHECK(SpreadsheetReader::sheetNames(corpus(QStringLiteral("xls_two_sheets.xls"))) == QStringList({"Petunjuk", "Data KMP"}));
    const ImportTable two = SpreadsheetReader::read(corpus(QStringLiteral("xls_two_sheets.xls")), QStringLiteral("Data KMP"));
    CHECK(two.sheet == "Data KMP");
    CHECK(two.sheets == QStringList({"Petunjuk", "Data KMP"}));
    // The first sheet is read in one run of the helper, which still lists every sheet.
    const ImportTable first = SpreadsheetReader::read(corpus(QStringLiteral("xls_title_block.xls")));
    CHECK(first.sheets.size() == 1);
    CHECK(first.sheet == first.sheets.value(0));
}

TEST_CASE("the fuzzer's FreeXL finding is read in the helper without harming this process", "[import][xls]")
{
    REQUIRE(QFileInfo::exists(finding()));
    // FreeXL reads stray memory on this file: whatever it makes of it, this process gets a table or
    // a message naming the file, and goes on reading other files.
    for (int i = 0; i < 3; ++i) {
        try {
            const ImportTable t = SpreadsheetReader::read(finding());
            CHECK(t.format == "xls");
        } catch (const ImportError &e) {
            CHECK(e.message().contains("\u201Cfreexl-1.0.6-iconv-overread.xls\u201D"));
        }
        try {
            SpreadsheetReader::sheetNames(finding());
        } catch (const ImportError &e) {
            CHECK(e.message().contains("freexl-1.0.6-iconv-overread.xls"));
        }
    }
    CHECK(SpreadsheetReader::read(corpus(QStringLiteral("xls_basic.xls"))).rows.size() == 9);
}

TEST_CASE("a helper that crashes or talks nonsense: the file looks damaged", "[import][xls]")
{
    for (const char *fault : {"crash", "garbage"}) {
        INFO(fault);
        ScopedEnv env{{"PK_XLS_HELPER_FAULT", fault}};
        const QString message = xlsError(QStringLiteral("xls_basic.xls"));
        CHECK(message.startsWith("The file " + basic + " looks damaged and could not be read safely."));
        CHECK(message.contains("save it again as .xlsx"));
        CHECK_THROWS_AS(SpreadsheetReader::sheetNames(corpus(QStringLiteral("xls_basic.xls"))), ImportError);
    }
    // This process is unharmed: the next file reads.
    CHECK(SpreadsheetReader::read(corpus(QStringLiteral("xls_basic.xls"))).rows.size() == 9);
}

TEST_CASE("a helper that allocates without end stops at its memory ceiling: the file looks damaged", "[import][xls]")
{
    if (underWine()) {
        WARN("SKIPPED under Wine: Wine does not enforce a job object's memory limit (Windows does)");
        return;
    }
    {
        // Asked for the sheets: without a ceiling the helper would answer "Sheet1" after 8 GB.
        ScopedEnv env{{"PK_XLS_HELPER_FAULT", "hog"}};
        QString message;
        try {
            SpreadsheetReader::sheetNames(corpus(QStringLiteral("xls_basic.xls")));
        } catch (const ImportError &e) {
            message = e.message();
        }
        CHECK(message.startsWith("The file " + basic + " looks damaged and could not be read safely."));
    }
    CHECK(SpreadsheetReader::read(corpus(QStringLiteral("xls_basic.xls"))).rows.size() == 9);
}

TEST_CASE("a helper from another version, or none at all: the installation is incomplete", "[import][xls]")
{
    {
        ScopedEnv env{{"PK_XLS_HELPER_FAULT", "version"}};
        const QString message = xlsError(QStringLiteral("xls_basic.xls"));
        CHECK(message.contains(basic));
        CHECK(message.contains("belongs to another version"));
        CHECK(message.contains("Install Pantau Kopdes again"));
    }
    for (const QByteArray &path : {QByteArray(PK_SOURCE_DIR "/no-such-helper"), QByteArray(PK_SOURCE_DIR "/README.md")}) {
        INFO(path.constData());   // absent, and present but not a program
        ScopedEnv env{{"PK_XLS_HELPER_PATH", path}};
        const QString message = xlsError(QStringLiteral("xls_basic.xls"));
        CHECK(message.contains(basic));
        CHECK(message.contains("pantau-kopdes-xls, is missing or cannot be started, so the installation is incomplete"));
        CHECK(message.contains("Install Pantau Kopdes again"));
    }
}

TEST_CASE("a helper that hangs or floods is stopped by the time limit and the output cap", "[import][xls]")
{
    for (const char *fault : {"hang", "silent"}) {   // silent: closes its stdout, then hangs
        INFO(fault);
        ScopedEnv env{{"PK_XLS_HELPER_FAULT", fault}, {"PK_XLS_HELPER_TIMEOUT_MS", "2000"}};
        QElapsedTimer timer;
        timer.start();
        const QString message = xlsError(QStringLiteral("xls_basic.xls"));
        CHECK(timer.elapsed() < 10000);
        CHECK(message.contains(basic));
        CHECK(message.contains("took longer than 2 seconds"));
    }
    {
        ScopedEnv env{{"PK_XLS_HELPER_FAULT", "flood"}, {"PK_XLS_HELPER_MAX_OUTPUT", QByteArray::number(4 << 20)}};
        const QString message = xlsError(QStringLiteral("xls_basic.xls"));
        INFO(message.toStdString());   // once failed under Wine on a loaded machine: say what it said
        CHECK(message.contains(basic));
        CHECK(message.contains("holds more data than the import can take (more than 4 MB)"));
    }
}

TEST_CASE("cancelling the reading of an .xls kills its helper", "[import][xls]")
{
    ScopedEnv env{{"PK_XLS_HELPER_FAULT", "hang"}};
    std::atomic_bool cancelled{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancelled = true;
    });
    QElapsedTimer timer;
    timer.start();
    const QString message = xlsError(QStringLiteral("xls_basic.xls"), &cancelled);
    canceller.join();
    CHECK(timer.elapsed() < 5000);   // not the two minutes of the time limit
    CHECK(message == "Reading the file " + basic + " was cancelled.");
}

TEST_CASE("the helper's own messages come through unchanged, in the language asked for", "[import][xls]")
{
    // Not a workbook: FreeXL's refusal, as the helper words it.
    QFile cut(corpus(QStringLiteral("xls_basic.xls")));
    REQUIRE(cut.open(QIODevice::ReadOnly));
    const QByteArray head = cut.read(1024);
    try {
        SpreadsheetReader::read(head, QStringLiteral("potongan.xls"));
        FAIL("a cut .xls was read");
    } catch (const ImportError &e) {
        CHECK(e.message().startsWith("The file \u201Cpotongan.xls\u201D is damaged or not a real Excel 97-2003 workbook (FreeXL error"));
    }
    // Its translations are compiled in: the application's language reaches it with --lang.
    QProcess helper;
    helper.start(QStringLiteral(PK_XLS_HELPER), {QStringLiteral("--name"), QStringLiteral("\u201Cx.xls\u201D"), QStringLiteral("--lang"),
                                                 QStringLiteral("id"), QStringLiteral("sheets"), corpus(QStringLiteral("csv_utf8.csv"))});
    REQUIRE(helper.waitForFinished(60000));
    CHECK(helper.exitStatus() == QProcess::NormalExit);
    CHECK(helper.exitCode() == XlsHelperProtocol::exitImportError);
    const XlsHelperProtocol::Reply reply = XlsHelperProtocol::decode(helper.readAllStandardOutput());
    REQUIRE(reply.kind == XlsHelperProtocol::Reply::Kind::Error);
    CHECK(reply.error.startsWith("Berkas \u201Cx.xls\u201D rusak atau bukan buku kerja Excel 97-2003"));
    // Bad arguments: a usage line and its own exit code.
    helper.start(QStringLiteral(PK_XLS_HELPER), {QStringLiteral("read"), QStringLiteral("first"), QStringLiteral("x.xls")});
    REQUIRE(helper.waitForFinished(60000));
    CHECK(helper.exitCode() == XlsHelperProtocol::exitUsage);
    CHECK(helper.readAllStandardOutput().isEmpty());
}

TEST_CASE("the helper's reply is decoded without trusting it", "[import][xls]")
{
    ImportTable t;
    t.format = QStringLiteral("xls");
    t.sheet = QStringLiteral("Data");
    t.sheets = QStringList{QStringLiteral("Petunjuk"), QStringLiteral("Data")};
    ImportCell date;
    date.kind = ImportCell::Kind::Date;
    date.date = QDate(2025, 10, 4);
    date.number = ExcelDate::toSerial(date.date);
    date.text = QStringLiteral("2025-10-04");
    t.rows.append(ImportRow{1, {text(QStringLiteral("Kode Desa")), ImportCell(), text(QStringLiteral("Tanggal"))}});
    t.rows.append(ImportRow{3, {number(1207012001), boolean(true), date}});
    const QByteArray bytes = XlsHelperProtocol::encodeTable(t);

    const XlsHelperProtocol::Reply back = XlsHelperProtocol::decode(bytes);
    REQUIRE(back.kind == XlsHelperProtocol::Reply::Kind::Table);
    CHECK(back.table.sheet == t.sheet);
    CHECK(back.table.sheets == t.sheets);
    REQUIRE(back.table.rows.size() == 2);
    CHECK(back.table.rows.at(1).number == 3);
    REQUIRE(back.table.rows.at(1).cells.size() == 3);
    CHECK(back.table.rows.at(0).cells.at(1).kind == ImportCell::Kind::Empty);
    CHECK(back.table.rows.at(1).cells.at(0).number == 1207012001);
    CHECK(back.table.rows.at(1).cells.at(1).boolean);
    CHECK(back.table.rows.at(1).cells.at(2).date == QDate(2025, 10, 4));
    CHECK(back.table.rows.at(1).cells.at(2).number == date.number);
    CHECK(back.table.rows.at(1).cells.at(2).text == "2025-10-04");

    CHECK(XlsHelperProtocol::decode(XlsHelperProtocol::encodeSheetNames({"A", "B"})).sheetNames == QStringList({"A", "B"}));
    CHECK(XlsHelperProtocol::decode(XlsHelperProtocol::encodeError("x")).error == "x");
    CHECK(XlsHelperProtocol::decode(XlsHelperProtocol::encodeError(QString())).kind == XlsHelperProtocol::Reply::Kind::Garbage);

    // Every truncation, and a byte too many, is garbage.
    for (qsizetype n = 0; n < bytes.size(); ++n)
        CHECK(XlsHelperProtocol::decode(bytes.left(n)).kind == XlsHelperProtocol::Reply::Kind::Garbage);
    CHECK(XlsHelperProtocol::decode(bytes + '\0').kind == XlsHelperProtocol::Reply::Kind::Garbage);
    // Counts that lie are refused before anything is allocated for them.
    const auto lying = [](quint32 sheets, quint32 rows, qint32 number, quint32 cells, quint8 kind) {
        QByteArray b;
        QDataStream out(&b, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(0x504B584C) << XlsHelperProtocol::version << quint8(2) << QStringLiteral("xls") << QStringLiteral("S") << sheets;
        for (quint32 i = 0; i < qMin(sheets, 1u); ++i)
            out << QStringLiteral("S");
        out << rows << number << cells << kind << QString();
        return XlsHelperProtocol::decode(b).kind;
    };
    using Kind = XlsHelperProtocol::Reply::Kind;
    CHECK(lying(1, 1, 1, 1, 0) == Kind::Table);   // the well-formed one, for contrast
    CHECK(lying(0xFFFFFFFF, 1, 1, 1, 0) == Kind::Garbage);
    CHECK(lying(1, 0xFFFFFFFF, 1, 1, 0) == Kind::Garbage);
    CHECK(lying(1, 2, 1, 1, 0) == Kind::Garbage);   // says two rows, holds one
    CHECK(lying(1, 1, 0, 1, 0) == Kind::Garbage);   // row 0 does not exist
    CHECK(lying(1, 1, 1, 0xFFFFFFFF, 0) == Kind::Garbage);
    CHECK(lying(1, 1, 1, 1, 9) == Kind::Garbage);   // no such kind of cell
    // Another version of the helper is recognised as such.
    QByteArray other = XlsHelperProtocol::encodeSheetNames({"A"});
    other[5] = char(other.at(5) + 1);
    CHECK(XlsHelperProtocol::decode(other).kind == Kind::OtherVersion);
}

TEST_CASE("the command line imports an .xls, and refuses the fuzzer's finding with a message", "[import][xls][cli]")
{
    QProcessEnvironment english;
    english.insert(QStringLiteral("PANTAU_KOPDES_LANG"), QStringLiteral("en"));
    const QString db = TestSupport::demoDatabaseCopy(QStringLiteral("xls-cli.sqlite"));
    const auto ok = TestSupport::runApp({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"),
                                         corpus(QStringLiteral("xls_basic.xls")), QStringLiteral("--dry-run")},
                                        120000, english);
    INFO(ok.out.toStdString() << ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    // The finding: the helper may read it as something or refuse it; the command line says which
    // and exits normally either way (0 or 1, never a crash).
    const auto bad = TestSupport::runApp({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), finding(),
                                          QStringLiteral("--dry-run")},
                                         120000, english);
    INFO(bad.out.toStdString() << bad.err.toStdString());
    CHECK((bad.exitCode == 0 || bad.exitCode == 1));
    const QByteArray badText = bad.out + bad.err;
    if (bad.exitCode == 1)
        CHECK(badText.contains("freexl-1.0.6-iconv-overread.xls"));
    // In Indonesian (the default) the helper's message is Indonesian too.
    const auto id = TestSupport::runApp({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), finding(),
                                         QStringLiteral("--dry-run")});
    if (id.exitCode == 1 && badText.contains("is damaged or not a real Excel"))
        CHECK((id.out + id.err).contains("rusak atau bukan buku kerja Excel 97-2003"));
    // A helper that crashes: the command line says so in its own words and exits 1.
    QProcessEnvironment crash;
    crash.insert(QStringLiteral("PK_XLS_HELPER_FAULT"), QStringLiteral("crash"));
    const auto crashed = TestSupport::runApp({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"),
                                              corpus(QStringLiteral("xls_basic.xls")), QStringLiteral("--dry-run")},
                                             120000, crash);
    CHECK(crashed.exitCode == 1);
    CHECK((crashed.out + crashed.err).contains("Berkas \u201Cxls_basic.xls\u201D tampaknya rusak dan tidak dapat dibaca dengan aman."));
}
