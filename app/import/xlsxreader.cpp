#include "import/xlsxreader.h"

#include "import/exceldate.h"
#include "import/importerror.h"
#include "import/sheetbuilder.h"
#include "import/ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace {

struct SheetEntry
{
    QString name;
    QString part;   // "xl/worksheets/sheet1.xml"
};

struct Workbook
{
    QVector<SheetEntry> sheets;
    bool date1904 = false;
    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
};

[[noreturn]] void throwDamaged(const QString &displayName, const QString &part, const QXmlStreamReader &xml)
{
    throw ImportError(QCoreApplication::translate("XlsxReader", "The file %1 is damaged: its part %2 is not valid XML (line %3: %4). Save it again from Excel.")
                          .arg(displayName, part)
                          .arg(xml.lineNumber())
                          .arg(xml.errorString()));
}

QStringView attribute(const QXmlStreamReader &xml, QLatin1String localName)
{
    // Attributes are looked up by local name: Strict OOXML and the transitional flavour use
    // different namespaces for the same attributes ("r:id").
    for (const auto &a : xml.attributes())
        if (a.name() == localName)
            return a.value();
    return {};
}

bool isTrue(QStringView v)
{
    return v == QLatin1String("1") || v == QLatin1String("true");
}

// Targets in workbook.xml.rels are relative to xl/, or absolute from the package root.
QString resolveTarget(QStringView target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1).toString();
    QString t = target.toString();
    while (t.startsWith(QLatin1String("../")))
        t = t.mid(3);
    return t.startsWith(QLatin1String("xl/")) ? t : QStringLiteral("xl/") + t;
}

Workbook readWorkbook(const ZipArchive &zip, const QString &displayName)
{
    Workbook wb;
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    QHash<QString, QString> targets;
    if (zip.contains(relsPart)) {
        QXmlStreamReader xml(zip.read(relsPart));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                const QString target = resolveTarget(attribute(xml, QLatin1String("Target")));
                const QStringView type = attribute(xml, QLatin1String("Type"));
                targets.insert(attribute(xml, QLatin1String("Id")).toString(), target);
                if (type.endsWith(QLatin1String("/sharedStrings")))
                    wb.sharedStringsPart = target;
                else if (type.endsWith(QLatin1String("/styles")))
                    wb.stylesPart = target;
            }
        }
        if (xml.hasError())
            throwDamaged(displayName, relsPart, xml);
    }
    const QString wbPart = QStringLiteral("xl/workbook.xml");
    QXmlStreamReader xml(zip.read(wbPart));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            wb.date1904 = isTrue(attribute(xml, QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            SheetEntry s;
            s.name = attribute(xml, QLatin1String("name")).toString();
            const QString id = attribute(xml, QLatin1String("id")).toString();
            s.part = targets.value(id);
            if (s.part.isEmpty())   // no rels: Excel's own naming
                s.part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(wb.sheets.size() + 1);
            wb.sheets.append(s);
        }
    }
    if (xml.hasError())
        throwDamaged(displayName, wbPart, xml);
    if (wb.sheets.isEmpty())
        throw ImportError(QCoreApplication::translate("XlsxReader", "The file %1 has no sheets.").arg(displayName));
    return wb;
}

// The text of an <si> or <is> element: its <t>, or the <t> of every rich-text run <r>;
// phonetic hints (<rPh>) are not part of the value.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int depth = 0;
    bool inPhonetic = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                inPhonetic = true;
            else if (xml.name() == QLatin1String("t") && !inPhonetic)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements), --depth;
        } else if (xml.isEndElement()) {
            if (depth == 0 && xml.name() == end)
                break;
            if (xml.name() == QLatin1String("rPh"))
                inPhonetic = false;
            --depth;
        }
    }
    return text;
}

QStringList readSharedStrings(const ZipArchive &zip, const QString &part, const QString &displayName)
{
    QStringList strings;
    if (!zip.contains(part))
        return strings;
    QXmlStreamReader xml(zip.read(part));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(readStringItem(xml));
    }
    if (xml.hasError())
        throwDamaged(displayName, part, xml);
    return strings;
}

// For each cell style (the s="" index of a cell), whether it shows a date.
QVector<bool> readDateStyles(const ZipArchive &zip, const QString &part, const QString &displayName)
{
    QVector<bool> dateStyles;
    if (!zip.contains(part))
        return dateStyles;
    QHash<int, QString> customFormats;
    QXmlStreamReader xml(zip.read(part));
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt"))
                customFormats.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                     attribute(xml, QLatin1String("formatCode")).toString());
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                dateStyles.append(XlsxReader::isDateFormat(id, customFormats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        throwDamaged(displayName, part, xml);
    return dateStyles;
}

QString numberText(double n)
{
    // As Excel's General format shows it: 1208302002, not 1.208302002e+09.
    return QString::number(n, 'g', 15);
}
}   // namespace

bool XlsxReader::isDateFormat(int numFmtId, const QString &formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    // Only the first section counts (positive numbers; dates are never negative).
    bool inQuote = false;
    int bracket = 0;
    bool day = false, month = false, year = false, hour = false, second = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (inQuote) {
            inQuote = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"'))
            inQuote = true;
        else if (c == QLatin1Char('['))
            ++bracket;   // [Red], [$-421] (the Indonesian locale tag), [h] (elapsed hours)
        else if (c == QLatin1Char(']'))
            bracket = qMax(0, bracket - 1);
        else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))
            ++i;   // the next character is literal (or padding)
        else if (c == QLatin1Char(';') && bracket == 0)
            break;
        else if (bracket > 0) {
            // [h], [mm], [ss]: elapsed time.
            hour = hour || c.toLower() == QLatin1Char('h');
            second = second || c.toLower() == QLatin1Char('s');
        } else {
            switch (c.toLower().unicode()) {
            case 'd': day = true; break;
            case 'm': month = true; break;
            case 'y': year = true; break;
            case 'h': hour = true; break;
            case 's': second = true; break;
            default: break;
            }
        }
    }
    // "m" is minutes next to hours or seconds: "[h]:mm" and "mm:ss" are durations, not dates.
    return day || year || (month && !hour && !second);
}

QStringList XlsxReader::sheetNames(const ZipArchive &zip, const QString &displayName)
{
    QStringList names;
    for (const SheetEntry &s : readWorkbook(zip, displayName).sheets)
        names.append(s.name);
    return names;
}

ImportTable XlsxReader::read(const ZipArchive &zip, const QString &displayName, int sheetIndex)
{
    const Workbook wb = readWorkbook(zip, displayName);
    const SheetEntry &entry = wb.sheets.at(sheetIndex);
    const QStringList shared = readSharedStrings(zip, wb.sharedStringsPart, displayName);
    const QVector<bool> dateStyles = readDateStyles(zip, wb.stylesPart, displayName);

    ImportTable table;
    table.format = QStringLiteral("xlsx");
    table.sheet = entry.name;
    for (const SheetEntry &s : wb.sheets)
        table.sheets.append(s.name);
    if (!zip.contains(entry.part))
        throw ImportError(QCoreApplication::translate("XlsxReader", "The file %1 is damaged: the sheet %2 is listed but its part %3 is missing.")
                              .arg(displayName, entry.name, entry.part));

    SheetBuilder builder(displayName, entry.name);
    QXmlStreamReader xml(zip.read(entry.part));
    int rowNumber = 0;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const int r = attribute(xml, QLatin1String("r")).toInt();
            // Rows without r="" follow the previous one; a row number going back is damage.
            const int next = r > 0 ? r : rowNumber + 1;
            if (next <= rowNumber)
                throw ImportError(QCoreApplication::translate("XlsxReader", "The file %1 is damaged: in the sheet %2, row %3 comes after row %4.")
                                      .arg(displayName, entry.name)
                                      .arg(next)
                                      .arg(rowNumber));
            rowNumber = next;
            column = -1;
            builder.beginRow(rowNumber);
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const QStringView ref = attribute(xml, QLatin1String("r"));
        int refRow = rowNumber;
        if (ref.isEmpty())
            ++column;
        else if (!SheetBuilder::parseCellReference(ref, &column, &refRow) || refRow != rowNumber)
            throw ImportError(QCoreApplication::translate("XlsxReader", "The file %1 is damaged: in the sheet %2, row %3 holds a cell \"%4\" that does not belong to it.")
                                  .arg(displayName, entry.name)
                                  .arg(rowNumber)
                                  .arg(ref.toString()));
        const QString type = attribute(xml, QLatin1String("t")).toString();
        const int style = attribute(xml, QLatin1String("s")).toInt();
        const QString cellRef = SheetBuilder::columnName(column) + QString::number(rowNumber);
        QString value;
        QString inlineText;
        bool hasInline = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("v"))
                value = xml.readElementText();
            else if (xml.name() == QLatin1String("is")) {
                inlineText = readStringItem(xml);
                hasInline = true;
            } else if (xml.name() == QLatin1String("f"))
                xml.skipCurrentElement();
        }
        ImportCell cell;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= shared.size())
                throw ImportError(QCoreApplication::translate("XlsxReader", "The file %1 is damaged: cell %3 of the sheet %2 refers to a text that is not in the file.")
                                      .arg(displayName, entry.name, cellRef));
            cell.kind = ImportCell::Kind::Text;
            cell.text = shared.at(index);
        } else if (type == QLatin1String("inlineStr") || hasInline) {
            cell.kind = ImportCell::Kind::Text;
            cell.text = hasInline ? inlineText : value;
        } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
            cell.kind = ImportCell::Kind::Text;
            cell.text = value;
        } else if (type == QLatin1String("b")) {
            cell.kind = ImportCell::Kind::Boolean;
            cell.boolean = isTrue(value);
            cell.text = cell.boolean ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("d")) {
            // ISO 8601 date cells (Strict files, some generators).
            cell.date = QDate::fromString(value.left(10), Qt::ISODate);
            cell.kind = cell.date.isValid() ? ImportCell::Kind::Date : ImportCell::Kind::Text;
            cell.text = value;
        } else if (!value.isEmpty()) {
            bool ok = false;
            cell.number = value.toDouble(&ok);
            if (!ok)
                throw ImportError(QCoreApplication::translate("XlsxReader", "The file %1 is damaged: cell %3 of the sheet %2 should hold a number but holds \"%4\".")
                                      .arg(displayName, entry.name, cellRef, value.left(40)));
            cell.kind = ImportCell::Kind::Number;
            cell.text = numberText(cell.number);
            if (style >= 0 && style < dateStyles.size() && dateStyles.at(style)) {
                const QDate d = ExcelDate::fromSerial(cell.number, wb.date1904);
                if (d.isValid()) {
                    cell.kind = ImportCell::Kind::Date;
                    cell.date = d;
                    cell.text = d.toString(Qt::ISODate);
                }
            }
        }
        if (cell.kind == ImportCell::Kind::Text && cell.text.isEmpty())
            cell.kind = ImportCell::Kind::Empty;
        builder.setCell(column, cell);
    }
    if (xml.hasError())
        throwDamaged(displayName, entry.part, xml);
    table.rows = builder.takeRows();
    return table;
}
