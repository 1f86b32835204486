#include "import/spreadsheetreader.h"

#include "import/csvtablereader.h"
#include "import/importlimits.h"
#include "import/odsreader.h"
#include "import/xlsreader.h"
#include "import/xlsxreader.h"
#include "import/ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <optional>

namespace {

const QByteArray zipMagic("PK\x03\x04", 4);
const QByteArray oleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
const QByteArray odsMime("application/vnd.oasis.opendocument.spreadsheet");

QString quoted(const QString &s) { return QStringLiteral("\u201C%1\u201D").arg(s); }

}   // namespace

void SpreadsheetReader::checkOrdinaryFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw ImportError(QCoreApplication::translate("SpreadsheetReader", "%1 is a folder, not a file. Choose the spreadsheet file inside it.")
                              .arg(quoted(QDir::toNativeSeparators(path))));
    // A device or a pipe reports no size and may never end (/dev/zero): only ordinary files.
    if (info.exists() && !info.isFile())
        throw ImportError(QCoreApplication::translate("SpreadsheetReader", "%1 is not an ordinary file (a device or a pipe), so it is not imported. "
                                                                           "Save the data as an .xlsx or .csv file and import that.")
                              .arg(quoted(QDir::toNativeSeparators(path))));
}

namespace {
QByteArray readFile(const QString &path)
{
    SpreadsheetReader::checkOrdinaryFile(path);
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(QCoreApplication::translate("SpreadsheetReader", "The file %1 cannot be opened. Close it if another program has it open, and check that you may read it.")
                              .arg(quoted(name)));
    // The limit holds on the bytes really read, not on the size the file system reports. A
    // workbook is compressed (a zip or an OLE file); anything else is read as text, which takes
    // far more memory per byte.
    const QByteArray head = file.peek(8);
    const bool workbook = head.startsWith(oleMagic) || head.startsWith(QByteArrayLiteral("PK\x03\x04"));
    const qint64 limit = workbook ? ImportLimits::maxFileBytes : ImportLimits::maxTextBytes;
    QByteArray data;
    while (!file.atEnd() || data.isEmpty()) {
        const QByteArray chunk = file.read(qMin<qint64>(4 * 1024 * 1024, limit + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
        if (data.size() > limit)
            throw ImportError(workbook
                                  ? QCoreApplication::translate("SpreadsheetReader", "The file %1 is too large to import (more than %2 MB). Split the data into smaller files.")
                                        .arg(quoted(name))
                                        .arg(limit / (1024 * 1024))
                                  : QCoreApplication::translate("SpreadsheetReader", "The file %1 is too large to import as a CSV or text file (more than %2 MB). "
                                                                                     "Split the data into smaller files, or save it as .xlsx.")
                                        .arg(quoted(name))
                                        .arg(limit / (1024 * 1024)));
    }
    return data;
}

int sheetIndex(const QStringList &sheets, const QString &wanted, const QString &displayName)
{
    if (wanted.isEmpty())
        return 0;
    int index = int(sheets.indexOf(wanted));
    if (index < 0) {
        // "sheet1" for "Sheet1": a name typed on a command line.
        for (int i = 0; i < sheets.size() && index < 0; ++i)
            if (sheets.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
                index = i;
    }
    if (index < 0) {
        QStringList names;
        for (const QString &s : sheets)
            names.append(quoted(s));
        throw ImportError(QCoreApplication::translate("SpreadsheetReader", "The file %1 has no sheet named %2. Its sheets are: %3.")
                              .arg(displayName, quoted(wanted), names.join(QStringLiteral(", "))));
    }
    return index;
}

// FreeXL (in the helper process) opens files only; bytes from memory go through a temporary
// file. `path` is the real file when there is one.
ImportTable readWith(const QByteArray &data, const QString &displayName, const QString &sheet,
                     const QString &path, bool namesOnly, QStringList *names,
                     const std::atomic_bool *cancelled = nullptr)
{
    switch (SpreadsheetReader::detectFormat(data, displayName)) {
    case SpreadsheetReader::Format::Xlsx: {
        const ZipArchive zip(data, displayName);
        const QStringList sheets = XlsxReader::sheetNames(zip, displayName);
        if (namesOnly) {
            *names = sheets;
            return {};
        }
        return XlsxReader::read(zip, displayName, sheetIndex(sheets, sheet, displayName));
    }
    case SpreadsheetReader::Format::Ods: {
        const ZipArchive zip(data, displayName);
        const QStringList sheets = OdsReader::sheetNames(zip, displayName);
        if (namesOnly) {
            *names = sheets;
            return {};
        }
        return OdsReader::read(zip, displayName, sheetIndex(sheets, sheet, displayName));
    }
    case SpreadsheetReader::Format::Xls: {
        QString file = path;
        std::optional<QTemporaryFile> temp;
        if (file.isEmpty()) {
            temp.emplace();
            if (!temp->open() || temp->write(data) != data.size() || !temp->flush())
                throw ImportError(QCoreApplication::translate("SpreadsheetReader", "The file %1 cannot be read: no temporary file could be written (%2).")
                                      .arg(displayName, temp->errorString()));
            file = temp->fileName();
        }
        // Each call starts the helper, so the first sheet is read in one go (the table lists the
        // sheets); a sheet chosen by name needs the names first.
        if (!namesOnly && sheet.isEmpty())
            return XlsReader::read(file, displayName, 0, cancelled);
        const QStringList sheets = XlsReader::sheetNames(file, displayName, cancelled);
        if (namesOnly) {
            *names = sheets;
            return {};
        }
        return XlsReader::read(file, displayName, sheetIndex(sheets, sheet, displayName), cancelled);
    }
    case SpreadsheetReader::Format::Text:
        if (namesOnly)
            return {};
        if (!sheet.isEmpty())
            throw ImportError(QCoreApplication::translate("SpreadsheetReader", "The file %1 is a CSV or text file: it has no sheets, so the sheet %2 cannot be chosen.")
                                  .arg(displayName, quoted(sheet)));
        return CsvTableReader::read(data, displayName);
    }
    return {};
}

ImportTable finish(ImportTable table, const QString &displayName)
{
    // Readers may hand rows with trailing empty cells (CSV's ";;;" ends, cells holding only
    // spaces); the contract is: no empty rows, no trailing empty cells.
    QVector<ImportRow> rows;
    rows.reserve(table.rows.size());
    for (ImportRow &row : table.rows) {
        while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
            row.cells.removeLast();
        if (!row.cells.isEmpty())
            rows.append(std::move(row));
    }
    table.rows = std::move(rows);
    if (table.rows.isEmpty()) {
        if (table.format == QLatin1String("csv"))
            throw ImportError(QCoreApplication::translate("SpreadsheetReader", "The file %1 holds no data: it is empty or has only blank lines.").arg(displayName));
        throw ImportError(QCoreApplication::translate("SpreadsheetReader", "The sheet %2 of the file %1 is empty.").arg(displayName, quoted(table.sheet)));
    }
    return table;
}
}   // namespace

SpreadsheetReader::Format SpreadsheetReader::detectFormat(const QByteArray &data, const QString &displayName)
{
    if (data.startsWith(oleMagic))
        return Format::Xls;
    if (!data.startsWith(zipMagic))
        return Format::Text;
    const ZipArchive zip(data, displayName);
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return Format::Xlsx;
    if (zip.contains(QStringLiteral("mimetype")) && zip.read(QStringLiteral("mimetype")).trimmed() == odsMime)
        return Format::Ods;
    if (zip.contains(QStringLiteral("word/document.xml")) || zip.contains(QStringLiteral("mimetype")))
        throw ImportError(QCoreApplication::translate("SpreadsheetReader", "The file %1 is a document, not a spreadsheet. Import an Excel (.xlsx, .xls), "
                                                                           "LibreOffice Calc (.ods) or CSV file.")
                              .arg(displayName));
    throw ImportError(QCoreApplication::translate("SpreadsheetReader", "The file %1 is a ZIP archive, not a spreadsheet. Unpack it first, or import an Excel (.xlsx, .xls), "
                                                                       "LibreOffice Calc (.ods) or CSV file.")
                          .arg(displayName));
}

ImportTable SpreadsheetReader::read(const QString &path, const QString &sheet, const std::atomic_bool *cancelled)
{
    const QString displayName = quoted(QFileInfo(path).fileName());
    return finish(readWith(readFile(path), displayName, sheet, path, false, nullptr, cancelled), displayName);
}

ImportTable SpreadsheetReader::read(const QByteArray &data, const QString &displayName, const QString &sheet,
                                    const std::atomic_bool *cancelled)
{
    const QString name = quoted(displayName);
    return finish(readWith(data, name, sheet, QString(), false, nullptr, cancelled), name);
}

QStringList SpreadsheetReader::sheetNames(const QString &path, const std::atomic_bool *cancelled)
{
    QStringList names;
    readWith(readFile(path), quoted(QFileInfo(path).fileName()), QString(), path, true, &names, cancelled);
    return names;
}

QStringList SpreadsheetReader::sheetNames(const QByteArray &data, const QString &displayName)
{
    QStringList names;
    readWith(data, quoted(displayName), QString(), QString(), true, &names);
    return names;
}
