#pragma once
#include "import/importtable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class ZipArchive;

// Excel 2007-2021 workbooks (.xlsx, Office Open XML), read with QuaZip and QXmlStreamReader.
// Shared strings (rich text runs included), inline strings, formula results (the cached value
// Excel saved), booleans, errors as their text ("#N/A"), numbers, and dates: a number is a Date
// when its cell style's number format is a date format (the built-in ids or a custom code with
// d/m/y outside quotes and brackets), in the 1900 or 1904 date system the workbook declares.
class XlsxReader
{
public:
    // Both throw ImportError naming `displayName`.
    static QStringList sheetNames(const ZipArchive &zip, const QString &displayName);
    static ImportTable read(const ZipArchive &zip, const QString &displayName, int sheetIndex);

    // Whether an Excel number format shows a date: built-in ids 14-22, 27-36, 45-47, 50-58, or a
    // custom format code with d, m or y outside "quoted text", [brackets] and \escapes.
    static bool isDateFormat(int numFmtId, const QString &formatCode);
};
