#pragma once
#include "io/tableexporter.h"

class OutputFile;

#include <memory>

// CSV the way Excel opens it right: UTF-8 with a byte-order mark, CRLF line ends, every field
// quoted by libcsv (so separators, quotes and line breaks inside names survive). Codes and phone
// numbers are written exactly as stored; dates as YYYY-MM-DD; percentages with the dialect's
// decimal mark. Text cells that a spreadsheet would run as a formula are made plain text (safeText()).
class CsvExporter : public TableExporter
{
public:
    explicit CsvExporter(CsvDialect dialect = CsvDialect());
    bool begin(const QString &path, const QString &sheetName, const QVector<ExportColumn> &columns) override;
    void addRow(const QVariantList &values) override;
    bool finish() override;

    // One CSV line (with CRLF) for the fields, quoted with libcsv.
    static QByteArray line(const QStringList &fields, char separator = ',');
    // A text cell as written: one starting with =, +, -, @, a tab or a carriage return gets a
    // leading ' so that a spreadsheet never runs it as a formula.
    static QString safeText(const QString &text);
    ~CsvExporter() override;

private:
    CsvDialect m_dialect;
    std::unique_ptr<OutputFile> m_file;   // written through a checked temporary file
    QVector<ExportColumn> m_columns;
    QString m_path;
};
