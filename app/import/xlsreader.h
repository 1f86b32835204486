#pragma once
#include "importtable.h"

#include <QString>
#include <QStringList>

// Excel 97-2003 workbooks (.xls, BIFF8 and older), read with FreeXL. FreeXL converts the
// file's code page to UTF-8 and reports cells with a date format as "YYYY-MM-DD" text, which
// become Date cells here.
class XlsReader
{
public:
    // Both throw ImportError naming `displayName`. FreeXL reads files only, so the overloads
    // taking bytes (for the fuzzers and tests) go through a temporary file.
    static QStringList sheetNames(const QString &path, const QString &displayName);
    static ImportTable read(const QString &path, const QString &displayName, int sheetIndex);
};
