#pragma once
#include "import/importerror.h"
#include "import/importtable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

// The one entry point of the import's reading half: reads a sheet of an XLSX, XLS, ODS or
// CSV/text file into an ImportTable. The format is recognised from the content, never from the
// extension (a .xls that is really a CSV, or an .xlsx that is really an image, is common on
// office PCs). Every failure is an ImportError whose message names the file and, where it
// applies, the sheet, row, column or line.
class SpreadsheetReader
{
public:
    enum class Format { Xlsx,
                        Xls,
                        Ods,
                        Text };

    // Throws ImportError, in the user's words, for a folder, a device or a pipe given as the file.
    static void checkOrdinaryFile(const QString &path);

    // `sheet` empty: the first sheet. An unknown sheet name is an error listing the sheets.
    // `cancelled` stops the reading of an .xls (its helper process) midway, with an ImportError.
    static ImportTable read(const QString &path, const QString &sheet = QString(),
                            const std::atomic_bool *cancelled = nullptr);
    // The same on bytes in memory (tests, fuzzers); `displayName` is what messages call the file.
    static ImportTable read(const QByteArray &data, const QString &displayName, const QString &sheet = QString(),
                            const std::atomic_bool *cancelled = nullptr);

    // The workbook's sheets in order; an empty list for a CSV/text file. `cancelled` as for read().
    static QStringList sheetNames(const QString &path, const std::atomic_bool *cancelled = nullptr);
    static QStringList sheetNames(const QByteArray &data, const QString &displayName);

    // Throws ImportError for a zip archive that is neither an XLSX nor an ODS.
    static Format detectFormat(const QByteArray &data, const QString &displayName);
};
