#pragma once
#include "tableexporter.h"

#include <QSaveFile>
#include <memory>

// CSV the way Excel opens it right: UTF-8 with a byte-order mark, CRLF line ends, every field
// quoted by libcsv (so separators, quotes and line breaks inside names survive). Codes and phone
// numbers are written exactly as stored; dates as YYYY-MM-DD; percentages with the dialect's
// decimal mark.
class CsvExporter : public TableExporter
{
public:
    explicit CsvExporter(CsvDialect dialect = CsvDialect()) : m_dialect(dialect) {}
    bool begin(const QString &path, const QString &sheetName, const QVector<ExportColumn> &columns) override;
    void addRow(const QVariantList &values) override;
    bool finish() override;

    // One CSV line (with CRLF) for the fields, quoted with libcsv.
    static QByteArray line(const QStringList &fields, char separator = ',');

private:
    CsvDialect m_dialect;
    std::unique_ptr<QSaveFile> m_file;
    QVector<ExportColumn> m_columns;
    QString m_path;
};
