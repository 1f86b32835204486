#include "catch.h"
#include "support/guicontext.h"
#include "support/testsupport.h"

#include "storage/cooperativerepository.h"
#include "io/csvexporter.h"
#include "io/csvreader.h"
#include "storage/database.h"
#include "storage/milestonerepository.h"
#include "io/demoscenario.h"
#include "report/letterhead.h"
#include "report/progressreport.h"
#include "storage/regionrepository.h"
#include "report/reportprinter.h"
#include "storage/reportrepository.h"
#include "reports/reportspage.h"
#include "core/indonesianformat.h"
#include "report/reporthtml.h"
#include "workshops/workshopoutcomepage.h"
#include "report/workshopreport.h"
#include "storage/workshoprepository.h"
#include "io/xlsxexporter.h"

#include <QComboBox>
#include <QTextFrame>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextBrowser>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>
#include <QProcess>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTextDocument>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>
#include "report/pagesetup.h"

namespace {
// [linux-readers]: a test that reads its PDF or XLSX back with poppler or openpyxl, which are
// programs of the build machine: under Wine they cannot be started, so scripts/windows/test.sh
// leaves these out and compares the Windows program's PDF and XLSX with those readers instead.
// A page read the way a person reads it: pdftotext -layout keeps each table row on one line.
// Paragraphs still wrap, so text is compared with runs of white space made single spaces.
QString flat(const QString &text)
{
    return text.simplified();
}

// The document's plain text has ordinary spaces where the HTML has no-break spaces.
QString spaced(QString text)
{
    return text.replace(QChar(0x00a0), QLatin1Char(' '));
}

// Every line break inside the header cells of the document's tables, laid out on the paper's
// width as ReportPrinter lays it out, that falls inside a word ("SIMKOPD|ES").
QStringList wordsBrokenInHeaders(QTextDocument *doc, const PageSetup &setup)
{
    const QRectF paintable = setup.pageLayout().paintRect(QPageLayout::Inch);
    doc->setPageSize(QSizeF(paintable.width() * 96.0, paintable.height() * 96.0));
    doc->documentLayout();   // lays the document out
    QStringList broken;
    std::function<void(QTextFrame *)> visit = [&](QTextFrame *frame) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            const int headerRows = table->format().headerRowCount();
            for (int r = 0; r < headerRows; ++r)
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() != r || cell.column() != c)
                        continue;   // covered by a span
                    for (QTextBlock b = cell.firstCursorPosition().block();
                         b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next()) {
                        const QTextLayout *layout = b.layout();
                        const QString t = b.text();
                        for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                            const int end = layout->lineAt(i).textStart() + layout->lineAt(i).textLength();
                            if (end > 0 && end < t.size() && t.at(end - 1).isLetterOrNumber() && t.at(end).isLetterOrNumber())
                                broken << t.left(end) + QLatin1Char('|') + t.mid(end);
                        }
                    }
                }
        }
        for (QTextFrame *child : frame->childFrames())
            visit(child);
    };
    visit(doc->rootFrame());
    return broken;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfInfo(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Reads a workbook back with openpyxl (Debian's python3-openpyxl): one line per row, cells as
// "type:value" separated by tabs, so the test sees whether a code came back as text.
QStringList readXlsx(const QString &path)
{
    const QString script = QStringLiteral(
        "import sys, openpyxl\n"
        "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
        "for row in ws.iter_rows(values_only=True):\n"
        "    print('\\t'.join('%s:%s' % (type(v).__name__, '' if v is None else v) for v in row))\n");
    const QString python = TestSupport::python3With(QStringLiteral("openpyxl"));
    INFO("python3 with openpyxl (Debian's python3-openpyxl): " << python.toStdString());
    REQUIRE_FALSE(python.isEmpty());
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, path});
    p.waitForFinished(60000);
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void saveDemoLetterhead(Database &db)
{
    Letterhead l = Letterhead::load(db.connection());
    l.place = QStringLiteral("Pematang Raya");
    l.signatoryName = QStringLiteral("Drs. Contoh Pejabat");
    l.signatoryNip = QStringLiteral("197001011995031001");
    l.save(db.connection());
}

ProgressReportData demoReportData(Database &db)
{
    saveDemoLetterhead(db);
    ReportOptions o;
    o.asOf = DemoScenario::workshopDate();
    o.compareFrom = DemoScenario::dayBefore();
    return ProgressReportData::load(db.connection(), o);
}

const char *const kAfterWorkshop =
    "Dari 413 KMP, 360 koperasi (87,2\u00a0%) telah teraktivasi di SIMKOPDES, 249 (60,3\u00a0%) memperbarui data, "
    "173 (41,9\u00a0%) memperbarui gerai, 9 (2,2\u00a0%) memiliki gerai aktif, 90 (21,8\u00a0%) mengajukan kemitraan, "
    "dan 11 (2,7\u00a0%) melakukan transaksi pembiayaan.";
}   // namespace

TEST_CASE("the opening sentence is the ministry's own", "[report]")
{
    ProgressReportData d;
    d.current.total = 413;
    d.current.asOf = QDate(2025, 10, 3);
    const QStringList codes{QStringLiteral("akun"), QStringLiteral("profil"), QStringLiteral("gerai"),
                            QStringLiteral("gerai_aktif"), QStringLiteral("kemitraan"), QStringLiteral("pembiayaan")};
    const QStringList phrases{QStringLiteral("telah teraktivasi di SIMKOPDES"), QStringLiteral("memperbarui data"),
                              QStringLiteral("memperbarui gerai"), QStringLiteral("memiliki gerai aktif"),
                              QStringLiteral("mengajukan kemitraan"), QStringLiteral("melakukan transaksi pembiayaan")};
    for (int i = 0; i < codes.size(); ++i) {
        MilestoneDefinition m;
        m.code = codes.at(i);
        m.phrase = phrases.at(i);
        d.current.milestones << m;
    }
    d.current.reached = {{QStringLiteral("akun"), 266}, {QStringLiteral("profil"), 121}, {QStringLiteral("gerai_aktif"), 9}, {QStringLiteral("pembiayaan"), 11}};
    CHECK(ProgressReport(d).openingParagraph()
          == QStringLiteral("Dari 413 KMP, 266 koperasi (64,4\u00a0%) telah teraktivasi di SIMKOPDES, 121 (29,3\u00a0%) memperbarui data, "
                            "9 (2,2\u00a0%) memiliki gerai aktif, dan 11 (2,7\u00a0%) melakukan transaksi pembiayaan."));

    d.current.reached = {{QStringLiteral("akun"), 413}};
    CHECK(ProgressReport(d).openingParagraph() == QStringLiteral("Seluruh 413 KMP telah teraktivasi di SIMKOPDES."));
}

TEST_CASE("the demo report as of the workshop day, compared with the day before", "[report]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("report-doc.sqlite")));
    const ProgressReport report(demoReportData(db));
    const auto doc = report.document();
    const QString text = flat(doc->toPlainText());

    CHECK(report.openingParagraph().startsWith(QString::fromUtf8(kAfterWorkshop)));
    CHECK(text.contains(spaced(QString::fromUtf8(kAfterWorkshop))));
    CHECK(text.contains(QStringLiteral("Seluruh 413 KMP telah melaksanakan Musyawarah Desa Khusus dan telah berbadan hukum.")));
    CHECK(text.contains(QStringLiteral("Dibandingkan dengan keadaan per Jumat, 3 Oktober 2025, terdapat tambahan 94 koperasi "
                                       "yang telah teraktivasi di SIMKOPDES")));
    CHECK(text.contains(QStringLiteral("PEMERINTAH KABUPATEN SIMALUNGUN")));
    CHECK(text.contains(QStringLiteral("Keadaan per Sabtu, 4 Oktober 2025")));
    CHECK(text.contains(QStringLiteral("Pematang Raya, 4 Oktober 2025")));
    CHECK(text.contains(QStringLiteral("Drs. Contoh Pejabat NIP. 197001011995031001")));
    // Summary line of the account milestone: before, after, % of all, change.
    CHECK(text.contains(QStringLiteral("Akun SIMKOPDES 266 360 87,2 % +94")));
    // Every kecamatan has its row, and the total row carries the area's figures.
    const QVector<RegionEntry> districts = RegionRepository(db.connection()).districts();
    REQUIRE(districts.size() == 32);
    for (const RegionEntry &d : districts) {
        INFO(d.name.toStdString());
        CHECK(text.contains(QStringLiteral(" %1 ").arg(d.name)));
    }
    // The same rounding as the sentence and the summary table: one decimal everywhere.
    CHECK(text.contains(QStringLiteral("Jumlah 413 413 100,0 413 100,0 360 87,2 249 60,3 173 41,9 9 2,2 90 21,8 11 2,7")));
    // The follow-up list: the 53 boards without an account, with chair and phone.
    REQUIRE(report.data().behindMilestone.code == QStringLiteral("akun"));
    CHECK(report.data().behind.size() == 413 - DemoScenario::attendees(db.connection()).size());
    CHECK(text.contains(QStringLiteral("Lampiran: Daftar KMP yang Belum Teraktivasi per 4 Oktober 2025 (53 koperasi)")));
    const BehindCooperative &first = report.data().behind.first();
    CHECK(text.contains(QStringLiteral("%1 %2").arg(first.villageCode, first.villageName)));
    CHECK(text.contains(IndonesianFormat::phone(first.chairPhone)));
}

TEST_CASE("a percentage never breaks from its sign, and no header breaks inside a word", "[report][layout]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("report-layout.sqlite")));
    const ProgressReport report(demoReportData(db));
    const auto doc = report.document();
    const QString raw = doc->toRawText();
    CHECK(raw.contains(QStringLiteral("87,2\u00a0%")));
    CHECK_FALSE(raw.contains(QStringLiteral("87,2 %")));
    CHECK_FALSE(QRegularExpression(QStringLiteral("\\d %")).match(raw).hasMatch());
    for (const PageSetup::Paper paper : {PageSetup::Paper::A4, PageSetup::Paper::F4})
        for (const bool landscape : {false, true}) {
            PageSetup setup;
            setup.paper = paper;
            setup.landscape = landscape;
            INFO(PageSetup::key(paper).toStdString() << (landscape ? " landscape" : " portrait"));
            const QStringList broken = wordsBrokenInHeaders(doc.get(), setup);
            INFO(broken.join(QStringLiteral(" ; ")).toStdString());
            CHECK(broken.isEmpty());
        }
    Database wdb;
    wdb.open(TestSupport::demoDatabaseCopy(QStringLiteral("report-layout-ws.sqlite")));
    const WorkshopReport workshop(WorkshopReportData::load(wdb.connection(), WorkshopReportData::latestWorkshopId(wdb.connection())));
    const auto wdoc = workshop.document();
    CHECK_FALSE(QRegularExpression(QStringLiteral("\\d %")).match(wdoc->toRawText()).hasMatch());
    const QStringList broken = wordsBrokenInHeaders(wdoc.get(), PageSetup());
    INFO(broken.join(QStringLiteral(" ; ")).toStdString());
    CHECK(broken.isEmpty());
}

namespace {
// The group headings of the document's tables (a row of one cell across all columns) whose next
// row begins on a later page: a heading left alone at a page's foot.
QStringList lonelyHeadings(QTextDocument *doc)
{
    const qreal body = doc->pageSize().height();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    QStringList lonely;
    std::function<void(QTextFrame *)> visit = [&](QTextFrame *frame) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            for (int r = table->format().headerRowCount(); r + 1 < table->rows(); ++r) {
                const QTextTableCell cell = table->cellAt(r, 0);
                if (cell.columnSpan() < table->columns() || table->columns() < 2)
                    continue;
                const qreal heading = layout->blockBoundingRect(cell.firstCursorPosition().block()).top();
                const qreal next = layout->blockBoundingRect(table->cellAt(r + 1, 0).firstCursorPosition().block()).top();
                if (int(heading / body) != int(next / body))
                    lonely << cell.firstCursorPosition().block().text();
            }
        for (QTextFrame *child : frame->childFrames())
            visit(child);
    };
    visit(doc->rootFrame());
    return lonely;
}
}   // namespace

TEST_CASE("a kecamatan's heading never stands alone at the foot of a page, whatever the paper", "[report][layout]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("report-headings.sqlite")));
    const ProgressReport report(demoReportData(db));
    const WorkshopReport workshop(WorkshopReportData::load(db.connection(), WorkshopReportData::latestWorkshopId(db.connection())));
    for (const auto &doc : {report.document(), workshop.document()}) {
        const qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() : 700;
        // Page heights a step apart, so that some put a heading at a page's foot.
        int foundLonely = 0;
        for (int height = 500; height <= 1300; height += 11) {
            doc->setPageSize(QSizeF(width, height));
            foundLonely += int(lonelyHeadings(doc.get()).size());
            ReportPrinter::keepGroupHeadingsWithRows(doc.get());
            INFO("page height " << height);
            const QStringList lonely = lonelyHeadings(doc.get());
            INFO(lonely.join(QStringLiteral(" ; ")).toStdString());
            CHECK(lonely.isEmpty());
        }
        CHECK(foundLonely > 0);   // the layout alone did leave headings at the foot
        // And on the papers of the office, after the breaks made for the sizes above are undone.
        for (const PageSetup::Paper paper : {PageSetup::Paper::A4, PageSetup::Paper::F4})
            for (const bool landscape : {false, true}) {
                PageSetup setup;
                setup.paper = paper;
                setup.landscape = landscape;
                const QRectF paintable = setup.pageLayout().paintRect(QPageLayout::Inch);
                doc->setPageSize(QSizeF(paintable.width() * 96.0, paintable.height() * 96.0 - 26.0));
                ReportPrinter::keepGroupHeadingsWithRows(doc.get());
                INFO(PageSetup::key(paper).toStdString() << (landscape ? " landscape" : " portrait"));
                CHECK(lonelyHeadings(doc.get()).isEmpty());
            }
    }
}

TEST_CASE("the report as PDF: pages numbered, A4 and F4", "[report][pdf][linux-readers]")
{
    const QString dbPath = TestSupport::demoDatabaseCopy(QStringLiteral("report-pdf.sqlite"));
    {
        Database db;
        db.open(dbPath);
        demoReportData(db);   // stores the letterhead's place
    }
    const QString a4 = TestSupport::tempPath(QStringLiteral("report-a4.pdf"));
    const auto run = TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), a4,
                                          QStringLiteral("--as-of"), QStringLiteral("2025-10-04"),
                                          QStringLiteral("--compare-from"), QStringLiteral("2025-10-03")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const int pages = pdfPages(a4);
    REQUIRE(pages >= 3);
    CHECK(pdfInfo(a4).contains(QStringLiteral("(A4)")));
    const QString text = flat(pdfText(a4));
    CHECK(text.contains(spaced(QString::fromUtf8(kAfterWorkshop))));
    CHECK(text.contains(QStringLiteral("Keadaan per Sabtu, 4 Oktober 2025")));
    CHECK(text.contains(QStringLiteral("Pematang Raya, 4 Oktober 2025")));
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages)));
    CHECK_FALSE(text.contains(QStringLiteral("Halaman %1 dari").arg(pages + 1)));
    CHECK(text.contains(QStringLiteral("Pamatang Silima Huta")));
    CHECK(text.contains(QStringLiteral("Jumlah 413 413 100")));

    const QString f4 = TestSupport::tempPath(QStringLiteral("report-f4.pdf"));
    REQUIRE(TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), f4,
                                 QStringLiteral("--as-of"), QStringLiteral("2025-10-04"), QStringLiteral("--paper"), QStringLiteral("f4")})
                .exitCode
            == 0);
    // 215 x 330 mm = 609.4 x 935.4 points.
    CHECK(pdfInfo(f4).contains(QStringLiteral("Page size:       609 x 935 pts")));
    const QString landscape = TestSupport::tempPath(QStringLiteral("report-f4-landscape.pdf"));
    REQUIRE(TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), landscape,
                                 QStringLiteral("--as-of"), QStringLiteral("2025-10-04"), QStringLiteral("--paper"), QStringLiteral("f4"),
                                 QStringLiteral("--landscape")})
                .exitCode
            == 0);
    CHECK(pdfInfo(landscape).contains(QStringLiteral("Page size:       935 x 609 pts")));

    const auto bad = TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), f4,
                                          QStringLiteral("--paper"), QStringLiteral("letter")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("--paper"));
}

TEST_CASE("the registry as XLSX reads back with the codes as text", "[report][export][linux-readers]")
{
    const QString dbPath = TestSupport::demoDatabaseCopy(QStringLiteral("report-xlsx.sqlite"));
    const QString xlsx = TestSupport::tempPath(QStringLiteral("registry.xlsx"));
    const auto run = TestSupport::runApp({QStringLiteral("export"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), xlsx});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList rows = readXlsx(xlsx);
    REQUIRE(rows.size() == 414);   // header + 413
    CHECK(rows.first().startsWith(QStringLiteral("str:Kode Wilayah\tstr:Nagori/Kelurahan")));

    Database db;
    db.open(dbPath);
    const CooperativeRepository repository(db.connection());
    const Cooperative c = repository.get(repository.idForVillage(QStringLiteral("12.08.30.2002")));
    QString line;
    for (const QString &r : rows)
        if (r.startsWith(QStringLiteral("str:12.08.30.2002\t")))
            line = r;
    REQUIRE_FALSE(line.isEmpty());
    const QStringList cells = line.split(QLatin1Char('\t'));
    CHECK(cells.at(1) == QStringLiteral("str:%1").arg(c.villageName));
    CHECK(cells.at(3) == QStringLiteral("str:12.08.30"));
    CHECK(cells.at(5) == QStringLiteral("str:%1").arg(c.name));
    CHECK(cells.at(13) == QStringLiteral("str:%1").arg(IndonesianFormat::phone(c.chairPhone)));
    CHECK(cells.at(19) == QStringLiteral("int:%1").arg(c.memberCount));
    // Milestone columns are real dates: every row's, as the events record them.
    CHECK(cells.at(20).startsWith(QStringLiteral("datetime:2025-")));
    const QVector<MilestoneDefinition> milestones = MilestoneRepository(db.connection()).definitions();
    QHash<QString, QString> recorded;   // "village code/milestone code" -> "datetime:2025-10-04 00:00:00"
    QSqlQuery q(db.connection().qt());
    REQUIRE(q.exec(QStringLiteral("SELECT c.village_code, e.milestone_code, e.reached_on FROM milestone_event e "
                                  "JOIN cooperative c ON c.id = e.cooperative_id WHERE e.current = 1")));
    while (q.next())
        recorded.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                        QStringLiteral("datetime:%1 00:00:00").arg(q.value(2).toString()));
    int datesSeen = 0;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList rowCells = rows.at(r).split(QLatin1Char('\t'));
        REQUIRE(rowCells.size() == 20 + milestones.size());
        const QString village = rowCells.at(0).mid(4);
        for (int m = 0; m < milestones.size(); ++m) {
            INFO(village.toStdString() << " " << milestones.at(m).code.toStdString());
            CHECK(rowCells.at(20 + m) == recorded.value(village + QLatin1Char('/') + milestones.at(m).code, QStringLiteral("NoneType:")));
            datesSeen += rowCells.at(20 + m).startsWith(QStringLiteral("datetime:")) ? 1 : 0;
        }
    }
    CHECK(datesSeen == recorded.size());
}

TEST_CASE("the per-kecamatan table and CSV exports", "[report][export][linux-readers]")
{
    const QString dbPath = TestSupport::demoDatabaseCopy(QStringLiteral("report-csv.sqlite"));
    const QString xlsx = TestSupport::tempPath(QStringLiteral("districts.xlsx"));
    REQUIRE(TestSupport::runApp({QStringLiteral("export"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), xlsx,
                                 QStringLiteral("--what"), QStringLiteral("districts"), QStringLiteral("--as-of"), QStringLiteral("2025-10-04")})
                .exitCode
            == 0);
    const QStringList rows = readXlsx(xlsx);
    REQUIRE(rows.size() == 1 + 32 + 1);
    // Total row: villages, KMP, then n and % for each milestone (akun is the third).
    const QStringList total = rows.last().split(QLatin1Char('\t'));
    CHECK(total.at(1) == QStringLiteral("str:Jumlah"));
    CHECK(total.at(4) == QStringLiteral("int:413"));
    CHECK(total.at(9) == QStringLiteral("int:360"));
    CHECK(total.at(10) == QStringLiteral("float:87.2"));
    CHECK(rows.at(1).startsWith(QStringLiteral("str:12.08.01\t")));

    const QString csv = TestSupport::tempPath(QStringLiteral("registry.csv"));
    REQUIRE(TestSupport::runApp({QStringLiteral("export"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), csv}).exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    CHECK(data.startsWith("\xEF\xBB\xBF\"Kode Wilayah\","));
    CHECK(data.contains("\r\n\"12.08.30.2002\","));
    CHECK(data.count("\r\n") == 414);
    CHECK(data.count('\n') == 414);   // no bare LF

    // For Excel with Indonesian regional settings: semicolons between fields, decimal commas, the
    // same cells as the workbook.
    const QString semicolons = TestSupport::tempPath(QStringLiteral("districts-id.csv"));
    const auto run = TestSupport::runApp({QStringLiteral("export"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), semicolons,
                                          QStringLiteral("--what"), QStringLiteral("districts"), QStringLiteral("--as-of"),
                                          QStringLiteral("2025-10-04"), QStringLiteral("--separator"), QStringLiteral("semicolon")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const CsvReader::Result parsed = CsvReader::readFile(semicolons, ';');
    REQUIRE(parsed.ok());
    REQUIRE(parsed.rows.size() == rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList cells = rows.at(r).split(QLatin1Char('\t'));
        REQUIRE(parsed.rows.at(r).size() == cells.size());
        for (int c = 0; c < cells.size(); ++c) {
            INFO("row " << r << " column " << c);
            const QString cell = cells.at(c).mid(cells.at(c).indexOf(QLatin1Char(':')) + 1);
            const QString written = parsed.rows.at(r).at(c);
            if (cells.at(c).startsWith(QLatin1String("float:")) || cells.at(c).startsWith(QLatin1String("int:"))) {
                CHECK_FALSE(written.contains(QLatin1Char('.')));   // "87,2", never "87.2"
                CHECK(QString(written).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() == cell.toDouble());
            } else {
                CHECK(written == cell);
            }
        }
    }
    CHECK(parsed.rows.last().at(10) == QStringLiteral("87,2"));
    const auto refused = TestSupport::runApp({QStringLiteral("export"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), semicolons,
                                              QStringLiteral("--separator"), QStringLiteral("tab")});
    CHECK(refused.exitCode != 0);
    CHECK(QString::fromUtf8(refused.err).contains(QStringLiteral("--separator")));

    // Quoting survives commas, quotes and line breaks inside a field.
    CHECK(CsvExporter::line({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("x\ny")})
          == QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n"));
    CHECK(XlsxExporter::safeSheetName(QStringLiteral("Per Kecamatan [2025/10/04] and a very long tail"))
          == QStringLiteral("Per Kecamatan -2025-10-04- and"));
}

TEST_CASE("the letterhead belongs to the database", "[report]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("report-letterhead.sqlite")));
    const Letterhead defaults = Letterhead::load(db.connection());
    CHECK(defaults.government == QStringLiteral("PEMERINTAH KABUPATEN SIMALUNGUN"));
    CHECK(defaults.place == QStringLiteral("Simalungun"));
    Letterhead l = defaults;
    l.address = QStringLiteral("Jalan Asahan Km 3, Pematang Raya");
    l.signatoryNip = QStringLiteral("197001011995031001");
    l.save(db.connection());
    Database other;
    other.open(db.path());
    CHECK(Letterhead::load(other.connection()) == l);
}

namespace {
// The workshop's attendance per kecamatan counted here from the invitation list itself
// (not from the tally table the report reads): code -> {name, invited, present}.
struct Tally
{
    QString name;
    int invited = 0;
    int present = 0;
};
QMap<QString, Tally> countByDistrict(const QVector<AttendanceEntry> &entries)
{
    QMap<QString, Tally> out;
    for (const AttendanceEntry &e : entries) {
        Tally &t = out[e.districtCode];
        t.name = e.districtName;
        ++t.invited;
        t.present += e.present ? 1 : 0;
    }
    return out;
}

// The attendance table's rows as the report's text shows them: "1 Siantar 17 15 2 88,2 %".
QStringList expectedDistrictRows(const QMap<QString, Tally> &tally)
{
    QStringList rows;
    int no = 0;
    for (const Tally &t : tally)
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(++no)
                    .arg(t.name)
                    .arg(t.invited)
                    .arg(t.present)
                    .arg(t.invited - t.present)
                    .arg(spaced(IndonesianFormat::percent(t.present, t.invited)));
    return rows;
}

bool waitFor(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}
}   // namespace

TEST_CASE("the workshop report of the demo: attendance per kecamatan, milestones, absentees", "[report][workshop][linux-readers]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("report-workshop.sqlite")));
    saveDemoLetterhead(db);
    const qint64 id = WorkshopReportData::latestWorkshopId(db.connection());
    REQUIRE(id != 0);
    const WorkshopReport report(WorkshopReportData::load(db.connection(), id));
    const auto doc = report.document();
    const QString text = flat(doc->toPlainText());

    CHECK(report.headline() == QStringLiteral("360 hadir, 53 tidak hadir"));
    CHECK(text.contains(QStringLiteral("PEMERINTAH KABUPATEN SIMALUNGUN")));
    CHECK(text.contains(QStringLiteral("LAPORAN PELAKSANAAN WORKSHOP PERCEPATAN OPERASIONAL KMP KABUPATEN SIMALUNGUN")));
    CHECK(text.contains(QStringLiteral("Hari/tanggal : Sabtu, 4 Oktober 2025")));
    CHECK(text.contains(QStringLiteral("Kehadiran : 360 hadir, 53 tidak hadir (87,2 % dari 413 KMP yang diundang hadir)")));

    // Every kecamatan's row carries the counts of its own invitations, in code order.
    const QVector<AttendanceEntry> entries = WorkshopRepository(db.connection()).entries(id);
    const QMap<QString, Tally> tally = countByDistrict(entries);
    REQUIRE(tally.size() == 32);
    for (const QString &row : expectedDistrictRows(tally)) {
        INFO(row.toStdString());
        CHECK(text.contains(QStringLiteral(" ") + row + QStringLiteral(" ")));
    }
    CHECK(text.contains(QStringLiteral("Jumlah 413 360 53 87,2 %")));

    // Milestones the day before and the day of the workshop: the seed's figures.
    CHECK(text.contains(QStringLiteral("Per 3 Okt 2025 (sehari sebelumnya) Per 4 Okt 2025 (hari workshop)")));
    CHECK(text.contains(QStringLiteral("Akun SIMKOPDES 266 64,4 % 360 87,2 % +94")));
    CHECK(text.contains(QStringLiteral("Profil diperbarui 121 29,3 % 249 60,3 % +128")));

    // The signature, dated on the workshop's day, before the attachment.
    CHECK(text.contains(QStringLiteral("Pematang Raya, 4 Oktober 2025 Kepala Dinas Koperasi dan UMKM Drs. Contoh Pejabat NIP. 197001011995031001")));
    const int signatureAt = int(text.indexOf(QStringLiteral("Drs. Contoh Pejabat")));
    const int attachmentAt = int(text.indexOf(QStringLiteral("Lampiran: Daftar KMP yang Tidak Hadir (53 koperasi)")));
    REQUIRE(attachmentAt > 0);
    CHECK(signatureAt < attachmentAt);

    // Every absentee, under its kecamatan, with chair and phone; no one who came.
    int absent = 0;
    for (const AttendanceEntry &e : entries) {
        INFO(e.villageCode.toStdString());
        const QString line = QStringLiteral("%1 %2").arg(e.villageCode, e.villageName);
        if (e.present) {
            CHECK_FALSE(text.contains(line));
            continue;
        }
        ++absent;
        CHECK(text.contains(QStringLiteral("%1 %2").arg(line, ReportHtml::shortName(e.cooperativeName))));
        CHECK(text.contains(QStringLiteral("%1 %2").arg(e.chairName, IndonesianFormat::phone(e.chairPhone.isEmpty() ? e.phone : e.chairPhone))));
    }
    CHECK(absent == 53);
    const Tally &siantar = tally.first();
    CHECK(text.contains(QStringLiteral("Kecamatan %1 (%2 koperasi)").arg(siantar.name).arg(siantar.invited - siantar.present)));

    // Printed: page numbers on every page.
    const QString pdf = TestSupport::tempPath(QStringLiteral("workshop-doc.pdf"));
    const int pages = ReportPrinter::savePdf(doc.get(), pdf, PageSetup(), report.footerText());
    REQUIRE(pages >= 2);
    const QString printed = flat(pdfText(pdf));
    for (int page = 1; page <= pages; ++page)
        CHECK(printed.contains(QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages)));
}

TEST_CASE("a workshop for two kecamatan reports the milestones of those two", "[report][workshop]")
{
    Database db;
    db.open(TestSupport::demoDatabaseCopy(QStringLiteral("report-workshop-two.sqlite")));
    const ProgressSummary area = ReportRepository(db.connection()).summary(QDate(2025, 11, 20));
    REQUIRE(area.districts.size() == 32);
    const DistrictProgress first = area.districts.at(3), second = area.districts.at(17);
    WorkshopRepository workshops(db.connection());
    Workshop w;
    w.title = QStringLiteral("Klinik SIMKOPDES dua kecamatan");
    w.heldOn = QDate(2025, 11, 20);
    w.place = QStringLiteral("Aula Kantor Camat");
    const qint64 id = workshops.create(w, QStringLiteral("tester"));
    InvitationScope scope;
    scope.kind = InvitationScope::Kind::Districts;
    scope.districtCodes = {first.code, second.code};
    REQUIRE(workshops.invite(id, scope, QStringLiteral("tester")) == first.total + second.total);

    const WorkshopReportData data = WorkshopReportData::load(db.connection(), id);
    CHECK(data.after.total == first.total + second.total);
    CHECK(data.after.districts.size() == 2);
    CHECK(data.scopeName == QStringLiteral("Kecamatan %1 dan %2").arg(first.name, second.name));
    const QString text = flat(WorkshopReport(data).document()->toPlainText());
    const int akun = first.reachedCount(QStringLiteral("akun")) + second.reachedCount(QStringLiteral("akun"));
    const int total = first.total + second.total;
    // Section B counts only the invited kecamatan, and says so.
    const QString percent = IndonesianFormat::percent(akun, total).replace(QChar(0xA0), QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("Akun SIMKOPDES %1 %2 %1 %2 0").arg(IndonesianFormat::number(akun), percent)));
    CHECK(text.contains(QStringLiteral("Persentase dihitung dari seluruh %1 KMP di %2").arg(total).arg(data.scopeName)));
    CHECK_FALSE(text.contains(QStringLiteral("dari seluruh 413 KMP")));
    // A workshop for the whole area keeps the area's figures (the demo's, above).
    for (const Workshop &other : workshops.list())
        if (other.id != id) {
            const WorkshopReportData whole = WorkshopReportData::load(db.connection(), other.id);
            CHECK(whole.scopeName.isEmpty());
            CHECK(whole.after.total == 413);
        }
}

TEST_CASE("the outcome page and the Reports page show the same workshop report", "[report][workshop][widget]")
{
    const TestSupport::GuiContext gui(QStringLiteral("report-workshop-gui.sqlite"));
    const AppContext &ctx = gui.context;
    const std::shared_ptr<Database> &database = gui.database;
    const qint64 id = WorkshopReportData::latestWorkshopId(database->connection());
    const WorkshopReport report(WorkshopReportData::load(database->connection(), id));
    const QString expected = report.document()->toPlainText();

    WorkshopOutcomePage outcome(ctx);
    outcome.setWorkshop(id);
    REQUIRE(outcome.report());
    CHECK(outcome.report()->html() == report.html());

    ReportsPage page(ctx);
    page.show();
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("reportKind"));
    auto *preview = page.findChild<QTextBrowser *>();
    REQUIRE(kind);
    REQUIRE(preview);
    REQUIRE(waitFor([&] { return kind->findData(id) > 0; }));
    CHECK(kind->itemText(0) == QStringLiteral("Progress report"));
    CHECK_FALSE(preview->toPlainText().contains(QStringLiteral("LAPORAN PELAKSANAAN")));
    kind->setCurrentIndex(kind->findData(id));
    CHECK(waitFor([&] { return preview->toPlainText() == expected; }));
}

TEST_CASE("the Reports page builds in a worker thread, stays responsive and can be cancelled", "[report][widget][thread]")
{
    const TestSupport::GuiContext gui(QStringLiteral("report-thread.sqlite"));
    const qint64 id = WorkshopReportData::latestWorkshopId(gui.database->connection());
    ReportsPage page(gui.context);
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(1);
    bool ready = false;
    QObject::connect(&page, &ReportsPage::reportReady, [&ready] { ready = true; });
    auto *preview = page.findChild<QTextBrowser *>();
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("reportKind"));
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelReport"));
    auto *progress = page.findChild<QProgressBar *>(QStringLiteral("reportProgress"));
    REQUIRE(preview);
    REQUIRE(kind);
    REQUIRE(cancel);
    REQUIRE(progress);
    // What the page shows the moment a build starts, and a click on its Cancel button right then:
    // a small report can be built within one turn of the event loop, so polling could miss it.
    int started = 0;
    bool busyShown = false;
    bool cancelOnStart = false;
    int ticksAtStart = -1;
    QObject::connect(&page, &ReportsPage::buildStarted, [&] {
        ++started;
        busyShown = page.isBuilding() && progress->isVisible() && cancel->isVisible();
        ticksAtStart = ticks;
        if (cancelOnStart)
            QTest::mouseClick(cancel, Qt::LeftButton);
    });
    page.show();
    REQUIRE(waitFor([&] { return ready; }));
    CHECK(started == 1);
    CHECK(busyShown);
    // The event loop went on while the report was built: the GUI thread did not wait for it.
    CHECK(ticks > ticksAtStart);
    CHECK_FALSE(page.isBuilding());
    CHECK_FALSE(progress->isVisible());
    const QString before = preview->toPlainText();
    CHECK(before.contains(QStringLiteral("LAPORAN PERKEMBANGAN")));

    // Another report asked for, then cancelled: the page stays as it was.
    ready = false;
    busyShown = false;
    cancelOnStart = true;
    REQUIRE(waitFor([&] { return kind->findData(id) > 0; }));
    kind->setCurrentIndex(kind->findData(id));
    REQUIRE(waitFor([&] { return started == 2; }));
    CHECK(busyShown);
    CHECK_FALSE(page.isBuilding());
    CHECK_FALSE(cancel->isVisible());
    // Long enough for the abandoned build to end (its result must be thrown away).
    waitFor([] { return false; }, 1500);
    CHECK_FALSE(ready);
    CHECK(preview->toPlainText() == before);
}

TEST_CASE("report --workshop latest writes the workshop report as PDF", "[report][workshop][pdf][linux-readers]")
{
    const QString dbPath = TestSupport::demoDatabaseCopy(QStringLiteral("report-workshop-cli.sqlite"));
    {
        Database db;
        db.open(dbPath);
        saveDemoLetterhead(db);
    }
    for (const QString &paper : {QStringLiteral("a4"), QStringLiteral("f4")}) {
        INFO(paper.toStdString());
        const QString pdf = TestSupport::tempPath(QStringLiteral("workshop-%1.pdf").arg(paper));
        const auto run = TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), pdf,
                                              QStringLiteral("--workshop"), QStringLiteral("latest"), QStringLiteral("--paper"), paper});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(pdfInfo(pdf).contains(paper == QLatin1String("a4") ? QStringLiteral("(A4)") : QStringLiteral("609 x 935 pts")));
        const int pages = pdfPages(pdf);
        REQUIRE(pages >= 3);
        const QString text = flat(pdfText(pdf));
        CHECK(text.contains(QStringLiteral("LAPORAN PELAKSANAAN WORKSHOP PERCEPATAN OPERASIONAL KMP")));
        CHECK(text.contains(QStringLiteral("360 hadir, 53 tidak hadir")));
        CHECK(text.contains(QStringLiteral("Sabtu, 4 Oktober 2025")));
        CHECK(text.contains(QStringLiteral("Jumlah 413 360 53 87,2 %")));
        CHECK(text.contains(QStringLiteral("Akun SIMKOPDES 266 64,4 % 360 87,2 % +94")));
        CHECK(text.contains(QStringLiteral("Lampiran: Daftar KMP yang Tidak Hadir (53 koperasi)")));
        CHECK(text.contains(QStringLiteral("Pematang Raya, 4 Oktober 2025")));
        for (int page = 1; page <= pages; ++page)
            CHECK(text.contains(QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages)));
        CHECK_FALSE(text.contains(QStringLiteral("Halaman %1 dari").arg(pages + 1)));
    }

    const auto missing = TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"),
                                              TestSupport::tempPath(QStringLiteral("none.pdf")), QStringLiteral("--workshop"), QStringLiteral("999")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("999"));
    const auto mixed = TestSupport::runApp({QStringLiteral("report"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"),
                                            TestSupport::tempPath(QStringLiteral("mixed.pdf")), QStringLiteral("--workshop"),
                                            QStringLiteral("latest"), QStringLiteral("--as-of"), QStringLiteral("2025-10-04")});
    CHECK(mixed.exitCode == 2);
    CHECK(mixed.err.contains("--as-of"));
}

namespace {
// The fonts a PDF uses, as pdffonts lists them: "name type embedded" per font.
QStringList pdfFonts(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {pdf});
    p.waitForFinished(60000);
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);   // the header and its underline
}

// An environment in which fontconfig finds no font at all: only the app's own fonts exist.
QProcessEnvironment withoutSystemFonts()
{
    const QString conf = TestSupport::tempPath(QStringLiteral("no-fonts.conf"));
    QFile f(conf);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
            "  <cachedir>"
            + TestSupport::tempPath(QStringLiteral("fontconfig-cache")).toUtf8() + "</cachedir>\n</fontconfig>\n");
    f.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("FONTCONFIG_FILE"), conf);
    return env;
}
}   // namespace

TEST_CASE("a report is the same document whatever fonts the PC has", "[report][pdf][fonts][linux-readers]")
{
    const QString dbPath = TestSupport::demoDatabaseCopy(QStringLiteral("report-fonts.sqlite"));
    {
        Database db;
        db.open(dbPath);
        saveDemoLetterhead(db);
    }
    const auto args = [&](const QString &out, const QStringList &more) {
        return QStringList{QStringLiteral("report"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), out} + more;
    };
    const QStringList progress{QStringLiteral("--as-of"), QStringLiteral("2025-10-04"), QStringLiteral("--compare-from"),
                               QStringLiteral("2025-10-03")};
    const QStringList workshop{QStringLiteral("--workshop"), QStringLiteral("latest"), QStringLiteral("--paper"), QStringLiteral("f4")};
    for (const QStringList &kind : {progress, workshop}) {
        INFO(kind.join(QLatin1Char(' ')).toStdString());
        const QString withFonts = TestSupport::tempPath(QStringLiteral("fonts-system.pdf"));
        const QString without = TestSupport::tempPath(QStringLiteral("fonts-none.pdf"));
        const auto a = TestSupport::runApp(args(withFonts, kind));
        INFO(a.err.toStdString());
        REQUIRE(a.exitCode == 0);
        const auto b = TestSupport::runApp(args(without, kind), 120000, withoutSystemFonts());
        INFO(b.err.toStdString());
        REQUIRE(b.exitCode == 0);

        REQUIRE(pdfPages(withFonts) >= 3);
        CHECK(pdfPages(without) == pdfPages(withFonts));
        // The same lines, in the same places on the same pages.
        CHECK(pdfText(without).toStdString() == pdfText(withFonts).toStdString());
        // Only the embedded report font, and embedded (a PDF without its fonts looks different
        // on the PC that opens it).
        for (const QString &pdf : {withFonts, without}) {
            const QStringList fonts = pdfFonts(pdf);
            REQUIRE_FALSE(fonts.isEmpty());
            for (const QString &line : fonts) {
                INFO(line.toStdString());
                CHECK(line.contains(QStringLiteral("Arimo")));
                const QStringList cols = line.simplified().split(QLatin1Char(' '));
                // name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
                REQUIRE(cols.size() >= 7);
                CHECK(cols.at(cols.size() - 5) == QLatin1String("yes"));
            }
        }
    }
}
