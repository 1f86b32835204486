#include "cli/clicommands.h"

#include "storage/database.h"
#include "storage/reportrepository.h"
#include "report/spreadsheetexport.h"
#include "storage/workshoprepository.h"

#include <QCoreApplication>

namespace CliCommands {

// `pantau-kopdes export`: the same SpreadsheetExport the Reports page uses.
int exportTable(const QStringList &args, QTextStream &out)
{
    const CliArguments a(args,
                         {QStringLiteral("db"), QStringLiteral("out"), QStringLiteral("what"), QStringLiteral("workshop"),
                          QStringLiteral("as-of"), QStringLiteral("district"), QStringLiteral("area"), QStringLiteral("separator")},
                         {});
    const QString path = a.outputPath();
    SpreadsheetExport::What what = SpreadsheetExport::What::Registry;
    if (a.has(QStringLiteral("what")) && !SpreadsheetExport::whatFromKey(a.value(QStringLiteral("what")), &what))
        throw CliError(QCoreApplication::translate("CliCommands", "--what must be registry, districts or absent, not \"%1\"")
                           .arg(a.value(QStringLiteral("what"))));
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        throw CliError(QCoreApplication::translate("CliCommands", "--out must end in .xlsx or .csv"));

    // --separator semicolon: the CSV that Excel with Indonesian regional settings opens in columns.
    CsvDialect csv;
    const QString separator = a.value(QStringLiteral("separator"), QStringLiteral("comma"));
    if (separator == QLatin1String("semicolon"))
        csv = CsvDialect::excelIndonesian();
    else if (separator != QLatin1String("comma"))
        throw CliError(QCoreApplication::translate("CliCommands", "--separator must be comma or semicolon, not \"%1\"").arg(separator));

    const QDate asOf = a.asOf();

    Database db;
    openExisting(db, a.required(QStringLiteral("db")));
    int rows = 0;
    switch (what) {
    case SpreadsheetExport::What::Registry: {
        RegistryQuery query;
        query.districtCode = a.value(QStringLiteral("district"));
        rows = SpreadsheetExport::registry(db.connection(), query, path, csv);
        break;
    }
    case SpreadsheetExport::What::Districts:
        rows = SpreadsheetExport::districts(ReportRepository(db.connection())
                                                .summary(asOf, checkedArea(a, db.connection())),
                                            path, csv);
        break;
    case SpreadsheetExport::What::Absent: {
        // Without --workshop: the newest workshop, the one whose absentees are being called.
        qint64 workshop = 0;
        if (a.has(QStringLiteral("workshop"))) {
            workshop = a.integer(QStringLiteral("workshop"));
        } else {
            const QVector<Workshop> workshops = WorkshopRepository(db.connection()).list();
            if (workshops.isEmpty())
                throw CliError(QCoreApplication::translate("CliCommands", "the database has no workshop yet"));
            workshop = workshops.first().id;
        }
        rows = SpreadsheetExport::absentees(db.connection(), workshop, path, csv);
        break;
    }
    }
    out << QCoreApplication::translate("CliCommands", "%1: %n row(s)", nullptr, rows).arg(path) << '\n';
    return 0;
}

}   // namespace CliCommands
