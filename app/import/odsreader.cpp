#include "import/odsreader.h"

#include "import/exceldate.h"
#include "import/importerror.h"
#include "import/importlimits.h"
#include "import/sheetbuilder.h"
#include "import/ziparchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace {

const QString contentPart = QStringLiteral("content.xml");

[[noreturn]] void throwDamaged(const QString &displayName, const QXmlStreamReader &xml)
{
    throw ImportError(QCoreApplication::translate("OdsReader", "The file %1 is damaged: its part content.xml is not valid XML (line %2: %3). Save it again from LibreOffice.")
                          .arg(displayName)
                          .arg(xml.lineNumber())
                          .arg(xml.errorString()));
}

QStringView attribute(const QXmlStreamReader &xml, QLatin1String localName)
{
    for (const auto &a : xml.attributes())
        if (a.name() == localName)
            return a.value();
    return {};
}

int repeatCount(const QXmlStreamReader &xml, QLatin1String name)
{
    const QStringView v = attribute(xml, name);
    if (v.isEmpty())
        return 1;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok && n >= 1 ? int(qMin<qint64>(n, ImportLimits::maxRows + 1)) : 1;
}

// The text of a cell: its paragraphs joined by line breaks; <text:s text:c="3"/> is three
// spaces, <text:tab/> a tab, <text:line-break/> a line break; spans and links are followed.
QString readCellText(QXmlStreamReader &xml)
{
    QString text;
    int paragraphs = 0;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView n = xml.name();
            if (n == QLatin1String("p") || n == QLatin1String("h")) {
                if (paragraphs++ > 0)
                    text.append(QLatin1Char('\n'));
            } else if (n == QLatin1String("s")) {
                const int count = qBound(1, attribute(xml, QLatin1String("c")).toInt(), 1000);
                text.append(QString(count, QLatin1Char(' ')));
            } else if (n == QLatin1String("tab")) {
                text.append(QLatin1Char('\t'));
            } else if (n == QLatin1String("line-break")) {
                text.append(QLatin1Char('\n'));
            } else if (n == QLatin1String("annotation")) {
                xml.skipCurrentElement();   // a comment is not the cell's value
                --depth;
            }
        } else if (xml.isCharacters() && depth > 0) {
            text.append(xml.text());
        } else if (xml.isEndElement()) {
            if (depth == 0)
                break;   // </table:table-cell>
            --depth;
        }
    }
    return text;
}

ImportCell cellFromAttributes(const QXmlStreamReader &xml)
{
    ImportCell cell;
    QStringView type = attribute(xml, QLatin1String("value-type"));
    if (type == QLatin1String("float") || type == QLatin1String("percentage") || type == QLatin1String("currency")) {
        bool ok = false;
        cell.number = attribute(xml, QLatin1String("value")).toDouble(&ok);
        if (ok)
            cell.kind = ImportCell::Kind::Number;
    } else if (type == QLatin1String("date")) {
        cell.date = QDate::fromString(attribute(xml, QLatin1String("date-value")).left(10).toString(), Qt::ISODate);
        if (cell.date.isValid()) {
            cell.kind = ImportCell::Kind::Date;
            cell.number = ExcelDate::toSerial(cell.date);
        }
    } else if (type == QLatin1String("boolean")) {
        cell.kind = ImportCell::Kind::Boolean;
        cell.boolean = attribute(xml, QLatin1String("boolean-value")) == QLatin1String("true");
    }
    return cell;
}
}   // namespace

QStringList OdsReader::sheetNames(const ZipArchive &zip, const QString &displayName)
{
    QStringList names;
    QXmlStreamReader xml(zip.read(contentPart));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table")) {
            names.append(attribute(xml, QLatin1String("name")).toString());
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        throwDamaged(displayName, xml);
    if (names.isEmpty())
        throw ImportError(QCoreApplication::translate("OdsReader", "The file %1 has no sheets.").arg(displayName));
    return names;
}

ImportTable OdsReader::read(const ZipArchive &zip, const QString &displayName, int sheetIndex)
{
    ImportTable table;
    table.format = QStringLiteral("ods");
    table.sheets = sheetNames(zip, displayName);
    table.sheet = table.sheets.value(sheetIndex);
    SheetBuilder builder(displayName, table.sheet);

    QXmlStreamReader xml(zip.read(contentPart));
    int tableIndex = -1;
    int nextRow = 1;
    // Walk to the chosen <table:table>; rows may sit inside header-rows and row-groups.
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table") && ++tableIndex == sheetIndex)
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("table"))
            xml.skipCurrentElement();
    }
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (depth-- == 0)
                break;   // </table:table>
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() != QLatin1String("table-row")) {
            ++depth;
            continue;
        }
        const int rowRepeat = repeatCount(xml, QLatin1String("number-rows-repeated"));
        // Read the row once; repeat it only if it holds something.
        ImportRow row;
        int column = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement())
                break;   // </table:table-row>
            if (!xml.isStartElement())
                continue;
            const bool covered = xml.name() == QLatin1String("covered-table-cell");
            if (xml.name() != QLatin1String("table-cell") && !covered) {
                xml.skipCurrentElement();
                continue;
            }
            const int colRepeat = repeatCount(xml, QLatin1String("number-columns-repeated"));
            ImportCell cell = covered ? ImportCell() : cellFromAttributes(xml);
            const QString text = readCellText(xml);
            if (cell.kind == ImportCell::Kind::Empty && !text.isEmpty())
                cell.kind = ImportCell::Kind::Text;
            cell.text = text;
            if (!cell.isEmpty()) {
                if (qint64(column) + colRepeat > ImportLimits::maxColumns)
                    throw ImportError(QCoreApplication::translate("OdsReader", "Row %3 of the sheet %2 of the file %1 has a cell beyond column %4, the last column Excel has.")
                                          .arg(displayName, table.sheet)
                                          .arg(nextRow)
                                          .arg(SheetBuilder::columnName(ImportLimits::maxColumns - 1)));
                row.cells.resize(column + colRepeat);
                for (int i = 0; i < colRepeat; ++i)
                    row.cells[column + i] = cell;
            }
            column = int(qMin<qint64>(qint64(column) + colRepeat, ImportLimits::maxColumns));
        }
        if (xml.hasError())
            break;
        if (row.cells.isEmpty()) {
            nextRow += rowRepeat;   // LibreOffice's trailing run of empty rows costs nothing
            if (nextRow > ImportLimits::maxRows + 1)
                nextRow = ImportLimits::maxRows + 1;
            continue;
        }
        for (int i = 0; i < rowRepeat; ++i) {
            builder.beginRow(nextRow++);
            for (int c = 0; c < row.cells.size(); ++c)
                builder.setCell(c, row.cells.at(c));
        }
    }
    if (xml.hasError())
        throwDamaged(displayName, xml);
    table.rows = builder.takeRows();
    return table;
}
