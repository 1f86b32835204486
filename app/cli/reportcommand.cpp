#include "clicommands.h"

#include "database.h"
#include "pagesetup.h"
#include "progressreport.h"
#include "reportprinter.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace CliCommands {

// `pantau-kopdes report`: the same ProgressReport and ReportPrinter the Reports page uses.
int report(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args,
                         {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("as-of"), QStringLiteral("compare-from"),
                          QStringLiteral("paper"), QStringLiteral("milestone"), QStringLiteral("area")},
                         {QStringLiteral("landscape")});
    const QString path = a.required(QStringLiteral("out"));
    ReportOptions options;
    options.asOf = a.date(QStringLiteral("as-of"), QDate::currentDate());
    options.compareFrom = a.date(QStringLiteral("compare-from"), QDate());
    options.behindMilestone = a.value(QStringLiteral("milestone"));
    options.areaCode = a.value(QStringLiteral("area"));
    PageSetup setup;
    if (a.has(QStringLiteral("paper")) && !PageSetup::fromKey(a.value(QStringLiteral("paper")), &setup.paper))
        throw CliError(QCoreApplication::translate("CliCommands", "--paper must be a4 or f4, not \"%1\"").arg(a.value(QStringLiteral("paper"))));
    setup.landscape = a.has(QStringLiteral("landscape"));

    Database db;
    openExisting(db, a.required(QStringLiteral("db")));
    const ProgressReport report(ProgressReportData::load(db.connection(), options));
    const auto doc = report.document();
    const int pages = ReportPrinter::savePdf(doc.get(), path, setup, report.footerText(), report.suggestedFileName());
    if (pages == 0)
        throw CliError(QCoreApplication::translate("CliCommands", "cannot write \"%1\"").arg(path));
    out << QCoreApplication::translate("CliCommands", "%1: %n page(s)", nullptr, pages).arg(path) << '\n';
    return 0;
}

} // namespace CliCommands
