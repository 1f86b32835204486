#include "bench/benchsteps.h"
#include "bench/benchtiming.h"

#include "io/csvexporter.h"
#include "storage/database.h"
#include "report/pagesetup.h"
#include "report/progressreport.h"
#include "report/reportprinter.h"
#include "report/spreadsheetexport.h"
#include "storage/storageerror.h"
#include "io/xlsxexporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

namespace {

// North Sumatra: a province's office printing its report (6,000+ villages, 450+ kecamatan).
const char *const kProvince = "12";
}   // namespace

// province_report_pdf_ms: the whole progress report of one province from the national database
// (figures, per-kecamatan table, charts, follow-up list) laid out and written as PDF.
// national_xlsx_ms: the registry export of all 83,762 cooperatives as XLSX.
// libreoffice_xlsx_ms (only when LibreOffice is installed): LibreOffice headless turning the
// same rows, exported as CSV, into XLSX, for comparison.
QJsonObject BenchSteps::reports(const BenchContext &ctx)
{
    QJsonObject result;
    try {
        Database db;
        db.open(ctx.databasePath);
        const QDir work(ctx.workDir);

        QElapsedTimer timer;
        timer.start();
        ReportOptions options;
        options.asOf = QDate::currentDate();
        options.compareFrom = options.asOf.addDays(-30);
        options.areaCode = QString::fromLatin1(kProvince);
        const ProgressReport report(ProgressReportData::load(db.connection(), options));
        const auto doc = report.document();
        const QString pdf = work.filePath(QStringLiteral("province-report.pdf"));
        const int pages = ReportPrinter::savePdf(doc.get(), pdf, PageSetup(), report.footerText(), report.suggestedFileName());
        if (pages == 0)
            throw StorageError(QStringLiteral("cannot write %1").arg(pdf));
        result.insert(QStringLiteral("province_report_pdf_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer)));
        result.insert(QStringLiteral("province_report_pages"), pages);
        result.insert(QStringLiteral("province_report_cooperatives"), report.data().current.total);

        timer.restart();
        XlsxExporter xlsx;
        const int rows = SpreadsheetExport::registry(db.connection(), RegistryQuery(), xlsx, work.filePath(QStringLiteral("national.xlsx")));
        result.insert(QStringLiteral("national_xlsx_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer)));
        result.insert(QStringLiteral("national_xlsx_rows"), rows);
        result.insert(QStringLiteral("national_xlsx_bytes"), QFileInfo(work.filePath(QStringLiteral("national.xlsx"))).size());

        QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (office.isEmpty())
            office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
        if (!office.isEmpty()) {
            const QString csv = work.filePath(QStringLiteral("national.csv"));
            CsvExporter csvExporter;
            SpreadsheetExport::registry(db.connection(), RegistryQuery(), csvExporter, csv);
            const QString outDir = work.filePath(QStringLiteral("libreoffice"));
            QDir().mkpath(outDir);
            timer.restart();
            QProcess p;
            p.start(office, {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                             QStringLiteral("--outdir"), outDir, csv});
            if (p.waitForFinished(600000) && p.exitCode() == 0 && QFileInfo::exists(QDir(outDir).filePath(QStringLiteral("national.xlsx"))))
                result.insert(QStringLiteral("libreoffice_xlsx_ms"), BenchTiming::rounded(BenchTiming::elapsedMs(timer)));
        }
    } catch (const StorageError &e) {
        result.insert(QStringLiteral("reports_error"), e.message());
    }
    return result;
}
