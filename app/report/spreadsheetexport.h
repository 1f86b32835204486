#pragma once
#include "progresssummary.h"
#include "registryquery.h"

#include <QSqlDatabase>
#include <QString>

class TableExporter;

// The tables the Dinas sends on as spreadsheets: the registry (the rows as filtered, in
// village-code order, with the date each milestone was reached), the per-kecamatan figures and a workshop's absentee list.
// Column titles are Indonesian whatever the UI language, like the printed report: the files go
// to the Bupati's office and the ministry. Each function returns the number of data rows and
// throws StorageError when the file cannot be written.
namespace SpreadsheetExport {

enum class What { Registry, Districts, Absent };
// "registry", "districts", "absent"; false for anything else.
bool whatFromKey(const QString &key, What *what);

int registry(QSqlDatabase db, const RegistryQuery &query, const QString &path);
int districts(const ProgressSummary &summary, const QString &path);
int absentees(QSqlDatabase db, qint64 workshopId, const QString &path);

// The same, into an exporter the caller made (the benchmark, the tests).
int registry(QSqlDatabase db, const RegistryQuery &query, TableExporter &out, const QString &path);

} // namespace SpreadsheetExport
