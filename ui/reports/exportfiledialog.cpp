#include "reports/exportfiledialog.h"

#include "widgets/filedialogs.h"
#include "io/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <functional>
#include <QSettings>
#include <QStandardPaths>

namespace {
const char *const kFolderKey = "report/folder";
const char *const kSpreadsheetTypeKey = "report/spreadsheetType";   // 0 XLSX, 1 CSV with semicolons, 2 CSV with commas
}   // namespace

namespace ExportFileDialog {

namespace {
// The save dialog, asked again until the user picks a file that may be written (never the open
// database nor any other SQLite file) and agrees to replace an existing one. `suffixFor` gives the
// suffix to add to a name typed without one (it depends on the file type picked); the question
// about replacing is asked for the name with that suffix, i.e. the file that will be written.
QString askUntilWritable(QWidget *parent, const QString &title, QString suggested, const QString &filter, QString *selectedFilter,
                         const std::function<QString(const QString &, const QString &)> &completed)
{
    for (;;) {
        QString filterChoice = selectedFilter ? *selectedFilter : QString();
        QString path = FileDialogs::getSaveFileName(parent, title, suggested, filter, &filterChoice, false);
        if (path.isEmpty())
            return QString();
        if (selectedFilter)
            *selectedFilter = filterChoice;
        path = completed(path, filterChoice);
        const QString refused = OutputFile::refusal(path);
        if (!refused.isEmpty()) {
            QMessageBox::warning(parent, title, refused);
            suggested = path;
            continue;
        }
        if (QFileInfo::exists(path)
            && QMessageBox::question(parent, title,
                                     QCoreApplication::translate("ExportFileDialog", "\"%1\" already exists. Replace it?")
                                         .arg(QDir::toNativeSeparators(path)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   != QMessageBox::Yes) {
            suggested = path;
            continue;
        }
        return path;
    }
}

QString startPath(const QString &fileName)
{
    const QString folder = QSettings().value(QLatin1String(kFolderKey),
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    return QDir(folder).filePath(fileName);
}
}   // namespace

QString ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter, QString *selectedFilter)
{
    // A name typed without a suffix gets the suggested file's one (".pdf").
    const QString suffix = QFileInfo(fileName).suffix();
    const QString path = askUntilWritable(parent, title, startPath(fileName), filter, selectedFilter,
                                          [&](const QString &chosen, const QString &) {
                                              return QFileInfo(chosen).suffix().isEmpty() && !suffix.isEmpty()
                                                       ? chosen + QLatin1Char('.') + suffix
                                                       : chosen;
                                          });
    if (!path.isEmpty())
        QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
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
    const QString path = askUntilWritable(parent, title, startPath(baseName + suffixes.at(last)), types.join(QStringLiteral(";;")),
                                          &selected, [&](const QString &chosen, const QString &filter) {
                                              const QString suffix = QFileInfo(chosen).suffix().toLower();
                                              if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv"))
                                                  return chosen;
                                              return chosen + suffixes.at(qMax(0, int(types.indexOf(filter))));
                                          });
    if (path.isEmpty())
        return {};
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    const int type = qMax(0, int(types.indexOf(selected)));
    settings.setValue(QLatin1String(kSpreadsheetTypeKey), type);
    SpreadsheetTarget target;
    target.path = path;
    target.csv = type == 1 ? CsvDialect::excelIndonesian() : CsvDialect();
    return target;
}

}   // namespace ExportFileDialog
