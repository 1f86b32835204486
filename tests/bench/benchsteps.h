#pragma once
#include <QJsonObject>
#include <QString>

// `pantau-kopdes bench --json` builds the national database once (83,762 cooperatives, about
// 670,000 milestone events) and then runs one step per area; each step adds its own figures.
struct BenchContext
{
    QString databasePath;   // the national benchmark database, already built
    QString workDir;        // a scratch folder for the step's own files
    QString sqlite3Shell;   // path of the sqlite3 command-line shell, empty when not installed
};

namespace BenchSteps {
QJsonObject registry(const BenchContext &ctx);     // open_ms, filter_ms
QJsonObject dashboard(const BenchContext &ctx);    // summary_today_ms, summary_past_ms, dashboard_refresh_ms, sqlite3_cli_summary_ms
QJsonObject attendance(const BenchContext &ctx);   // checkin_median_ms, checkin_p99_ms
QJsonObject reports(const BenchContext &ctx);
QJsonObject import(const BenchContext &ctx);   // import_preview_ms, import_national_ms, import_backup_ms, sqlite3_cli_import_ms      // province_report_pdf_ms, national_xlsx_ms, libreoffice_xlsx_ms
}   // namespace BenchSteps
