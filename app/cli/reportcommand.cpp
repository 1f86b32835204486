#include "cli/clicommands.h"

#include "storage/database.h"
#include "report/pagesetup.h"
#include "report/progressreport.h"
#include "storage/reportrepository.h"
#include "report/reportprinter.h"
#include "storage/storageerror.h"
#include "report/workshopreport.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace CliCommands {

QString checkedArea(const CliArguments &a, Connection db)
{
    const QString code = a.value(QStringLiteral("area")).trimmed();
    if (!code.isEmpty() && !ReportRepository(db).hasArea(code))
        throw CliError(QCoreApplication::translate("CliCommands",
                                                   "--area %1 is not a province, regency or kecamatan of this database's area")
                           .arg(code));
    return code;
}

namespace {
// --workshop ID, or "latest" for the newest workshop of the database.
qint64 workshopId(const CliArguments &a, Connection db)
{
    if (a.value(QStringLiteral("workshop")).trimmed().toLower() != QLatin1String("latest"))
        return a.integer(QStringLiteral("workshop"));
    const qint64 id = WorkshopReportData::latestWorkshopId(db);
    if (id == 0)
        throw CliError(QCoreApplication::translate("CliCommands", "the database has no workshop yet"));
    return id;
}

std::unique_ptr<PrintableReport> progressReport(const CliArguments &a, Connection db)
{
    ReportOptions options;
    options.asOf = a.asOf();
    options.compareFrom = a.compareFrom(options.asOf);
    options.behindMilestone = a.value(QStringLiteral("milestone"));
    options.areaCode = checkedArea(a, db);
    return std::make_unique<ProgressReport>(ProgressReportData::load(db, options));
}
}   // namespace

// `pantau-kopdes report`: the same ProgressReport or WorkshopReport, and the same ReportPrinter,
// the Reports page uses.
int report(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args,
                         {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("as-of"), QStringLiteral("compare-from"),
                          QStringLiteral("paper"), QStringLiteral("milestone"), QStringLiteral("area"), QStringLiteral("workshop")},
                         {QStringLiteral("landscape")});
    const QString path = a.outputPath();
    const bool workshop = a.has(QStringLiteral("workshop"));
    for (const char *progressOnly : {"as-of", "compare-from", "milestone", "area"})
        if (workshop && a.has(QLatin1String(progressOnly)))
            throw CliError(QCoreApplication::translate("CliCommands", "--%1 is for the progress report; a workshop's report takes no --%1")
                               .arg(QLatin1String(progressOnly)));
    PageSetup setup;
    if (a.has(QStringLiteral("paper")) && !PageSetup::fromKey(a.value(QStringLiteral("paper")), &setup.paper))
        throw CliError(QCoreApplication::translate("CliCommands", "--paper must be a4 or f4, not \"%1\"").arg(a.value(QStringLiteral("paper"))));
    setup.landscape = a.has(QStringLiteral("landscape"));
    if (!workshop) {   // refused before the database is opened
        const QDate asOf = a.asOf();
        a.compareFrom(asOf);
    }

    Database db;
    openExisting(db, a.required(QStringLiteral("db")));
    const std::unique_ptr<PrintableReport> report =
        workshop ? std::make_unique<WorkshopReport>(WorkshopReportData::load(db.connection(), workshopId(a, db.connection())))
                 : progressReport(a, db.connection());
    const auto doc = report->document();
    QString error;
    const int pages = ReportPrinter::savePdf(doc.get(), path, setup, report->footerText(), report->suggestedFileName(), &error);
    if (pages == 0)
        throw StorageError(error);   // one plain line, exit 1
    out << QCoreApplication::translate("CliCommands", "%1: %n page(s)", nullptr, pages).arg(path) << '\n';
    return 0;
}

}   // namespace CliCommands
