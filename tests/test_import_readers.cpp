// The reading half of the spreadsheet import: the readers on every file of the corpus
// (tests/data/import, made by make_corpus.py, described by corpus.tsv) and on hand-made bytes.
// Header detection, mapping and values on hand-made cells: test_import_values.cpp.
#include "catch.h"

#include "support/importtestsupport.h"
#include "support/testsupport.h"

#include "import/columnmapping.h"
#include "import/csvtablereader.h"
#include "import/exceldate.h"
#include "import/headerdetector.h"
#include "import/importvalues.h"
#include "import/spreadsheetreader.h"
#include "import/textdecoding.h"
#include "import/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QMultiHash>
#include <QProcess>
#include <QTextStream>

using namespace ImportTest;

namespace {
QString corpus(const QString &name)
{
    return QStringLiteral(PK_IMPORT_CORPUS) + QLatin1Char('/') + name;
}

QString readError(const QString &file, const QString &sheet = QString())
{
    try {
        SpreadsheetReader::read(corpus(file), sheet);
    } catch (const ImportError &e) {
        return e.message();
    }
    return QString();
}

struct CorpusEntry
{
    QString file, exercises, reader, detail, pipeline;
    QMultiHash<QString, QString> details;   // key=value parts of detail
};

QVector<CorpusEntry> corpusEntries()
{
    QFile f(corpus(QStringLiteral("corpus.tsv")));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QVector<CorpusEntry> entries;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList parts = line.split(QLatin1Char('\t'));
        REQUIRE(parts.size() == 5);
        for (QString &p : parts)
            p.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\t"), QStringLiteral("\t"));
        CorpusEntry e{parts[0], parts[1], parts[2], parts[3], parts[4], {}};
        if (e.reader == QLatin1String("ok")) {
            // "cell=3:5:Saragih; Rudi" may hold ';': a part without '=' continues the previous one.
            QString key;
            for (const QString &part : e.detail.split(QLatin1Char(';'))) {
                const int eq = int(part.indexOf(QLatin1Char('=')));
                static const QStringList keys = {"format", "sheet", "header_row", "data_rows", "first_data_row", "base",
                                                 "sheets", "encoding", "separator", "rows", "cell", "ignored",
                                                 "no_header", "all_dates", "codes", "phones"};
                if (eq > 0 && keys.contains(part.left(eq))) {
                    key = part.left(eq);
                    e.details.insert(key, part.mid(eq + 1));
                } else if (!key.isEmpty()) {
                    // QMultiHash keeps the latest insert first for a key.
                    const QString last = e.details.values(key).constFirst();
                    e.details.remove(key, last);
                    e.details.insert(key, last + QLatin1Char(';') + part);
                }
            }
        }
        entries.append(e);
    }
    return entries;
}

struct BaseRecord
{
    QString code, village, district, chair, phone, legalNumber;
    QDate legalDate, musdesus, akun;
    int members = 0;
};

QVector<BaseRecord> baseRecords()
{
    QFile f(corpus(QStringLiteral("base.tsv")));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QVector<BaseRecord> out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList p = lines.at(i).split(QLatin1Char('\t'));
        REQUIRE(p.size() == 10);
        out.append({p[0], p[1], p[2], p[3], p[4], p[5], QDate::fromString(p[6], Qt::ISODate),
                    QDate::fromString(p[7], Qt::ISODate), QDate::fromString(p[8], Qt::ISODate), p[9].toInt()});
    }
    return out;
}

ImportCell cellAt(const ImportRow &row, int column)
{
    return column >= 0 ? row.cells.value(column) : ImportCell();
}

// The eight cooperatives of base.tsv, read through the mapping as the import will.
void checkBaseRecords(const ImportTable &table, const HeaderDetection &h)
{
    const QVector<BaseRecord> expected = baseRecords();
    REQUIRE(table.rows.size() - h.firstDataIndex() == expected.size());
    const ColumnMapping &m = h.mapping;
    for (int i = 0; i < expected.size(); ++i) {
        const ImportRow &row = table.rows.at(h.firstDataIndex() + i);
        const BaseRecord &e = expected.at(i);
        INFO("row " << row.number);
        QString problem;
        CHECK(ImportValues::parseVillageCode(cellAt(row, m.columnOf(ImportField::VillageCode))) == e.code);
        CHECK(ImportValues::cellText(cellAt(row, m.columnOf(ImportField::VillageName))) == e.village);
        CHECK(ImportValues::cellText(cellAt(row, m.columnOf(ImportField::DistrictName))) == e.district);
        CHECK(ImportValues::cellText(cellAt(row, m.columnOf(ImportField::ChairName))) == e.chair);
        CHECK(ImportValues::parsePhone(cellAt(row, m.columnOf(ImportField::ChairPhone)), &problem) == e.phone);
        CHECK(ImportValues::parseLegalNumber(cellAt(row, m.columnOf(ImportField::LegalNumber)), &problem) == e.legalNumber);
        CHECK(ImportValues::parseDate(cellAt(row, m.columnOf(ImportField::LegalDate)), &problem) == e.legalDate);
        const auto musdesus = ImportValues::parseMilestone(cellAt(row, m.columnOf(ImportField::MilestoneStatus, "musdesus")), &problem);
        CHECK(musdesus.reached == std::optional<bool>(true));
        CHECK(ImportValues::parseDate(cellAt(row, m.columnOf(ImportField::MilestoneDate, "musdesus")), &problem) == e.musdesus);
        const auto akun = ImportValues::parseMilestone(cellAt(row, m.columnOf(ImportField::MilestoneStatus, "akun")), &problem);
        CHECK(akun.reached == std::optional<bool>(e.akun.isValid()));
        CHECK(ImportValues::parseDate(cellAt(row, m.columnOf(ImportField::MilestoneDate, "akun")), &problem) == e.akun);
        CHECK(ImportValues::parseCount(cellAt(row, m.columnOf(ImportField::MemberCount)), &problem) == e.members);
        CHECK(problem.isEmpty());
    }
}
}   // namespace

// ------------------------------------------------------------------------------ the corpus

TEST_CASE("every corpus file reads as corpus.tsv says", "[import][corpus]")
{
    const QVector<CorpusEntry> entries = corpusEntries();
    CHECK(entries.size() >= 40);
    // Every file of the folder is described, and every described file exists.
    QStringList onDisk = QDir(corpus(QString())).entryList(QDir::Files);
    for (const char *own : {"corpus.tsv", "base.tsv", "make_corpus.py"})
        onDisk.removeAll(QString::fromLatin1(own));
    QStringList described;
    for (const CorpusEntry &e : entries)
        described.append(e.file);
    described.sort();
    onDisk.sort();
    CHECK(described == onDisk);

    const QVector<MilestoneDefinition> milestones = defaultMilestones();
    for (const CorpusEntry &e : entries) {
        DYNAMIC_SECTION(e.file.toStdString())
        {
            INFO(e.exercises.toStdString());
            const QString sheet = e.details.value(QStringLiteral("sheet"));
            if (e.reader == QLatin1String("error")) {
                const QString message = readError(e.file, sheet);
                INFO(message.toStdString());
                CHECK(message.contains(e.detail));
                CHECK(message.contains(e.file));   // every message names the file
                continue;
            }
            REQUIRE(e.reader == QLatin1String("ok"));
            ImportTable table;
            try {
                table = SpreadsheetReader::read(corpus(e.file), sheet);
            } catch (const ImportError &err) {
                FAIL(err.message().toStdString());
            }
            CHECK(table.format == e.details.value(QStringLiteral("format")));
            CHECK(table.sheet == sheet);
            if (e.details.contains(QStringLiteral("sheets"))) {
                CHECK(table.sheets.join(QLatin1Char('|')) == e.details.value(QStringLiteral("sheets")));
                CHECK(SpreadsheetReader::sheetNames(corpus(e.file)) == table.sheets);
                // Without a sheet name the first sheet is read; it has no header.
                const ImportTable first = SpreadsheetReader::read(corpus(e.file));
                CHECK(first.sheet == table.sheets.constFirst());
                CHECK_FALSE(HeaderDetector::detect(first, milestones).found);
            }
            if (e.details.contains(QStringLiteral("encoding")))
                CHECK(table.encoding == e.details.value(QStringLiteral("encoding")));
            if (e.details.contains(QStringLiteral("separator"))) {
                const QString sep = e.details.value(QStringLiteral("separator"));
                const QChar expected = sep == QLatin1String("tab")       ? QLatin1Char('\t')
                                     : sep == QLatin1String("semicolon") ? QLatin1Char(';')
                                                                         : QLatin1Char(',');
                CHECK(table.separator == expected);
            }
            // Rows: no empty rows, no trailing empty cells, increasing row numbers.
            int previous = 0;
            QStringList numbers;
            for (const ImportRow &row : table.rows) {
                CHECK(row.number > previous);
                previous = row.number;
                REQUIRE_FALSE(row.cells.isEmpty());
                CHECK_FALSE(row.cells.constLast().isEmpty());
                numbers.append(QString::number(row.number));
            }
            if (e.details.contains(QStringLiteral("rows")))
                CHECK(numbers.join(QLatin1Char('|')) == e.details.value(QStringLiteral("rows")));
            for (const QString &c : e.details.values(QStringLiteral("cell"))) {
                const QStringList p = c.split(QLatin1Char(':'));
                const int rowNumber = p.value(0).toInt();
                const int column = p.value(1).toInt() - 1;
                const QString want = c.section(QLatin1Char(':'), 2);
                bool seen = false;
                for (const ImportRow &row : table.rows)
                    if (row.number == rowNumber) {
                        seen = true;
                        CHECK(row.cells.value(column).text == want);
                    }
                CHECK(seen);
            }

            const HeaderDetection h = HeaderDetector::detect(table, milestones, e.file);
            const int headerRow = e.details.value(QStringLiteral("header_row")).toInt();
            CHECK(h.found == (headerRow > 0));
            if (!h.found) {
                CHECK(h.problem.contains(e.file));
                CHECK(table.rows.size() == e.details.value(QStringLiteral("data_rows")).toInt());
                continue;
            }
            CHECK(h.headerRow == headerRow);
            CHECK(table.rows.size() - h.firstDataIndex() == e.details.value(QStringLiteral("data_rows")).toInt());
            REQUIRE(h.firstDataIndex() < table.rows.size());
            CHECK(table.rows.at(h.firstDataIndex()).number == e.details.value(QStringLiteral("first_data_row")).toInt());
            if (e.details.contains(QStringLiteral("ignored")))
                CHECK(h.ignoredHeaders.join(QLatin1Char('|')) == e.details.value(QStringLiteral("ignored")));
            if (e.details.value(QStringLiteral("base")) == QLatin1String("1")) {
                CHECK(h.ignoredHeaders == QStringList({"No", "Keterangan"}));
                checkBaseRecords(table, h);
            }
            const auto column = [&](const QString &key) -> QStringList {
                QStringList out;
                const int c = h.mapping.columnOf(key == QLatin1String("codes")    ? ImportField::VillageCode
                                                 : key == QLatin1String("phones") ? ImportField::ChairPhone
                                                                                  : ImportField::MilestoneDate,
                                                 key == QLatin1String("all_dates") ? QStringLiteral("akun") : QString());
                REQUIRE(c >= 0);
                for (int i = h.firstDataIndex(); i < table.rows.size(); ++i) {
                    QString problem;
                    const ImportCell cell = table.rows.at(i).cells.value(c);
                    out.append(key == QLatin1String("codes")    ? ImportValues::parseVillageCode(cell)
                               : key == QLatin1String("phones") ? ImportValues::parsePhone(cell, &problem)
                                                                : ImportValues::parseDate(cell, &problem).toString(Qt::ISODate));
                    CHECK(problem.isEmpty());
                }
                return out;
            };
            if (e.details.contains(QStringLiteral("codes")))
                CHECK(column(QStringLiteral("codes")).join(QLatin1Char('|')) == e.details.value(QStringLiteral("codes")));
            if (e.details.contains(QStringLiteral("phones")))
                CHECK(column(QStringLiteral("phones")).join(QLatin1Char('|')) == e.details.value(QStringLiteral("phones")));
            if (e.details.contains(QStringLiteral("all_dates")))
                for (const QString &d : column(QStringLiteral("all_dates")))
                    CHECK(d == e.details.value(QStringLiteral("all_dates")));
        }
    }
}

TEST_CASE("the bad corpus files read, and their bad values are found at value level", "[import][corpus]")
{
    const auto milestones = defaultMilestones();
    const auto valueProblem = [&](const QString &file, int rowNumber, ImportField field, const QString &code = QString(),
                                  const QString &sheet = QString()) {
        const ImportTable t = SpreadsheetReader::read(corpus(file), sheet);
        const HeaderDetection h = HeaderDetector::detect(t, milestones, file);
        REQUIRE(h.found);
        const int c = h.mapping.columnOf(field, code);
        REQUIRE(c >= 0);
        for (const ImportRow &row : t.rows)
            if (row.number == rowNumber) {
                QString problem;
                const ImportCell cell = row.cells.value(c);
                if (field == ImportField::ChairPhone)
                    ImportValues::parsePhone(cell, &problem);
                else if (field == ImportField::LegalNumber)
                    ImportValues::parseLegalNumber(cell, &problem);
                else if (field == ImportField::MilestoneStatus)
                    ImportValues::parseMilestone(cell, &problem);
                else
                    ImportValues::parseDate(cell, &problem);
                return problem;
            }
        FAIL("no row " << rowNumber);
        return QString();
    };
    CHECK(valueProblem("bad_nonexistent_date.csv", 3, ImportField::LegalDate) == "31/02/2025 is not a date that exists");
    CHECK(valueProblem("bad_nonexistent_date.csv", 2, ImportField::LegalDate).isEmpty());
    CHECK(valueProblem("bad_phone.csv", 3, ImportField::ChairPhone).contains("\u201C0852-76\u201D is not a valid Indonesian phone number"));
    CHECK(valueProblem("bad_phone.csv", 2, ImportField::ChairPhone).isEmpty());
    CHECK(valueProblem("bad_legal_number.csv", 3, ImportField::LegalNumber).contains("is not an SK AHU number"));
    CHECK(valueProblem("xlsx_cell_types.xlsx", 4, ImportField::MilestoneDate, "akun").contains("#N/A"));
    CHECK(valueProblem("xlsx_milestone_words.xlsx", 6, ImportField::MilestoneStatus, "gerai").contains("neither yes nor no"));
    CHECK(valueProblem("ods_repeats.ods", 8, ImportField::MilestoneDate, "musdesus", "KMP 2025").contains("is not a date"));
    // The future date reads as a date: being in the future is the validator's judgement.
    QString problem;
    const ImportTable future = SpreadsheetReader::read(corpus("bad_future_date.xlsx"));
    CHECK(ImportValues::parseDate(future.rows.at(1).cells.at(4), &problem) == QDate(2031, 1, 15));
    CHECK(problem.isEmpty());
}

// ------------------------------------------------------------------------------ readers

TEST_CASE("the format is recognised by content, not by extension", "[import][reader]")
{
    CHECK(SpreadsheetReader::read(corpus("csv_named_xls.xls")).format == "csv");
    CHECK(readError("png_renamed.xlsx").contains("is not a spreadsheet"));
    CHECK(readError("zip_not_spreadsheet.xlsx").contains("a document, not a spreadsheet"));
    CHECK(readError("truncated.xlsx").contains("\u201Ctruncated.xlsx\u201D is damaged or incomplete"));
    CHECK(readError("does-not-exist.xlsx").contains("cannot be opened"));
    QFile f(corpus("xlsx_basic.xlsx"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(SpreadsheetReader::detectFormat(bytes, "x") == SpreadsheetReader::Format::Xlsx);
    CHECK(SpreadsheetReader::read(bytes, "memory.bin").rows.size() == 9);
    QFile x(corpus("xls_basic.xls"));
    REQUIRE(x.open(QIODevice::ReadOnly));
    const QByteArray xls = x.readAll();
    CHECK(SpreadsheetReader::detectFormat(xls, "x") == SpreadsheetReader::Format::Xls);
    CHECK(SpreadsheetReader::read(xls, "memory.xls").rows.size() == 9);   // through a temporary file
    // An OLE2 file that is not a workbook (cut short).
    try {
        SpreadsheetReader::read(xls.left(1024), "potongan.xls");
        FAIL("a cut .xls was read");
    } catch (const ImportError &e) {
        CHECK(e.message().contains("\u201Cpotongan.xls\u201D"));
    }
}

TEST_CASE("a sheet is chosen by name; an unknown name lists the sheets", "[import][reader]")
{
    for (const char *file : {"xlsx_two_sheets.xlsx", "xls_two_sheets.xls", "ods_two_sheets.ods"}) {
        INFO(file);
        CHECK(SpreadsheetReader::sheetNames(corpus(file)) == QStringList({"Petunjuk", "Data KMP"}));
        CHECK(SpreadsheetReader::read(corpus(file), "data kmp").sheet == "Data KMP");   // case-insensitive fallback
        const QString message = readError(file, "Data 2024");
        CHECK(message.contains("has no sheet named \u201CData 2024\u201D"));
        CHECK(message.contains("\u201CPetunjuk\u201D, \u201CData KMP\u201D"));
    }
    CHECK(SpreadsheetReader::sheetNames(corpus("csv_utf8.csv")).isEmpty());
    CHECK(readError("csv_utf8.csv", "Sheet1").contains("has no sheets"));
}

TEST_CASE("XLSX cell types, styles and references", "[import][xlsx]")
{
    const ImportTable t = SpreadsheetReader::read(corpus("xlsx_cell_types.xlsx"));
    CHECK(t.sheets == QStringList({"Data Koperasi"}));
    REQUIRE(t.rows.size() == 4);
    const ImportRow &header = t.rows.at(0);
    CHECK(header.cells.at(0).text == "Kode Desa");          // two rich-text runs
    CHECK(header.cells.at(1).text == "Nama Desa");          // the phonetic run is not part of it
    CHECK(header.cells.at(5).text == "Tanggal Musdesus");   // inline string
    const ImportRow &r2 = t.rows.at(1);
    CHECK(r2.number == 2);
    CHECK(r2.cells.at(0).kind == ImportCell::Kind::Text);
    CHECK(r2.cells.at(1).text == "Huta Parik");
    CHECK(r2.cells.at(2).kind == ImportCell::Kind::Boolean);
    CHECK(r2.cells.at(2).boolean);
    CHECK(r2.cells.at(3).kind == ImportCell::Kind::Date);   // [$-421]dd mmmm yyyy
    CHECK(r2.cells.at(3).date == QDate(2025, 10, 4));
    CHECK(r2.cells.at(4).kind == ImportCell::Kind::Number);   // 0" hari": the d is quoted
    CHECK(r2.cells.at(4).number == 87);
    CHECK(r2.cells.at(5).kind == ImportCell::Kind::Date);   // built-in 14
    const ImportRow &r4 = t.rows.at(2);
    CHECK(r4.number == 4);
    CHECK(r4.cells.at(0).text == "12.08.30.2004");   // formula's cached string
    CHECK(r4.cells.at(1).text == "Tinjowan");
    CHECK(r4.cells.at(2).kind == ImportCell::Kind::Boolean);
    CHECK_FALSE(r4.cells.at(2).boolean);
    CHECK(r4.cells.at(3).kind == ImportCell::Kind::Text);
    CHECK(r4.cells.at(3).text == "#N/A");
    CHECK(r4.cells.at(4).kind == ImportCell::Kind::Number);   // [Red]0
    CHECK(r4.cells.at(5).kind == ImportCell::Kind::Number);   // 0.00
    CHECK(r4.cells.at(5).number == 45832.5);
    const ImportRow &r5 = t.rows.at(3);
    CHECK(r5.number == 5);   // row without r=""
    CHECK(ImportValues::parseVillageCode(r5.cells.at(0)) == "12.08.30.1001");
    CHECK(r5.cells.at(2).text == "Ya");
    CHECK(r5.cells.at(4).kind == ImportCell::Kind::Empty);
    REQUIRE(r5.cells.size() == 27);   // AA5
    CHECK(r5.cells.at(26).text == "catatan jauh");
}

TEST_CASE("Excel number formats that show dates", "[import][xlsx]")
{
    const struct
    {
        int id;
        const char *code;
        bool date;
    } cases[] = {
        {14, "", true},
        {22, "", true},
        {27, "", true},
        {36, "", true},
        {45, "", true},
        {47, "", true},
        {50, "", true},
        {58, "", true},
        {0, "", false},
        {2, "", false},
        {23, "", false},
        {49, "", false},
        {164, "dd/mm/yyyy", true},
        {164, "[$-421]dd mmmm yyyy", true},
        {164, "d-mmm-yy", true},
        {164, "yyyy\\-mm\\-dd", true},
        {164, "0\" hari\"", false},
        {164, "[Red]0", false},
        {164, "#,##0.00", false},
        {164, "\\d0", false},
        {164, "[$Rp-421]#,##0", false},
        {164, "@", false},
        {164, "_(* #,##0_)", false},
        {164, "[h]:mm", false},
        {164, "mm:ss", false},
        {164, "h:mm AM/PM", false},
        {164, "mmm yyyy", true},
        {164, "mmmm", true},
        {164, "dd/mm/yyyy hh:mm", true},
        {164, "0;[Red]-0;\"d\"", false},
    };
    for (const auto &c : cases) {
        INFO(c.id << " " << c.code);
        CHECK(XlsxReader::isDateFormat(c.id, QString::fromUtf8(c.code)) == c.date);
    }
}

TEST_CASE("Excel serial numbers, with the 1900 leap-year bug and the 1904 system", "[import][dates]")
{
    CHECK(ExcelDate::fromSerial(45934) == QDate(2025, 10, 4));
    CHECK(ExcelDate::fromSerial(45934.75) == QDate(2025, 10, 4));
    CHECK(ExcelDate::fromSerial(1) == QDate(1900, 1, 1));
    CHECK(ExcelDate::fromSerial(59) == QDate(1900, 2, 28));
    CHECK_FALSE(ExcelDate::fromSerial(60).isValid());   // 1900-02-29 never existed
    CHECK(ExcelDate::fromSerial(61) == QDate(1900, 3, 1));
    CHECK(ExcelDate::fromSerial(36526) == QDate(2000, 1, 1));
    CHECK(ExcelDate::fromSerial(44472, true) == QDate(2025, 10, 4));
    CHECK(ExcelDate::fromSerial(0, true) == QDate(1904, 1, 1));
    CHECK_FALSE(ExcelDate::fromSerial(-1).isValid());
    for (const QDate &d : {QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(2025, 10, 4)})
        CHECK(ExcelDate::fromSerial(ExcelDate::toSerial(d)) == d);
    // The 1904 workbook of the corpus holds the same dates as the 1900 one.
    const ImportTable a = SpreadsheetReader::read(corpus("xlsx_basic.xlsx"));
    const ImportTable b = SpreadsheetReader::read(corpus("xlsx_date1904.xlsx"));
    REQUIRE(a.rows.size() == b.rows.size());
    CHECK(b.rows.at(2).cells.at(11).kind == ImportCell::Kind::Date);
    CHECK(b.rows.at(2).cells.at(11).date == QDate(2025, 10, 4));
    CHECK(b.rows.at(2).cells.at(11).number != a.rows.at(2).cells.at(11).number);
}

TEST_CASE("ODS repeats are expanded only where they hold something", "[import][ods]")
{
    const ImportTable t = SpreadsheetReader::read(corpus("ods_repeats.ods"), "KMP 2025");
    QStringList numbers;
    for (const ImportRow &r : t.rows)
        numbers.append(QString::number(r.number));
    CHECK(numbers.join(',') == "1,4,5,6,7,8");
    CHECK(t.rows.at(0).cells.size() == 1);                  // merged title, covered cells empty
    CHECK(t.rows.at(1).cells.at(2).text == "Nama Ketua");   // <text:s/>
    const ImportRow &r5 = t.rows.at(2);
    CHECK(r5.cells.at(2).text == "Hotman  Sinaga");   // <text:s text:c="2"/>
    CHECK(r5.cells.at(3).kind == ImportCell::Kind::Boolean);
    CHECK(r5.cells.at(4).kind == ImportCell::Kind::Date);
    CHECK(r5.cells.at(4).date == QDate(2025, 6, 21));
    CHECK(r5.cells.at(5).text == "hadir\nworkshop");   // two paragraphs; the comment is not the value
    CHECK(t.rows.at(3).cells.at(0).kind == ImportCell::Kind::Number);
    CHECK(t.rows.at(3).cells.at(4).date == QDate(2025, 6, 23));
    CHECK(t.rows.at(4).cells.at(1).text == "Dusun Ulu");   // the repeated row
    CHECK(t.rows.at(5).cells.size() == 5);                 // a repeated non-empty cell
    CHECK(t.rows.at(5).cells.at(4).text == "Belum");
}

TEST_CASE("CSV: separators, quotes, line numbers", "[import][csv]")
{
    struct Case
    {
        const char *input;
        char separator;
    };
    const Case cases[] = {
        {"Kode Desa,Nama Desa\n12.08.30.2002,Huta Parik\n", ','},
        {"Kode Desa;Nama Desa\n12.08.30.2002;Huta Parik\n", ';'},
        {"Kode Desa\tNama Desa\n12.08.30.2002\tHuta Parik\n", '\t'},
        // Decimal commas in a ';' file do not make it a ',' file.
        {"Kode;Luas;Nama\n1;1,5;A\n2;2,25;B\n3;3;C\n", ';'},
        // A ';' inside quotes does not count.
        {"a,b,c\n\"x;y;z\",2,3\n\"p;q\",5,6\n", ','},
        {"satu kolom\nsaja\n", ','},
    };
    for (const Case &c : cases) {
        INFO(c.input);
        CHECK(CsvTableReader::detectSeparator(QString::fromUtf8(c.input)) == QLatin1Char(c.separator));
    }

    const QByteArray multi = "h1,h2\r\n\"a\r\nb\",c\r\n\"say \"\"hi\"\"\",\"x,y\"\r\n\r\nlast,\"\"\r\n";
    const ImportTable t = SpreadsheetReader::read(multi, "multi.csv");
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows.at(1).number == 2);
    CHECK(t.rows.at(1).cells.at(0).text == "a\nb");
    CHECK(t.rows.at(2).number == 4);   // the break inside quotes counted
    CHECK(t.rows.at(2).cells.at(0).text == "say \"hi\"");
    CHECK(t.rows.at(2).cells.at(1).text == "x,y");
    CHECK(t.rows.at(3).number == 6);         // blank line 5 skipped
    CHECK(t.rows.at(3).cells.size() == 1);   // trailing empty "" trimmed
    // A lone CR (old Mac files) ends a line too; a file without a final line break keeps its last row.
    const ImportTable cr = SpreadsheetReader::read(QByteArray("a;b\r1;2\r3;4"), "cr.csv");
    REQUIRE(cr.rows.size() == 3);
    CHECK(cr.rows.at(2).number == 3);
    CHECK(cr.rows.at(2).cells.at(1).text == "4");
    // Unterminated quote: the line and column where it opens.
    try {
        SpreadsheetReader::read(QByteArray("a,b\n1,2\n3,\"open\n4,5\n"), "kutip.csv");
        FAIL("read");
    } catch (const ImportError &e) {
        CHECK(e.message().contains("\u201Ckutip.csv\u201D"));
        CHECK(e.message().contains("opens on line 3, in column 2"));
    }
    // Cells stay text: leading zeros kept.
    const ImportTable z = SpreadsheetReader::read(QByteArray("No HP,Kode\n081265432100,0012\n"), "z.csv");
    CHECK(z.rows.at(1).cells.at(0).kind == ImportCell::Kind::Text);
    CHECK(z.rows.at(1).cells.at(0).text == "081265432100");
    CHECK(z.rows.at(1).cells.at(1).text == "0012");
}

TEST_CASE("text encodings", "[import][csv]")
{
    CHECK(TextDecoding::decode("Ma\x92ruf \x96 caf\xe9 \x80").text == QString::fromUtf8("Ma\u2019ruf \u2013 caf\u00e9 \u20ac"));
    CHECK(TextDecoding::decode("Ma\x92ruf").encoding == "Windows-1252");
    CHECK(TextDecoding::decode("Ma\xe2\x80\x99ruf").encoding == "UTF-8");
    CHECK(TextDecoding::decode("\xef\xbb\xbf"
                               "a")
              .text
          == "a");
    const QString s = QString::fromUtf8("Kode\tDesa\r\n12.08\tHuta Parik\u2019");
    QByteArray le(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    const DecodedText noBom = TextDecoding::decode(le);   // UTF-16LE without a byte-order mark
    CHECK(noBom.encoding == "UTF-16LE");
    CHECK(noBom.text == s);
    CHECK(TextDecoding::decode("\xff\xfe" + le).text == s);
    CHECK(TextDecoding::fromWindows1252("\x81\x8d\x9d\xa0\xff") == QString::fromUtf8("\u0081\u008d\u009d\u00a0\u00ff"));
    CHECK(TextDecoding::looksBinary(QString::fromLatin1("\x89PNG\r\n\x1a\n\0\0", 10)));
    CHECK_FALSE(TextDecoding::looksBinary(QStringLiteral("Kode;Nama\r\n1;2\r\n")));
}

namespace {
QString readErrorAt(const QString &path)
{
    try {
        SpreadsheetReader::read(path);
    } catch (const ImportError &e) {
        return e.message();
    }
    return QString();
}
}   // namespace

TEST_CASE("a huge or endless text input is refused by what is read, with the limit named", "[import][limits]")
{
    // A million rows of garbage (about 20 MB): the row limit, long before the memory goes.
    const QString rows = TestSupport::tempPath(QStringLiteral("million-rows.csv"));
    {
        QFile f(rows);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray line = "x,y,z,1,2\n";
        QByteArray block;
        for (int i = 0; i < 100000; ++i)
            block += line;
        for (int i = 0; i < 10; ++i)
            f.write(block);
    }
    QString message = readErrorAt(rows);
    CAPTURE(message.toStdString());
    CHECK(message.contains(QStringLiteral("250000")));
    // One line of 100 MB: the byte limit for text, read no further than it.
    const QString oneLine = TestSupport::tempPath(QStringLiteral("one-line.csv"));
    {
        QFile f(oneLine);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray chunk(1024 * 1024, 'a');
        for (int i = 0; i < 100; ++i)
            f.write(chunk);
    }
    message = readErrorAt(oneLine);
    CAPTURE(message.toStdString());
    CHECK(message.contains(QStringLiteral("64 MB")));
    QFile::remove(oneLine);
    QFile::remove(rows);
    // Not ordinary files: a device that never ends, a pipe nobody writes to, a folder.
#ifdef Q_OS_UNIX
    message = readErrorAt(QStringLiteral("/dev/zero"));
    CHECK(message.contains(QStringLiteral("not an ordinary file")));
    const QString fifo = TestSupport::tempPath(QStringLiteral("pipe.csv"));
    QFile::remove(fifo);
    REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    message = readErrorAt(fifo);
    CHECK(message.contains(QStringLiteral("not an ordinary file")));
    QFile::remove(fifo);
#endif
    message = readErrorAt(TestSupport::tempDir().path());
    CHECK(message.contains(QStringLiteral("folder")));
}
