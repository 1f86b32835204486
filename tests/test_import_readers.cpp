// The reading half of the spreadsheet import: readers, header detection, column mapping and
// value parsing, on hand-made cells and on every file of the corpus (tests/data/import, made by
// make_corpus.py, described by corpus.tsv).
#include "catch.h"

#include "columnmapping.h"
#include "csvtablereader.h"
#include "exceldate.h"
#include "headerdetector.h"
#include "importvalues.h"
#include "spreadsheetreader.h"
#include "textdecoding.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QMultiHash>
#include <QTextStream>

namespace {
QString corpus(const QString &name)
{
    return QStringLiteral(PK_IMPORT_CORPUS) + QLatin1Char('/') + name;
}

QVector<MilestoneDefinition> defaultMilestones()
{
    // As data/migrations/001_initial.sql seeds them (code, name, label).
    const char *rows[][3] = {{"musdesus", "Musdesus", "melaksanakan Musdesus"},
                             {"badan_hukum", "Badan hukum", "berbadan hukum"},
                             {"akun", "Akun SIMKOPDES", "teraktivasi"},
                             {"profil", "Profil diperbarui", "memperbarui profil"},
                             {"gerai", "Data gerai", "memperbarui gerai"},
                             {"gerai_aktif", "Gerai aktif", "memiliki gerai aktif"},
                             {"kemitraan", "Kemitraan", "mengajukan kemitraan"},
                             {"pembiayaan", "Pembiayaan", "bertransaksi pembiayaan"}};
    QVector<MilestoneDefinition> list;
    int position = 1;
    for (const auto &r : rows) {
        MilestoneDefinition m;
        m.code = QString::fromUtf8(r[0]);
        m.name = QString::fromUtf8(r[1]);
        m.label = QString::fromUtf8(r[2]);
        m.position = position++;
        list.append(m);
    }
    return list;
}

ImportCell text(const QString &t)
{
    ImportCell c;
    c.kind = ImportCell::Kind::Text;
    c.text = t;
    return c;
}

ImportCell number(double n)
{
    ImportCell c;
    c.kind = ImportCell::Kind::Number;
    c.number = n;
    c.text = QString::number(n, 'g', 15);
    return c;
}

ImportCell boolean(bool b)
{
    ImportCell c;
    c.kind = ImportCell::Kind::Boolean;
    c.boolean = b;
    c.text = b ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return c;
}

ImportCell dateCell(const QDate &d)
{
    ImportCell c;
    c.kind = ImportCell::Kind::Date;
    c.date = d;
    c.number = ExcelDate::toSerial(d);
    c.text = d.toString(Qt::ISODate);
    return c;
}

ImportTable tableOf(const QVector<QStringList> &rows)
{
    ImportTable t;
    int n = 0;
    for (const QStringList &r : rows) {
        ImportRow row;
        row.number = ++n;
        for (const QString &s : r)
            row.cells.append(s.isEmpty() ? ImportCell() : text(s));
        t.rows.append(row);
    }
    return t;
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
} // namespace

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
                const QChar expected = sep == QLatin1String("tab") ? QLatin1Char('\t')
                    : sep == QLatin1String("semicolon")            ? QLatin1Char(';')
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
                const int c = h.mapping.columnOf(key == QLatin1String("codes") ? ImportField::VillageCode
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
    CHECK(ImportValues::parseDate(future.rows.at(1).cells.at(4), &problem) == QDate(2027, 1, 15));
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
    CHECK(header.cells.at(0).text == "Kode Desa");    // two rich-text runs
    CHECK(header.cells.at(1).text == "Nama Desa");    // the phonetic run is not part of it
    CHECK(header.cells.at(5).text == "Tanggal Musdesus");   // inline string
    const ImportRow &r2 = t.rows.at(1);
    CHECK(r2.number == 2);
    CHECK(r2.cells.at(0).kind == ImportCell::Kind::Text);
    CHECK(r2.cells.at(1).text == "Huta Parik");
    CHECK(r2.cells.at(2).kind == ImportCell::Kind::Boolean);
    CHECK(r2.cells.at(2).boolean);
    CHECK(r2.cells.at(3).kind == ImportCell::Kind::Date);   // [$-421]dd mmmm yyyy
    CHECK(r2.cells.at(3).date == QDate(2025, 10, 4));
    CHECK(r2.cells.at(4).kind == ImportCell::Kind::Number);  // 0" hari": the d is quoted
    CHECK(r2.cells.at(4).number == 87);
    CHECK(r2.cells.at(5).kind == ImportCell::Kind::Date);    // built-in 14
    const ImportRow &r4 = t.rows.at(2);
    CHECK(r4.number == 4);
    CHECK(r4.cells.at(0).text == "12.08.30.2004");          // formula's cached string
    CHECK(r4.cells.at(1).text == "Tinjowan");
    CHECK(r4.cells.at(2).kind == ImportCell::Kind::Boolean);
    CHECK_FALSE(r4.cells.at(2).boolean);
    CHECK(r4.cells.at(3).kind == ImportCell::Kind::Text);
    CHECK(r4.cells.at(3).text == "#N/A");
    CHECK(r4.cells.at(4).kind == ImportCell::Kind::Number);  // [Red]0
    CHECK(r4.cells.at(5).kind == ImportCell::Kind::Number);  // 0.00
    CHECK(r4.cells.at(5).number == 45832.5);
    const ImportRow &r5 = t.rows.at(3);
    CHECK(r5.number == 5);                                    // row without r=""
    CHECK(ImportValues::parseVillageCode(r5.cells.at(0)) == "12.08.30.1001");
    CHECK(r5.cells.at(2).text == "Ya");
    CHECK(r5.cells.at(4).kind == ImportCell::Kind::Empty);
    REQUIRE(r5.cells.size() == 27);                            // AA5
    CHECK(r5.cells.at(26).text == "catatan jauh");
}

TEST_CASE("Excel number formats that show dates", "[import][xlsx]")
{
    const struct { int id; const char *code; bool date; } cases[] = {
        {14, "", true}, {22, "", true}, {27, "", true}, {36, "", true}, {45, "", true}, {47, "", true},
        {50, "", true}, {58, "", true}, {0, "", false}, {2, "", false}, {23, "", false}, {49, "", false},
        {164, "dd/mm/yyyy", true}, {164, "[$-421]dd mmmm yyyy", true}, {164, "d-mmm-yy", true},
        {164, "yyyy\\-mm\\-dd", true}, {164, "0\" hari\"", false}, {164, "[Red]0", false},
        {164, "#,##0.00", false}, {164, "\\d0", false}, {164, "[$Rp-421]#,##0", false}, {164, "@", false},
        {164, "_(* #,##0_)", false}, {164, "[h]:mm", false}, {164, "mm:ss", false}, {164, "h:mm AM/PM", false},
        {164, "mmm yyyy", true}, {164, "mmmm", true}, {164, "dd/mm/yyyy hh:mm", true}, {164, "0;[Red]-0;\"d\"", false},
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
    CHECK_FALSE(ExcelDate::fromSerial(60).isValid());       // 1900-02-29 never existed
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
    CHECK(r5.cells.at(2).text == "Hotman  Sinaga");         // <text:s text:c="2"/>
    CHECK(r5.cells.at(3).kind == ImportCell::Kind::Boolean);
    CHECK(r5.cells.at(4).kind == ImportCell::Kind::Date);
    CHECK(r5.cells.at(4).date == QDate(2025, 6, 21));
    CHECK(r5.cells.at(5).text == "hadir\nworkshop");        // two paragraphs; the comment is not the value
    CHECK(t.rows.at(3).cells.at(0).kind == ImportCell::Kind::Number);
    CHECK(t.rows.at(3).cells.at(4).date == QDate(2025, 6, 23));
    CHECK(t.rows.at(4).cells.at(1).text == "Dusun Ulu");    // the repeated row
    CHECK(t.rows.at(5).cells.size() == 5);                  // a repeated non-empty cell
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
    CHECK(t.rows.at(2).number == 4);                         // the break inside quotes counted
    CHECK(t.rows.at(2).cells.at(0).text == "say \"hi\"");
    CHECK(t.rows.at(2).cells.at(1).text == "x,y");
    CHECK(t.rows.at(3).number == 6);                         // blank line 5 skipped
    CHECK(t.rows.at(3).cells.size() == 1);                   // trailing empty "" trimmed
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
    CHECK(TextDecoding::decode("\xef\xbb\xbf" "a").text == "a");
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

// ------------------------------------------------------------------------------ headers

TEST_CASE("headers map to fields by their synonyms", "[import][mapping]")
{
    const auto milestones = defaultMilestones();
    const struct { const char *header; ImportField field; const char *code; } cases[] = {
        {"Kode Desa", ImportField::VillageCode, ""}, {"KODE DESA", ImportField::VillageCode, ""},
        {"kode_desa", ImportField::VillageCode, ""}, {"Kode  Desa / Kelurahan", ImportField::VillageCode, ""},
        {"Kode Kemendagri", ImportField::VillageCode, ""}, {"Kode Nagori", ImportField::VillageCode, ""},
        {"Kode Wilayah", ImportField::VillageCode, ""}, {"village code", ImportField::VillageCode, ""},
        {"Code", ImportField::VillageCode, ""},
        {"Desa", ImportField::VillageName, ""}, {"Kelurahan", ImportField::VillageName, ""},
        {"Desa/Kelurahan", ImportField::VillageName, ""}, {"Nagori", ImportField::VillageName, ""},
        {"Nama Desa", ImportField::VillageName, ""}, {"Nama Nagori", ImportField::VillageName, ""},
        {"Village", ImportField::VillageName, ""},
        {"Kecamatan", ImportField::DistrictName, ""}, {"Nama Kecamatan", ImportField::DistrictName, ""},
        {"District", ImportField::DistrictName, ""},
        {"Nama Ketua", ImportField::ChairName, ""}, {"Ketua", ImportField::ChairName, ""},
        {"Ketua Koperasi", ImportField::ChairName, ""}, {"Chair", ImportField::ChairName, ""},
        {"No. HP", ImportField::ChairPhone, ""}, {"No HP", ImportField::ChairPhone, ""},
        {"No.HP Ketua", ImportField::ChairPhone, ""}, {"HP Ketua", ImportField::ChairPhone, ""},
        {"Telepon", ImportField::ChairPhone, ""}, {"Telepon Ketua", ImportField::ChairPhone, ""},
        {"WhatsApp", ImportField::ChairPhone, ""}, {"No WA", ImportField::ChairPhone, ""},
        {"phone", ImportField::ChairPhone, ""}, {"Telepon Koperasi", ImportField::Phone, ""},
        {"Nomor SK AHU", ImportField::LegalNumber, ""}, {"No. SK AHU", ImportField::LegalNumber, ""},
        {"SK-AHU", ImportField::LegalNumber, ""}, {"Nomor Badan Hukum", ImportField::LegalNumber, ""},
        {"No Badan Hukum", ImportField::LegalNumber, ""},
        {"Tanggal Badan Hukum", ImportField::LegalDate, ""}, {"Tanggal SK AHU", ImportField::LegalDate, ""},
        {"Tgl. Badan Hukum", ImportField::LegalDate, ""},
        {"NIK Koperasi", ImportField::NikKoperasi, ""}, {"NIK", ImportField::NikKoperasi, ""},
        {"NPWP", ImportField::Npwp, ""}, {"NIB", ImportField::Nib, ""},
        {"Jumlah Anggota", ImportField::MemberCount, ""}, {"Anggota", ImportField::MemberCount, ""},
        {"Members", ImportField::MemberCount, ""}, {"Jumlah Anggota (orang)", ImportField::MemberCount, ""},
        // Milestones by code, name, label; dates by Tanggal/Tgl + any of them.
        {"akun", ImportField::MilestoneStatus, "akun"}, {"Akun SIMKOPDES", ImportField::MilestoneStatus, "akun"},
        {"Teraktivasi", ImportField::MilestoneStatus, "akun"}, {"Aktivasi", ImportField::MilestoneStatus, "akun"},
        {"Tanggal Aktivasi", ImportField::MilestoneDate, "akun"}, {"Tgl Akun SIMKOPDES", ImportField::MilestoneDate, "akun"},
        {"Tanggal Teraktivasi", ImportField::MilestoneDate, "akun"},
        {"Musdesus", ImportField::MilestoneStatus, "musdesus"}, {"Tanggal Musdesus", ImportField::MilestoneDate, "musdesus"},
        {"Melaksanakan Musdesus", ImportField::MilestoneStatus, "musdesus"},
        {"Badan Hukum", ImportField::MilestoneStatus, "badan_hukum"}, {"badan_hukum", ImportField::MilestoneStatus, "badan_hukum"},
        {"Berbadan Hukum", ImportField::MilestoneStatus, "badan_hukum"},
        {"Gerai Aktif", ImportField::MilestoneStatus, "gerai_aktif"}, {"gerai_aktif", ImportField::MilestoneStatus, "gerai_aktif"},
        {"Tgl Gerai Aktif", ImportField::MilestoneDate, "gerai_aktif"},
        {"Data Gerai", ImportField::MilestoneStatus, "gerai"}, {"Profil diperbarui", ImportField::MilestoneStatus, "profil"},
        {"Kemitraan", ImportField::MilestoneStatus, "kemitraan"}, {"Tanggal Pembiayaan", ImportField::MilestoneDate, "pembiayaan"},
        // Not known.
        {"No", ImportField::Ignored, ""}, {"Keterangan", ImportField::Ignored, ""}, {"Tanggal", ImportField::Ignored, ""},
        {"", ImportField::Ignored, ""}, {"Nama Koperasi", ImportField::Ignored, ""},
    };
    for (const auto &c : cases) {
        INFO(c.header);
        const ColumnAssignment a = ColumnMapping::propose(QString::fromUtf8(c.header), milestones);
        CHECK(ColumnMapping::fieldKey(a.field) == ColumnMapping::fieldKey(c.field));
        CHECK(a.milestoneCode == QString::fromUtf8(c.code));
    }
    // A milestone the Dinas added is found by its own name; the extras need their milestone.
    MilestoneDefinition lahan;
    lahan.code = "verifikasi_lahan";
    lahan.name = "Verifikasi Lahan";
    lahan.label = "lahan terverifikasi";
    const ColumnAssignment a = ColumnMapping::propose("Tgl. Verifikasi Lahan", {lahan});
    CHECK(a.field == ImportField::MilestoneDate);
    CHECK(a.milestoneCode == "verifikasi_lahan");
    CHECK(ColumnMapping::propose("Tanggal Aktivasi", {lahan}).field == ImportField::Ignored);
    CHECK(ColumnMapping::normaliseHeader(" No.  HP_Ketua\n") == "no hp ketua");
}

TEST_CASE("the header row is found below a title block", "[import][mapping]")
{
    const auto milestones = defaultMilestones();
    const ImportTable t = tableOf({
        {"DATA KOPERASI DESA MERAH PUTIH KAB. SIMALUNGUN"},
        {"Kecamatan Ujung Padang", "", "Desa"},   // two known words, no village: not the header
        {},
        {"No", "Kode Desa", "Desa", "Nama Desa", "Ketua", "Akun SIMKOPDES", "Catatan", "", ""},
        {"1", "12.08.30.2002", "Huta Parik", "Huta Parik", "Hotman Sinaga", "Ya"},
    });
    const HeaderDetection h = HeaderDetector::detect(t, milestones, "rekap.xlsx");
    REQUIRE(h.found);
    CHECK(h.headerRow == 4);
    CHECK(h.headerIndex == 3);
    CHECK(h.headers.size() == 7);   // trailing empty headers dropped
    CHECK(h.mapping.columns.size() == 7);
    CHECK(h.mapping.columnOf(ImportField::VillageCode) == 1);
    CHECK(h.mapping.columnOf(ImportField::VillageName) == 2);
    CHECK(h.mapping.at(3).field == ImportField::Ignored);   // the second village-name column
    CHECK(h.mapping.columnOf(ImportField::MilestoneStatus, "akun") == 5);
    CHECK(h.ignoredHeaders == QStringList({"No", "Nama Desa", "Catatan"}));

    // A header must name the village; one known column is not enough.
    CHECK_FALSE(HeaderDetector::detect(tableOf({{"Ketua", "No HP", "Musdesus"}, {"a", "b", "c"}}), milestones).found);
    CHECK_FALSE(HeaderDetector::detect(tableOf({{"Kode Desa", "Lain"}, {"12.08.30.2002", "x"}}), milestones).found);
    const HeaderDetection none = HeaderDetector::detect(tableOf({{"x"}}), milestones, "\u201Ca.csv\u201D");
    CHECK(none.problem.contains("No header row was found in \u201Ca.csv\u201D"));
    // Only the first 30 rows are searched.
    QVector<QStringList> late(31, QStringList{"catatan"});
    late.append(QStringList{"Kode Desa", "Nama Desa"});
    CHECK_FALSE(HeaderDetector::detect(tableOf(late), milestones).found);
    late.remove(0, 2);
    CHECK(HeaderDetector::detect(tableOf(late), milestones).headerRow == 30);
}

TEST_CASE("a mapping round-trips through JSON and is remembered by its headers' signature", "[import][mapping]")
{
    const auto milestones = defaultMilestones();
    const QStringList headers = {"No", "Kode Desa", "Nama Desa", "Tanggal Aktivasi", "Musdesus"};
    const ColumnMapping m = HeaderDetector::propose(headers, milestones);
    bool ok = false;
    const ColumnMapping back = ColumnMapping::fromJson(m.toJson(), &ok);
    CHECK(ok);
    CHECK(back == m);
    CHECK(back.columnOf(ImportField::MilestoneDate, "akun") == 3);
    CHECK(m.toJson().contains("\"milestone\":\"akun\""));
    for (const char *bad : {"", "[]", "{\"version\":2,\"columns\":[]}", "{\"version\":1,\"columns\":[{\"field\":\"nonsense\"}]}",
                            "{\"version\":1,\"columns\":[{\"field\":\"milestone_date\"}]}",
                            "{\"version\":1,\"columns\":[{\"field\":\"village_code\",\"milestone\":\"akun\"}]}"}) {
        INFO(bad);
        ColumnMapping::fromJson(QString::fromUtf8(bad), &ok);
        CHECK_FALSE(ok);
    }
    // Same headers written differently, same signature; another order or header, another one.
    const QString sig = ColumnMapping::headerSignature(headers);
    CHECK(sig.size() == 64);
    CHECK(ColumnMapping::headerSignature({"NO", "kode_desa", "Nama  Desa", "Tanggal Aktivasi", "Musdesus", "", ""}) == sig);
    CHECK(ColumnMapping::headerSignature({"Kode Desa", "No", "Nama Desa", "Tanggal Aktivasi", "Musdesus"}) != sig);
    CHECK(ColumnMapping::headerSignature({"No", "Kode Desa", "Nama Desa", "Tanggal Aktivasi"}) != sig);
    for (int f = int(ImportField::Ignored); f <= int(ImportField::MilestoneDate); ++f) {
        bool known = false;
        CHECK(ColumnMapping::fieldFromKey(ColumnMapping::fieldKey(ImportField(f)), &known) == ImportField(f));
        CHECK(known);
        CHECK_FALSE(ColumnMapping::fieldTitle(ImportField(f)).isEmpty());
    }
}

// ------------------------------------------------------------------------------ values

TEST_CASE("dates in the forms Indonesian sheets hold", "[import][values]")
{
    const QDate oct4(2025, 10, 4);
    const struct { const char *text; QDate date; } good[] = {
        {"04/10/2025", oct4}, {"4/10/2025", oct4}, {"4-10-2025", oct4}, {"4.10.2025", oct4}, {"04/10/25", oct4},
        {"2025-10-04", oct4}, {"2025/10/04", oct4}, {"4 Oktober 2025", oct4}, {"4 oktober 2025", oct4},
        {"4 Okt 2025", oct4}, {"4 Okt. 2025", oct4}, {"04-Okt-25", oct4}, {"04-Oct-2025", oct4},
        {"Sabtu, 4 Oktober 2025", oct4}, {"October 4, 2025", oct4}, {"Oct 4 2025", oct4}, {"4 October 2025", oct4},
        {"45934", oct4}, {"45934.0", oct4}, {"2025-10-04 00:00:00", oct4}, {"04/10/2025 09.15", oct4},
        {" 04/10/2025 ", oct4}, {"17 Agustus 2025", QDate(2025, 8, 17)}, {"1 Pebruari 2025", QDate(2025, 2, 1)},
        {"30 Nopember 2025", QDate(2025, 11, 30)}, {"1 Mei 2025", QDate(2025, 5, 1)}, {"15 Des 2025", QDate(2025, 12, 15)},
        {"29/02/2024", QDate(2024, 2, 29)}, {"1/1/2000", QDate(2000, 1, 1)},
    };
    for (const auto &c : good) {
        INFO(c.text);
        QString problem;
        CHECK(ImportValues::parseDate(text(QString::fromUtf8(c.text)), &problem) == c.date);
        CHECK(problem.isEmpty());
    }
    const struct { const char *text; const char *problem; } bad[] = {
        {"31/02/2025", "31/02/2025 is not a date that exists"}, {"29/02/2025", "29/02/2025 is not a date that exists"},
        {"32 Oktober 2025", "32 Oktober 2025 is not a date that exists"}, {"04/13/2025", "04/13/2025 is not a date that exists"},
        {"kemarin", "\u201Ckemarin\u201D is not a date"}, {"4 Oktobre 2025", "is not a date"}, {"Ya", "is not a date"},
        {"12345", "is a number, not a date"}, {"99999", "is a number, not a date"}, {"2025", "is not a date"},
    };
    for (const auto &c : bad) {
        INFO(c.text);
        QString problem;
        CHECK_FALSE(ImportValues::parseDate(text(QString::fromUtf8(c.text)), &problem).isValid());
        CHECK(problem.contains(QString::fromUtf8(c.problem)));
    }
    QString problem;
    CHECK(ImportValues::parseDate(number(45934), &problem) == oct4);
    CHECK(ImportValues::parseDate(number(45934.6), &problem) == oct4);
    CHECK(ImportValues::parseDate(dateCell(oct4), &problem) == oct4);
    CHECK(problem.isEmpty());
    CHECK_FALSE(ImportValues::parseDate(number(150), &problem).isValid());   // a count, not a date
    CHECK(problem.contains("150 is a number, not a date"));
    CHECK_FALSE(ImportValues::parseDate(number(ExcelDate::toSerial(QDate(2101, 1, 1))), nullptr).isValid());
    CHECK(ImportValues::parseDate(number(ExcelDate::toSerial(QDate(2100, 12, 31))), nullptr) == QDate(2100, 12, 31));
    problem.clear();
    CHECK_FALSE(ImportValues::parseDate(ImportCell(), &problem).isValid());
    CHECK(problem.isEmpty());
    CHECK_FALSE(ImportValues::parseDate(boolean(true), &problem).isValid());
    CHECK_FALSE(problem.isEmpty());
}

TEST_CASE("village and area codes, undoing Excel's numbers", "[import][values]")
{
    const struct { ImportCell cell; const char *area; const char *village; } cases[] = {
        {text("12.08.30.2002"), "12.08.30.2002", "12.08.30.2002"},
        {text("1208302002"), "12.08.30.2002", "12.08.30.2002"},
        {text(" 12 08 30 2002 "), "12.08.30.2002", "12.08.30.2002"},
        {text("12.8.30.2002"), "12.08.30.2002", "12.08.30.2002"},
        {text("1.208302002E+09"), "12.08.30.2002", "12.08.30.2002"},
        {text("1208302002.0"), "12.08.30.2002", "12.08.30.2002"},
        {text("'12.08.30.2002"), "12.08.30.2002", "12.08.30.2002"},
        {number(1208302002.0), "12.08.30.2002", "12.08.30.2002"},
        {number(12.08), "12.08", ""}, {number(12.8), "12.08", ""}, {text("12.8"), "12.08", ""},
        {number(1208), "12.08", ""}, {text("12.08.30"), "12.08.30", ""}, {number(120830), "12.08.30", ""},
        {number(12), "12", ""}, {text("12"), "12", ""},
        {text("12.08.30.20021"), "", ""}, {text("120830200"), "", ""}, {text("12.08.3O.2002"), "", ""},
        {text("Huta Parik"), "", ""}, {number(1208302002.5), "", ""}, {number(-1208302002.0), "", ""},
        {text("12..30.2002"), "", ""}, {text("1.2.3.4.5"), "", ""}, {ImportCell(), "", ""}, {boolean(true), "", ""},
    };
    for (const auto &c : cases) {
        INFO(c.cell.text.toStdString());
        CHECK(ImportValues::parseAreaCode(c.cell) == QString::fromUtf8(c.area));
        CHECK(ImportValues::parseVillageCode(c.cell) == QString::fromUtf8(c.village));
    }
}

TEST_CASE("phone numbers in the stored form", "[import][values]")
{
    const struct { ImportCell cell; const char *phone; } good[] = {
        {text("0812-6543-2100"), "081265432100"}, {text("+62 812 6543 2100"), "081265432100"},
        {text("6281265432100"), "081265432100"}, {text("+62-812-6543-2100"), "081265432100"},
        {text("812-6543-2100"), "081265432100"}, {text("0812.6543.2100"), "081265432100"},
        {number(81265432100.0), "081265432100"}, {number(8.12654321e10), "081265432100"},
        {number(6281265432100.0), "081265432100"}, {text("0812 6543 2100 / 0813 1111 2222"), "081265432100"},
        {text("0812-6543-2100 atau 0813-1111-2222"), "081265432100"}, {text("(0622) 7012345"), "06227012345"},
        {text("'081265432100"), "081265432100"}, {text("8.12654321E+10"), "081265432100"},
    };
    for (const auto &c : good) {
        INFO(c.cell.text.toStdString());
        QString problem;
        CHECK(ImportValues::parsePhone(c.cell, &problem) == QString::fromUtf8(c.phone));
        CHECK(problem.isEmpty());
    }
    for (const ImportCell &c : {text("0852-76"), text("tidak ada"), text("12345"), number(123), text("+1 555 0100")}) {
        INFO(c.text.toStdString());
        QString problem;
        CHECK(ImportValues::parsePhone(c, &problem).isEmpty());
        CHECK(problem.contains("is not a valid Indonesian phone number"));
    }
    QString problem;
    CHECK(ImportValues::parsePhone(ImportCell(), &problem).isEmpty());
    CHECK(problem.isEmpty());
}

TEST_CASE("milestone cells: yes, no, a date, nothing", "[import][values]")
{
    const char *yes[] = {"Ya", "ya", "YA", "Y", "Yes", "Sudah", "sudah.", "Sdh", "Selesai", "Aktif", "OK", "\u2713", "\u2714",
                         "\u221A", "v", "V", "1", "TRUE", "true", "Benar", "04/10/2025"};
    const char *no[] = {"Tidak", "tidak", "Tdk", "Belum", "BELUM", "Blm", "No", "N", "0", "FALSE", "Salah", "-", "\u2013", "Tidak ada"};
    for (const char *y : yes) {
        INFO(y);
        QString problem;
        CHECK(ImportValues::parseReached(text(QString::fromUtf8(y)), &problem) == std::optional<bool>(true));
        CHECK(problem.isEmpty());
    }
    for (const char *n : no) {
        INFO(n);
        QString problem;
        CHECK(ImportValues::parseReached(text(QString::fromUtf8(n)), &problem) == std::optional<bool>(false));
        CHECK(problem.isEmpty());
    }
    QString problem;
    CHECK(ImportValues::parseReached(boolean(true)) == std::optional<bool>(true));
    CHECK(ImportValues::parseReached(boolean(false)) == std::optional<bool>(false));
    CHECK(ImportValues::parseReached(number(1)) == std::optional<bool>(true));
    CHECK(ImportValues::parseReached(number(0)) == std::optional<bool>(false));
    CHECK(ImportValues::parseReached(dateCell(QDate(2025, 10, 4))) == std::optional<bool>(true));
    CHECK_FALSE(ImportValues::parseReached(ImportCell(), &problem).has_value());
    CHECK_FALSE(ImportValues::parseReached(text("   "), &problem).has_value());
    CHECK(problem.isEmpty());   // empty: nothing to do, not a problem
    for (const ImportCell &c : {text("X"), text("mungkin"), number(2)}) {
        problem.clear();
        CHECK_FALSE(ImportValues::parseReached(c, &problem).has_value());
        CHECK(problem.contains("is neither yes nor no"));
    }

    auto m = ImportValues::parseMilestone(dateCell(QDate(2025, 9, 2)), &problem);
    CHECK(m.reached == std::optional<bool>(true));
    CHECK(m.date == QDate(2025, 9, 2));
    m = ImportValues::parseMilestone(text("4 Oktober 2025"));
    CHECK(m.reached == std::optional<bool>(true));
    CHECK(m.date == QDate(2025, 10, 4));
    m = ImportValues::parseMilestone(number(45934));
    CHECK(m.date == QDate(2025, 10, 4));
    m = ImportValues::parseMilestone(text("Sudah"));
    CHECK(m.reached == std::optional<bool>(true));
    CHECK_FALSE(m.date.isValid());
    m = ImportValues::parseMilestone(text("Belum"));
    CHECK(m.reached == std::optional<bool>(false));
    problem.clear();
    m = ImportValues::parseMilestone(text("31/02/2025"), &problem);
    CHECK_FALSE(m.reached.has_value());
    CHECK(problem == "31/02/2025 is not a date that exists");
}

TEST_CASE("counts, SK AHU numbers, names", "[import][values]")
{
    const struct { ImportCell cell; int count; bool problem; } counts[] = {
        {number(150), 150, false}, {text("150"), 150, false}, {text("1.250"), 1250, false}, {text("1,250"), 1250, false},
        {text("150 orang"), 150, false}, {text(" 87 "), 87, false}, {number(0), 0, false}, {ImportCell(), -1, false},
        {number(12.5), -1, true}, {text("banyak"), -1, true}, {text("-5"), -1, true}, {text("1.25"), -1, true},
        {text("12345678901"), -1, true},
    };
    for (const auto &c : counts) {
        INFO(c.cell.text.toStdString());
        QString problem;
        CHECK(ImportValues::parseCount(c.cell, &problem) == c.count);
        CHECK(problem.isEmpty() == !c.problem);
    }
    QString problem;
    CHECK(ImportValues::parseLegalNumber(text(" ahu-0001234.ah.01.29.tahun  2025 "), &problem) == "AHU-0001234.AH.01.29.TAHUN 2025");
    CHECK(problem.isEmpty());
    CHECK(ImportValues::parseLegalNumber(text("AHU 1517/2025"), &problem).isEmpty());
    CHECK(problem.contains("\u201CAHU 1517/2025\u201D is not an SK AHU number"));
    CHECK(ImportValues::cellText(text("  Hotman   Sinaga ")) == "Hotman Sinaga");
}

TEST_CASE("village name keys fold spelling, prefixes and punctuation, and nothing else", "[import][values]")
{
    const struct { const char *a; const char *b; bool same; } cases[] = {
        {"Huta Parik", "huta  parik", true}, {"Nagori Huta Parik", "Huta Parik", true},
        {"Desa Huta Parik", "Huta-Parik", true}, {"Kel. Ujung Padang", "Ujung Padang", true},
        {"Kelurahan Pamatang Raya", "PAMATANG RAYA", true}, {"Ds. Raya Bayu", "Raya Bayu", true},
        {"Bah Bolon Tongah", "Bah-Bolon  Tongah.", true},
        // Old spellings (van Ophuijsen / Soewandi) folded to today's.
        {"Djabanten", "Jabanten", true}, {"Tjipanas", "Cipanas", true}, {"Soerabaja", "Surabaya", true},
        {"Tanah Djawa", "Tanah Jawa", true}, {"Bandar Tjina", "Bandar Cina", true},
        {"Sitoemba Djaja", "Situmba Jaya", true},
        // Modern names are left alone: j and nj have today's meaning there.
        {"Jawa Maraja", "Yawa Maraya", false}, {"Panjang", "Panyang", false}, {"Raja", "Raya", false},
        // Different names in the decree stay different.
        {"Pamatang Sidamanik", "Pematang Sidamanik", false}, {"Dolok Silou", "Dolok Silau", false},
        {"Sigodang", "Sigodang Barat", false}, {"Desa Baru", "Baru Desa", false},
    };
    for (const auto &c : cases) {
        INFO(c.a << " / " << c.b);
        CHECK((ImportValues::villageNameKey(QString::fromUtf8(c.a)) == ImportValues::villageNameKey(QString::fromUtf8(c.b))) == c.same);
    }
    CHECK(ImportValues::villageNameKey("Nagori Huta Parik") == "huta parik");
    CHECK(ImportValues::villageNameKey("Desa") == "desa");   // a name that is only the prefix word stays
}
