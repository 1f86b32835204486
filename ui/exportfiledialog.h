#pragma once
#include <QString>

class QWidget;

// Asks where to save an exported file, starting in the folder the user chose last time for a
// report or an export (remembered between runs). Empty when cancelled.
namespace ExportFileDialog {
// Any file: `fileName` is the suggested name, `filter` the file dialog's filter.
QString ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter);
// A spreadsheet, XLSX (suggested) or CSV, named `baseName` plus its extension.
QString askSpreadsheet(QWidget *parent, const QString &title, const QString &baseName);
} // namespace ExportFileDialog
