#pragma once
#include "core/progresssummary.h"
#include "storage/registryquery.h"
#include "io/tableexporter.h"

#include "storage/connection.h"
#include <QString>

// The tables the Dinas sends on as spreadsheets: the registry (the rows as filtered and sorted,
// with the date each milestone was reached), the per-kecamatan figures and a workshop's absentee
// list, as XLSX or CSV (by the file's suffix; `csv` says how a CSV separates its fields).
// Column titles are Indonesian whatever the UI language, like the printed report: the files go
// to the Bupati's office and the ministry. Each function returns the number of data rows and
// throws StorageError when the file cannot be written.
namespace SpreadsheetExport {

enum class What { Registry,
                  Districts,
                  Absent };
// "registry", "districts", "absent"; false for anything else.
bool whatFromKey(const QString &key, What *what);

int registry(Connection db, const RegistryQuery &query, const QString &path, const CsvDialect &csv = CsvDialect());
int districts(const ProgressSummary &summary, const QString &path, const CsvDialect &csv = CsvDialect());
int absentees(Connection db, qint64 workshopId, const QString &path, const CsvDialect &csv = CsvDialect());

// The same, into an exporter the caller made (the benchmark, the tests).
int registry(Connection db, const RegistryQuery &query, TableExporter &out, const QString &path);

}   // namespace SpreadsheetExport
