#include "exportfiledialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ExportFileDialog {

QString ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("report/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("report/folder"), QFileInfo(path).absolutePath());
    return path;
}

QString askSpreadsheet(QWidget *parent, const QString &title, const QString &baseName)
{
    return ask(parent, title, baseName + QStringLiteral(".xlsx"),
               QCoreApplication::translate("ExportFileDialog", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
}

} // namespace ExportFileDialog
