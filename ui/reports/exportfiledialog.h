#pragma once
#include "io/tableexporter.h"

#include <QString>

class QWidget;

// Where (and how) to save an exported file, asked with the standard save dialog, which starts
// in the folder the user chose last time for a report or an export (remembered between runs).
namespace ExportFileDialog {

// A spreadsheet file: XLSX, or CSV in the dialect the user picked from the file types.
struct SpreadsheetTarget
{
    QString path;     // empty when cancelled
    CsvDialect csv;   // for a .csv path
    bool isEmpty() const { return path.isEmpty(); }
};

// Any file: `fileName` is the suggested name, `filter` the file dialog's filter; `selectedFilter`
// (when given) is the file type offered first and, afterwards, the one the user picked.
// Empty when cancelled.
QString ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
            QString *selectedFilter = nullptr);
// XLSX (suggested), CSV for Excel with Indonesian settings (semicolons) or plain CSV (commas);
// the last type chosen is offered first next time, and a name typed without a suffix gets the
// chosen type's.
SpreadsheetTarget askSpreadsheet(QWidget *parent, const QString &title, const QString &baseName);

}   // namespace ExportFileDialog
