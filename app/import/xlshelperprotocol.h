#pragma once
#include "import/importtable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What the helper pantau-kopdes-xls writes on its stdout and XlsReader reads back: a QDataStream
// with a magic number and a version, then sheet names, a read sheet or an error message.
//
// The reply comes from a process that has just had a hostile file in its hands, so decoding trusts
// nothing: every count is checked against ImportLimits before anything is allocated, the cell kinds
// against the enum, and the whole reply must be used up. Anything else is Garbage.
class XlsHelperProtocol
{
public:
    // Bumped whenever the layout changes: an application and a helper from different versions (a
    // half-updated installation) then say so instead of misreading each other.
    static constexpr quint16 version = 1;

    // The helper's exit codes. The error code is not 1, 2 or 3: Windows' abort() and the C
    // runtime's own failures exit with those, and must read as a crash, not as a message.
    static constexpr int exitOk = 0;             // stdout holds the sheet names or the sheet
    static constexpr int exitImportError = 10;   // stdout holds an ImportError's message
    static constexpr int exitUsage = 64;         // bad arguments; nothing on stdout

    static QByteArray encodeSheetNames(const QStringList &names);
    static QByteArray encodeTable(const ImportTable &table);
    static QByteArray encodeError(const QString &message);

    struct Reply
    {
        enum class Kind { Garbage,
                          OtherVersion,
                          SheetNames,
                          Table,
                          Error };
        Kind kind = Kind::Garbage;
        QStringList sheetNames;   // SheetNames; also the table's sheets
        ImportTable table;        // Table
        QString error;            // Error
    };
    static Reply decode(const QByteArray &bytes);
};
