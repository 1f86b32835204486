#pragma once
#include "import/importtable.h"

#include <QString>
#include <QStringList>

// Excel 97-2003 workbooks (.xls, BIFF8 and older), read in this process with FreeXL. FreeXL
// converts the file's code page to UTF-8 and reports cells with a date format as "YYYY-MM-DD"
// text, which become Date cells here.
//
// FreeXL 1.0.6 (Debian 12) is not memory-safe on damaged files (tests/fuzz/findings/README.md),
// so only the helper pantau-kopdes-xls and the fuzzer call this; the application reads .xls
// through XlsReader, which runs the helper in a process of its own.
class FreeXlReader
{
public:
    // Both throw ImportError naming `displayName`. FreeXL reads files only.
    static QStringList sheetNames(const QString &path, const QString &displayName);
    static ImportTable read(const QString &path, const QString &displayName, int sheetIndex);
};
