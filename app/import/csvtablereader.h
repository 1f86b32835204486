#pragma once
#include "import/importtable.h"

#include <QByteArray>
#include <QString>

// Text files for the import: CSV as Excel writes it in Indonesia (";" when Windows is set to
// Indonesian, "," otherwise), Excel's "Unicode Text" (UTF-16LE, tab separated), LibreOffice's
// CSV. RFC 4180 quoting, with separators, doubled quotes and line breaks inside quotes. Every
// cell is Text: numbers and dates are recognised later (ImportValues), so "0812..." and
// "1208302002" keep their leading zeros. Each row keeps the physical line its record starts on.
class CsvTableReader
{
public:
    // Throws ImportError naming `displayName` (an unclosed quote, a binary file, too many rows).
    static ImportTable read(const QByteArray &data, const QString &displayName);
    // ',' ';' or '\t': the one giving the most records with the same number (>= 2) of fields
    // over the first lines, quotes respected; ',' when none does.
    static QChar detectSeparator(const QString &text);
};
