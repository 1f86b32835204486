#pragma once
#include "import/importtable.h"

#include <QString>
#include <QStringList>

#include <atomic>

// Excel 97-2003 workbooks (.xls, BIFF8 and older). They are read with FreeXL, which is not
// memory-safe on damaged files (tests/fuzz/findings/README.md), and .xls files arrive by e-mail
// from anywhere: so FreeXL runs in the helper pantau-kopdes-xls (FreeXlReader behind
// XlsHelperCommand), never in this process, which may hold the open database. A crash, a hang or
// nonsense from the helper is a file that "looks damaged", never a broken application.
//
// The helper is looked for beside the application (an installation), then where this build put
// it (the tests and the command line run from the build folder).
class XlsReader
{
public:
    // Both throw ImportError naming `displayName`: the helper's own messages unchanged (a password,
    // no sheets, too many rows), or one of XlsReader's (damaged, too slow, helper missing).
    // FreeXL reads files only, so bytes in memory go through a temporary file (SpreadsheetReader).
    // `cancelled` is looked at while the helper works: setting it kills the helper, and the call
    // then throws an ImportError saying the reading was cancelled.
    static QStringList sheetNames(const QString &path, const QString &displayName,
                                  const std::atomic_bool *cancelled = nullptr);
    static ImportTable read(const QString &path, const QString &displayName, int sheetIndex,
                            const std::atomic_bool *cancelled = nullptr);
};
