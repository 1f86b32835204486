#include "exportfiledialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
const char *const kFolderKey = "report/folder";
const char *const kSpreadsheetTypeKey = "report/spreadsheetType";   // 0 XLSX, 1 CSV with semicolons, 2 CSV with commas
} // namespace

namespace ExportFileDialog {

QString ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter, QString *selectedFilter)
{
    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderKey),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(fileName), filter, selectedFilter);
    if (!path.isEmpty())
        settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    return path;
}

SpreadsheetTarget askSpreadsheet(QWidget *parent, const QString &title, const QString &baseName)
{
    const QStringList types{QCoreApplication::translate("ExportFileDialog", "Excel workbook (*.xlsx)"),
                            QCoreApplication::translate("ExportFileDialog",
                                                        "CSV for Excel with Indonesian regional settings, separated by semicolons (*.csv)"),
                            QCoreApplication::translate("ExportFileDialog", "CSV separated by commas (*.csv)")};
    const QStringList suffixes{QStringLiteral(".xlsx"), QStringLiteral(".csv"), QStringLiteral(".csv")};
    QSettings settings;
    const int last = qBound(0, settings.value(QLatin1String(kSpreadsheetTypeKey), 0).toInt(), int(types.size()) - 1);
    QString selected = types.at(last);
    QString path = ask(parent, title, baseName + suffixes.at(last), types.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return {};
    const int type = qMax(0, int(types.indexOf(selected)));
    settings.setValue(QLatin1String(kSpreadsheetTypeKey), type);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += suffixes.at(type);
    SpreadsheetTarget target;
    target.path = path;
    target.csv = type == 1 ? CsvDialect::excelIndonesian() : CsvDialect();
    return target;
}

} // namespace ExportFileDialog
