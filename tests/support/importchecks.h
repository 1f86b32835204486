#pragma once
#include "storage/connection.h"

#include <QByteArray>
#include <QString>

// What the import tests compare databases by (test_importer, test_import_kill).
namespace ImportChecks {
// A hash of every table's rows in primary key order; without the import's own record tables
// when `withImportRecord` is false (an import and its undo both stay recorded).
QByteArray checksum(const Connection &db, bool withImportRecord = true);
// The progress tables against a count of the events themselves (Catch2 CHECKs).
void checkCountsMatchEvents(const Connection &db);
// Writes `content` to a file of that name in the test's temporary folder; returns its path.
QString writeFile(const QString &name, const QByteArray &content);
}   // namespace ImportChecks
