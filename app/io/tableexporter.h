#pragma once
#include <QString>
#include <QVariantList>
#include <QVector>
#include <memory>

// One column of an exported table. Codes, names and phone numbers are Text (kept as text, so
// "12.08.30.2002" and "0812..." never become numbers); counts are Integer; dates are QDate.
struct ExportColumn
{
    enum class Kind { Text,
                      Integer,
                      Date,
                      Percent };
    QString title;
    Kind kind = Kind::Text;
    double width = 14;   // in characters, for spreadsheets
};

// How a CSV file separates its fields and writes decimals. Excel opens a .csv with the list
// separator of Windows' regional settings: a comma in English, a semicolon in Indonesian (where
// the comma is the decimal mark), so a file for Dinas staff's Excel is written the second way.
struct CsvDialect
{
    char separator = ',';
    char decimalMark = '.';
    static CsvDialect excelIndonesian() { return {';', ','}; }
    bool operator==(const CsvDialect &o) const { return separator == o.separator && decimalMark == o.decimalMark; }
};

// Writes a table row by row, so the whole national registry never has to sit in memory.
// Values: QString (Text), integers (Integer), QDate (Date; invalid = empty cell) and, for
// Percent, the percentage as a number (64.4). XlsxExporter and CsvExporter implement it.
class TableExporter
{
public:
    virtual ~TableExporter() = default;
    // Creates the file and writes the header row; false with error() set when it cannot.
    virtual bool begin(const QString &path, const QString &sheetName, const QVector<ExportColumn> &columns) = 0;
    virtual void addRow(const QVariantList &values) = 0;
    // Completes the file; false (and no half-written file) on error.
    virtual bool finish() = 0;
    QString error() const { return m_error; }

    // An exporter for the file name's suffix (.xlsx, or .csv in the given dialect); null for anything else.
    static std::unique_ptr<TableExporter> forPath(const QString &path, const CsvDialect &csv = CsvDialect());

protected:
    QString m_error;
};
