#pragma once
#include <QString>

class QWidget;

// Asks where to save a spreadsheet (XLSX or CSV), starting in the folder the user chose last
// time (remembered between runs), with the suggested base name. Empty when cancelled.
namespace ExportFileDialog {
QString ask(QWidget *parent, const QString &title, const QString &baseName);
}
