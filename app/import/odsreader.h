#pragma once
#include "import/importtable.h"

#include <QString>
#include <QStringList>

class ZipArchive;

// LibreOffice / OpenOffice spreadsheets (.ods, OpenDocument), read from content.xml. Repeated
// rows and cells (table:number-rows-repeated, table:number-columns-repeated) are expanded only
// where they hold something: LibreOffice ends every sheet with a run of 1,048,576 empty rows.
class OdsReader
{
public:
    // Both throw ImportError naming `displayName`.
    static QStringList sheetNames(const ZipArchive &zip, const QString &displayName);
    static ImportTable read(const ZipArchive &zip, const QString &displayName, int sheetIndex);
};
