#pragma once
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

// What a spreadsheet reader hands to the import: the cells of one sheet as the file holds them,
// before any meaning is given to them. Readers never guess what a column is; HeaderDetector and
// ColumnMapping do that, ImportValues turns a cell into a date, a code, a phone number.
struct ImportCell
{
    enum class Kind { Empty,
                      Text,
                      Number,
                      Boolean,
                      Date };
    Kind kind = Kind::Empty;
    QString text;        // Text: as written; Number/Boolean/Date: how the file shows it (for messages)
    double number = 0;   // Number (also the serial behind a Date in XLSX/XLS/ODS)
    bool boolean = false;
    QDate date;   // Date: a number cell whose style is a date format, or an ODS date cell

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
};

struct ImportRow
{
    int number = 0;              // the spreadsheet's own row number, 1-based, as Excel shows it
    QVector<ImportCell> cells;   // column A first; trailing empty cells may be missing
};

struct ImportTable
{
    QString format;            // "xlsx", "xls", "ods", "csv"
    QString sheet;             // the sheet read ("" for CSV)
    QStringList sheets;        // every sheet of the workbook, in order ("" for CSV)
    QVector<ImportRow> rows;   // non-empty rows only, in file order
    QString encoding;          // CSV: "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar separator;           // CSV: ',', ';' or '\t'
};
